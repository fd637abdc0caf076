"""The two baselines every strategy figure is shown beside, run on the same
candles with the same costs: random entries at the strategy's frequency
(seeded, random sides, same TP and SL, the same protections) and
buy-and-hold (one long, same margin and leverage, no TP or SL: it can be
liquidated). `compare` is the one comparison: `--backtest` calls it on one
pair's candles, the paper book on the candles it has seen since it began.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..config import TradingConfig
from . import report
from .backtest import Rules, simulate
from .models import Candles, ClosedTrade, MarketSpec
from .protections import Protections

RANDOM_SEED = 12


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


@dataclass(frozen=True)
class Comparison:
    """The strategy's figures beside both baselines', and the one-line verdict."""

    strategy: report.Summary
    random: report.Summary
    buy_and_hold: report.Summary
    verdict: str

    def to_json(self) -> dict[str, object]:
        return {"strategy": self.strategy.to_json(), "baselines": {"random": self.random.to_json(), "buy_and_hold": self.buy_and_hold.to_json()},
                "verdict": self.verdict}


def compare(strategy: list[ClosedTrade], markets: dict[str, tuple[Candles, MarketSpec]], config: TradingConfig, balance: float,
            start_ms: int, end_ms: int, what: str, *, min_trades: int = 0, seed: int = RANDOM_SEED) -> Comparison:
    """Run both baselines on each pair's candles with the config's costs and
    protections: random entries at the strategy's frequency on that pair, and
    one buy-and-hold long per pair. Below `min_trades` strategy trades the
    verdict says so instead of judging."""
    random_trades: list[ClosedTrade] = []
    hold_trades: list[ClosedTrade] = []
    for symbol, (candles, spec) in markets.items():
        if len(candles) < 2:
            continue
        rules = Rules.from_config(config, spec)
        mine = [t for t in strategy if t.symbol == symbol]
        mask, sides = random_entries(candles, len(mine), flat_candles(candles, mine), seed)
        random_trades += simulate(candles, mask, sides, rules, spec, balance, Protections(config))
        hold_trades += buy_and_hold(candles, rules, spec, balance)
    random_trades.sort(key=lambda t: t.exit_time)
    hold_trades.sort(key=lambda t: t.exit_time)
    mine_summary = report.summarise(strategy, balance, start_ms, end_ms)
    random, hold = report.summarise(random_trades, balance, start_ms, end_ms), report.summarise(hold_trades, balance, start_ms, end_ms)
    if len(strategy) < min_trades:
        line = (f"not enough trades yet to say whether {what} beat the baselines: {len(strategy)} closed, the comparison needs {min_trades} "
                f"(so far {mine_summary.pnl_usdt:+.2f} USDT vs random {random.pnl_usdt:+.2f} and buy-and-hold {hold.pnl_usdt:+.2f})")
    else:
        line = report.verdict(mine_summary, random, hold, what)
    return Comparison(mine_summary, random, hold, line)
