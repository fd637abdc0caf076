"""The trading pane's keys in the cockpit, driven by the Pilot over the real
Runtime: R after a halt asks, then trading_resume runs under the permission
model (the cockpit's permission screen) and the halt is lifted; the kill
switch's notice names what it could not close."""

from __future__ import annotations

from textual.widgets import Input

from jarvis_tui.app import make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.core.trading.engine import KILL_PHRASE, PaperBroker
from jarvis_tui.core.trading.models import Candles, MarketSpec, Order, OrderRequest
from jarvis_tui.screens.ask_screen import AskScreen
from jarvis_tui.screens.permission_screen import PermissionScreen
from jarvis_tui.widgets.trading import TradingBook

from .helpers import screen_text, wait_for


async def test_r_after_a_halt_asks_then_resumes_through_the_permission_model(make_cluster) -> None:
    app = make_app(load_config(make_cluster().config_path), cursor_blink=False, monitor=False)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await wait_for(pilot, app.ready.is_set)
        trading = app.runtime.trading
        assert trading is not None and not trading.loop.running  # a cockpit without the monitor (tests) does not scan
        await pilot.press("alt+6")
        await wait_for(pilot, lambda: isinstance(app.focused, TradingBook))
        await pilot.press("R")  # nothing halted: the key does nothing
        await pilot.pause(0.05)
        assert not isinstance(app.screen, AskScreen)
        await trading.kill_switch(KILL_PHRASE)
        await wait_for(pilot, lambda: "HALTED" in screen_text(app), what="the halt drawn")
        await pilot.press("R")
        await wait_for(pilot, lambda: isinstance(app.screen, AskScreen), what="the confirmation")
        assert "kill switch" in screen_text(app)
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, PermissionScreen), what="the permission screen (trading_resume is act)")
        assert "trading_resume" in screen_text(app)
        await pilot.press("y")
        await wait_for(pilot, lambda: trading.engine.protections.halted(trading.clock()) is None, what="the halt lifted")
        await wait_for(pilot, lambda: any(n.message == "lifted: kill switch" for n in app._notifications) and "HALTED" not in screen_text(app))


class ClosesFailOn(PaperBroker):
    def __init__(self, failing: str) -> None:
        super().__init__(None, 0.0, lambda: 1_704_067_200_000)
        self.failing = failing

    async def place(self, request: OrderRequest) -> Order:
        if request.reduce_only and request.symbol == self.failing:
            raise ConnectionResetError("the exchange dropped the connection")
        return await super().place(request)


async def test_x_closes_the_selected_position_and_k_names_what_it_could_not_close(make_cluster) -> None:
    from jarvis_tui.core.trading.engine import Intent

    app = make_app(load_config(make_cluster().config_path), cursor_blink=False, monitor=False)
    sol, eth, btc = "SOL/USDT:USDT", "ETH/USDT:USDT", "BTC/USDT:USDT"
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await wait_for(pilot, app.ready.is_set)
        trading = app.runtime.trading
        assert trading is not None
        trading.engine.markets = {s: MarketSpec(s, s.split("/")[0], amount_step=0.001) for s in (sol, eth, btc)}
        trading.engine.broker = ClosesFailOn(eth)
        for symbol, price in ((sol, 100.0), (eth, 2000.0), (btc, 1000.0)):
            trading.last_prices[symbol] = price
            await trading.open(Intent(symbol, "long", 10, 10, price, price * 0.9975, price * 1.004))
        await pilot.press("alt+6")
        await wait_for(pilot, lambda: isinstance(app.focused, TradingBook) and "BTC/U" in screen_text(app))
        await pilot.press("x")  # the first position: SOL
        await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, PermissionScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: sol not in trading.engine.positions, what="SOL closed")
        await pilot.press("alt+6")  # the dialogs gave the focus back to the prompt
        await wait_for(pilot, lambda: isinstance(app.focused, TradingBook))
        await pilot.press("K")
        await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        app.screen.query_one(Input).value = KILL_PHRASE
        await pilot.press("enter")
        await wait_for(pilot, lambda: list(trading.engine.positions) == [eth], what="BTC closed, ETH left open")
        await wait_for(pilot, lambda: any("1 FAILED, still open: ETH: " in n.message and "dropped the connection" in n.message for n in app._notifications),
                       what="the failure named")
        await wait_for(pilot, lambda: "HALTED" in screen_text(app), what="the halt drawn")


class Market:
    """The exchange's candles as the service reads them (the loopback stands for MEXC, never contacted in tests)."""

    def __init__(self) -> None:
        from tests.unit.trading.conftest import walk

        self.series, self.down = walk(400), False

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        if self.down:
            raise ConnectionError("network is unreachable")
        return self.series.window(400 - limit, 400)

    async def order_book(self, symbol: str) -> None:
        return None

    async def funding_rate(self, symbol: str) -> None:
        return None


async def test_s_scans_now_and_says_what_it_found_or_why_not(make_cluster) -> None:
    app = make_app(load_config(make_cluster().config_path), cursor_blink=False, monitor=False)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await wait_for(pilot, app.ready.is_set)
        trading = app.runtime.trading
        assert trading is not None and trading.loop.ticks == 0
        market = Market()
        trading.market_data = market
        trading.engine.markets = {f"{p}/USDT:USDT": MarketSpec(f"{p}/USDT:USDT", p) for p in trading.config.pairs}

        async def review(prompt: str) -> str:
            return "SCORE: 12\nREASON: no edge"

        trading.review = review
        await pilot.press("alt+6")
        await wait_for(pilot, lambda: isinstance(app.focused, TradingBook))
        assert "S scan now" in screen_text(app)
        await pilot.press("S")
        await wait_for(pilot, lambda: any(n.message == "scan done: 0 pending signals" for n in app._notifications), what="the scan's result")
        assert trading.loop.ticks == 1
        market.down = True
        await pilot.press("S")
        await wait_for(pilot, lambda: any(n.message.startswith("scan: market data unavailable") and "network is unreachable" in n.message
                                          for n in app._notifications), what="why the scan failed")
