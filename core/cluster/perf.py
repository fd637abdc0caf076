"""Performance figures: latency series (moving average and p95), the
metrics of real traffic read off the event bus, and the per-node benchmark
(the seed's `lm_benchmark` and `lm_perf_metrics`).

Token counts are streamed fragments: every server here streams one token
per fragment, so fragments per second is tokens per second.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from jarvis_tui.core.backends.base import BackendError
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.events import Event, UnitFailover, UnitFinished, UnitScored, UnitStarted, UnitToken

WINDOW = 100  # samples kept for the p95
BENCH_PROMPT = "Count from 1 to 40, separated by spaces, and nothing else."
BENCH_MAX_TOKENS = 128


@dataclass
class LatencyStats:
    """A moving average (exponential, so recent samples weigh most) and the
    p95 of the last WINDOW samples, in milliseconds."""

    avg_ms: float | None = None
    count: int = 0
    window: deque[float] = field(default_factory=lambda: deque(maxlen=WINDOW))

    def add(self, ms: float) -> None:
        self.avg_ms = ms if self.avg_ms is None else 0.8 * self.avg_ms + 0.2 * ms
        self.count += 1
        self.window.append(ms)

    @property
    def p95_ms(self) -> float | None:
        if not self.window:
            return None
        ordered = sorted(self.window)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]

    def to_json(self) -> dict[str, Any]:
        return {"avg_ms": _round(self.avg_ms), "p95_ms": _round(self.p95_ms), "count": self.count}


@dataclass
class ModelPerf:
    """Real traffic on one node:model."""

    latency: LatencyStats = field(default_factory=LatencyStats)  # start to last token
    ttft: LatencyStats = field(default_factory=LatencyStats)
    tokens_per_s: float | None = None  # moving average
    failures: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "requests": self.latency.count,
            "failures": self.failures,
            "latency": self.latency.to_json(),
            "ttft": self.ttft.to_json(),
            "tokens_per_s": _round(self.tokens_per_s),
        }


@dataclass
class _Attempt:
    node: str
    model: str
    attempt: int
    started: float
    first: float | None = None
    last: float | None = None
    tokens: int = 0


class TrafficStats:
    """Subscribe it to the bus (`bus.subscribe(stats)`): every unit attempt
    becomes a sample of its node and model."""

    def __init__(self) -> None:
        self.models: dict[tuple[str, str], ModelPerf] = {}
        self.nodes: dict[str, LatencyStats] = {}
        self._open: dict[tuple[str, str], _Attempt] = {}

    def __call__(self, event: Event) -> None:
        if isinstance(event, UnitStarted):
            self._open[(event.request_id, event.unit_id)] = _Attempt(event.node, event.model, event.attempt, event.ts)
        elif isinstance(event, UnitToken):
            attempt = self._open.get((event.request_id, event.unit_id))
            if attempt is not None and attempt.attempt == event.attempt:
                attempt.first = attempt.first or event.ts
                attempt.last = event.ts
                attempt.tokens += 1
        elif isinstance(event, UnitFailover):
            attempt = self._open.pop((event.request_id, event.unit_id), None)
            if attempt is not None:
                self._perf(attempt).failures += 1
        elif isinstance(event, UnitScored | UnitFinished):
            attempt = self._open.pop((event.request_id, event.unit_id), None)
            if attempt is not None and attempt.first is not None and attempt.last is not None:
                self._record(attempt, attempt.first, attempt.last)

    def _perf(self, attempt: _Attempt) -> ModelPerf:
        return self.models.setdefault((attempt.node, attempt.model), ModelPerf())

    def _record(self, a: _Attempt, first: float, last: float) -> None:
        perf = self._perf(a)
        latency_ms = (last - a.started) * 1000
        perf.latency.add(latency_ms)
        perf.ttft.add((first - a.started) * 1000)
        self.nodes.setdefault(a.node, LatencyStats()).add(latency_ms)
        if a.tokens > 1 and last > first:
            rate = (a.tokens - 1) / (last - first)
            perf.tokens_per_s = rate if perf.tokens_per_s is None else 0.8 * perf.tokens_per_s + 0.2 * rate

    def snapshot(self) -> list[dict[str, Any]]:
        """Per node and model, busiest first (the seed's lm_perf_metrics)."""
        rows = [{"node": node, "model": model, **perf.to_json()} for (node, model), perf in self.models.items()]
        return sorted(rows, key=lambda r: -r["requests"])


async def benchmark(pool: NodePool, name: str, model: str | None = None, *, prompt: str = BENCH_PROMPT, max_tokens: int = BENCH_MAX_TOKENS) -> dict[str, Any]:
    """Time to first token and tokens/s of one node on a fixed prompt. A
    failure is reported in the result (`error`), never raised."""
    model = model or pool.default_model(name)
    result: dict[str, Any] = {"node": name, "model": model, "ttft_ms": None, "tokens": 0, "tokens_per_s": None, "total_ms": None, "error": None}
    messages = [{"role": "user", "content": prompt}]
    start = time.perf_counter()
    first = last = None
    try:
        async with asyncio.timeout(pool.timeout_s(name)):
            async for _ in pool.stream(name, messages, model=model, max_tokens=max_tokens, temperature=0.0):
                last = time.perf_counter()
                first = first or last
                result["tokens"] += 1
    except BackendError as exc:
        result["error"] = f"{exc.kind}: {exc.detail}"
    except TimeoutError:
        result["error"] = f"timeout: no complete answer within {pool.timeout_s(name):g} s"
    result["total_ms"] = _round((time.perf_counter() - start) * 1000)
    if first is not None and last is not None:
        result["ttft_ms"] = _round((first - start) * 1000)
        if result["tokens"] > 1 and last > first:
            result["tokens_per_s"] = _round((result["tokens"] - 1) / (last - first))
    return result


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
