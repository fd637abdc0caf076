"""Scanner speed: 10 pairs x 500 candles, technical score and candidate per
pair, the candles recorded for the book's measure, the cluster review
stubbed out (it is the cluster's time, not ours).

Run: .venv/bin/python bench/trading_scan.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

import numpy as np

from jarvis_tui.core.config import TradingConfig
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.trading.markets import Replay
from jarvis_tui.core.trading.models import Candles, MarketSpec, swap_symbol
from jarvis_tui.core.trading.service import TradingService

PAIRS = ["BTC", "ETH", "SOL", "SUI", "PEPE", "DOGE", "XRP", "ADA", "AVAX", "LINK"]


def walk(n: int, seed: int) -> Candles:
    rng = np.random.default_rng(seed)
    ts = 1_704_067_200_000 + np.arange(n, dtype=np.int64) * 60_000
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.001, n)))
    open_ = np.r_[100.0, close[:-1]]
    wick = np.abs(rng.normal(0, 0.0005, n)) * close
    return Candles(ts, open_, np.maximum(open_, close) + wick, np.minimum(open_, close) - wick, close, rng.lognormal(3, 0.6, n))


async def main() -> None:
    series = {swap_symbol(p): walk(500, i) for i, p in enumerate(PAIRS)}
    replay = Replay(series)
    while replay.step():
        pass

    async def review(prompt: str) -> str:
        return "SCORE: 50"

    cfg = TradingConfig(pairs=PAIRS, scan_candles=500)
    # scan() is timed directly (no loop); it also records the candles seen and marks open positions (none here).
    service = TradingService(cfg, bus=EventBus(), review=review, market_data=replay, markets={s: MarketSpec(s, s.split("/")[0]) for s in series},
                             scan_loop=False)
    await service.start()
    times = []
    for _ in range(50):
        t = time.perf_counter()
        await service.scan()
        times.append((time.perf_counter() - t) * 1000)
    print(f"scan of 10 pairs x 500 candles: median {statistics.median(times):.2f} ms, p95 {sorted(times)[47]:.2f} ms (50 scans, review stubbed)")
    print("command:", " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    asyncio.run(main())
