"""The bandit of one (task type, role): decayed statistics per candidate node
and the ranking they give.

Each candidate is an arm. Its estimated score mixes the routing matrix's
prior (its rank in the candidate list) with the decayed mean of the checker's
scores it received, a failure or a timeout counting 0. Latency is the second
objective: the slowest observed candidate gives up `latency_weight` of score
against a candidate with no latency at all. With no observations every arm
keeps its prior, and the prior decreases with the rank, so the order given
is the order returned: a fresh install routes exactly as configured.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..config import BrainConfig


@dataclass(frozen=True)
class Observation:
    """One attempt's outcome, as the brain learns from it."""

    task_type: str
    role: str
    node: str
    model: str
    score: float  # the checker's score; 0 for a failure or a timeout
    latency_ms: float | None  # None when unknown (a re-dispatched attempt read back from the store)
    outcome: str  # ok | failed | timeout
    ts: float = 0.0


@dataclass
class Arm:
    """Decayed sums for one candidate node; `count` and `failures` are raw."""

    node: str
    weight: float = 0.0
    score_sum: float = 0.0
    latency_weight: float = 0.0
    latency_sum: float = 0.0
    count: int = 0
    failures: int = 0
    last_ts: float = 0.0
    models: Counter[str] = field(default_factory=Counter)

    def scale(self, factor: float) -> None:
        self.weight *= factor
        self.score_sum *= factor
        self.latency_weight *= factor
        self.latency_sum *= factor

    @property
    def mean_score(self) -> float | None:
        return self.score_sum / self.weight if self.weight > 1e-12 else None

    @property
    def mean_latency_ms(self) -> float | None:
        return self.latency_sum / self.latency_weight if self.latency_weight > 1e-12 else None


@dataclass(frozen=True)
class Estimate:
    """What the ranking used for one candidate."""

    node: str
    rank: int  # in the candidate list given (the matrix's order)
    prior: float
    mean_score: float | None
    latency_ms: float | None
    penalty: float
    utility: float
    count: int
    failures: int


class Table:
    """The arms of one (task type, role); every observation decays the older ones."""

    def __init__(self, task_type: str, role: str) -> None:
        self.task_type = task_type
        self.role = role
        self.arms: dict[str, Arm] = {}
        self.observations = 0

    def observe(self, obs: Observation, half_life: float) -> None:
        factor = 0.5 ** (1.0 / half_life)
        for arm in self.arms.values():
            arm.scale(factor)
        arm = self.arms.setdefault(obs.node, Arm(obs.node))
        arm.weight += 1.0
        arm.score_sum += min(max(obs.score, 0.0), 1.0)
        if obs.latency_ms is not None and obs.latency_ms >= 0:
            arm.latency_weight += 1.0
            arm.latency_sum += obs.latency_ms
        arm.count += 1
        arm.failures += obs.outcome != "ok"
        arm.last_ts = max(arm.last_ts, obs.ts)
        if obs.model:
            arm.models[obs.model] += 1
        self.observations += 1

    def knows(self, candidates: list[str]) -> bool:
        """Whether any candidate has been observed (else the matrix order stands)."""
        return any(self.arms.get(node) is not None and self.arms[node].count for node in candidates)

    def estimates(self, candidates: list[str], config: BrainConfig, prior_score: float) -> list[Estimate]:
        """One estimate per candidate, best first; ties keep the given order."""
        latencies = {n: lat for n in candidates if (arm := self.arms.get(n)) and (lat := arm.mean_latency_ms) is not None}
        slowest = max(latencies.values(), default=0.0)
        # A candidate with no latency yet is charged the average, so being unknown is neither a bonus nor a handicap.
        typical = sum(latencies.values()) / len(latencies) if latencies else 0.0
        out: list[Estimate] = []
        for rank, node in enumerate(candidates):
            arm = self.arms.get(node) or Arm(node)
            prior = prior_score - rank * config.prior_margin
            mixed_weight = config.prior_weight + arm.weight
            mean = (config.prior_weight * prior + arm.score_sum) / mixed_weight if mixed_weight > 1e-12 else prior
            latency = latencies.get(node)
            penalty = config.latency_weight * ((latency if latency is not None else typical) / slowest) if slowest > 0 else 0.0
            out.append(Estimate(node, rank, prior, arm.mean_score, latency, penalty, mean - penalty, arm.count, arm.failures))
        return sorted(out, key=lambda e: (-round(e.utility, 9), e.rank))
