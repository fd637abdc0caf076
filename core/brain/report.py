"""What the brain shows: its table per (task type, role), the patterns it
found and the routing-matrix changes it proposes — typed, serialised in one
place, and rendered as text for the command line and the tools."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True)
class ArmStatus:
    node: str
    models: tuple[str, ...]
    observations: int
    failures: int
    mean_score: float | None  # decayed mean of what it received; None before its first observation
    latency_ms: float | None
    estimate: float  # the prior-mixed score minus the latency penalty: what the order sorts by

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "models": list(self.models), "mean_score": _round(self.mean_score), "latency_ms": _round(self.latency_ms, 1), "estimate": round(self.estimate, 3)}


@dataclass(frozen=True)
class TableStatus:
    task_type: str
    role: str
    candidates: tuple[str, ...]  # the matrix's order
    order: tuple[str, ...]  # the brain's order, without exploration
    observations: int
    arms: tuple[ArmStatus, ...]
    why: str

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.task_type,
            "role": self.role,
            "candidates": list(self.candidates),
            "order": list(self.order),
            "observations": self.observations,
            "arms": [a.to_json() for a in self.arms],
            "why": self.why,
        }


@dataclass(frozen=True)
class BrainStatus:
    enabled: bool
    exploration: float
    half_life: float
    latency_weight: float
    observations: int
    orders: int  # calls to order() that had history to use
    explored: int  # of those, how many put another candidate first
    tables: tuple[TableStatus, ...]

    def to_json(self) -> dict[str, Any]:
        return {**{k: v for k, v in asdict(self).items() if k != "tables"}, "tables": [t.to_json() for t in self.tables]}

    def text(self) -> str:
        """The table as the cockpit and the command line show it."""
        head = f"brain {'on' if self.enabled else 'off'}: {self.observations} observations, exploration {self.exploration:.0%}, half-life {self.half_life:g}"
        rows = [head, f"{'TYPE':<9} {'ROLE':<12} {'NODE':<8} {'OBS':>5} {'FAIL':>5} {'SCORE':>6} {'LATENCY':>9} {'EST':>6}"]
        for table in self.tables:
            for arm in table.arms:
                score = "-" if arm.mean_score is None else f"{arm.mean_score:.2f}"
                latency = "-" if arm.latency_ms is None else f"{arm.latency_ms:.0f} ms"
                rows.append(f"{table.task_type:<9} {table.role:<12} {arm.node:<8} {arm.observations:>5} {arm.failures:>5} {score:>6} {latency:>9} {arm.estimate:>6.2f}")
            rows.append(f"{'':<9} {'':<12} order {' > '.join(table.order)}: {table.why}")
        return "\n".join(rows)


@dataclass(frozen=True)
class RouteSuggestion:
    """A routing-matrix change the brain's evidence supports."""

    id: str
    task_type: str
    role: str
    current: str
    proposed: str
    evidence: str
    toml: str  # the `[routing]` line to write in the config file

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "type": self.task_type}


@dataclass(frozen=True)
class NodePattern:
    """A node's record across every type and role."""

    node: str
    observations: int
    failure_rate: float
    mean_score: float | None
    latency_ms: float | None
    flags: tuple[str, ...]  # fails often | scores low | slow

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "flags": list(self.flags), "failure_rate": round(self.failure_rate, 3), "mean_score": _round(self.mean_score), "latency_ms": _round(self.latency_ms, 1)}


@dataclass(frozen=True)
class SequencePattern:
    """A sequence of tool calls that recurs in the action history."""

    id: str
    tools: tuple[str, ...]
    support: int  # occurrences
    successes: int  # occurrences whose every call succeeded
    steps: tuple[dict[str, Any], ...]  # the skill steps it would become, varying arguments as {params}

    @property
    def success_rate(self) -> float:
        return self.successes / self.support if self.support else 0.0

    @property
    def name(self) -> str:
        return " then ".join(self.tools)[:100]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "tools": list(self.tools), "support": self.support, "successes": self.successes, "success_rate": round(self.success_rate, 3), "steps": [dict(s) for s in self.steps]}


@dataclass(frozen=True)
class Analysis:
    nodes: tuple[NodePattern, ...]
    routes: tuple[RouteSuggestion, ...]
    sequences: tuple[SequencePattern, ...]
    tool_calls: int  # audited calls read for the sequences

    def to_json(self) -> dict[str, Any]:
        return {"nodes": [n.to_json() for n in self.nodes], "routes": [r.to_json() for r in self.routes], "sequences": [s.to_json() for s in self.sequences], "tool_calls": self.tool_calls}
