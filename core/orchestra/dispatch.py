"""Dispatch: run a plan's units in parallel, honouring dependencies, failing
over between nodes, scoring each result and re-dispatching weak ones.

A unit is finished only once the checker has accepted its result (or its
cycles are spent): units that depend on it start after that, and see the
accepted text. A failed attempt's partial text is discarded, never passed
on as an answer.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import partial
from typing import Any

from jarvis_tui.core.backends.base import Message
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import CLAUDE, Config
from jarvis_tui.core.events import EventBus, UnitFinished, UnitRedispatched, UnitScored
from jarvis_tui.core.orchestra.checker import Checker
from jarvis_tui.core.orchestra.enrich import Prompts, unit_messages
from jarvis_tui.core.orchestra.plan import Unit
from jarvis_tui.core.orchestra.units import Attempt, UnitRunner


@dataclass
class UnitResult:
    id: str
    node: str
    model: str
    text: str
    latency_ms: float
    score: float | None
    score_method: str | None
    attempts: int
    cycles: int
    status: str  # ok | failed
    error: str | None
    truncated: bool = False  # the node stopped at its token limit: the text is incomplete

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "node": self.node,
            "model": self.model,
            "text": self.text,
            "latency_ms": round(self.latency_ms, 1),
            "score": None if self.score is None else round(self.score, 3),
            "score_method": self.score_method,
            "attempts": self.attempts,
            "cycles": self.cycles,
            "status": self.status,
            "error": self.error,
            "truncated": self.truncated,
        }


class Dispatcher:
    """The local strategy's engine: the plan's units on the cluster's nodes."""

    def __init__(self, config: Config, pool: NodePool, bus: EventBus, prompts: Prompts, checker: Checker, runner: UnitRunner) -> None:
        self.config = config
        self.pool = pool
        self.bus = bus
        self.prompts = prompts
        self.checker = checker
        self.runner = runner

    async def run(self, request_id: str, prompt: str, units: list[Unit], plan_context: str) -> list[UnitResult]:
        """Run every unit, at most `max_parallel` at once; results in plan order."""
        done = {u.id: asyncio.Event() for u in units}
        results: dict[str, UnitResult] = {}
        by_id = {u.id: u for u in units}
        limit = asyncio.Semaphore(self.config.commander.max_parallel)

        async def one(unit: Unit) -> None:
            try:
                for dep in unit.depends_on:
                    await done[dep].wait()
                failed = [d for d in unit.depends_on if results[d].status != "ok"]
                if failed:
                    results[unit.id] = self._finish(request_id, unit, Attempt(unit.node, unit.model, "", 0.0, f"skipped: {', '.join(failed)} failed"), None, None, 0, 0)
                    return
                inputs = [(by_id[d], by_id[d].attribution(results[d].node, results[d].model), results[d].text) for d in unit.depends_on]
                messages = unit_messages(self.config, self.prompts, unit, prompt, plan_context, inputs)
                async with limit:
                    results[unit.id] = await self._unit(request_id, prompt, unit, messages)
            finally:
                done[unit.id].set()

        await asyncio.gather(*(one(u) for u in units))
        return [results[u.id] for u in units]

    async def _unit(self, request_id: str, prompt: str, unit: Unit, messages: list[Message]) -> UnitResult:
        """Dispatch, score, and re-dispatch while weak and cycles remain; keep the best result."""
        cfg = self.config.commander
        attempts = 0
        best: tuple[Attempt, float, str, int] | None = None
        exclude: str | None = None
        cycle = 1
        while True:
            candidates = self.pool.candidates(unit.node, unit.routed_node, exclude_last=exclude, call=unit.id, request_id=request_id)
            outcome, attempts = await self.runner.run(
                request_id, unit.id, candidates, messages, model_for=partial(self._model_for, unit), cycle=cycle, attempts=attempts, fallback=(unit.node, unit.model)
            )
            if outcome.error is not None:
                break  # no node could answer this cycle: keep what an earlier cycle produced
            judged = await self.checker.score(prompt, unit.role, outcome.text, request_id=request_id)
            score, method = judged.value, judged.method
            self.bus.publish(UnitScored(request_id, unit_id=unit.id, score=score, method=method, cycle=cycle, checker=judged.checker))
            if best is None or score > best[1]:
                best = (outcome, score, method, cycle)
            # Only a checker's judgment sends work back: a heuristic score cannot tell good from bad.
            weak = method == "llm" and score < cfg.quality_threshold
            if not weak or cycle > cfg.max_cycles:
                break
            cycle += 1
            exclude = outcome.node
            self.bus.publish(UnitRedispatched(request_id, unit_id=unit.id, cycle=cycle, score=score, from_node=outcome.node))
        if best is None:
            return self._finish(request_id, unit, outcome, None, None, attempts, cycle)
        chosen, best_score, best_method, _ = best
        return self._finish(request_id, unit, chosen, best_score, best_method, attempts, cycle)

    def _finish(self, request_id: str, unit: Unit, outcome: Attempt, score: float | None, method: str | None, attempts: int, cycles: int) -> UnitResult:
        status = "failed" if outcome.error is not None else "ok"
        result = UnitResult(unit.id, outcome.node, outcome.model, outcome.text, outcome.latency_ms, score, method, attempts, cycles, status, outcome.error, outcome.truncated)
        self.bus.publish(
            UnitFinished(
                request_id,
                unit_id=unit.id,
                node=outcome.node,
                model=outcome.model,
                status=status,
                text=outcome.text,
                latency_ms=outcome.latency_ms,
                attempts=attempts,
                error=outcome.error,
                truncated=outcome.truncated,
            )
        )
        return result

    def _model_for(self, unit: Unit, node: str) -> str:
        if node == unit.node:
            return unit.model
        if node == CLAUDE and unit.agent in self.config.agents:
            return self.config.agents[unit.agent].claude_model
        return self.pool.default_model(node)
