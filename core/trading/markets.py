"""Market data: ccxt (async) for tickers, OHLCV, funding rates and order
books of USDT perpetuals, cached in the store; and replay of recorded OHLCV
(the store, or a CSV `timestamp,open,high,low,close,volume` in ms).

Markets can be injected (`markets=`): ccxt's `set_markets` then replaces
`load_markets`, so tests and replays never touch the network.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .models import Candles, MarketSpec, OrderBook, TradingError, swap_symbol

if TYPE_CHECKING:
    from ..store import Store

COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")
MAX_CSV_BYTES = 1 << 30


def make_exchange(exchange_id: str, *, markets: dict[str, Any] | None = None, credentials: dict[str, str] | None = None,
                  sandbox: bool = False, timeout_ms: int = 10_000) -> Any:
    """A ccxt async exchange for USDT perpetuals; with `markets`, loaded from them
    (no request). Credentials come from the caller (the environment), never a file."""
    import ccxt.async_support as ccxt_async  # noqa: PLC0415

    cls = getattr(ccxt_async, exchange_id, None)
    if exchange_id not in ccxt_async.exchanges or cls is None:
        raise TradingError(f"unknown exchange {exchange_id!r}: not a ccxt exchange id (e.g. okx, bybit, binanceusdm, mexc)")
    exchange = cls({"enableRateLimit": True, "timeout": timeout_ms, "options": {"defaultType": "swap"}, **(credentials or {})})
    if sandbox:
        exchange.set_sandbox_mode(True)
    if markets is not None:
        exchange.set_markets(markets)
    return exchange


def candles_from_rows(rows: Iterable[Iterable[Any]], where: str) -> Candles:
    """Validate OHLCV rows ([ms, o, h, l, c, v], oldest first) into Candles.

    Refused with a message naming the row: fewer than six values, a value that
    is not a number, NaN or infinite values, a price at or below zero, a
    negative volume, a high below the open/close/low or a low above them,
    timestamps not strictly increasing (unordered or duplicated)."""
    data: list[list[float]] = []
    for index, row in enumerate(rows):
        values = list(row)
        if len(values) < 6:
            raise TradingError(f"{where}: row {index + 1} has {len(values)} values; expected {', '.join(COLUMNS)}")
        try:
            numbers = [float(v) for v in values[:6]]
        except (TypeError, ValueError):
            raise TradingError(f"{where}: row {index + 1} holds a value that is not a number: {values[:6]!r}") from None
        data.append(numbers)
    if not data:
        raise TradingError(f"{where}: no candles")
    array = np.asarray(data, dtype=np.float64)
    _check(array, where)
    return Candles(array[:, 0].astype(np.int64), array[:, 1].copy(), array[:, 2].copy(), array[:, 3].copy(), array[:, 4].copy(), array[:, 5].copy())


def _check(array: np.ndarray[Any, Any], where: str) -> None:
    def first(mask: Any) -> int:
        return int(np.argmax(mask)) + 1

    finite = np.isfinite(array)
    if not finite.all():
        row = first(~finite.all(axis=1))
        raise TradingError(f"{where}: row {row} holds NaN or an infinite value")
    prices = array[:, 1:5]
    if (prices <= 0).any():
        raise TradingError(f"{where}: row {first((prices <= 0).any(axis=1))} has a price at or below zero")
    if (array[:, 5] < 0).any():
        raise TradingError(f"{where}: row {first(array[:, 5] < 0)} has a negative volume")
    o, h, low, c = array[:, 1], array[:, 2], array[:, 3], array[:, 4]
    bad = (h < np.maximum(o, c)) | (low > np.minimum(o, c)) | (h < low)
    if bad.any():
        raise TradingError(f"{where}: row {first(bad)} is not a candle (high below open/close or low above them)")
    ts = array[:, 0]
    if (ts != np.floor(ts)).any() or (ts < 0).any():
        raise TradingError(f"{where}: row {first((ts != np.floor(ts)) | (ts < 0))} has a timestamp that is not whole milliseconds")
    if len(ts) > 1:
        step = np.diff(ts)
        if (step == 0).any():
            raise TradingError(f"{where}: row {first(step == 0) + 1} repeats the timestamp of the row before it")
        if (step < 0).any():
            raise TradingError(f"{where}: row {first(step < 0) + 1} is older than the row before it (timestamps must increase)")
    if ts[-1] < 1e11:
        raise TradingError(f"{where}: timestamps look like seconds ({int(ts[-1])}); they must be milliseconds since 1970")


def load_csv(path: str | Path) -> Candles:
    """Read and validate a CSV with the header `timestamp,open,high,low,close,volume` (ms, oldest first)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_CSV_BYTES:
            raise TradingError(f"{file}: {size:,} bytes is over the 1 GiB limit")
        with file.open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = [h.strip().lower() for h in next(reader, [])]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise TradingError(f"{file}: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; the header must name {','.join(COLUMNS)}")
            index = [header.index(c) for c in COLUMNS]
            rows = ([row[i] if i < len(row) else "" for i in index] for row in reader if row)
            return candles_from_rows(rows, str(file))
    except FileNotFoundError:
        raise TradingError(f"{file}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise TradingError(f"{file}: cannot read it as CSV: {exc}") from None


CANDLES_TABLE = """
CREATE TABLE trading_candles (
    exchange TEXT NOT NULL, symbol TEXT NOT NULL, timeframe TEXT NOT NULL, ts INTEGER NOT NULL,
    open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL, volume REAL NOT NULL,
    PRIMARY KEY (exchange, symbol, timeframe, ts));
"""


async def store_candles(store: Store, exchange: str, symbol: str, timeframe: str, candles: Candles) -> None:
    """Cache candles (validated already); a candle seen again replaces the old one.
    Rows go in chunks of one statement each: one commit per chunk, not per candle."""
    for start in range(0, len(candles), 500):
        part = candles.window(start, start + 500)
        rows = list(zip(part.ts.tolist(), part.open.tolist(), part.high.tolist(), part.low.tolist(), part.close.tolist(), part.volume.tolist(), strict=True))
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(rows))
        params = [v for row in rows for v in (exchange, symbol, timeframe, *row)]
        await store.execute(f"INSERT OR REPLACE INTO trading_candles VALUES {values}", params)


async def stored_candles(store: Store, exchange: str, symbol: str, timeframe: str, start_ms: int, end_ms: int) -> Candles | None:
    """Recorded candles in [start_ms, end_ms), or None when there are none."""
    rows = await store.fetchall(
        "SELECT ts, open, high, low, close, volume FROM trading_candles WHERE exchange = ? AND symbol = ? AND timeframe = ? AND ts >= ? AND ts < ? ORDER BY ts",
        (exchange, symbol, timeframe, start_ms, end_ms),
    )
    if not rows:
        return None
    return candles_from_rows(([r["ts"], r["open"], r["high"], r["low"], r["close"], r["volume"]] for r in rows), f"{exchange} {symbol} in the store")


class MarketData:
    """Live market data through a ccxt async exchange (public endpoints only)."""

    def __init__(self, exchange: Any = None, *, store: Store | None = None, make: Callable[[], Any] | None = None) -> None:
        """`exchange`, or `make` to build it on first use: ccxt then loads
        only when market data is asked for (the cockpit starts without it)."""
        self._exchange = exchange
        self._make = make
        self.store = store

    @property
    def exchange(self) -> Any:
        if self._exchange is None:
            if self._make is None:
                raise TradingError("no exchange to read market data from")
            self._exchange = self._make()
        return self._exchange

    @property
    def exchange_id(self) -> str:
        return str(self.exchange.id)

    async def markets(self, pairs: Iterable[str]) -> dict[str, MarketSpec]:
        """Specs of the configured pairs; TradingError naming pairs the exchange lacks."""
        if not self.exchange.markets:
            await self.exchange.load_markets()
        specs: dict[str, MarketSpec] = {}
        missing = []
        for pair in pairs:
            symbol = swap_symbol(pair)
            market = self.exchange.markets.get(symbol)
            if market is None:
                missing.append(symbol)
            else:
                specs[symbol] = MarketSpec.from_ccxt(market)
        if missing:
            raise TradingError(f"{self.exchange_id} has no market {', '.join(missing)}")
        return specs

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        """The latest closed candles (the one still forming is dropped), cached in the store."""
        rows = await self.exchange.fetch_ohlcv(symbol, timeframe, limit=limit + 1)
        candles = candles_from_rows(rows[:-1] if len(rows) > 1 else rows, f"{self.exchange_id} {symbol} OHLCV")
        if self.store is not None:
            await store_candles(self.store, self.exchange_id, symbol, timeframe, candles)
        return candles

    async def order_book(self, symbol: str) -> OrderBook | None:
        book = await self.exchange.fetch_order_book(symbol, limit=20)
        bids = tuple((float(p), float(a)) for p, a, *_ in book.get("bids", []) if _positive(p) and _positive(a))
        asks = tuple((float(p), float(a)) for p, a, *_ in book.get("asks", []) if _positive(p) and _positive(a))
        return OrderBook(bids, asks) if bids and asks else None

    async def funding_rate(self, symbol: str) -> float | None:
        """The current 8-hourly rate as a fraction, when the exchange publishes one."""
        if not self.exchange.has.get("fetchFundingRate"):
            return None
        info = await self.exchange.fetch_funding_rate(symbol)
        rate = info.get("fundingRate")
        return float(rate) if rate is not None and math.isfinite(float(rate)) else None

    async def last_price(self, symbol: str) -> float | None:
        ticker = await self.exchange.fetch_ticker(symbol)
        last = ticker.get("last")
        return float(last) if _positive(last) else None

    async def aclose(self) -> None:
        if self._exchange is not None:  # never built: nothing to close
            await self._exchange.close()


def _positive(value: Any) -> bool:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and number > 0


class Replay:
    """Recorded candles played back at any speed: `step()` advances one candle
    for every pair; `candles()` answers with what has been played so far."""

    def __init__(self, series: dict[str, Candles]) -> None:
        if not series:
            raise TradingError("a replay needs candles for at least one pair")
        self.series = series
        self.cursor = 0
        self.length = min(len(c) for c in series.values())

    def step(self) -> dict[str, tuple[int, float, float, float, float]] | None:
        """The next candle of every pair, or None at the end."""
        if self.cursor >= self.length:
            return None
        i = self.cursor
        self.cursor += 1
        return {s: (int(c.ts[i]), float(c.open[i]), float(c.high[i]), float(c.low[i]), float(c.close[i])) for s, c in self.series.items()}

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        series = self.series.get(symbol)
        if series is None:
            raise TradingError(f"the replay has no candles for {symbol}")
        return series.window(max(0, self.cursor - limit), self.cursor)

    async def order_book(self, symbol: str) -> OrderBook | None:
        return None  # replay fills use the configured slippage

    async def funding_rate(self, symbol: str) -> float | None:
        return None

    async def last_price(self, symbol: str) -> float | None:
        series = self.series.get(symbol)
        return float(series.close[self.cursor - 1]) if series is not None and self.cursor else None
