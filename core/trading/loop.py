"""The scan loop of the trading service: every `[trading] scan_interval_s`
it runs one tick (scan the pairs, mark the open positions, expire signals,
sync a live wallet). A failing market source never ends it: the failure
becomes a notice line and the next try waits longer (doubling, capped).
A scan asked for (the pane's S, the trading_scan tool) runs at once, never
alongside the loop's own, and the next one comes a full delay after it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)
BACKOFF_MAX_S = 3600.0  # the longest wait after failures (never shorter than the interval)


@dataclass(frozen=True)
class TickOutcome:
    """What one tick says about the market source: `failed` when nothing could be read."""

    failed: bool
    notice: str | None


class ScanLoop:
    """Runs `tick` every `interval_s`, backing off while it fails; `on_change`
    after each tick (the pane refreshes); `run_now` for a scan on demand."""

    def __init__(self, tick: Callable[[], Awaitable[TickOutcome]], interval_s: float, *, on_notice: Callable[[str | None], None],
                 on_change: Callable[[], None]) -> None:
        self.tick, self.interval_s = tick, interval_s
        self.on_notice, self.on_change = on_notice, on_change
        self.failures = 0
        self.ticks = 0
        self.next_at: float | None = None  # wall time (s) of the next tick
        self._task: asyncio.Task[None] | None = None
        self._busy = asyncio.Lock()  # one tick at a time: the loop's or one asked for
        self._moved: asyncio.Future[None] | None = None  # set when a scan on demand moved the next one: the loop sleeps again

    def delay_s(self) -> float:
        """The wait before the next tick: the interval, doubled per failure in a row, capped."""
        return min(self.interval_s * 2.0 ** min(self.failures, 16), max(self.interval_s, BACKOFF_MAX_S))

    def start(self) -> None:
        if self._task is None and self.interval_s > 0:
            self.next_at = time.time() + self.delay_s()  # known at once: the pane says when the first scan comes
            self._task = asyncio.create_task(self._run(), name="trading scan loop")

    @property
    def busy(self) -> bool:
        """A tick is under way (the loop's or one asked for)."""
        return self._busy.locked()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run_now(self) -> TickOutcome:
        """One tick now (after the one under way, if any); the next comes a full delay later."""
        async with self._busy:
            outcome = await self._turn()
        if self._moved is not None:
            _resolve(self._moved)
        return outcome

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            # A plain future and a timer, not wait_for(Event.wait()): cancelling that pair hung aclose here (CPython 3.11).
            moved = self._moved = loop.create_future()
            timer = loop.call_later(max(0.0, (self.next_at or 0.0) - time.time()), _resolve, moved)
            try:
                await moved
            finally:
                timer.cancel()
            async with self._busy:
                if time.time() >= (self.next_at or 0.0):  # not moved by a scan on demand meanwhile
                    await self._turn()

    async def _turn(self) -> TickOutcome:
        try:
            outcome = await self.tick()
        except Exception as exc:  # noqa: BLE001 - network down, exchange error, a bug in one tick: said, retried later
            outcome = TickOutcome(True, f"{type(exc).__name__}: {exc}")
            log.warning("trading: scan failed: %s", outcome.notice)
        self.ticks += 1
        self.failures = self.failures + 1 if outcome.failed else 0
        if outcome.failed:
            self.on_notice(f"market data unavailable ({outcome.notice}); next try in {self.delay_s():.3g} s")
        else:
            self.on_notice(outcome.notice)
        self.next_at = time.time() + self.delay_s()
        self.on_change()
        return outcome


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
