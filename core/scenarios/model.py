"""Validation scenarios: what one is, what running one gives, and the
environment a run reaches the system through (injected callables, so the
Runtime, a subprocess or a test can stand behind each)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Status = Literal["pass", "fail", "skip"]
# (prompt, dry_run) -> the one-shot document of DESIGN.md.
Ask = Callable[[str, bool], Awaitable[dict[str, Any]]]
# (tool, arguments, caller kind) -> {"status", "decision", "data", "error"}.
CallTool = Callable[[str, dict[str, Any], str], Awaitable[dict[str, Any]]]
# (skill definition, parameter values, caller kind) -> the skill report's JSON.
RunSkill = Callable[[dict[str, Any], dict[str, Any], str], Awaitable[dict[str, Any]]]


class ScenarioError(ValueError):
    """A scenario file or entry is not valid, phrased for the user."""


@dataclass(frozen=True)
class Scenario:
    id: str
    kind: str
    spec: Mapping[str, Any]  # the entry's fields other than id, kind and description
    description: str = ""


@dataclass(frozen=True)
class Outcome:
    id: str
    kind: str
    status: Status
    ms: float
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "status": self.status, "ms": round(self.ms, 1), "detail": self.detail}


@dataclass
class ScenarioEnv:
    """What scenarios reach the system through. `services` is the extension
    point for subsystems others build: a kind that requires "voice" finds
    its callable there, and is skipped with a reason when it is absent."""

    ask: Ask | None = None
    call_tool: CallTool | None = None
    run_skill: RunSkill | None = None
    services: Mapping[str, Callable[..., Awaitable[Any]]] = field(default_factory=dict)

    def get(self, name: str) -> Callable[..., Awaitable[Any]] | None:
        value = getattr(self, name, None) if name in ("ask", "call_tool", "run_skill") else self.services.get(name)
        return value if callable(value) else None


@dataclass(frozen=True)
class Verdict:
    passed: bool
    detail: str


class ScenarioKind(Protocol):
    """One kind of scenario. `requires` names the environment members it
    needs (`ask`, `call_tool`, `run_skill` or a `services` key); `absent`
    says why it is skipped when one is missing."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def absent(self) -> str: ...

    def validate(self, scenario: Scenario) -> None:
        """Raise ScenarioError when the entry lacks what this kind needs."""

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        """Run it and compare with its expectations."""
