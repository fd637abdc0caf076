"""The service's scan loop, with an injected market source and a short
interval: signals appear by themselves, open positions are marked and their
exits checked on the new candles, signals expire, the pane is told; a
failing source is a notice and a back-off, never a dead loop."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.config import TradingConfig
from jarvis_tui.core.events import Event, EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.trading.engine import Intent
from jarvis_tui.core.trading.events import TradingChanged
from jarvis_tui.core.trading.models import Candles, OrderBook
from jarvis_tui.core.trading.service import TradingService

from .conftest import MIN, SOL, Clock, config, spec, until, walk

ETH = "ETH/USDT:USDT"
BTC = "BTC/USDT:USDT"


class Source:
    """A market source whose visible candles end at `cursor`; `down` makes every read fail."""

    def __init__(self, series: dict[str, Candles], cursor: int) -> None:
        self.series, self.cursor = series, cursor
        self.down: set[str] = set()
        self.reads = 0

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        self.reads += 1
        if symbol in self.down:
            raise ConnectionError("network is unreachable")
        return self.series[symbol].window(max(0, self.cursor - limit), self.cursor)

    async def order_book(self, symbol: str) -> OrderBook | None:
        return None

    async def funding_rate(self, symbol: str) -> float | None:
        return None


def with_candles(candles: Candles, rows: list[tuple[float, float, float, float]]) -> Candles:
    """`candles` followed by 1-minute candles (open, high, low, close)."""
    ts = candles.ts[-1] + MIN * np.arange(1, len(rows) + 1, dtype=np.int64)
    o, h, lo, c = (np.array(col, dtype=np.float64) for col in zip(*rows, strict=True))
    return Candles(np.r_[candles.ts, ts], np.r_[candles.open, o], np.r_[candles.high, h], np.r_[candles.low, lo], np.r_[candles.close, c],
                   np.r_[candles.volume, np.full(len(rows), 20.0)])


def fast(cfg: TradingConfig, interval_s: float = 0.01) -> TradingConfig:
    return cfg.model_copy(update={"scan_interval_s": interval_s})  # below the config's 10 s floor: a test's pace


async def test_signals_appear_positions_are_marked_and_closed_and_signals_expire(tmp_path: Path) -> None:
    base = walk(400)
    entry = float(base.close[-1])
    # Candle 400 moves the mark without touching TP or SL; candle 401 reaches the take-profit.
    series = with_candles(base, [(entry, entry * 1.002, entry * 0.999, entry * 1.001), (entry * 1.001, entry * 1.006, entry * 1.0, entry * 1.005)])
    source = Source({SOL: series}, cursor=400)
    clock = Clock(int(series.ts[400]))
    answers: list[str] = []

    async def review(prompt: str) -> str:
        answers.append(prompt)
        return "SCORE: 88\nREASON: trend and momentum agree"

    bus = EventBus()
    changes: list[Event] = []
    bus.subscribe(lambda e: changes.append(e) if isinstance(e, TradingChanged) else None)
    store = await Store.open(tmp_path / "t.db")
    service = TradingService(fast(config(pairs=["SOL"], review_top=1, signal_expiry_min=15)), bus=bus, store=store, review=review,
                             market_data=source, markets={SOL: spec()}, clock=clock)
    try:
        await service.start()
        assert service.loop.running
        await until(lambda: service.pending_signals() and changes, what="a pending signal and the pane told, with no one calling scan()")
        (signal,) = service.pending_signals()
        assert signal.score == 88 and signal.reasons == ("trend and momentum agree",)

        await service.open(Intent(SOL, "long", 10, 10, entry, entry * 0.9975, entry * 1.004))
        source.cursor = 401
        await until(lambda: service.engine.positions[SOL].mark == pytest.approx(entry * 1.001), what="the position marked to the new close")
        position = service.engine.positions[SOL]
        assert service.snapshot().positions[0].pnl_usdt == pytest.approx(position.contracts * entry * 0.001) and position.funding == 0

        source.cursor = 402
        await until(lambda: service.measure.trades, what="the take-profit hit on the new candle, recorded")
        assert SOL not in service.engine.positions
        (trade,) = service.measure.trades
        assert trade.reason == "tp" and trade.exit == pytest.approx(entry * 1.004) and trade.pnl_usdt > 0
        (row,) = await store.fetchall("SELECT reason, pnl_usdt, fee_usdt FROM trading_trades")
        assert row["reason"] == "tp" and row["pnl_usdt"] == pytest.approx(trade.pnl_usdt) and row["fee_usdt"] == pytest.approx(trade.fee_usdt)
        quantity = position.contracts * position.contract_size
        assert trade.pnl_usdt == pytest.approx(quantity * entry * 0.004 - trade.fee_usdt)  # the move to the TP, less both fees
        assert service.snapshot().pnl_usdt == pytest.approx(trade.pnl_usdt) and not service.snapshot().positions

        clock.now += 16 * MIN  # past the signal's expiry
        await until(lambda: signal.status == "expired", what="the signal expired by the loop")
        await until(lambda: service.loop.ticks >= 5)
        rows = await store.fetchall("SELECT status FROM trading_signals WHERE id = ?", (signal.id,))
        assert rows[0]["status"] == "expired"
    finally:
        await service.aclose()
        await store.close()
    assert not service.loop.running


async def test_a_failing_source_is_a_notice_and_a_back_off_then_the_loop_recovers() -> None:
    source = Source({SOL: walk(400), ETH: walk(400, seed=9)}, cursor=400)
    source.down = {SOL, ETH}
    service = TradingService(fast(config(pairs=["SOL", "ETH"], review_top=0)), bus=EventBus(), market_data=source,
                             markets={SOL: spec(), ETH: spec(ETH)}, clock=Clock())
    await service.start()
    try:
        await until(lambda: service.loop.failures >= 2, what="two failed scans")
        source.down = set()
        assert service.notice is not None and "market data unavailable" in service.notice and "network is unreachable" in service.notice
        assert "next try in" in (service.snapshot().notice or "") and service.loop.running
        assert service.loop.delay_s() >= 0.04  # doubled per failure
        await until(lambda: service.loop.failures == 0, what="a scan that worked")
        assert service.notice is None and service.last_prices[SOL] == pytest.approx(float(source.series[SOL].close[399]))
        source.down = {ETH}  # one pair failing is a line, not a failure of the loop
        await until(lambda: service.notice is not None and ETH in service.notice, what="the failing pair named")
        assert service.loop.failures == 0 and "next try" not in (service.notice or "")
    finally:
        await service.aclose()


async def test_no_loop_when_the_interval_is_zero_and_the_config_refuses_a_hammering_one() -> None:
    service = TradingService(config(pairs=["SOL"], scan_interval_s=0), bus=EventBus(), market_data=Source({SOL: walk(100)}, 100), markets={SOL: spec()})
    await service.start()
    assert not service.loop.running and "off" in (service.snapshot().scan or "")
    await service.aclose()
    with pytest.raises(ValueError, match="scan_interval_s must be 0 .off. or at least 10 seconds"):
        config(scan_interval_s=2)


async def test_only_the_runtime_asked_to_scan_runs_the_loop(tmp_path: Path) -> None:
    from jarvis_tui.core.config import Config
    from jarvis_tui.core.runtime import Runtime

    for scan in (False, True):  # the cockpit asks; jarvis-mcp and a one-shot do not (two scanners would share one paper book)
        async with Runtime(Config(), monitor="off", services=("trading",), db_path=tmp_path / "h.db", trading_scan=scan) as runtime:
            assert runtime.trading is not None and runtime.trading.loop.running is scan
        assert not runtime.trading.loop.running


async def test_a_scan_asked_for_runs_at_once_through_the_toolbox_and_moves_the_next_one() -> None:
    """trading_scan (the pane's S): no waiting for the loop's interval; the next scan comes a full interval later."""
    from types import SimpleNamespace

    from jarvis_tui.core.config import Config
    from jarvis_tui.core.tools.permissions import Caller, Policy
    from jarvis_tui.core.tools.registry import Registry, Toolbox
    from jarvis_tui.core.trading import tools

    async def review(prompt: str) -> str:
        return "SCORE: 91\nREASON: breakout with volume"

    source = Source({SOL: walk(400)}, cursor=400)
    service = TradingService(fast(config(pairs=["SOL"], review_top=1), interval_s=3600), bus=EventBus(), review=review, market_data=source,
                             markets={SOL: spec()}, clock=Clock(int(walk(400).ts[-1])))
    cfg = Config().model_copy(update={"trading": service.config})
    box = Toolbox(cfg, policy=Policy(cfg.tools, assume_yes=False), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))
    await service.start()
    try:
        first_due = service.loop.next_at
        assert first_due is not None and service.loop.ticks == 0 and source.reads == 0
        result = await box.call("trading_scan", {}, caller=Caller("mcp"))  # read-only: no one is asked
        assert result.ok, result.error
        assert source.reads == 1 and service.loop.ticks == 1 and result.data["ok"] is True
        assert [s["score"] for s in result.data["signals"]] == [91]
        assert service.loop.next_at is not None and service.loop.next_at > first_due  # a full interval after this scan
        source.down = {SOL}
        failed = await box.call("trading_scan", {}, caller=Caller("mcp"))
        assert failed.ok and failed.data["ok"] is False and "network is unreachable" in (failed.data["notice"] or "")
        assert service.loop.running and service.loop.failures == 1
    finally:
        await service.aclose()


async def test_an_exchange_that_does_not_answer_costs_one_read_not_one_per_pair() -> None:
    """Markets not loaded and the first pair unreadable: the other pairs are not tried (each would wait for a timeout)."""

    class Unreachable(Source):
        answers = False

        async def markets(self, pairs: list[str]) -> dict[str, object]:
            if not self.answers:
                raise ConnectionError("mexc GET https://api.mexc.com/api/v3/exchangeInfo")
            return {SOL: spec(), ETH: spec(ETH), BTC: spec(BTC)}

    source = Unreachable({SOL: walk(400), ETH: walk(400, seed=9), BTC: walk(400, seed=4)}, cursor=400)
    source.down = {SOL, ETH, BTC}
    service = TradingService(fast(config(pairs=["SOL", "ETH", "BTC"], review_top=0), interval_s=3600), bus=EventBus(), market_data=source, clock=Clock())
    await service.start()
    try:
        outcome = await service.scan_now()
        assert outcome.failed and source.reads == 1
        assert service.notice is not None and service.notice.startswith("market data unavailable (markets not loaded: ConnectionError: mexc GET")
        assert "2 other pairs not tried: the exchange did not answer" in service.notice and service.notice.count("market data unavailable") == 1
        source.answers, source.down = True, {SOL}  # the exchange answers again, one pair fails: every pair is read
        outcome = await service.scan_now()
        assert not outcome.failed and source.reads == 4 and "not tried" not in (service.notice or "")
    finally:
        await service.aclose()
