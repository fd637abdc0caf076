"""Each protection refuses the order that crosses it: called on the engine
directly, and through a real `Toolbox.call` of trading_execute_signal (the
path of agents, the cockpit, voice and MCP alike). The book stays unchanged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace

import pytest

from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import tools
from jarvis_tui.core.trading.engine import Engine
from jarvis_tui.core.trading.models import ClosedTrade, ProtectionRefusal
from jarvis_tui.core.trading.service import TradingService
from jarvis_tui.core.trading.signals import Signal, levels
from jarvis_tui.core.voice.matcher_dispatch import VOICE_CALLER

from .conftest import MIN, SOL, Clock, config, long_at, paper_engine, spec

ETH, BTC = "ETH/USDT:USDT", "BTC/USDT:USDT"
MARKETS = {SOL: spec(), ETH: spec(ETH), BTC: spec(BTC)}


def _loss(engine: Engine, clock: Clock, reason: str, pnl: float, symbol: str = BTC) -> None:
    trade = ClosedTrade(symbol, "long", clock.now - MIN, clock.now, 100, 99, 10, 10, 99.75, 100.4, 0.1, 0, pnl, reason)  # type: ignore[arg-type]
    engine.balance += pnl
    engine.protections.record_exit(trade)
    engine.protections.observe_equity(engine.equity(), clock.now)


async def _open_two(engine: Engine, clock: Clock) -> None:
    await engine.open(long_at(2000.0, symbol=ETH))
    await engine.open(long_at(1000.0, symbol=BTC))


CASES: dict[str, tuple[str, Callable[[Engine, Clock], object]]] = {
    "max open positions": ("max open positions", _open_two),
    "one position per pair": ("one position per pair", lambda e, c: e.open(long_at(100.0))),
    "pair cooldown": ("pair cooldown", lambda e, c: _loss(e, c, "signal", -0.1, SOL)),
    "stop-loss guard": ("stop-loss guard", lambda e, c: [_loss(e, c, "sl", -0.3) for _ in range(3)]),
    "daily loss limit": ("halt", lambda e, c: _loss(e, c, "signal", -60.0)),
    "max drawdown": ("halt", lambda e, c: [_loss(e, c, "signal", 100.0), _loss(e, c, "signal", -200.0)]),
}


async def _arrange(engine: Engine, clock: Clock, case: str) -> None:
    result = CASES[case][1](engine, clock)
    if hasattr(result, "__await__"):
        await result  # type: ignore[misc]


def _cfg():
    # Open positions: 2 allowed; a day's loss limit of 5 % of 1000; drawdown 15 %.
    return config(max_open_positions=2, pair_cooldown_min=30, daily_loss_limit_pct=5, max_drawdown_pct=15)


@pytest.mark.parametrize("case", list(CASES))
async def test_each_protection_refuses_on_the_engine(clock: Clock, case: str) -> None:
    engine = paper_engine(clock, _cfg(), MARKETS)
    await _arrange(engine, clock, case)
    before = (engine.balance, dict(engine.positions))
    intent = long_at(100.0)
    with pytest.raises(ProtectionRefusal) as refused:
        await engine.open(intent)
    assert refused.value.protection == CASES[case][0], str(refused.value)
    assert (engine.balance, dict(engine.positions)) == before


@pytest.mark.parametrize(
    ("change", "protection"),
    [
        ({"leverage": 21.0}, "max leverage"),
        ({"size_usdt": 101.0}, "max size per trade"),
        ({"stop_loss": None}, "stop-loss required"),
        ({"stop_loss": 100.5}, "stop-loss side"),
        ({"stop_loss": 80.0}, "stop inside liquidation"),  # liquidation of a 10x long at 100 is 90.5
        ({"take_profit": None}, "take-profit required"),
    ],
)
async def test_order_level_protections_on_the_engine(clock: Clock, change: dict[str, object], protection: str) -> None:
    engine = paper_engine(clock, _cfg(), MARKETS)
    with pytest.raises(ProtectionRefusal) as refused:
        await engine.open(replace(long_at(100.0), **change))
    assert refused.value.protection == protection
    assert engine.balance == 1000 and not engine.positions


def _service(clock: Clock) -> TradingService:
    cfg = _cfg().model_copy(update={"pairs": ["SOL", "ETH", "BTC"]})
    return TradingService(cfg, bus=EventBus(), markets=dict(MARKETS), clock=clock)


def _pending(service: TradingService, symbol: str = SOL, entry: float = 100.0, **kw: object) -> Signal:
    tp, sl = levels("long", entry, 0.4, 0.25)
    values: dict[str, object] = {"take_profit": tp, "stop_loss": sl} | kw
    signal = Signal(symbol, "long", entry, technical_score=80, score=85, reasons=("test",), created_at=service.clock(),
                    expires_at=service.clock() + 15 * MIN, status="pending", **values)  # type: ignore[arg-type]
    service.signals[signal.id] = signal
    service.last_prices[symbol] = entry
    return signal


def _toolbox(service: TradingService, **tool_settings: object) -> Toolbox:
    cfg = Config().model_copy(update={"trading": service.config, "tools": Config().tools.model_copy(update=tool_settings)})
    return Toolbox(cfg, policy=Policy(cfg.tools, assume_yes=True), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))


# Every surface reaches an order through Toolbox.call: an agent, an MCP client (allow-listed), the cockpit, a voice command, a skill.
SURFACES = {"agent": Caller("agent", "ia-trading"), "mcp": Caller("mcp", "claude-code"), "cockpit": Caller("user", "cockpit"), "voice": VOICE_CALLER,
            "skill": Caller("user", "skill:morning-routine")}


@pytest.mark.parametrize("surface", list(SURFACES))
@pytest.mark.parametrize("case", list(CASES))
async def test_each_protection_refuses_through_the_tool(clock: Clock, case: str, surface: str) -> None:
    service = _service(clock)
    await service.start()
    await _arrange(service.engine, clock, case)
    before = (service.engine.balance, dict(service.engine.positions))
    signal = _pending(service)
    toolbox = _toolbox(service, allow=["trading_execute_signal"])
    result = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=SURFACES[surface])
    await toolbox.aclose()
    assert result.status == "error" and f"refused by {CASES[case][0]}" in (result.error or ""), result.error
    assert (service.engine.balance, dict(service.engine.positions)) == before
    assert signal.status == "pending"


async def test_a_signal_whose_stop_lies_beyond_liquidation_is_refused_through_the_tool(clock: Clock) -> None:
    service = _service(clock)
    await service.start()
    signal = _pending(service, stop_loss=85.0)
    toolbox = _toolbox(service)
    result = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("mcp"))
    assert result.status == "refused"  # an MCP client is headless: act tools need the allow-list first
    toolbox = _toolbox(service, allow=["trading_execute_signal"])
    result = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("mcp"))
    await toolbox.aclose()
    assert result.status == "error" and "refused by stop inside liquidation" in (result.error or "")
    assert not service.engine.positions


async def test_the_tool_opens_a_paper_position_and_closes_it(clock: Clock) -> None:
    service = _service(clock)
    await service.start()
    signal = _pending(service)
    toolbox = _toolbox(service)
    opened = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("user"))
    assert opened.ok, opened.error
    assert opened.data["mode"] == "paper" and opened.data["position"]["symbol"] == SOL and opened.data["position"]["liquidationPrice"] > 0
    again = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("user"))
    assert again.status == "error" and "executed, not pending" in (again.error or "")
    positions = await toolbox.call("trading_positions", {}, caller=Caller("user"))
    assert [p["symbol"] for p in positions.data["positions"]] == [SOL]
    closed = await toolbox.call("trading_close_position", {"pair": "SOL"}, caller=Caller("user"))
    await toolbox.aclose()
    assert closed.ok and closed.data["trade"]["reason"] == "signal"
    assert not service.engine.positions and service.engine.trades
