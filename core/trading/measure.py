"""The paper book measured honestly: the candles the service has seen since
the book began and the book's closed trades, compared with the same two
baselines as `--backtest` (`baselines.compare`, one piece of code for both).

The comparison is cached until a trade closes or a candle arrives, so the
pane can ask for it on every redraw.
"""

from __future__ import annotations

import numpy as np

from ..config import TradingConfig
from .baselines import Comparison, compare
from .models import Candles, ClosedTrade, MarketSpec

MIN_BOOK_TRADES = 20  # below this many closed trades the verdict says "not enough trades yet"
MAX_SEEN_CANDLES = 200_000  # per pair: about 140 days of 1-minute candles; older ones are dropped


class BookMeasure:
    """What the book has traded, and on which candles."""

    def __init__(self, started_at: int) -> None:
        self.started_at = started_at
        self.candles: dict[str, Candles] = {}
        self.trades: list[ClosedTrade] = []
        self._cached: tuple[tuple[object, ...], Comparison | None] | None = None

    def remember(self, symbol: str, candles: Candles) -> None:
        """Add the candles newer than those already seen (and not older than the book)."""
        known = self.candles.get(symbol)
        after = self.started_at if known is None or not len(known) else int(known.ts[-1]) + 1
        fresh = candles.between(after, 2**62)
        if not len(fresh):
            return
        if known is None or not len(known):
            merged = fresh
        else:
            merged = Candles(*(np.concatenate((getattr(known, f), getattr(fresh, f))) for f in ("ts", "open", "high", "low", "close", "volume")))
        self.candles[symbol] = merged.window(max(0, len(merged) - MAX_SEEN_CANDLES), len(merged))

    def comparison(self, config: TradingConfig, specs: dict[str, MarketSpec], balance: float, now: int) -> Comparison | None:
        """The book's closed trades beside random entries at the same frequency and
        buy-and-hold, on the candles seen of each pair it traded; None before any."""
        markets: dict[str, tuple[Candles, MarketSpec]] = {}
        for symbol in sorted({t.symbol for t in self.trades}):
            candles = self.candles.get(symbol)
            if candles is not None and len(candles) >= 2:
                markets[symbol] = (candles, specs.get(symbol) or MarketSpec(symbol, symbol.split("/")[0]))
        # A trade counts where its pair's candles cover its entry: the baselines ran on those candles only.
        strategy = [t for t in self.trades if t.symbol in markets and t.entry_time >= int(markets[t.symbol][0].ts[0])]
        key = (len(self.trades), tuple((s, len(c)) for s, (c, _) in markets.items()))
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        result = None
        if markets:
            start = min(int(c.ts[0]) for c, _ in markets.values())
            result = compare(strategy, markets, config, balance, start, max(now, start + 1), f"the cluster's scores (>= {config.min_score:g})",
                             min_trades=MIN_BOOK_TRADES)
        self._cached = (key, result)
        return result
