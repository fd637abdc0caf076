"""The kill switch closes every position it can and says which failed; a
halt (kill switch, max drawdown, daily loss) is lifted only by the user's
trading_resume, through the permission model, never while its condition
still holds, and not by a restart."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import tools
from jarvis_tui.core.trading.engine import KILL_PHRASE, PaperBroker
from jarvis_tui.core.trading.models import ClosedTrade, Order, OrderRequest, ProtectionRefusal, TradingError
from jarvis_tui.core.trading.service import TradingService

from .conftest import MIN, SOL, Clock, config, long_at, spec

ETH, BTC = "ETH/USDT:USDT", "BTC/USDT:USDT"
MARKETS = {SOL: spec(), ETH: spec(ETH), BTC: spec(BTC)}
DAY = 24 * 60 * MIN


class ExchangeDown(Exception):
    """What a ccxt ExchangeError looks like to the engine: any broker exception."""


class FailingCloses(PaperBroker):
    """Paper fills, except closes of the pairs in `failing`."""

    def __init__(self, clock: Clock, failing: set[str]) -> None:
        super().__init__(None, 0.0, clock)
        self.failing = failing

    async def place(self, request: OrderRequest) -> Order:
        if request.reduce_only and request.symbol in self.failing:
            raise ExchangeDown("503 Service Unavailable: the exchange is under maintenance")
        return await super().place(request)


async def service_with(clock: Clock, store: Store | None = None, **kw: object) -> TradingService:
    cfg = config(pairs=["SOL", "ETH", "BTC"], max_open_positions=3, scan_interval_s=0, **kw)
    service = TradingService(cfg, bus=EventBus(), store=store, markets=dict(MARKETS), clock=clock)
    await service.start()
    return service


def toolbox(service: TradingService, *, assume_yes: bool = True) -> Toolbox:
    cfg = Config().model_copy(update={"trading": service.config})
    return Toolbox(cfg, policy=Policy(cfg.tools, assume_yes=assume_yes), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))


def lose(service: TradingService, clock: Clock, pnl: float) -> None:
    """A closed trade losing `pnl` (a test's arrangement of the book's past)."""
    engine = service.engine
    before = engine.equity()
    engine.balance += pnl
    trade = ClosedTrade(BTC, "long", clock.now - MIN, clock.now, 100, 99, 10, 10, 99.75, 100.4, 0.1, 0, pnl, "signal")
    engine.protections.after_exit(trade, before, engine.equity())


async def test_the_kill_switch_closes_every_position_it_can_and_names_the_failure(tmp_path: Path, clock: Clock) -> None:
    store = await Store.open(tmp_path / "t.db")
    service = await service_with(clock, store)
    service.engine.broker = FailingCloses(clock, {ETH})
    for symbol, price in ((SOL, 100.0), (ETH, 2000.0), (BTC, 1000.0)):
        await service.open(long_at(price, symbol=symbol))
        service.last_prices[symbol] = price
    eth_before = vars(service.engine.positions[ETH]).copy()
    report = await service.kill_switch(KILL_PHRASE)
    assert sorted(t.symbol for t in report.closed) == [BTC, SOL] and all(t.reason == "kill" for t in report.closed)
    assert [s for s, _ in report.failed] == [ETH] and "503 Service Unavailable" in report.failed[0][1]
    assert "2 position(s) closed" in report.summary() and "1 FAILED, still open: ETH" in report.summary()
    # The book is consistent: ETH untouched and still open, the others settled and recorded.
    assert list(service.engine.positions) == [ETH] and vars(service.engine.positions[ETH]) == eth_before
    expected = 1000 - service.engine.positions[ETH].margin - service.engine.positions[ETH].entry_fee + sum(t.pnl_usdt for t in report.closed)
    assert service.engine.balance == pytest.approx(expected)
    assert sorted(r["pair"] for r in await store.fetchall("SELECT pair FROM trading_trades")) == [BTC, SOL]
    book = (await store.fetchall("SELECT positions_json FROM trading_book"))[0]["positions"]
    assert [p["symbol"] for p in book] == [ETH]
    with pytest.raises(ProtectionRefusal, match="kill switch"):
        await service.open(long_at(100.0))
    service.engine.broker = FailingCloses(clock, set())  # the exchange is back: a second kill closes the rest
    again = await service.kill_switch(KILL_PHRASE)
    assert [t.symbol for t in again.closed] == [ETH] and not again.failed and not service.engine.positions
    await service.aclose()
    await store.close()


async def test_trading_resume_goes_through_the_permission_model_and_says_what_it_lifts(clock: Clock) -> None:
    service = await service_with(clock)
    box = toolbox(service)
    nothing = await box.call("trading_resume", {}, caller=Caller("user"))
    assert nothing.status == "error" and "nothing to resume" in (nothing.error or "")
    await service.kill_switch(KILL_PHRASE)
    mcp = await toolbox(service, assume_yes=False).call("trading_resume", {}, caller=Caller("mcp"))
    assert mcp.status == "refused" and service.engine.protections.kill_halt  # headless callers need the allow-list
    resumed = await box.call("trading_resume", {}, caller=Caller("user"))
    await box.aclose()
    assert resumed.ok and resumed.data["resumed"] == "lifted: kill switch" and resumed.data["protections"]["halted"] is None
    await service.open(long_at(100.0))


async def test_resume_refuses_while_the_drawdown_still_holds(clock: Clock) -> None:
    service = await service_with(clock, daily_loss_limit_pct=50)
    lose(service, clock, +100.0)
    lose(service, clock, -200.0)  # 1100 -> 900: 18 % below the peak
    assert (service.engine.protections.halted(clock.now) or "").startswith("max drawdown")
    box = toolbox(service)
    refused = await box.call("trading_resume", {}, caller=Caller("user"))
    assert refused.status == "error" and "still 18.2 % below its peak" in (refused.error or "") and "max_drawdown_pct" in (refused.error or "")
    with pytest.raises(TradingError, match="still 18.2 %"):
        await service.resume()
    assert service.engine.protections.drawdown_halt is not None
    service.engine.balance += 100.0  # the equity recovers (an open position's gain): 1000, 9.1 % below the peak
    resumed = await box.call("trading_resume", {}, caller=Caller("user"))
    await box.aclose()
    assert resumed.ok and resumed.data["resumed"] == "lifted: max drawdown"


async def test_a_daily_loss_halt_holds_until_the_user_resumes_on_a_later_day(clock: Clock) -> None:
    service = await service_with(clock)
    lose(service, clock, -60.0)  # 5 % of 1000 is 50
    assert "daily loss limit" in (service.engine.protections.halted(clock.now) or "")
    with pytest.raises(TradingError, match="reached today"):
        await service.resume()
    clock.now += DAY
    assert "daily loss limit" in (service.engine.protections.halted(clock.now) or "")  # a new day does not lift it by itself
    with pytest.raises(ProtectionRefusal, match="halt"):
        await service.open(long_at(100.0))
    assert await service.resume() == "lifted: daily loss limit"
    await service.open(long_at(100.0))


async def test_a_restart_keeps_the_halt(tmp_path: Path, clock: Clock) -> None:
    store = await Store.open(tmp_path / "t.db")
    service = await service_with(clock, store)
    await service.kill_switch(KILL_PHRASE)
    await service.aclose()
    again = await service_with(clock, store)
    assert "kill switch" in (again.engine.protections.halted(clock.now) or "")
    with pytest.raises(ProtectionRefusal):
        await again.open(long_at(100.0))
    assert await again.resume() == "lifted: kill switch"
    await again.aclose()
    third = await service_with(clock, store)
    assert third.engine.protections.halted(clock.now) is None
    await third.aclose()
    await store.close()
