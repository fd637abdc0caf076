"""The trading vocabulary: markets, candles, orders, positions and closed
trades. Orders, positions and balances serialise to ccxt's unified structures
(`to_ccxt()`), so paper and live speak one language."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

Side = Literal["long", "short"]
ExitReason = Literal["tp", "sl", "liquidation", "signal", "end", "kill", "exchange"]  # exchange: closed there (its stop, a liquidation, the website)
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class TradingError(Exception):
    """A refused or failed trading action, phrased for the user; the book is unchanged."""


class ProtectionRefusal(TradingError):
    """A protection refused an order; `protection` names which one."""

    def __init__(self, protection: str, message: str) -> None:
        super().__init__(f"refused by {protection}: {message}")
        self.protection = protection


def finite_positive(value: float, what: str) -> float:
    """`value` as a float, or a TradingError naming `what` (NaN, infinite, zero, negative)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TradingError(f"{what} must be a number, not {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise TradingError(f"{what} must be a finite number above zero, not {value!r}")
    return number


@dataclass(frozen=True)
class MarketSpec:
    """What sizing needs from a ccxt market: contract size, amount step and
    minimum, price step, taker fee (a fraction)."""

    symbol: str
    base: str
    contract_size: float = 1.0
    amount_step: float = 0.0  # 0: any amount
    min_amount: float = 0.0
    price_step: float = 0.0
    taker_fee: float | None = None  # None: the config's taker_fee_pct

    @classmethod
    def from_ccxt(cls, market: dict[str, Any]) -> MarketSpec:
        """Read a ccxt unified market (`exchange.markets[symbol]`). ccxt gives
        precision as a step (TICK_SIZE mode, the default of every exchange
        class in ccxt 4)."""
        precision = market.get("precision") or {}
        limits = (market.get("limits") or {}).get("amount") or {}
        return cls(
            symbol=str(market["symbol"]),
            base=str(market.get("base") or market["symbol"].split("/")[0]),
            contract_size=float(market.get("contractSize") or 1.0),
            amount_step=float(precision.get("amount") or 0.0),
            min_amount=float(limits.get("min") or 0.0),
            price_step=float(precision.get("price") or 0.0),
            taker_fee=None if market.get("taker") is None else float(market["taker"]),
        )


def swap_symbol(pair: str) -> str:
    """A configured pair as a ccxt USDT-perpetual symbol: SOL -> SOL/USDT:USDT."""
    pair = pair.strip().upper()
    if "/" in pair:
        return pair if ":" in pair else f"{pair}:{pair.split('/')[1]}"
    return f"{pair}/USDT:USDT"


@dataclass(frozen=True)
class Candles:
    """OHLCV columns, timestamps in ms, oldest first."""

    ts: IntArray
    open: FloatArray
    high: FloatArray
    low: FloatArray
    close: FloatArray
    volume: FloatArray

    def __len__(self) -> int:
        return int(self.ts.shape[0])

    def window(self, start: int, stop: int) -> Candles:
        return Candles(self.ts[start:stop], self.open[start:stop], self.high[start:stop], self.low[start:stop], self.close[start:stop], self.volume[start:stop])

    def between(self, start_ms: int, end_ms: int) -> Candles:
        """Candles with start_ms <= ts < end_ms."""
        lo, hi = np.searchsorted(self.ts, [start_ms, end_ms], side="left")
        return self.window(int(lo), int(hi))


@dataclass(frozen=True)
class OrderBook:
    """Best levels first: (price, amount in contracts)."""

    bids: tuple[tuple[float, float], ...]
    asks: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class OrderRequest:
    """A market order the engine asks a broker to place."""

    symbol: str
    side: Literal["buy", "sell"]
    amount: float  # contracts
    client_order_id: str
    reduce_only: bool = False
    leverage: float = 1.0
    stop_loss: float | None = None
    take_profit: float | None = None
    reference_price: float = 0.0  # the price the engine sized with


@dataclass(frozen=True)
class Order:
    """ccxt's unified order, the fields the engine reads."""

    id: str
    client_order_id: str
    symbol: str
    side: Literal["buy", "sell"]
    amount: float
    filled: float
    average: float
    status: str  # open | closed | canceled | rejected
    timestamp: int
    fee_cost: float = 0.0
    reduce_only: bool = False
    info: dict[str, Any] = field(default_factory=dict)

    def to_ccxt(self) -> dict[str, Any]:
        return {
            "id": self.id, "clientOrderId": self.client_order_id, "timestamp": self.timestamp, "symbol": self.symbol,
            "type": "market", "side": self.side, "amount": self.amount, "filled": self.filled, "remaining": self.amount - self.filled,
            "average": self.average, "price": self.average, "cost": self.filled * self.average, "status": self.status,
            "reduceOnly": self.reduce_only, "fee": {"cost": self.fee_cost, "currency": "USDT"},
        }


@dataclass
class Position:
    """An open isolated-margin position."""

    id: str
    symbol: str
    side: Side
    contracts: float
    contract_size: float
    entry: float
    leverage: float
    margin: float  # USDT locked
    stop_loss: float
    take_profit: float
    liquidation: float
    opened_at: int  # ms
    entry_fee: float
    funding: float = 0.0  # paid so far (negative: received)
    mark: float = 0.0
    signal_id: str | None = None
    client_order_id: str = ""
    last_funding_ms: int = 0

    @property
    def notional(self) -> float:
        return self.contracts * self.contract_size * self.entry

    @property
    def direction(self) -> int:
        return 1 if self.side == "long" else -1

    def unrealised(self, price: float | None = None) -> float:
        """PnL at `price` (the mark by default) before exit fees."""
        mark = self.mark if price is None else price
        return (mark - self.entry) * self.contracts * self.contract_size * self.direction

    def to_ccxt(self) -> dict[str, Any]:
        return {
            "id": self.id, "symbol": self.symbol, "timestamp": self.opened_at, "side": self.side, "contracts": self.contracts,
            "contractSize": self.contract_size, "entryPrice": self.entry, "markPrice": self.mark, "notional": self.notional,
            "leverage": self.leverage, "collateral": self.margin, "initialMargin": self.margin, "marginMode": "isolated",
            "liquidationPrice": self.liquidation, "unrealizedPnl": self.unrealised(), "stopLossPrice": self.stop_loss,
            "takeProfitPrice": self.take_profit,
        }


@dataclass(frozen=True)
class ClosedTrade:
    """A round trip. `pnl_usdt` is net of both fees and the funding paid."""

    symbol: str
    side: Side
    entry_time: int
    exit_time: int
    entry: float
    exit: float
    size_usdt: float  # margin
    leverage: float
    stop_loss: float
    take_profit: float
    fee_usdt: float
    funding_usdt: float
    pnl_usdt: float
    reason: ExitReason
    signal_id: str | None = None
    note: str | None = None  # how the figures were had when not from this book's own fill (an exchange-side close)

    def to_json(self) -> dict[str, Any]:
        """The backtest document's trade object (times as ISO 8601 UTC)."""
        from .timeutil import iso  # noqa: PLC0415

        return {
            "side": self.side, "entry_time": iso(self.entry_time), "exit_time": iso(self.exit_time), "entry": self.entry, "exit": self.exit,
            "size_usdt": self.size_usdt, "leverage": self.leverage, "stop_loss": self.stop_loss, "take_profit": self.take_profit,
            "fee_usdt": round(self.fee_usdt, 8), "funding_usdt": round(self.funding_usdt, 8), "pnl_usdt": round(self.pnl_usdt, 8), "reason": self.reason,
        }
