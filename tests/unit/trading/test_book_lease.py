"""The book's writer lease, in one process with one store connection per
service (as separate processes have): the store refuses a book written
without the lease or from a stale copy; a takeover in the middle of an order
leaves the book as the new holder has it; the stale rules; and a signal
scored in one process is executed once, by another."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jarvis_tui.core.config import Config, ToolsConfig
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import storage, tools
from jarvis_tui.core.trading.engine import PaperBroker
from jarvis_tui.core.trading.lease import BookLease, Holder
from jarvis_tui.core.trading.models import ClosedTrade, Order, OrderRequest, TradingError
from jarvis_tui.core.trading.service import TradingService
from jarvis_tui.core.trading.signals import Signal

from .conftest import SOL, Clock, config, long_at, spec


async def service_on(path: Path, clock: Clock, process: str) -> tuple[TradingService, Store]:
    store = await Store.open(path)
    service = TradingService(config(pairs=["SOL"], scan_interval_s=0), bus=EventBus(), store=store, markets={SOL: spec()}, clock=clock, process=process)
    await service.start()
    return service, store


async def test_the_store_refuses_a_book_written_without_the_lease_or_from_a_stale_copy(tmp_path: Path, clock: Clock) -> None:
    service, store = await service_on(tmp_path / "t.db", clock, "one-shot")
    await service.open(long_at(100.0))
    before = await store.fetchall("SELECT * FROM trading_book")
    book = storage.SavedBook(5000.0, [], 0, {}, before[0]["version"] + 1)
    with pytest.raises(storage.StaleBook, match="no longer holds it"):  # the lease was given back after the change: nobody holds it
        await storage.save_book(store, "paper", book, writer=service.lease.token if service.lease else "")
    lease = BookLease(store, "paper", process="test", keeps=True, stale_s=60)
    assert await lease.acquire() is None
    with pytest.raises(storage.StaleBook):  # the holder's token, but a copy older than the stored book
        await storage.save_book(store, "paper", storage.SavedBook(5000.0, [], 0, {}, before[0]["version"]), writer=lease.token)
    trade = ClosedTrade(SOL, "long", 1, 2, 100, 101, 10, 10, 99, 101, 0.1, 0, 0.9, "signal")
    with pytest.raises(storage.StaleBook):  # a trade is written with its book or not at all
        await storage.save_book(store, "paper", storage.SavedBook(5000.0, [], 0, {}, 1), writer="not-the-lease", trades=[trade])
    assert await store.fetchall("SELECT * FROM trading_book") == before and await store.fetchall("SELECT * FROM trading_trades") == []
    await lease.release()
    await service.aclose()
    await store.close()


class TakenOverMidOrder(PaperBroker):
    """A paper fill during which another process takes the book over (this one was frozen past the stale limit)."""

    def __init__(self, clock: Clock, thief: BookLease) -> None:
        super().__init__(None, 0.0, clock)
        self.thief = thief

    async def place(self, request: OrderRequest) -> Order:
        await self.thief.store.execute("UPDATE trading_lease SET heartbeat_at = 0")  # frozen: its heartbeat is old
        assert await self.thief.acquire() is None
        return await super().place(request)


async def test_a_takeover_during_an_order_leaves_the_book_as_the_new_holder_has_it(tmp_path: Path, clock: Clock) -> None:
    cockpit, store = await service_on(tmp_path / "t.db", clock, "cockpit")
    cockpit.keeps_lease = True  # as the cockpit: it keeps the lease between changes
    await cockpit.open(long_at(100.0))
    assert cockpit.lease is not None and cockpit.lease.held
    other = await Store.open(tmp_path / "t.db")
    thief = BookLease(other, "paper", process="jarvis-mcp", keeps=False, stale_s=60)
    cockpit.engine.broker = TakenOverMidOrder(clock, thief)
    stored = await store.fetchall("SELECT balance, positions_json, version FROM trading_book")
    cockpit.engine.positions.clear()  # a second entry on the same pair would be refused: free the pair in memory only
    with pytest.raises(TradingError, match="was not written"):
        await cockpit.open(long_at(100.0))
    # The store refused the stale writer: the book is as it was, and the cockpit's copy went back to it.
    assert await store.fetchall("SELECT balance, positions_json, version FROM trading_book") == stored
    assert [p.symbol for p in cockpit.engine.positions.values()] == [SOL] and cockpit.engine.balance == stored[0]["balance"]
    with pytest.raises(TradingError, match=r"held by the jarvis-mcp \(pid \d+\) on this machine"):
        await cockpit.close_position("SOL")
    await thief.release()
    await other.close()
    await cockpit.aclose()
    await store.close()


async def test_stale_rules(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "t.db")
    await store.ensure_schema("trading", storage.MIGRATIONS)
    now = [1000.0]
    dead: set[int] = set()
    lease = BookLease(store, "paper", process="one-shot", keeps=False, stale_s=60, now=lambda: now[0], host="here", pid=1, alive=lambda pid: pid not in dead)

    def holder(pid: int, host: str, beat: float) -> Holder:
        return Holder("paper", "t", pid, host, "cockpit", 0.0, beat, True)

    assert lease.stale_reason(holder(2, "here", 990.0)) is None  # alive, fresh
    dead.add(2)
    assert lease.stale_reason(holder(2, "here", 990.0)) == "its process (pid 2) is gone"  # dead on this host: at once
    assert lease.stale_reason(holder(2, "elsewhere", 990.0)) is None  # another host's pid says nothing here
    assert "no heartbeat for 70 s" in (lease.stale_reason(holder(2, "elsewhere", 930.0)) or "")
    # A live holder that keeps the book is answered at once, naming it.
    await store.execute("INSERT INTO trading_lease VALUES ('paper', 't', 3, 'elsewhere', 'cockpit', 0, 1000, 1)")
    held = await lease.take(patience_s=5)
    assert held is not None and str(lease.refusal(held)).startswith("the paper book is held by the cockpit (pid 3) on elsewhere since 00:00 UTC")
    now[0] = 1061.0
    assert await lease.take() is None and lease.held  # silent past the limit: taken over
    await store.close()


async def test_a_signal_scored_in_one_process_is_executed_once_by_another(tmp_path: Path, clock: Clock) -> None:
    scanner, store_a = await service_on(tmp_path / "t.db", clock, "cockpit")
    signal = Signal(SOL, "long", 100.0, 100.4, 99.75, 80.0, 85.0, ("trend up",), clock.now, clock.now + 15 * 60_000, "pending")
    await storage.record_signal(store_a, signal, "SCORE: 85")
    mcp, store_b = await service_on(tmp_path / "t.db", clock, "jarvis-mcp")
    cfg = Config().model_copy(update={"trading": mcp.config, "tools": ToolsConfig(allow=["trading_execute_signal"])})
    box = Toolbox(cfg, policy=Policy(cfg.tools), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=mcp))
    pending = await box.call("trading_pending_signals", {}, caller=Caller("mcp"))
    assert [s["id"] for s in pending.data["signals"]] == [signal.id]  # read from the store: this process never scanned
    done = await box.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("mcp"))
    assert done.ok, done.error
    # The other process's copy says pending; the store says executed, and the store decides.
    scanner.signals[signal.id] = signal
    with pytest.raises(TradingError, match="is executed, not pending"):
        await scanner.execute_signal(signal.id)
    (row,) = await store_a.fetchall("SELECT status FROM trading_signals")
    assert row["status"] == "executed" and [p.symbol for p in scanner.engine.positions.values()] == [SOL]  # the scanner reloaded the book
    await box.aclose()
    for service, store in ((scanner, store_a), (mcp, store_b)):
        await service.aclose()
        await store.close()


async def test_a_second_cockpit_shows_the_book_read_only_and_takes_it_over_when_the_first_closes(tmp_path: Path, clock: Clock) -> None:
    from rich.console import Console

    from jarvis_tui.widgets.trading import book

    from .conftest import until, walk
    from .test_scan_loop import Source

    def cockpit(store: Store) -> TradingService:
        cfg = config(pairs=["SOL"], scan_interval_s=3600, book_lease_stale_s=1)  # the loop sleeps; the lease turns every 0.25 s
        return TradingService(cfg, bus=EventBus(), store=store, market_data=Source({SOL: walk(300)}, 300), markets={SOL: spec()}, clock=clock,
                              process="cockpit")

    first_store, second_store = await Store.open(tmp_path / "t.db"), await Store.open(tmp_path / "t.db")
    first, second = cockpit(first_store), cockpit(second_store)
    await first.start()
    await second.start()
    assert first.lease is not None and first.lease.held and second.lease is not None and not second.lease.held
    line = second.snapshot().read_only or ""
    assert line.startswith("READ-ONLY: the paper book is held by the cockpit (pid ") and "act there, or close it" in line
    console = Console(record=True, width=200)
    console.print(book(second.snapshot(), mode="paper", exchange="mexc", min_score=70))
    assert "READ-ONLY: the paper book is held by the cockpit" in console.export_text()  # the pane says it
    assert first.snapshot().read_only is None
    await first.open(long_at(100.0))
    await first.aclose()
    await until(lambda: second.lease is not None and second.lease.held, what="the second cockpit takes the book over")
    async with second._write_lock:  # the takeover reloads the book under this lock, after the lease is marked held
        pass
    assert second.snapshot().read_only is None and [p.symbol for p in second.engine.positions.values()] == [SOL]  # with the first one's position
    await second.aclose()
    await first_store.close()
    await second_store.close()
