"""The trading service of the Runtime: market data in, scored signals, the
engine (paper or gated live), the store's records and the pane's snapshot.
Its scan loop (`[trading] scan_interval_s`) makes signals appear, marks open
positions, expires signals and, live, syncs the wallet from the exchange.

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
from .baselines import Comparison
from .engine import KILL_PHRASE, Engine, Intent, KillReport, PaperBroker
from .events import (
    OrderRefused,
    PositionClosed,
    PositionOpened,
    SignalScored,
    TradingChanged,
)
from .live import LiveAccount, LiveBroker, confirmation_phrase, live_checks, live_refusal
from .loop import ScanLoop, TickOutcome
from .markets import stored_candles
from .measure import BookMeasure
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
MAX_CURVE = 2000  # equity points kept for the pane's chart (one per scan, or per replayed candle)


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
    read: int  # pairs whose candles could be read
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
                 live_broker: LiveBroker | None = None, env: Mapping[str, str] | None = None, clock: Callable[[], int] = _wall_ms,
                 scan_loop: bool = True) -> None:
        self.config, self.bus, self.store, self.review = config, bus, store, review
        self.market_data, self._markets, self.clock = market_data, markets, clock
        self.env = env if env is not None else os.environ
        self.live_confirmed = False
        self.signals: dict[str, Signal] = {}
        self.last_prices: dict[str, float] = {}
        self.notice: str | None = None
        self.realised = 0.0
        self.curve: list[float] = []
        self.live_broker = live_broker
        self.account: LiveAccount | None = None  # live: the exchange's wallet and positions, as last synced
        self.account_at: int | None = None
        self.measure = BookMeasure(clock())
        broker = GatedBroker(self, live_broker) if config.mode == "live" else PaperBroker(market_data, config.slippage_pct / 100, clock)
        # Live, the wallet is the exchange's (synced before any order): no paper money may set the drawdown's peak.
        self.engine = Engine(config, broker, markets or {}, balance=config.paper_balance_usdt if config.mode == "paper" else 0.0, clock=clock)
        self.loop = ScanLoop(self.tick, config.scan_interval_s if scan_loop else 0.0, on_notice=self._set_notice, on_change=self._changed)

    @property
    def mode(self) -> str:
        return self.config.mode

    # -- lifecycle -------------------------------------------------------------
    async def start(self) -> None:
        """Migrate the tables, restore the book (positions, halts, the candles seen
        since it began) and start the scan loop. Starting never reaches the
        exchange: the loop's first scan comes one `scan_interval_s` later, and
        markets load on first use."""
        if self.store is not None:
            await self.store.ensure_schema("trading", storage.MIGRATIONS)
            saved = await storage.load_book(self.store, self.mode)
            if saved is not None:
                self.engine.balance = saved.balance
                self.engine.positions = {p.symbol: p for p in saved.positions}
                self.engine.protections.restore(saved.protections)
                self.measure.started_at = saved.started_at or self.measure.started_at
            self.measure.trades = await storage.trades(self.store, self.mode)
            self.realised = sum(t.pnl_usdt for t in self.measure.trades)
            await self._restore_candles()
            await self._save()
        self.curve = [self.engine.equity()]
        if self.market_data is not None:
            self.loop.start()

    async def _restore_candles(self) -> None:
        """The candles cached in the store since the book began (the comparison's ground)."""
        assert self.store is not None
        for symbol in sorted({swap_symbol(p) for p in self.config.pairs} | {t.symbol for t in self.measure.trades}):
            try:
                candles = await stored_candles(self.store, self.config.exchange, symbol, self.config.timeframe, self.measure.started_at, 2**62)
            except TradingError as exc:  # a damaged cache row: the comparison starts from the next scan
                log.warning("trading: %s", exc)
                continue
            if candles is not None:
                self.measure.remember(symbol, candles)

    async def _ensure_markets(self) -> str | None:
        """Load the exchange's markets once, when first needed; a failure is
        returned (and shown), never raised."""
        if self._markets is not None or self.engine.markets or self.market_data is None or not hasattr(self.market_data, "markets"):
            return None
        try:
            self.engine.markets = await self.market_data.markets(self.config.pairs)
        except Exception as exc:  # noqa: BLE001 - no network, unknown pair...: the service still answers, and says why
            self.notice = f"market data unavailable: {type(exc).__name__}: {exc}"
            log.warning("trading: %s", self.notice)
            return self.notice
        return None

    def _set_notice(self, notice: str | None) -> None:
        self.notice = notice

    def _changed(self) -> None:
        self.bus.publish(TradingChanged(""))

    async def aclose(self) -> None:
        await self.loop.aclose()
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
    async def tick(self) -> TickOutcome:
        """One turn of the scan loop: sync a live wallet, then scan (which marks
        positions and expires signals). `failed` when no pair could be read."""
        lines: list[str] = []
        if self.mode == "live" and self.live_refusal() is None:
            try:
                if closed := await self.sync_live():
                    lines.append(closed)
            except Exception as exc:  # noqa: BLE001 - an exchange error is a line in the pane, the scan goes on
                lines.append(f"live wallet not synced: {type(exc).__name__}: {exc}")
        result = await self.scan()
        lines += result.errors
        failed = result.scanned > 0 and result.read == 0
        return TickOutcome(failed, "; ".join(lines)[:600] if lines else None)

    async def scan(self) -> ScanResult:
        """Read every pair's latest candles: open positions are marked and their
        exits checked on the new candles (`on_candle`), pending signals expire,
        the best `review_top` technical candidates go to the cluster; every
        reviewed signal is recorded, those at or above min_score become pending."""
        markets_error = await self._ensure_markets()
        if self.market_data is None:
            raise TradingError("no market data source: trading is not configured with an exchange or a replay")
        for gone in self._expire():
            if self.store is not None:
                await storage.set_signal_status(self.store, gone.id, "expired")
        candidates: list[Candidate] = []
        errors: list[str] = [markets_error] if markets_error else []
        symbols = [swap_symbol(p) for p in self.config.pairs]
        read = 0
        for symbol in symbols:
            try:
                candles = await self.market_data.candles(symbol, self.config.timeframe, self.config.scan_candles)
            except Exception as exc:  # noqa: BLE001 - one pair's failure must not stop the scan
                errors.append(f"{symbol}: {type(exc).__name__}: {exc}")
                continue
            read += 1
            if not len(candles):
                continue
            self.last_prices[symbol] = float(candles.close[-1])
            self.measure.remember(symbol, candles)
            await self._mark(symbol, candles)
            found = candidate(symbol, candles, self.config.take_profit_pct)
            if found is not None:
                candidates.append(found)
        candidates.sort(key=lambda c: c.technical_score, reverse=True)
        top = candidates[: self.config.review_top]
        pending = 0
        for c in top:
            signal = await self._review(c)
            pending += signal.status == "pending"
        self._track_equity()
        self.bus.publish(TradingChanged(""))
        return ScanResult(len(symbols), read, len(candidates), len(top), pending, tuple(errors))

    async def _mark(self, symbol: str, candles: Candles) -> None:
        """Paper: feed an open position the candles that opened since its entry
        (exits, funding, its mark); then mark it to the latest close."""
        position = self.engine.positions.get(symbol)
        if position is None or self.mode == "live":  # live positions are marked by the exchange's sync; their exits rest there
            return
        fresh = candles.between(position.opened_at, 2**62)
        for i in range(len(fresh)):
            if symbol not in self.engine.positions:
                return
            await self.on_candle(symbol, int(fresh.ts[i]), float(fresh.open[i]), float(fresh.high[i]), float(fresh.low[i]), float(fresh.close[i]),
                                 record_curve=False)
        self.engine.mark(symbol, float(candles.close[-1]), self.clock())

    async def sync_live(self) -> str | None:
        """Live: read the wallet and open positions from the exchange and make the
        book theirs. Returns a line naming the positions the exchange closed, or None."""
        if self.live_broker is None:
            raise TradingError("live trading refused: no exchange connection was made (see the trading status)")
        account = await self.live_broker.account([swap_symbol(p) for p in self.config.pairs])
        gone = self.engine.adopt_exchange(account.free_usdt, account.positions)
        self.account, self.account_at = account, self.clock()
        await self._save()
        if not gone:
            return None
        return f"closed on the exchange (a stop or take-profit resting there filled): {', '.join(gone)}; its fill is on the exchange, not in this book"

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
        """Any entry (a signal, a voice command, a skill): the engine decides.
        Live, the wallet is read from the exchange first when it never was."""
        await self._ensure_markets()
        try:
            refusal = self.live_refusal() if self.mode == "live" else None
            if refusal is not None:
                raise TradingError(refusal)
            if self.mode == "live" and self.account is None:
                try:
                    self.notice = await self.sync_live() or self.notice
                except Exception as exc:  # no live order without the live wallet
                    raise TradingError(f"live order refused: the wallet could not be read from the exchange ({type(exc).__name__}: {exc})") from exc
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

    async def kill_switch(self, confirmation: str) -> KillReport:
        """After the typed confirmation KILL_PHRASE: halt new entries and close every
        position it can; the report says which closed and which failed, and why."""
        report = await self.engine.kill_switch(confirmation, self.last_prices)
        await self._after_exit(report.closed)
        return report

    async def resume(self) -> str:
        """Lift a halt (kill switch, max drawdown, daily loss) at the user's explicit
        request; TradingError when none is set or its condition still holds."""
        lifted = self.engine.resume()
        await self._save()
        self.bus.publish(TradingChanged(""))
        return lifted

    async def on_candle(self, symbol: str, ts: int, open_: float, high: float, low: float, close: float, *, record_curve: bool = True) -> ClosedTrade | None:
        """Feed a closed candle (the scan loop or a replay): funding, exits, marks."""
        self.last_prices[symbol] = close
        trade = self.engine.on_candle(symbol, ts, open_, high, low, close)
        if record_curve:
            self._track_equity()
        if trade is not None:
            await self._after_exit([trade])
        return trade

    def _track_equity(self) -> None:
        """The equity curve the pane draws (its last MAX_CURVE points)."""
        self.curve.append(self.engine.equity())
        del self.curve[:-MAX_CURVE]

    async def _after_exit(self, trades: list[ClosedTrade]) -> None:
        for trade in trades:
            if self.store is not None:
                await storage.record_trade(self.store, self.mode, trade)
            self.realised += trade.pnl_usdt
            self.measure.trades.append(trade)
            self.bus.publish(PositionClosed("", pair=trade.symbol, reason=trade.reason, pnl_usdt=trade.pnl_usdt, mode=self.mode))
        await self._save()
        self.bus.publish(TradingChanged(""))

    async def _save(self) -> None:
        if self.store is not None:
            book = storage.SavedBook(self.engine.balance, list(self.engine.positions.values()), self.measure.started_at, self.engine.protections.to_json())
            await storage.save_book(self.store, self.mode, book)

    def comparison(self) -> Comparison | None:
        """The book's closed trades beside both baselines on the candles seen since it began."""
        balance = self.account.total_usdt if self.mode == "live" and self.account else self.config.paper_balance_usdt
        return self.measure.comparison(self.config, self.engine.markets, balance, self.clock())

    def wallet_source(self) -> str:
        """Where the wallet shown comes from: the paper book, or the exchange (when synced)."""
        if self.mode == "paper":
            return "paper book"
        if self.account_at is None:
            return "not synced with the exchange"
        return f"exchange, synced {iso(self.account_at)[11:19]} UTC"

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
            "kill_switch_phrase": KILL_PHRASE, "wallet_source": self.wallet_source(),
            "scan": {"interval_s": c.scan_interval_s, "running": self.loop.running, "scans": self.loop.ticks, "failures_in_a_row": self.loop.failures,
                     "next_at": iso(int(self.loop.next_at * 1000)) if self.loop.running and self.loop.next_at else None},
        }
        comparison = self.comparison()
        doc["measured"] = comparison.to_json() if comparison else {
            "verdict": "no closed trade on candles seen since the book began: nothing to compare with the baselines yet"}
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
            equity_curve=tuple(self.curve[-200:]), min_score=c.min_score, notice=self.notice, wallet_source=self.wallet_source(),
            measured=_measured_line(self.comparison()), scan=self._scan_line(),
        )

    def _scan_line(self) -> str | None:
        if self.loop.running:
            next_at = f", next {iso(int(self.loop.next_at * 1000))[11:16]} UTC" if self.loop.next_at else ""
            return f"scan every {self.loop.interval_s:g} s{next_at}"
        return "scan loop off (scan_interval_s = 0)" if self.config.scan_interval_s == 0 else None


def _measured_line(comparison: Comparison | None) -> str:
    """The pane's line: the book beside both baselines, then the verdict."""
    if comparison is None:
        return "measured: no closed trade yet"
    return (f"book {comparison.strategy.pnl_usdt:+.2f} · random {comparison.random.pnl_usdt:+.2f} · buy-and-hold {comparison.buy_and_hold.pnl_usdt:+.2f} "
            f"USDT ({comparison.strategy.trades} trades): {comparison.verdict}")
