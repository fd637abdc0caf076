"""Running a skill: its steps in order, each tool call through the Toolbox
(so the caller's permission tier applies to every step), each commander
request through the injected `ask`. The first step that fails or is refused
stops the skill; the report says which, why, and what did not run."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..tools.base import Caller
from .model import Skill, SkillError

if TYPE_CHECKING:
    from ..tools.base import ToolResult  # type-only

# A commander request: the prompt in, the answer's text out (the lead wires it to the commander).
Ask = Callable[[str], Awaitable[str]]
# What one step keeps of a result: enough to see what happened.
DETAIL_CHARS = 500
# What the text report shows of a step that succeeded.
OK_DETAIL_CHARS = 120


class ToolCaller(Protocol):
    """The part of the Toolbox a skill needs."""

    async def call(self, name: str, arguments: Any, *, caller: Caller, request_id: str = "") -> ToolResult: ...


@dataclass(frozen=True)
class StepReport:
    index: int  # 1-based
    kind: str  # tool | ask
    target: str  # the tool's name or the request's text
    status: str  # ok | error | refused | not run
    detail: str
    elapsed_ms: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SkillReport:
    skill: str
    status: str  # ok | failed
    steps: tuple[StepReport, ...]
    stopped_at: int | None  # the 1-based step that failed
    error: str | None
    elapsed_ms: float

    def to_json(self) -> dict[str, Any]:
        return {**{k: v for k, v in asdict(self).items() if k != "steps"}, "steps": [s.to_json() for s in self.steps], "summary": self.summary()}

    def summary(self) -> str:
        """One sentence for the user."""
        total = len(self.steps)
        if self.status == "ok":
            return f"skill {self.skill!r}: {total} step{'s' * (total != 1)} done in {self.elapsed_ms:.0f} ms"
        if self.stopped_at is None:
            return f"skill {self.skill!r} did not start: {self.error}"
        step = self.steps[self.stopped_at - 1]
        left = total - self.stopped_at
        rest = f"; {left} later step{'s' * (left != 1)} not run" if left else ""
        return f"skill {self.skill!r} stopped at step {self.stopped_at}/{total} ({step.target[:60]}): {step.status}: {self.error}{rest}"

    def text(self) -> str:
        """The summary, then one line per step: what ran, what failed and why, what did not run."""
        lines = [self.summary()]
        for step in self.steps:
            head = f"  {step.index}. {step.kind} {step.target[:80]}"
            if step.status == "not run":
                lines.append(f"{head}: not run")
                continue
            if step.status == "ok":  # the start of what it returned, on one line
                shown = " ".join(step.detail.split())
                said = f"ok: {shown[:OK_DETAIL_CHARS]}{'…' * (len(shown) > OK_DETAIL_CHARS)}" if shown else "ok"
            else:  # a tool's error text already starts "ERROR:" or "REFUSED:"
                said = step.detail if step.detail.lower().startswith(step.status) else f"{step.status}: {step.detail}"
            lines.append(f"{head} ({step.elapsed_ms:.0f} ms): {said}")
        return "\n".join(lines)


def _cut(text: str) -> str:
    return text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS] + "…"


def skill_caller(invoker: Caller, skill: str) -> Caller:
    """The steps run as the invoker (same kind, same tool limits), named after the skill in the audit trail."""
    return Caller(invoker.kind, f"skill:{skill}", invoker.allowed)


async def run_skill(skill: Skill, values: Mapping[str, Any], toolbox: ToolCaller, caller: Caller, *, ask: Ask | None = None, request_id: str = "") -> SkillReport:
    """Run `skill` with `values` for its parameters; never raises for a failing step."""
    start = time.perf_counter()
    try:
        steps = skill.bind(values)
    except SkillError as exc:
        return SkillReport(skill.name, "failed", (), None, str(exc), 0.0)
    as_caller = skill_caller(caller, skill.name)
    reports: list[StepReport] = []
    error: str | None = None
    for index, step in enumerate(steps, start=1):
        if error is not None:
            reports.append(StepReport(index, step.kind, step.target, "not run", "an earlier step failed", 0.0))
            continue
        step_start = time.perf_counter()
        if step.tool is not None:
            result = await toolbox.call(step.tool, dict(step.arguments), caller=as_caller, request_id=request_id)
            status, detail = result.status, result.text(DETAIL_CHARS)
            if not result.ok:
                error = result.error or status
        elif ask is None:
            status, detail = "error", "no commander is connected to answer requests"
            error = detail
        else:
            try:
                status, detail = "ok", _cut(await ask(step.ask or ""))
            except Exception as exc:  # noqa: BLE001 - a failed request stops the skill with its reason, never a traceback
                status, detail = "error", f"{type(exc).__name__}: {exc}"
                error = detail
        reports.append(StepReport(index, step.kind, step.target, status, detail, round((time.perf_counter() - step_start) * 1000, 2)))
    stopped = next((r.index for r in reports if r.status not in ("ok", "not run")), None)
    elapsed = round((time.perf_counter() - start) * 1000, 2)
    return SkillReport(skill.name, "ok" if error is None else "failed", tuple(reports), stopped, error, elapsed)
