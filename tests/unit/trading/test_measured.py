"""Measured honestly: the paper book beside random entries at the same
frequency and buy-and-hold on the candles it has seen (the same `compare`
as --backtest), and the backtest running the engine's own protections."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from jarvis_tui.backtest_cli import run
from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import backtest as bt
from jarvis_tui.core.trading import tools
from jarvis_tui.core.trading.baselines import compare
from jarvis_tui.core.trading.engine import Intent
from jarvis_tui.core.trading.measure import MIN_BOOK_TRADES
from jarvis_tui.core.trading.models import Candles, MarketSpec
from jarvis_tui.core.trading.protections import Protections
from jarvis_tui.core.trading.service import TradingService
from jarvis_tui.core.trading.signals import levels

from .conftest import MIN, SOL, T0, Clock, config, spec, walk
from .test_data_signals_backtest import write_csv
from .test_scan_loop import Source


async def test_the_paper_book_is_measured_against_both_baselines_on_the_candles_it_saw(clock: Clock) -> None:
    series = walk(6000, seed=5)
    clock.now = T0  # the book begins with the first candle
    source = Source({SOL: series}, cursor=200)
    cfg = config(pairs=["SOL"], review_top=0, scan_interval_s=0, stop_guard_count=100)
    service = TradingService(cfg, bus=EventBus(), market_data=source, markets={SOL: spec()}, clock=clock)
    await service.start()
    assert "no closed trade yet" in (service.snapshot().measured or "")
    box = Toolbox(Config().model_copy(update={"trading": cfg}), policy=Policy(Config().tools), registry=Registry(tools.TOOLS),
                  runtime=SimpleNamespace(trading=service))
    early = None
    while len(service.measure.trades) < MIN_BOOK_TRADES:
        clock.now = int(series.ts[source.cursor - 1]) + MIN
        await service.scan()
        if SOL not in service.engine.positions:
            price = service.last_prices[SOL]
            tp, sl = levels("long", price, cfg.take_profit_pct, cfg.stop_loss_pct)
            await service.open(Intent(SOL, "long", cfg.size_usdt, cfg.leverage, price, sl, tp))
        if len(service.measure.trades) == 1 and early is None:
            early = (await box.call("trading_status", {}, caller=Caller("user"))).data["measured"]
        source.cursor += 10
        assert source.cursor <= len(series), "the walk ran out of candles before 20 trades"
    assert early is not None and early["verdict"].startswith("not enough trades yet") and f"the comparison needs {MIN_BOOK_TRADES}" in early["verdict"]

    status = await box.call("trading_status", {}, caller=Caller("user"))
    await box.aclose()
    measured = status.data["measured"]
    assert set(measured["baselines"]) == {"random", "buy_and_hold"} and measured["baselines"]["buy_and_hold"]["trades"] == 1
    assert measured["strategy"]["trades"] == len(service.measure.trades) and measured["baselines"]["random"]["trades"] > 0
    assert "not enough" not in measured["verdict"] and "baseline" in measured["verdict"] and "the cluster's scores (>= 70)" in measured["verdict"]
    assert measured["strategy"]["pnl_usdt"] == pytest.approx(service.realised, abs=1e-6)
    # The one comparison: the backtest's `compare` on the candles seen gives the same figures.
    seen = service.measure.candles[SOL]
    assert int(seen.ts[0]) == T0 and len(seen) == source.cursor - 10
    direct = compare(service.measure.trades, {SOL: (seen, spec())}, cfg, cfg.paper_balance_usdt, T0, clock.now, "the cluster's scores (>= 70)",
                     min_trades=MIN_BOOK_TRADES)
    assert direct.to_json() == measured
    assert measured["verdict"] in (service.snapshot().measured or "")
    await service.aclose()


def flat_then_stops(n: int) -> Candles:
    """Candles at 100 whose every low (99.0) is below a long's 0.25 % stop."""
    ts = T0 + np.arange(n, dtype=np.int64) * MIN
    return Candles(ts, np.full(n, 100.0), np.full(n, 100.1), np.full(n, 99.0), np.full(n, 100.0), np.full(n, 10.0))


def test_the_backtest_runs_the_engines_stop_loss_guard() -> None:
    candles = flat_then_stops(400)
    entries = np.zeros(400, dtype=bool)
    entries[[0, 2, 4, 6, 370]] = True  # three stops, then a signal inside the guard's cooldown, then one after it (6 h later)
    directions = np.ones(400, dtype=np.int64)
    cfg = config(pair_cooldown_min=0, stop_guard_count=3, stop_guard_window_h=24, stop_guard_cooldown_h=6)
    market = MarketSpec(SOL, "SOL")
    rules = bt.Rules.from_config(cfg, market)
    unguarded = bt.simulate(candles, entries, directions, rules, market, 1000.0)
    assert [t.entry_time for t in unguarded] == [int(candles.ts[i]) for i in (1, 3, 5, 7, 371)] and all(t.reason == "sl" for t in unguarded)
    refused: Counter[str] = Counter()
    guarded = bt.simulate(candles, entries, directions, rules, market, 1000.0, Protections(cfg), refused)
    assert [t.entry_time for t in guarded] == [int(candles.ts[i]) for i in (1, 3, 5, 371)]  # the entry at candle 7 was skipped
    assert refused == Counter({"stop-loss guard": 1})


def test_the_backtest_stops_entering_at_the_drawdown_halt_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "sol.csv", walk(6000))
    cfg = Config().model_copy(update={"trading": Config().trading.model_copy(update={"max_drawdown_pct": 0.5, "pair_cooldown_min": 0})})
    args = argparse.Namespace(backtest="SOL", date_from="2024-01-01", date_to="2024-01-04", data=str(path), json=True)
    assert run(args, cfg) == 0
    doc = json.loads(capsys.readouterr().out)
    # Signals kept coming after the halt ("halt" counts them) and none was entered.
    assert doc["protections"]["halted"].startswith("max drawdown") and doc["protections"]["skipped"]["halt"] > 0
    assert doc["summary"]["max_drawdown_pct"] >= 0.5 and doc["summary"]["trades"] == len(doc["trades"])
