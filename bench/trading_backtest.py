"""Backtest speed: a year of generated 1-minute candles (525,600) for one
pair, strategy and both baselines with the engine's protections, exactly as
`jarvis-tui --backtest` runs them (its `backtest()` function).

Run: .venv/bin/python bench/trading_backtest.py
"""

from __future__ import annotations

import sys
import time

import numpy as np

from jarvis_tui.backtest_cli import backtest
from jarvis_tui.core.config import Config
from jarvis_tui.core.trading.models import Candles

N = 525_600


def year(seed: int = 1) -> Candles:
    rng = np.random.default_rng(seed)
    ts = 1_704_067_200_000 + np.arange(N, dtype=np.int64) * 60_000
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.0008, N)))
    open_ = np.r_[100.0, close[:-1]]
    wick = np.abs(rng.normal(0, 0.0004, N)) * close
    return Candles(ts, open_, np.maximum(open_, close) + wick, np.minimum(open_, close) - wick, close, rng.lognormal(3, 0.5, N))


def run(config: Config, candles: Candles, what: str) -> None:
    start, end = int(candles.ts[0]), int(candles.ts[-1]) + 60_000
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        doc, _ = backtest(config, "SOL/USDT:USDT", candles, start, end)
        runs.append(time.perf_counter() - t0)
    s, r, h = doc["summary"], doc["baselines"]["random"], doc["baselines"]["buy_and_hold"]
    print(f"{what}: best {min(runs):.2f} s, runs {', '.join(f'{x:.2f}' for x in runs)} s; strategy {s['trades']} trades {s['pnl_usdt']:+.2f} USDT, "
          f"random {r['trades']} trades {r['pnl_usdt']:+.2f}, buy-and-hold {h['pnl_usdt']:+.2f}; skipped {doc['protections']['skipped']}, "
          f"halted: {doc['protections']['halted']}")


def main() -> None:
    candles, config = year(), Config()
    print(f"backtest of {N:,} 1-minute candles (strategy and random baseline through the protections, buy-and-hold, figures, document)")
    run(config, candles, "default config (the max-drawdown halt ends the entries part-way)")
    never = config.trading.model_copy(update={"max_drawdown_pct": 100.0, "daily_loss_limit_pct": 100.0})
    run(config.model_copy(update={"trading": never}), candles, "halts that never trigger (every signal checked for the whole year)")
    print("command:", " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
