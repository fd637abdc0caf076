"""The trading service of the Runtime: market data in, scored signals, the
engine (paper or gated live), the store's records and the pane's snapshot.
Its scan loop (`[trading] scan_interval_s`) makes signals appear, marks open
positions, expires signals and, live, syncs the wallet from the exchange.

Every surface (tools, agents, voice, cockpit, MCP, skills) calls these
methods; every order goes through the one `Engine`, whose protections and
live gate cannot be stepped around.

With a store, the book is shared by every process on it and written by one
at a time (lease.py): every change runs inside `_writing()`, which takes or
checks the writer lease, reloads the book when another process changed it,
and refuses, naming the holder, while another process holds it. Reads
(`refresh()`) reload the book and the pending signals from the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
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
from .lease import BookHeld, BookLease
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
# Pairs read at once in a scan (ccxt also keeps to the exchange's rate limit).
READ_CONCURRENCY = 4
NOT_TRIED = "not tried"
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
                 scan_loop: bool = True, process: str = "one-shot") -> None:
        """`process` names this process to the others (cockpit, jarvis-mcp, one-shot) when it holds the book."""
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
        # The writer lease (lease.py): kept for its whole life by a process whose loop changes the book (the cockpit), taken
        # for one change at a time by the others (jarvis-mcp, one-shots), so they never keep the cockpit from writing.
        self.keeps_lease = self.loop.interval_s > 0 and market_data is not None
        self.lease = BookLease(store, config.mode, process=process, keeps=self.keeps_lease, stale_s=config.book_lease_stale_s) if store is not None else None
        self._write_lock = asyncio.Lock()  # one change at a time in this process (the lease is per process)
        self._version = 0  # the stored book's version this copy is (storage.SavedBook.version)
        self._keeper: asyncio.Task[None] | None = None
        self._lost_notice: str | None = None  # the notice saying the book was taken over (cleared when it is taken back)

    @property
    def mode(self) -> str:
        return self.config.mode

    # -- lifecycle -------------------------------------------------------------
    async def start(self) -> None:
        """Migrate the tables, restore the book (positions, halts, the candles seen
        since it began) and start the scan loop. Starting never reaches the
        exchange: the loop's first scan comes one `scan_interval_s` later, and
        markets load on first use."""
        if self.store is not None and self.lease is not None:
            await self.store.ensure_schema("trading", storage.MIGRATIONS)
            await self._load()
            await self._restore_candles()
            if self.keeps_lease:
                await self._take_lease()
            else:
                await self.lease.holder()
            self._keeper = asyncio.create_task(self._keep_lease(), name="trading book lease")
        self.curve = [self.engine.equity()]
        if self.market_data is not None:
            self.loop.start()

    async def _load(self) -> None:
        """This copy := the book as stored (wallet, positions, protections, closed trades)."""
        assert self.store is not None
        saved = await storage.load_book(self.store, self.mode)
        if saved is not None:
            self.engine.balance = saved.balance
            self.engine.positions = {p.symbol: p for p in saved.positions}
            self.engine.protections.restore(saved.protections)
            self.measure.started_at = saved.started_at or self.measure.started_at
            self._version = saved.version
        self.measure.trades = await storage.trades(self.store, self.mode)
        self.realised = sum(t.pnl_usdt for t in self.measure.trades)

    async def _reload_if_changed(self) -> None:
        """Reload when another process wrote the book since this copy was read."""
        assert self.store is not None
        if await storage.book_version(self.store, self.mode) != self._version:
            await self._load()

    async def _take_lease(self) -> bool:
        """A long-lived writer takes the book (at start, then while it waits): reload it, and record it
        at once so the readers see when it began. False when another process holds it."""
        assert self.lease is not None
        async with self._write_lock:
            if await self.lease.acquire() is not None:
                return False
            await self._reload_if_changed()
            try:
                await self._save()
            except TradingError as exc:  # taken over in between, or the store refused: this process reads
                log.warning("trading: %s", exc)
        return self.lease.held

    async def _keep_lease(self) -> None:
        """Renew the lease while held; a long-lived reader takes it over once it is free or stale."""
        assert self.lease is not None
        while True:
            await asyncio.sleep(self.lease.renew_every_s)
            try:
                if self.lease.held:
                    if not await self.lease.renew() and self.keeps_lease:
                        await self._lost_lease()
                elif self.keeps_lease and await self._take_lease():
                    if self.notice is not None and self.notice == self._lost_notice:
                        self.notice = None
                    self._changed()
            except Exception as exc:  # noqa: BLE001 - a busy or broken store: said in the log, tried again next turn
                log.warning("trading: the book's lease could not be renewed: %s: %s", type(exc).__name__, exc)

    async def _lost_lease(self) -> None:
        """Another process took the book over (this one was frozen past the stale limit): read it from now on."""
        assert self.lease is not None
        async with self._write_lock:
            holder = await self.lease.holder()
            if holder is not None and holder.token == self.lease.token:
                self.lease.held = True  # a renewal that raced a release: still ours
                return
            await self._load()
            self.notice = self._lost_notice = (f"the {self.mode} book was taken over by {holder.describe(self.lease.host) if holder else 'another process'}: "
                                               "this process now only reads it")
            log.warning("trading: %s", self.notice)
        self._changed()

    @contextlib.asynccontextmanager
    async def _writing(self) -> AsyncIterator[None]:
        """Around every change of the book: this process must hold the writer lease
        (taken here when free or stale, then the book is reloaded if another process
        changed it); else BookHeld naming the holder, and nothing changes. A process
        that does not keep the lease gives it back when the change is done."""
        if self.lease is None:
            yield
            return
        async with self._write_lock:
            taken = not self.lease.held
            if taken:
                holder = await self.lease.take()
                if holder is not None or not self.lease.held:
                    raise self.lease.refusal(holder)
                await self._reload_if_changed()
            elif not await self.lease.renew():
                await self._load()
                raise self.lease.refusal(await self.lease.holder())
            try:
                yield
            finally:
                if taken and not self.keeps_lease:
                    await self.lease.release()

    async def refresh(self) -> None:
        """What a reader shows, as the store has it now: the book (when another
        process changed it), the pending signals, who holds the book. The holder's
        copy is the book: nothing to read."""
        if self.store is None or self.lease is None or self.lease.held:
            return
        await self._reload_if_changed()
        stored = await storage.pending_signals(self.store, self.clock())
        self.signals = {k: s for k, s in self.signals.items() if s.status != "pending"} | {s.id: s for s in stored}
        await self.lease.holder()

    def book_writer(self) -> str | None:
        """Who may change the book now, for the user; None without a store (the book lives in this process)."""
        if self.lease is None:
            return None
        if self.lease.held:
            return "this process"
        holder = self.lease.last_holder
        if holder is None or holder.token == self.lease.token:
            return "nobody: this process takes the book for each change" if not self.keeps_lease else "nobody: this process takes the book at its next turn"
        return holder.describe(self.lease.host)

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
            failure = f"markets not loaded: {type(exc).__name__}: {exc}"
            self.notice = f"market data unavailable ({failure})"
            log.warning("trading: %s", failure)
            return failure
        return None

    def _set_notice(self, notice: str | None) -> None:
        self.notice = notice

    def _changed(self) -> None:
        self.bus.publish(TradingChanged(""))

    async def aclose(self) -> None:
        """Stop the loop, write the book's last marks and give the lease back (when held here)."""
        await self.loop.aclose()
        if self._keeper is not None:
            self._keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._keeper
            self._keeper = None
        if self.lease is not None and self.lease.held:
            async with self._write_lock:
                try:
                    await self._save()
                except TradingError as exc:
                    log.warning("trading: %s", exc)
                await self.lease.release()
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
    async def scan_now(self) -> TickOutcome:
        """A scan now (the pane's S, the trading_scan tool), never alongside the loop's own."""
        return await self.loop.run_now()

    async def tick(self) -> TickOutcome:
        """One turn of the scan loop: sync a live wallet, then scan (which marks
        positions and expires signals). `failed` when no pair could be read."""
        lines: list[str] = []
        writer = self.lease is None or self.lease.held
        if not writer:
            await self.refresh()  # a reader shows the book another process writes
        if self.mode == "live" and self.live_refusal() is None and writer:
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
        fresh: list[tuple[str, Candles]] = []
        results = await self._read_pairs(symbols, exchange_down=markets_error is not None)
        for symbol, candles, error in results:
            if candles is None:
                if error != NOT_TRIED:
                    errors.append(error)
                continue
            read += 1
            if not len(candles):
                continue
            self.last_prices[symbol] = float(candles.close[-1])
            self.measure.remember(symbol, candles)
            fresh.append((symbol, candles))
            found = candidate(symbol, candles, self.config.take_profit_pct)
            if found is not None:
                candidates.append(found)
        if untried := sum(error == NOT_TRIED for _, _, error in results):
            errors.append(f"{untried} other pair{'s' if untried > 1 else ''} not tried: the exchange did not answer")
        await self._mark_all(fresh)
        candidates.sort(key=lambda c: c.technical_score, reverse=True)
        top = candidates[: self.config.review_top]
        pending = 0
        for c in top:
            signal = await self._review(c)
            pending += signal.status == "pending"
        self._track_equity()
        self.bus.publish(TradingChanged(""))
        return ScanResult(len(symbols), read, len(candidates), len(top), pending, tuple(errors))

    async def _read_pairs(self, symbols: list[str], *, exchange_down: bool) -> list[tuple[str, Candles | None, str]]:
        """Each pair's latest candles (or why not), a few at a time: one by one, an
        exchange that does not answer costs a timeout per pair. When its markets
        could not be loaded and the first pair cannot be read either, the others
        are not tried (each would wait for its own timeout)."""
        assert self.market_data is not None
        source, gate = self.market_data, asyncio.Semaphore(READ_CONCURRENCY)

        async def one(symbol: str) -> tuple[str, Candles | None, str]:
            async with gate:
                try:
                    return symbol, await source.candles(symbol, self.config.timeframe, self.config.scan_candles), ""
                except Exception as exc:  # noqa: BLE001 - one pair's failure must not stop the scan
                    return symbol, None, f"{symbol}: {type(exc).__name__}: {exc}"

        if not symbols:
            return []
        first = await one(symbols[0])
        if exchange_down and first[1] is None and len(symbols) > 1:
            return [first, *((s, None, NOT_TRIED) for s in symbols[1:])]
        return [first, *await asyncio.gather(*(one(s) for s in symbols[1:]))]

    async def _mark_all(self, batch: list[tuple[str, Candles]]) -> None:
        """Paper: the open positions get the candles just read (exits, funding,
        marks), and the book is written with its marks for the processes that
        read it. Only the book's writer does this: a reader's copy is reloaded."""
        if self.mode == "live":  # live positions are marked by the exchange's sync; their exits rest there
            return
        if self.lease is not None and not self.lease.held:
            await self._reload_if_changed()
            if self.keeps_lease:  # a reader: the process holding the book marks it
                return
        if not any(symbol in self.engine.positions for symbol, _ in batch):
            return
        try:
            async with self._writing():
                for symbol, candles in batch:
                    await self._mark(symbol, candles)
                await self._save()
        except BookHeld as exc:
            log.info("trading: positions not marked here: %s", exc)

    async def _mark(self, symbol: str, candles: Candles) -> None:
        """Feed an open position the candles that opened since its entry
        (exits, funding, its mark); then mark it to the latest close."""
        position = self.engine.positions.get(symbol)
        if position is None:
            return
        fresh = candles.between(position.opened_at, 2**62)
        for i in range(len(fresh)):
            if symbol not in self.engine.positions:
                return
            await self._on_candle(symbol, int(fresh.ts[i]), float(fresh.open[i]), float(fresh.high[i]), float(fresh.low[i]), float(fresh.close[i]),
                                  record_curve=False)
        self.engine.mark(symbol, float(candles.close[-1]), self.clock())

    async def sync_live(self) -> str | None:
        """Live: read the wallet and open positions from the exchange and make the
        book theirs; a position the exchange closed is recorded as a trade.
        Returns a line naming the positions the exchange closed, or None."""
        async with self._writing():
            return await self._sync_live()

    async def _sync_live(self) -> str | None:
        if self.live_broker is None:
            raise TradingError("live trading refused: no exchange connection was made (see the trading status)")
        account = await self.live_broker.account([swap_symbol(p) for p in self.config.pairs])
        gone = self.engine.adopt_exchange(account.free_usdt, account.positions)
        self.account, self.account_at = account, self.clock()
        trades = [await self._exchange_close(position) for position in gone]
        await self._record_exits(trades)
        if not trades:
            return None
        return "closed on the exchange, recorded: " + "; ".join(
            f"{t.symbol} at {t.exit:.8g} ({'its fill' if t.note is None else 'last mark: fill not found'}), PnL {t.pnl_usdt:+.2f} USDT" for t in trades)

    async def _exchange_close(self, position: Position) -> ClosedTrade:
        """A position the exchange closed, as a trade: priced and charged from its
        closing fills (ccxt's `fetch_my_trades`); when they cannot be had, at the
        last known mark with an estimated taker fee, and the trade's note says so."""
        assert self.live_broker is not None
        try:
            fill = await self.live_broker.closing_fill(position)
            missing = "no closing fill adds up to its contracts" if fill is None else ""
        except Exception as exc:  # noqa: BLE001 - the trade is recorded all the same, its note says why it is estimated
            fill, missing = None, f"{type(exc).__name__}: {exc}"
        if fill is not None:
            return self.engine.record_exchange_close(position, fill.price, fill.timestamp, fill.fee_usdt, None)
        mark = position.mark or self.last_prices.get(position.symbol) or position.entry
        spec = self.engine.markets.get(position.symbol)
        rate = self.engine.fee_rate(spec) if spec is not None else self.config.taker_fee_pct / 100
        fee = position.contracts * position.contract_size * mark * rate
        note = (f"closing fill not found on {self.config.exchange} ({missing[:200]}): recorded at the last known mark price {mark:.8g} "
                f"with an estimated taker fee {fee:.4f} USDT")
        log.warning("trading: %s: %s", position.symbol, note)
        return self.engine.record_exchange_close(position, mark, self.clock(), fee, note)

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
        """Open the position a pending signal proposes, through the engine. The
        signal is read from the store (another process may have executed it)."""
        async with self._writing():
            signal = await self._signal(signal_id)
            if signal is None:
                raise TradingError(f"no signal {signal_id!r}; pending: {', '.join(s.id for s in self.pending_signals()) or 'none'}")
            if signal.status != "pending":
                raise TradingError(f"signal {signal_id} is {signal.status}, not pending: it cannot be executed")
            price = self.last_prices.get(signal.symbol, signal.entry)
            intent = Intent(signal.symbol, signal.side, self.config.size_usdt, self.config.leverage, price, signal.stop_loss, signal.take_profit,
                            signal.id, client_order_id=f"jv{signal.id}e")
            position = await self._open(intent, executed_signal=signal.id)
            signal.status = "executed"
            return position

    async def _signal(self, signal_id: str) -> Signal | None:
        """A signal as the store has it now (this process's copy without a store), expired when due."""
        if self.store is not None:
            stored = await storage.signal(self.store, signal_id)
            if stored is not None:
                self.signals[signal_id] = stored
        self._expire()
        return self.signals.get(signal_id)

    async def open(self, intent: Intent) -> Position:
        """Any entry (a signal, a voice command, a skill): the engine decides.
        Live, the wallet is read from the exchange first when it never was."""
        async with self._writing():
            return await self._open(intent)

    async def _open(self, intent: Intent, *, executed_signal: str | None = None) -> Position:
        await self._ensure_markets()
        try:
            refusal = self.live_refusal() if self.mode == "live" else None
            if refusal is not None:
                raise TradingError(refusal)
            if self.mode == "live" and self.account is None:
                try:
                    self.notice = await self._sync_live() or self.notice
                except Exception as exc:  # no live order without the live wallet
                    raise TradingError(f"live order refused: the wallet could not be read from the exchange ({type(exc).__name__}: {exc})") from exc
            position = await self.engine.open(intent)
            await self._save(executed_signal=executed_signal)
        except TradingError as exc:
            self.bus.publish(OrderRefused("", pair=intent.symbol, reason=str(exc), protection=exc.protection if isinstance(exc, ProtectionRefusal) else None))
            raise
        self.bus.publish(PositionOpened("", pair=position.symbol, side=position.side, entry=position.entry, contracts=position.contracts, mode=self.mode))
        self.bus.publish(TradingChanged(""))
        return position

    async def close_position(self, pair: str) -> ClosedTrade:
        symbol = swap_symbol(pair)
        async with self._writing():
            trade = await self.engine.close(symbol, "signal", self.last_prices.get(symbol))
            await self._record_exits([trade])
        return trade

    async def kill_switch(self, confirmation: str) -> KillReport:
        """After the typed confirmation KILL_PHRASE: halt new entries and close every
        position it can; the report says which closed and which failed, and why."""
        async with self._writing():
            report = await self.engine.kill_switch(confirmation, self.last_prices)
            await self._record_exits(report.closed)
        return report

    async def resume(self) -> str:
        """Lift a halt (kill switch, max drawdown, daily loss) at the user's explicit
        request; TradingError when none is set or its condition still holds."""
        async with self._writing():
            lifted = self.engine.resume()
            await self._save()
        self.bus.publish(TradingChanged(""))
        return lifted

    async def on_candle(self, symbol: str, ts: int, open_: float, high: float, low: float, close: float, *, record_curve: bool = True) -> ClosedTrade | None:
        """Feed a closed candle (a replay): funding, exits, marks."""
        async with self._writing():
            return await self._on_candle(symbol, ts, open_, high, low, close, record_curve=record_curve)

    async def _on_candle(self, symbol: str, ts: int, open_: float, high: float, low: float, close: float, *, record_curve: bool) -> ClosedTrade | None:
        self.last_prices[symbol] = close
        trade = self.engine.on_candle(symbol, ts, open_, high, low, close)
        if record_curve:
            self._track_equity()
        if trade is not None:
            await self._record_exits([trade])
        return trade

    def _track_equity(self) -> None:
        """The equity curve the pane draws (its last MAX_CURVE points)."""
        self.curve.append(self.engine.equity())
        del self.curve[:-MAX_CURVE]

    async def _record_exits(self, trades: Sequence[ClosedTrade]) -> None:
        """Write the book with the trades that just closed (one transaction), then tell."""
        await self._save(trades)
        for trade in trades:
            self.realised += trade.pnl_usdt
            self.measure.trades.append(trade)
            self.bus.publish(PositionClosed("", pair=trade.symbol, reason=trade.reason, pnl_usdt=trade.pnl_usdt, mode=self.mode))
        self.bus.publish(TradingChanged(""))

    async def _save(self, trades: Sequence[ClosedTrade] = (), *, executed_signal: str | None = None) -> None:
        """Write this copy of the book as the next version, with `trades` and the
        executed signal, in one transaction. When the store refuses or fails, this
        copy goes back to the stored book (the change is not made) and TradingError
        says so."""
        if self.store is None or self.lease is None:
            return
        book = storage.SavedBook(self.engine.balance, list(self.engine.positions.values()), self.measure.started_at, self.engine.protections.to_json(),
                                 self._version + 1)
        try:
            await storage.save_book(self.store, self.mode, book, writer=self.lease.token, trades=trades, executed_signal=executed_signal)
        except Exception as exc:
            with contextlib.suppress(Exception):
                await self._load()
            if isinstance(exc, TradingError):
                raise
            raise TradingError(f"the {self.mode} book could not be written ({type(exc).__name__}: {exc}); it stays as the store has it") from exc
        self._version = book.version

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
            "kill_switch_phrase": KILL_PHRASE, "wallet_source": self.wallet_source(), "book_writer": self.book_writer(),
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
            measured=_measured_line(self.comparison()), scan=self._scan_line(), read_only=self._read_only_line(),
        )

    def _read_only_line(self) -> str | None:
        """The pane's line while another process holds the book: this one shows it, and cannot change it."""
        if self.lease is None or self.lease.held or not self.keeps_lease:
            return None
        holder = self.lease.last_holder
        who = holder.describe(self.lease.host) if holder is not None and holder.token != self.lease.token else "another process"
        return f"READ-ONLY: the {self.mode} book is held by {who}: act there, or close it (this cockpit takes the book over then)"

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
