"""The execution engine: ONE path for paper and live.

Every entry, whoever asks, goes through `Engine.open`: inputs are validated,
the protections are checked, the size becomes contracts with the market's
contract size, step and minimum, and only then is a broker asked to fill a
market order carrying a client order id. Paper and live differ only in the
broker (`PaperBroker` here, `live.LiveBroker`). Any refusal or broker error
leaves the book exactly as it was. A lock serialises entries and exits, so
two surfaces racing cannot both pass `max_open_positions`.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ..config import TradingConfig
from .costs import (
    book_fill_price,
    contracts_for,
    exit_on_candle,
    funding_payment,
    liquidation_price,
    realised_pnl,
    slipped,
)
from .models import (
    ClosedTrade,
    ExitReason,
    MarketSpec,
    Order,
    OrderBook,
    OrderRequest,
    Position,
    Side,
    TradingError,
    finite_positive,
)
from .protections import EntryRequest, Protections
from .timeutil import FUNDING_INTERVAL_MS

KILL_PHRASE = "CLOSE ALL"


class Broker(Protocol):
    """Fills market orders. `live` says whether real money moves."""

    live: bool

    async def place(self, request: OrderRequest) -> Order: ...


class Quotes(Protocol):
    """Where paper fills get their price: an order book when the source has one."""

    async def order_book(self, symbol: str) -> OrderBook | None: ...


class PaperBroker:
    """Fills at the order book's depth when there is one, else at the engine's
    reference price moved by `slippage` against the taker."""

    live = False

    def __init__(self, quotes: Quotes | None, slippage: float, clock: Callable[[], int]) -> None:
        self.quotes, self.slippage, self.clock = quotes, slippage, clock

    async def place(self, request: OrderRequest) -> Order:
        buy = request.side == "buy"
        book = await self.quotes.order_book(request.symbol) if self.quotes else None
        if book is not None and (book.asks if buy else book.bids):
            price = book_fill_price(book, buy, request.amount)
        else:
            price = slipped(request.reference_price, buy, self.slippage)
        return Order(f"paper-{uuid.uuid4().hex[:12]}", request.client_order_id, request.symbol, request.side, request.amount,
                     request.amount, price, "closed", self.clock(), reduce_only=request.reduce_only)


@dataclass(frozen=True)
class Intent:
    """What a caller asks for: an entry with its levels (prices in quote currency)."""

    symbol: str
    side: Side
    size_usdt: float
    leverage: float
    price: float  # the reference price the size is computed at
    stop_loss: float | None
    take_profit: float | None
    signal_id: str | None = None
    client_order_id: str | None = None


def _wall_ms() -> int:
    return int(time.time() * 1000)


class Engine:
    """The book (wallet, positions, closed trades) and the only way to change it."""

    def __init__(self, config: TradingConfig, broker: Broker, markets: dict[str, MarketSpec], *, balance: float,
                 clock: Callable[[], int] = _wall_ms, protections: Protections | None = None) -> None:
        self.config, self.broker, self.markets, self.clock = config, broker, markets, clock
        self.balance = balance
        self.positions: dict[str, Position] = {}
        self.trades: list[ClosedTrade] = []
        self.protections = protections or Protections(config)
        self.funding_rates: dict[str, float] = {}  # per 8 h, fraction; the config's rate when absent
        self._lock = asyncio.Lock()
        self.protections.observe_equity(self.equity(), clock())

    # -- reading -----------------------------------------------------------
    def equity(self) -> float:
        """Wallet plus the margin and unrealised PnL of open positions."""
        return self.balance + sum(p.margin + p.unrealised() for p in self.positions.values())

    def spec(self, symbol: str) -> MarketSpec:
        spec = self.markets.get(symbol)
        if spec is None:
            known = ", ".join(sorted(self.markets)) or "none"
            raise TradingError(f"unknown pair {symbol!r}; the markets loaded are {known}")
        return spec

    def fee_rate(self, spec: MarketSpec) -> float:
        return spec.taker_fee if spec.taker_fee is not None else self.config.taker_fee_pct / 100

    # -- entries -----------------------------------------------------------
    async def open(self, intent: Intent) -> Position:
        """Open a position or raise TradingError (ProtectionRefusal for a protection); the book is unchanged on any refusal."""
        async with self._lock:
            return await self._open(intent)

    async def _open(self, intent: Intent) -> Position:
        spec = self.spec(intent.symbol)
        if intent.side not in ("long", "short"):
            raise TradingError(f"side must be long or short, not {intent.side!r}")
        size = finite_positive(intent.size_usdt, "size_usdt")
        leverage = finite_positive(intent.leverage, "leverage")
        price = finite_positive(intent.price, "price")
        stop = None if intent.stop_loss is None else finite_positive(intent.stop_loss, "stop_loss")
        take = None if intent.take_profit is None else finite_positive(intent.take_profit, "take_profit")
        now = self.clock()
        mm = self.config.maintenance_margin_pct / 100
        liq = liquidation_price(intent.side, price, leverage, mm)
        self.protections.observe_equity(self.equity(), now)
        self.protections.check(EntryRequest(intent.symbol, intent.side, size, leverage, price, stop, take, liq), list(self.positions), now)
        assert stop is not None and take is not None  # check() refuses either missing
        contracts = contracts_for(size, leverage, price, spec)
        margin = contracts * spec.contract_size * price / leverage
        fee_estimate = contracts * spec.contract_size * price * self.fee_rate(spec) * 1.01
        if margin + fee_estimate > self.balance:
            raise TradingError(f"not enough free balance: {margin + fee_estimate:.2f} USDT needed, {self.balance:.2f} free")
        client_id = intent.client_order_id or new_client_order_id()
        request = OrderRequest(intent.symbol, "buy" if intent.side == "long" else "sell", contracts, client_id, False, leverage, stop, take, price)
        order = await self._place(request)
        fill = order.average
        notional = order.filled * spec.contract_size * fill
        fee = order.fee_cost or notional * self.fee_rate(spec)
        margin = notional / leverage
        position = Position(
            id=order.id, symbol=intent.symbol, side=intent.side, contracts=order.filled, contract_size=spec.contract_size, entry=fill,
            leverage=leverage, margin=margin, stop_loss=stop, take_profit=take, liquidation=liquidation_price(intent.side, fill, leverage, mm),
            opened_at=order.timestamp or now, entry_fee=fee, mark=fill, signal_id=intent.signal_id, client_order_id=client_id,
            last_funding_ms=order.timestamp or now,
        )
        self.balance -= margin + fee
        self.positions[intent.symbol] = position
        return position

    async def _place(self, request: OrderRequest) -> Order:
        try:
            order = await self.broker.place(request)
        except TradingError:
            raise
        except Exception as exc:  # any broker failure: a refusal, the book untouched
            raise TradingError(f"the order for {request.symbol} failed ({type(exc).__name__}: {exc}); the book is unchanged") from exc
        if order.filled <= 0 or not order.average > 0:
            raise TradingError(f"the order {order.client_order_id} for {request.symbol} was not filled (status {order.status}); the book is unchanged")
        return order

    # -- exits -------------------------------------------------------------
    async def close(self, symbol: str, reason: ExitReason = "signal", price: float | None = None) -> ClosedTrade:
        """Close a position at market (reduce-only, the opposite side). `price`
        is the reference for a paper fill; the position's mark otherwise."""
        async with self._lock:
            return await self._close(symbol, reason, price)

    async def _close(self, symbol: str, reason: ExitReason, price: float | None) -> ClosedTrade:
        position = self.positions.get(symbol)
        if position is None:
            open_ = ", ".join(sorted(self.positions)) or "none"
            raise TradingError(f"no open position on {symbol!r}; open positions: {open_}")
        reference = finite_positive(price if price is not None else position.mark, "price")
        request = OrderRequest(symbol, "sell" if position.side == "long" else "buy", position.contracts, new_client_order_id(), True,
                               position.leverage, None, None, reference)
        order = await self._place(request)
        return self._settle(position, order.average, order.timestamp or self.clock(), reason, order.fee_cost or None)

    def _settle(self, position: Position, exit_price: float, when: int, reason: ExitReason, fee: float | None = None) -> ClosedTrade:
        spec = self.spec(position.symbol)
        quantity = position.contracts * position.contract_size
        exit_fee = fee if fee is not None else quantity * exit_price * self.fee_rate(spec)
        price_pnl = realised_pnl(position.side, position.entry, exit_price, quantity, position.margin, reason)
        equity_before = self.equity()
        self.balance += position.margin + price_pnl - exit_fee
        trade = ClosedTrade(
            position.symbol, position.side, position.opened_at, when, position.entry, exit_price, position.margin, position.leverage,
            position.stop_loss, position.take_profit, position.entry_fee + exit_fee, position.funding,
            price_pnl - position.entry_fee - exit_fee - position.funding, reason, position.signal_id,
        )
        del self.positions[position.symbol]
        self.trades.append(trade)
        self.protections.after_exit(trade, equity_before, self.equity())
        return trade

    def on_candle(self, symbol: str, ts: int, open_: float, high: float, low: float, close: float) -> ClosedTrade | None:
        """Paper: apply funding due up to `ts`, then let the candle hit the
        position's liquidation, stop or take-profit (gaps at the open, both
        touched = the stop). Live positions only get their mark: their stop and
        take-profit orders rest on the exchange."""
        position = self.positions.get(symbol)
        if position is None:
            return None
        for value in (open_, high, low, close):
            finite_positive(value, f"{symbol} candle price")
        if not self.broker.live:
            self._fund(position, ts, open_)
            hit = exit_on_candle(position.side, open_, high, low, position.take_profit, position.stop_loss, position.liquidation, self.config.slippage_pct / 100)
            if hit is not None:
                return self._settle(position, hit[0], ts, hit[1])
        position.mark = close
        self.protections.observe_equity(self.equity(), ts)
        return None

    def _fund(self, position: Position, ts: int, price: float) -> None:
        """Charge every funding time (00, 08, 16 UTC) passed since the last one."""
        rate = self.funding_rates.get(position.symbol, self.config.funding_rate_pct / 100)
        next_due = (position.last_funding_ms // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS
        while next_due <= ts:
            paid = funding_payment(position.side, position.contracts * position.contract_size * price, rate)
            position.funding += paid
            self.balance -= paid
            position.last_funding_ms = next_due
            next_due += FUNDING_INTERVAL_MS

    async def kill_switch(self, confirmation: str, prices: dict[str, float] | None = None) -> KillReport:
        """Once the caller typed KILL_PHRASE: halt new entries, then try to close
        EVERY position. A close that fails (an exchange error, no price) leaves
        that position in the book as it was and does not stop the others."""
        if confirmation.strip() != KILL_PHRASE:
            raise TradingError(f"the kill switch needs the confirmation {KILL_PHRASE!r}; nothing was closed")
        report = KillReport()
        async with self._lock:
            self.protections.kill_halt = "the kill switch closed every position it could; resume to trade again"
            for symbol in list(self.positions):
                try:
                    report.closed.append(await self._close(symbol, "kill", (prices or {}).get(symbol)))
                except TradingError as exc:
                    report.failed.append((symbol, str(exc)))
        return report

    def mark(self, symbol: str, price: float, ts: int) -> None:
        """Mark an open position to `price` (live PnL) without a candle to check exits on."""
        position = self.positions.get(symbol)
        if position is not None:
            position.mark = finite_positive(price, f"{symbol} price")
            self.protections.observe_equity(self.equity(), ts)

    def resume(self) -> str:
        """Lift the halts the user asks to lift (see `Protections.resume`)."""
        return self.protections.resume(self.equity(), self.clock())

    def adopt_exchange(self, free_usdt: float, positions: list[Position]) -> list[Position]:
        """Live: make the book what the exchange says (its free balance, its open
        positions). A position the engine opened keeps its stop, take-profit,
        signal and fees; one the exchange no longer holds (closed there: its
        stop or take-profit, a liquidation, the website) leaves the book.
        Returns those that left, as last known (see `record_exchange_close`)."""
        held = {p.symbol for p in positions}
        gone = [p for s, p in self.positions.items() if s not in held]
        book: dict[str, Position] = {}
        for fresh in positions:
            known = self.positions.get(fresh.symbol)
            if known is not None:
                for name in ("contracts", "contract_size", "entry", "leverage", "margin", "liquidation", "mark"):
                    setattr(known, name, getattr(fresh, name))
                fresh = known
            book[fresh.symbol] = fresh
        self.positions = book
        self.balance = free_usdt
        self.protections.observe_equity(self.equity(), self.clock())
        return gone

    def record_exchange_close(self, position: Position, exit_price: float, when: int, exit_fee: float, note: str | None) -> ClosedTrade:
        """A position the exchange closed, as a trade (reason "exchange"): PnL
        from its entry to `exit_price`, net of both fees and its funding. The
        wallet is not touched: the exchange's balance, adopted, already holds
        the result. The protections see it (the day's loss, the stop guard)."""
        quantity = position.contracts * position.contract_size
        price_pnl = (exit_price - position.entry) * quantity * position.direction
        trade = ClosedTrade(
            position.symbol, position.side, position.opened_at, when, position.entry, exit_price, position.margin, position.leverage,
            position.stop_loss, position.take_profit, position.entry_fee + exit_fee, position.funding,
            price_pnl - position.entry_fee - exit_fee - position.funding, "exchange", position.signal_id, note,
        )
        self.trades.append(trade)
        equity = self.equity()
        self.protections.after_exit(trade, equity, equity)
        return trade


@dataclass
class KillReport:
    """What the kill switch closed, and what it could not close (symbol, why)."""

    closed: list[ClosedTrade] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user: counts, the pairs closed, each failure and why."""
        text = f"{len(self.closed)} position(s) closed" + (f" ({', '.join(t.symbol.split('/')[0] for t in self.closed)})" if self.closed else "")
        if self.failed:
            text += f"; {len(self.failed)} FAILED, still open: " + "; ".join(f"{s.split('/')[0]}: {why}" for s, why in self.failed)
        return text + "; new entries halted"


def new_client_order_id() -> str:
    """32 alphanumerics at most: the strictest exchange's limit (OKX)."""
    return "jv" + uuid.uuid4().hex[:30]
