"""Running one unit of work on the cluster: the failover path every
dispatched call shares (the local dispatcher's units and the work a
tool-using commander dispatches).

The candidates come from the node pool's one thermal-and-health decision;
each attempt streams its tokens as UnitToken events; a node that fails,
hangs past its timeout or drops its stream is recorded in the pool's health
(cooldown) and the unit moves to the next candidate. A failed attempt's
partial text is discarded, never passed on as an answer; an answer the node
cut at its token limit is kept, marked `truncated`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from jarvis_tui.core.backends.base import BackendError, Message, ReplyInfo
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.events import EventBus, PlanUnit, UnitAdded, UnitFailover, UnitFinished, UnitScored, UnitStarted, UnitToken
from jarvis_tui.core.orchestra.checker import Checker, Score, strip_thinking


@dataclass(frozen=True)
class Attempt:
    """What a unit's candidates produced: text from `node`, or `error` when none could answer."""

    node: str
    model: str
    text: str
    latency_ms: float
    error: str | None = None
    truncated: bool = False  # the node stopped at its token limit: the text is incomplete


class UnitRunner:
    def __init__(self, pool: NodePool, bus: EventBus, *, max_tokens: int) -> None:
        self.pool = pool
        self.bus = bus
        self.max_tokens = max_tokens

    async def run(
        self,
        request_id: str,
        unit_id: str,
        candidates: Sequence[str],
        messages: list[Message],
        *,
        model_for: Callable[[str], str],
        cycle: int = 1,
        attempts: int = 0,
        fallback: tuple[str, str] = ("", ""),
    ) -> tuple[Attempt, int]:
        """Try `candidates` in order until one answers in full: (the attempt,
        attempts so far). `fallback` is the (node, model) a failure is
        reported against when there was no candidate at all. With no
        `unit_id` (a tool called outside any request) nothing is published."""
        errors: list[str] = []
        for i, node in enumerate(candidates):
            attempts += 1
            model = model_for(node)
            self._publish(unit_id, UnitStarted(request_id, unit_id=unit_id, node=node, model=model, attempt=attempts, cycle=cycle))
            try:
                text, latency, truncated = await self._stream(request_id, unit_id, node, model, messages, attempts)
            except BackendError as exc:
                self.pool.record_failure(node, exc, request_id)
                errors.append(f"{node} {exc.kind}: {exc.detail}")
                nxt = candidates[i + 1] if i + 1 < len(candidates) else None
                self._publish(unit_id, UnitFailover(request_id, unit_id=unit_id, from_node=node, to_node=nxt, reason=f"{exc.kind}: {exc.detail}"))
                continue
            self.pool.record_success(node, latency)
            return Attempt(node, model, text, latency, truncated=truncated), attempts
        why = "; ".join(errors) if errors else f"no node is available ({self.pool.embedded_reason or 'every node is down or cooling down'})"
        return Attempt(fallback[0], fallback[1], "", 0.0, f"no node could answer: {why}"), attempts

    def _publish(self, unit_id: str, event: UnitStarted | UnitToken | UnitFailover) -> None:
        if unit_id:
            self.bus.publish(event)

    async def _stream(self, request_id: str, unit_id: str, node: str, model: str, messages: list[Message], attempt: int) -> tuple[str, float, bool]:
        health = self.pool.state(node)
        timeout = self.pool.timeout_s(node)
        parts: list[str] = []
        info = ReplyInfo()
        start = time.perf_counter()
        health.in_flight += 1
        try:
            async with asyncio.timeout(timeout):
                async for piece in self.pool.stream(node, messages, model=model, max_tokens=self.max_tokens, info=info):
                    parts.append(piece)
                    self._publish(unit_id, UnitToken(request_id, unit_id=unit_id, attempt=attempt, text=piece))
        except TimeoutError:
            raise BackendError(node, "timeout", f"no complete answer within {timeout:g} s") from None
        finally:
            health.in_flight -= 1
        text = strip_thinking("".join(parts))
        if not text:
            raise BackendError(node, "bad_response", "empty answer")
        return text, (time.perf_counter() - start) * 1000, info.truncated


async def close_unit(
    bus: EventBus,
    checker: Checker,
    request_id: str,
    prompt: str,
    role: str,
    *,
    unit_id: str,
    node: str,
    model: str,
    text: str,
    latency_ms: float,
    attempts: int,
    error: str | None = None,
    status: str | None = None,
    truncated: bool = False,
    judge: bool | None = None,
) -> Score | None:
    """The one ending of a unit that runs a single cycle (a dispatched unit, the
    tool-using commander's answer, a synthesis): the checker judges its text
    (by default when it did not fail), then the unit is scored and finished on
    the bus. The dispatcher's multi-cycle units end in `dispatch.py`."""
    judged = await checker.score(prompt, role, text, request_id=request_id) if (error is None if judge is None else judge) else None
    if judged is not None:
        bus.publish(UnitScored(request_id, unit_id=unit_id, score=judged.value, method=judged.method, cycle=1, checker=judged.checker))
    bus.publish(UnitFinished(request_id, unit_id=unit_id, node=node, model=model, status=status or ("failed" if error else "ok"), text=text,
                             latency_ms=latency_ms, attempts=attempts, error=error, truncated=truncated))
    return judged


@dataclass
class Dispatched:
    """One piece of work a tool-using commander dispatched, as its request's document lists it."""

    id: str
    tool: str
    role: str
    agent: str | None
    node: str
    model: str
    text: str = ""
    latency_ms: float | None = None
    score: Score | None = None
    attempts: int = 1
    status: str = "running"  # running | ok | failed
    error: str | None = None
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "tool": self.tool, "role": self.role, "agent": self.agent, "node": self.node, "model": self.model,
            "text": self.text, "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1),
            "score": None if self.score is None else round(self.score.value, 3), "score_method": None if self.score is None else self.score.method,
            "attempts": self.attempts, "cycles": 1, "status": self.status, "error": self.error, "truncated": self.truncated,
        }


@dataclass
class DispatchScope:
    """The request a tool-using commander works for: each call it makes to
    `dispatch_agent`, `lm_query` or `consensus` becomes a unit of that
    request (UnitAdded, streamed, failed over and scored by the same runner
    and checker as the local dispatcher's units), so the cockpit shows a
    commanded request unit by unit."""

    request_id: str
    prompt: str
    bus: EventBus
    runner: UnitRunner
    checker: Checker
    units: list[Dispatched] = field(default_factory=list)

    def add(self, tool: str, role: str, agent: str | None, node: str, model: str) -> Dispatched:
        unit = Dispatched(f"t{len(self.units) + 1}", tool, role, agent, node, model)
        self.units.append(unit)
        self.bus.publish(UnitAdded(self.request_id, unit=PlanUnit(unit.id, role, agent, node, model)))
        return unit

    async def finish(self, unit: Dispatched, attempt: Attempt, attempts: int) -> Dispatched:
        """Score a dispatched unit's answer and close it."""
        unit.node, unit.model, unit.text, unit.latency_ms, unit.attempts = attempt.node or unit.node, attempt.model or unit.model, attempt.text, attempt.latency_ms, attempts
        unit.status, unit.error = ("failed", attempt.error) if attempt.error else ("ok", None)
        unit.truncated = attempt.truncated
        unit.score = await close_unit(self.bus, self.checker, self.request_id, self.prompt, unit.role, unit_id=unit.id, node=unit.node, model=unit.model,
                                      text=unit.text, latency_ms=attempt.latency_ms, attempts=attempts, error=unit.error, truncated=unit.truncated)
        return unit
