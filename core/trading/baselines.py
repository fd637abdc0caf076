"""The two baselines every strategy figure is shown beside, run on the same
candles with the same costs: random entries at the strategy's frequency
(seeded, random sides, same TP and SL) and buy-and-hold (one long, same
margin and leverage, no TP or SL: it can be liquidated)."""

from __future__ import annotations

import numpy as np

from .backtest import Rules, simulate
from .models import Candles, ClosedTrade, MarketSpec


def random_entries(candles: Candles, trades: int, flat_candles: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Entries at the strategy's frequency (its trades per candle spent flat), random sides, seeded."""
    rng = np.random.default_rng(seed)
    p = trades / max(1, flat_candles)
    mask = rng.random(len(candles)) < p
    sides = np.where(rng.random(len(candles)) < 0.5, 1, -1)
    return mask, sides


def buy_and_hold(candles: Candles, rules: Rules, spec: MarketSpec, balance: float) -> list[ClosedTrade]:
    """One long from the second candle's open to the last close, same margin, leverage and costs, no TP or SL."""
    if len(candles) < 2:
        return []
    mask = np.zeros(len(candles), dtype=bool)
    mask[0] = True
    hold = Rules(rules.size_usdt, rules.leverage, None, None, rules.fee, rules.slippage, rules.funding, rules.maintenance)
    return simulate(candles, mask, np.ones(len(candles), dtype=np.int64), hold, spec, balance)


def flat_candles(candles: Candles, trades: list[ClosedTrade]) -> int:
    """Candles the strategy spent without a position (where it could have entered)."""
    busy = 0
    for t in trades:
        lo, hi = np.searchsorted(candles.ts, [t.entry_time, t.exit_time], side="left")
        busy += int(hi - lo) + 1
    return max(0, len(candles) - busy)
