"""Dispatch: run a plan's units in parallel, honouring dependencies, failing
over between nodes, scoring each result and re-dispatching weak ones.

A unit is finished only once the checker has accepted its result (or its
cycles are spent): units that depend on it start after that, and see the
accepted text. A failed attempt's partial text is discarded, never passed
on as an answer.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from .backends.base import BackendError, Message
from .checker import checker_messages, heuristic_score, parse_score, strip_thinking
from .config import CLAUDE, Config
from .enrich import Prompts, unit_messages
from .events import EventBus, UnitFailover, UnitFinished, UnitRedispatched, UnitScored, UnitStarted, UnitToken
from .nodes import NodePool
from .plan import Unit

CHECKER_AGENT = "ia-check"
CHECKER_MAX_TOKENS = 200


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
        }


@dataclass
class _Outcome:
    node: str
    model: str
    text: str
    latency_ms: float
    error: str | None = None


class Dispatcher:
    def __init__(self, config: Config, pool: NodePool, bus: EventBus, prompts: Prompts) -> None:
        self.config = config
        self.pool = pool
        self.bus = bus
        self.prompts = prompts

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
                    results[unit.id] = self._finish(request_id, unit, _Outcome(unit.node, unit.model, "", 0.0, f"skipped: {', '.join(failed)} failed"), None, None, 0, 0)
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
        best: tuple[_Outcome, float, str, int] | None = None
        exclude: str | None = None
        cycle = 1
        while True:
            outcome, attempts = await self._failover(request_id, unit, messages, cycle, exclude, attempts)
            if outcome.error is not None:
                break  # no node could answer this cycle: keep what an earlier cycle produced
            score, method, checker = await self._score(prompt, unit, outcome.text)
            self.bus.publish(UnitScored(request_id, unit_id=unit.id, score=score, method=method, cycle=cycle, checker=checker))
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
        chosen, score, method, _ = best
        return self._finish(request_id, unit, chosen, score, method, attempts, cycle)

    def _finish(self, request_id: str, unit: Unit, outcome: _Outcome, score: float | None, method: str | None, attempts: int, cycles: int) -> UnitResult:
        status = "failed" if outcome.error is not None else "ok"
        result = UnitResult(unit.id, outcome.node, outcome.model, outcome.text, outcome.latency_ms, score, method, attempts, cycles, status, outcome.error)
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
            )
        )
        return result

    def _model_for(self, unit: Unit, node: str) -> str:
        if node == unit.node:
            return unit.model
        if node == CLAUDE and unit.agent in self.config.agents:
            return self.config.agents[unit.agent].claude_model
        return self.pool.default_model(node)

    async def _failover(self, request_id: str, unit: Unit, messages: list[Message], cycle: int, exclude: str | None, attempts: int) -> tuple[_Outcome, int]:
        """Try the unit's candidate nodes in order until one answers in full."""
        candidates = self.pool.candidates(unit.node, unit.routed_node, exclude_last=exclude)
        errors: list[str] = []
        for i, node in enumerate(candidates):
            attempts += 1
            model = self._model_for(unit, node)
            self.bus.publish(UnitStarted(request_id, unit_id=unit.id, node=node, model=model, attempt=attempts, cycle=cycle))
            try:
                text, latency = await self._stream(request_id, unit.id, node, model, messages, attempts)
            except BackendError as exc:
                self.pool.record_failure(node, exc, request_id)
                errors.append(f"{node} {exc.kind}: {exc.detail}")
                nxt = candidates[i + 1] if i + 1 < len(candidates) else None
                self.bus.publish(UnitFailover(request_id, unit_id=unit.id, from_node=node, to_node=nxt, reason=f"{exc.kind}: {exc.detail}"))
                continue
            self.pool.record_success(node, latency)
            return _Outcome(node, model, text, latency), attempts
        why = "; ".join(errors) if errors else f"no node is available ({self.pool.embedded_reason or 'every node is down or cooling down'})"
        return _Outcome(unit.node, unit.model, "", 0.0, f"no node could answer: {why}"), attempts

    async def _stream(self, request_id: str, unit_id: str, node: str, model: str, messages: list[Message], attempt: int) -> tuple[str, float]:
        health = self.pool.state(node)
        timeout = self.pool.timeout_s(node)
        parts: list[str] = []
        start = time.perf_counter()
        health.in_flight += 1
        try:
            async with asyncio.timeout(timeout):
                async for piece in self.pool.stream(node, messages, model=model, max_tokens=self.config.commander.max_tokens):
                    parts.append(piece)
                    self.bus.publish(UnitToken(request_id, unit_id=unit_id, attempt=attempt, text=piece))
        except TimeoutError:
            raise BackendError(node, "timeout", f"no complete answer within {timeout:g} s") from None
        finally:
            health.in_flight -= 1
        text = strip_thinking("".join(parts))
        if not text:
            raise BackendError(node, "bad_response", "empty answer")
        return text, (time.perf_counter() - start) * 1000

    async def _score(self, prompt: str, unit: Unit, text: str) -> tuple[float, str, str | None]:
        """(score, "llm" | "heuristic", checker node). The checker runs on
        Claude when present, else on the checker node and its fallbacks; never
        on EMBEDDED, whose judgment would be noise."""
        cfg = self.config.commander
        messages = checker_messages(prompt, self.prompts.checker, unit.role, text)
        preferred = [CLAUDE] if self.pool.claude_on else []
        for node in self.pool.candidates(*preferred, cfg.checker_node, allow_embedded=False)[:2]:
            agent = self.config.agents.get(CHECKER_AGENT)
            model = agent.claude_model if node == CLAUDE and agent else self.pool.default_model(node)
            try:
                async with asyncio.timeout(cfg.checker_timeout_s):
                    reply = await self.pool.complete(node, messages, model=model, max_tokens=CHECKER_MAX_TOKENS, temperature=0.0)
            except BackendError as exc:
                self.pool.record_failure(node, exc)
                continue
            except TimeoutError:
                self.pool.record_failure(node, BackendError(node, "timeout", "checker timed out"))
                continue
            score = parse_score(reply)
            if score is not None:
                return score, "llm", node
            break  # it answered without a score: asking elsewhere costs more than it tells
        return heuristic_score(text), "heuristic", None
