"""The trading service of the Runtime: market data in, scored signals, the
engine (paper or gated live), the store's records and the pane's snapshot.

Every surface (tools, agents, voice, cockpit, MCP, skills) calls these
methods; every order goes through the one `Engine`, whose protections and
live gate cannot be stepped around.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..config import TradingConfig
from ..events import EventBus
from . import storage
from .engine import KILL_PHRASE, Engine, Intent, PaperBroker
from .events import (
    OrderRefused,
    PositionClosed,
    PositionOpened,
    SignalScored,
    TradingChanged,
)
from .live import LiveBroker, confirmation_phrase, live_checks, live_refusal
from .models import (
    Candles,
    ClosedTrade,
    MarketSpec,
    Order,
    OrderBook,
    OrderRequest,
    Position,
    ProtectionRefusal,
    TradingError,
    swap_symbol,
)
from .signals import Candidate, Signal, candidate, levels, parse_review, review_prompt
from .snapshot import PositionView, ProtectionView, SignalView, TradingSnapshot
from .timeutil import iso

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)
Review = Callable[[str], Awaitable[str]]


class MarketSource(Protocol):
    """Market data as the service reads it: `markets.MarketData` (ccxt) or `markets.Replay`."""

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles: ...

    async def order_book(self, symbol: str) -> OrderBook | None: ...

    async def funding_rate(self, symbol: str) -> float | None: ...


class GatedBroker:
    """The live broker behind the live gate, re-checked on every order: a
    condition that stops holding (keys removed, mode changed) stops orders."""

    live = True

    def __init__(self, service: TradingService, broker: LiveBroker | None) -> None:
        self.service, self.broker = service, broker

    async def place(self, request: OrderRequest) -> Order:
        refusal = self.service.live_refusal()
        if refusal is not None:
            raise TradingError(refusal)
        if self.broker is None:
            raise TradingError("live trading refused: no exchange connection was made (see the trading status)")
        return await self.broker.place(request)


@dataclass(frozen=True)
class ScanResult:
    scanned: int
    candidates: int
    reviewed: int
    pending: int
    errors: tuple[str, ...]


def _wall_ms() -> int:
    return int(time.time() * 1000)


class TradingService:
    """Construct with explicit dependencies; `await start()` before use, `await aclose()` after."""

    def __init__(self, config: TradingConfig, *, bus: EventBus, store: Store | None = None, review: Review | None = None,
                 market_data: MarketSource | None = None, markets: dict[str, MarketSpec] | None = None,
                 live_broker: LiveBroker | None = None, env: Mapping[str, str] | None = None, clock: Callable[[], int] = _wall_ms) -> None:
        self.config, self.bus, self.store, self.review = config, bus, store, review
        self.market_data, self._markets, self.clock = market_data, markets, clock
        self.env = env if env is not None else os.environ
        self.live_confirmed = False
        self.signals: dict[str, Signal] = {}
        self.last_prices: dict[str, float] = {}
        self.notice: str | None = None
        self.realised = 0.0
        self.curve: list[float] = []
        broker = GatedBroker(self, live_broker) if config.mode == "live" else PaperBroker(market_data, config.slippage_pct / 100, clock)
        self.engine = Engine(config, broker, markets or {}, balance=config.paper_balance_usdt, clock=clock)

    @property
    def mode(self) -> str:
        return self.config.mode

    # -- lifecycle -------------------------------------------------------------
    async def start(self) -> None:
        """Migrate the tables and restore the paper book. Markets load on first
        use (a scan, an order): starting never reaches the exchange, so a
        one-shot or an MCP server that never trades makes no request to it."""
        if self.store is not None:
            await self.store.ensure_schema("trading", storage.MIGRATIONS)
            saved = await storage.load_book(self.store, self.mode)
            if saved is not None:
                self.engine.balance, positions = saved
                self.engine.positions = {p.symbol: p for p in positions}
            self.realised = sum(t.pnl_usdt for t in await storage.trades(self.store, self.mode))
        self.curve = [self.engine.equity()]

    async def _ensure_markets(self) -> None:
        """Load the exchange's markets once, when first needed (a failure is a notice, not a crash)."""
        if self._markets is not None or self.engine.markets or self.market_data is None or not hasattr(self.market_data, "markets"):
            return
        try:
            self.engine.markets = await self.market_data.markets(self.config.pairs)
        except Exception as exc:  # noqa: BLE001 - no network, unknown pair...: the service still answers, and says why
            self.notice = f"market data unavailable: {type(exc).__name__}: {exc}"
            log.warning("trading: %s", self.notice)

    async def aclose(self) -> None:
        await self._save()
        close = getattr(self.market_data, "aclose", None)
        if close is not None:
            await close()

    # -- live gate -----------------------------------------------------------------
    def live_refusal(self) -> str | None:
        """None when live orders may go out now; else every missing condition."""
        return live_refusal(live_checks(self.config, self.env, self.live_confirmed))

    def confirm_live(self, typed: str) -> str | None:
        """The cockpit's typed confirmation, once per session. Returns None when
        live is now allowed, else what still refuses it (a wrong phrase included)."""
        phrase = confirmation_phrase(self.config.exchange)
        if typed.strip() != phrase:
            return f"live not confirmed: type exactly {phrase!r}"
        self.live_confirmed = True
        self.bus.publish(TradingChanged(""))
        return self.live_refusal()

    # -- signals -----------------------------------------------------------------------
    async def scan(self) -> ScanResult:
        """Score every pair technically, send the best `review_top` to the cluster,
        record every reviewed signal, and make those at or above min_score pending."""
        await self._ensure_markets()
        if self.market_data is None:
            raise TradingError("no market data source: trading is not configured with an exchange or a replay")
        self._expire()
        candidates: list[Candidate] = []
        errors: list[str] = []
        symbols = [swap_symbol(p) for p in self.config.pairs]
        for symbol in symbols:
            try:
                candles = await self.market_data.candles(symbol, self.config.timeframe, self.config.scan_candles)
            except Exception as exc:  # noqa: BLE001 - one pair's failure must not stop the scan
                errors.append(f"{symbol}: {type(exc).__name__}: {exc}")
                continue
            if len(candles):
                self.last_prices[symbol] = float(candles.close[-1])
            found = candidate(symbol, candles, self.config.take_profit_pct)
            if found is not None:
                candidates.append(found)
        candidates.sort(key=lambda c: c.technical_score, reverse=True)
        top = candidates[: self.config.review_top]
        pending = 0
        for c in top:
            signal = await self._review(c)
            pending += signal.status == "pending"
        self.bus.publish(TradingChanged(""))
        return ScanResult(len(symbols), len(candidates), len(top), pending, tuple(errors))

    async def _review(self, c: Candidate) -> Signal:
        text: str | None = None
        review = None
        if self.review is not None:
            try:
                async with asyncio.timeout(self.config.review_timeout_s):
                    text = await self.review(review_prompt(c, self.config.take_profit_pct, self.config.stop_loss_pct))
                review = parse_review(text)
            except Exception as exc:  # noqa: BLE001 - a failed review scores nothing; the signal is not promoted
                log.warning("trading: review of %s failed: %s", c.symbol, exc)
        tp, sl = levels(c.side, c.entry, self.config.take_profit_pct, self.config.stop_loss_pct)
        now = self.clock()
        status = "unscored" if review is None else ("pending" if review.score >= self.config.min_score else "rejected")
        signal = Signal(c.symbol, c.side, c.entry, tp, sl, c.technical_score, None if review is None else review.score,
                        () if review is None else review.reasons, now, now + int(self.config.signal_expiry_min * 60_000), status)
        self.signals[signal.id] = signal
        if self.store is not None:
            await storage.record_signal(self.store, signal, text)
        self.bus.publish(SignalScored("", signal_id=signal.id, pair=signal.symbol, side=signal.side, technical_score=signal.technical_score,
                                      score=signal.score, status=status))
        return signal

    def _expire(self) -> list[Signal]:
        now = self.clock()
        gone = [s for s in self.signals.values() if s.status == "pending" and s.expires_at <= now]
        for s in gone:
            s.status = "expired"
        return gone

    def pending_signals(self, min_score: float | None = None) -> list[Signal]:
        self._expire()
        floor = self.config.min_score if min_score is None else min_score
        return sorted((s for s in self.signals.values() if s.status == "pending" and (s.score or 0) >= floor), key=lambda s: -(s.score or 0))

    # -- orders ------------------------------------------------------------------------
    async def execute_signal(self, signal_id: str) -> Position:
        """Open the position a pending signal proposes, through the engine."""
        self._expire()
        signal = self.signals.get(signal_id)
        if signal is None:
            raise TradingError(f"no signal {signal_id!r}; pending: {', '.join(s.id for s in self.pending_signals()) or 'none'}")
        if signal.status != "pending":
            raise TradingError(f"signal {signal_id} is {signal.status}, not pending: it cannot be executed")
        price = self.last_prices.get(signal.symbol, signal.entry)
        intent = Intent(signal.symbol, signal.side, self.config.size_usdt, self.config.leverage, price, signal.stop_loss, signal.take_profit,
                        signal.id, client_order_id=f"jv{signal.id}e")
        position = await self.open(intent)
        signal.status = "executed"
        if self.store is not None:
            await storage.set_signal_status(self.store, signal.id, "executed")
        return position

    async def open(self, intent: Intent) -> Position:
        """Any entry (a signal, a voice command, a skill): the engine decides."""
        await self._ensure_markets()
        try:
            position = await self.engine.open(intent)
        except TradingError as exc:
            self.bus.publish(OrderRefused("", pair=intent.symbol, reason=str(exc), protection=exc.protection if isinstance(exc, ProtectionRefusal) else None))
            raise
        await self._save()
        self.bus.publish(PositionOpened("", pair=position.symbol, side=position.side, entry=position.entry, contracts=position.contracts, mode=self.mode))
        self.bus.publish(TradingChanged(""))
        return position

    async def close_position(self, pair: str) -> ClosedTrade:
        symbol = swap_symbol(pair)
        trade = await self.engine.close(symbol, "signal", self.last_prices.get(symbol))
        await self._after_exit([trade])
        return trade

    async def kill_switch(self, confirmation: str) -> list[ClosedTrade]:
        """Close everything after the typed confirmation KILL_PHRASE; new entries halt until `resume()`."""
        trades = await self.engine.kill_switch(confirmation, self.last_prices)
        await self._after_exit(trades)
        return trades

    def resume(self) -> None:
        """Lift a max-drawdown or kill-switch halt (the user's explicit choice)."""
        self.engine.protections.resume()
        self.bus.publish(TradingChanged(""))

    async def on_candle(self, symbol: str, ts: int, open_: float, high: float, low: float, close: float) -> ClosedTrade | None:
        """Feed a closed candle (live polling or a replay): funding, exits, marks."""
        self.last_prices[symbol] = close
        trade = self.engine.on_candle(symbol, ts, open_, high, low, close)
        self.curve.append(self.engine.equity())
        if trade is not None:
            await self._after_exit([trade])
        return trade

    async def _after_exit(self, trades: list[ClosedTrade]) -> None:
        for trade in trades:
            self.realised += trade.pnl_usdt
            if self.store is not None:
                await storage.record_trade(self.store, self.mode, trade)
            self.bus.publish(PositionClosed("", pair=trade.symbol, reason=trade.reason, pnl_usdt=trade.pnl_usdt, mode=self.mode))
        await self._save()
        self.bus.publish(TradingChanged(""))

    async def _save(self) -> None:
        if self.store is not None:
            await storage.save_book(self.store, self.mode, self.engine.balance, list(self.engine.positions.values()))

    # -- reading -------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """Mode, exchange, wallet, limits, protections and (live) the gate's conditions."""
        c, now = self.config, self.clock()
        state = self.engine.protections.state(self.engine.equity(), now)
        doc: dict[str, Any] = {
            "mode": c.mode, "exchange": c.exchange, "balance_usdt": round(self.engine.balance, 4), "equity_usdt": round(self.engine.equity(), 4),
            "realised_pnl_usdt": round(self.realised, 4), "open_positions": len(self.engine.positions),
            "pairs": [swap_symbol(p) for p in c.pairs], "notice": self.notice,
            "limits": {"leverage": c.leverage, "size_usdt": c.size_usdt, "take_profit_pct": c.take_profit_pct, "stop_loss_pct": c.stop_loss_pct,
                       "min_score": c.min_score, "max_leverage": c.max_leverage, "max_size_usdt": c.max_size_usdt,
                       "max_open_positions": c.max_open_positions, "daily_loss_limit_pct": c.daily_loss_limit_pct, "max_drawdown_pct": c.max_drawdown_pct},
            "protections": {"halted": state.halted, "stop_guard_until": iso(state.stop_guard_until) if state.stop_guard_until else None,
                            "pair_cooldowns": {s: iso(t) for s, t in state.pair_cooldowns.items()}, "day_pnl_usdt": round(state.day_pnl_usdt, 4),
                            "drawdown_pct": round(state.drawdown_pct, 2)},
            "kill_switch_phrase": KILL_PHRASE,
        }
        if c.mode == "live":
            checks = live_checks(c, self.env, self.live_confirmed)
            doc["live"] = {"ready": all(x.ok for x in checks), "checks": [{"name": x.name, "ok": x.ok, "detail": x.detail} for x in checks]}
        return doc

    def positions(self) -> list[dict[str, Any]]:
        """Open positions as ccxt unified position structures."""
        return [p.to_ccxt() for p in self.engine.positions.values()]

    def snapshot(self) -> TradingSnapshot:
        c, now, engine = self.config, self.clock(), self.engine
        state = engine.protections.state(engine.equity(), now)
        refusal = self.live_refusal() if c.mode == "live" else None
        return TradingSnapshot(
            mode=c.mode, exchange=c.exchange, live_ready=c.mode == "live" and refusal is None, live_missing=refusal,
            balance_usdt=engine.balance, equity_usdt=engine.equity(), pnl_usdt=self.realised,
            positions=tuple(PositionView(p.symbol, p.side, p.margin, p.leverage, p.entry, p.mark, p.unrealised(), p.liquidation, p.stop_loss, p.take_profit)
                            for p in engine.positions.values()),
            signals=tuple(SignalView(s.id, s.symbol, s.side, s.score, s.technical_score, s.reasons, max(0.0, (s.expires_at - now) / 1000))
                          for s in self.pending_signals(0)),
            protections=ProtectionView(state.halted, iso(state.stop_guard_until)[11:16] if state.stop_guard_until else None,
                                       tuple((s, iso(t)[11:16]) for s, t in sorted(state.pair_cooldowns.items())), state.day_pnl_usdt, state.drawdown_pct),
            equity_curve=tuple(self.curve[-200:]), min_score=c.min_score, notice=self.notice,
        )
