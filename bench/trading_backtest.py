"""Backtest speed: a year of generated 1-minute candles (525,600) for one
pair, strategy and both baselines, as `jarvis-tui --backtest` runs them.

Run: .venv/bin/python bench/trading_backtest.py
"""

from __future__ import annotations

import sys
import time

import numpy as np

from jarvis_tui.core.config import TradingConfig
from jarvis_tui.core.trading import backtest as bt
from jarvis_tui.core.trading import baselines, report
from jarvis_tui.core.trading.models import Candles, MarketSpec

N = 525_600


def year(seed: int = 1) -> Candles:
    rng = np.random.default_rng(seed)
    ts = 1_704_067_200_000 + np.arange(N, dtype=np.int64) * 60_000
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.0008, N)))
    open_ = np.r_[100.0, close[:-1]]
    wick = np.abs(rng.normal(0, 0.0004, N)) * close
    return Candles(ts, open_, np.maximum(open_, close) + wick, np.minimum(open_, close) - wick, close, rng.lognormal(3, 0.5, N))


def main() -> None:
    candles, cfg = year(), TradingConfig()
    spec = MarketSpec("SOL/USDT:USDT", "SOL")
    rules = bt.Rules.from_config(cfg, spec)
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        entries, directions = bt.strategy_entries(candles, cfg)
        t1 = time.perf_counter()
        trades = bt.simulate(candles, entries, directions, rules, spec, cfg.paper_balance_usdt)
        t2 = time.perf_counter()
        mask, sides = baselines.random_entries(candles, len(trades), baselines.flat_candles(candles, trades), 12)
        rnd = bt.simulate(candles, mask, sides, rules, spec, cfg.paper_balance_usdt)
        hold = baselines.buy_and_hold(candles, rules, spec, cfg.paper_balance_usdt)
        start, end = int(candles.ts[0]), int(candles.ts[-1]) + 60_000
        s = report.summarise(trades, cfg.paper_balance_usdt, start, end)
        report.summarise(rnd, cfg.paper_balance_usdt, start, end)
        report.summarise(hold, cfg.paper_balance_usdt, start, end)
        t3 = time.perf_counter()
        runs.append((t3 - t0, t1 - t0, t2 - t1, t3 - t2, s.trades, len(rnd)))
    best = min(runs)
    print(f"backtest of {N:,} 1-minute candles: total {best[0]:.2f} s (indicators+score {best[1]:.2f} s, strategy {best[2]:.2f} s, "
          f"baselines+figures {best[3]:.2f} s), {best[4]} strategy trades, {best[5]} random trades; best of 3")
    print("command:", " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
