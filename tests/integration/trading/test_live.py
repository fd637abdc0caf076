"""Live orders, offline: ccxt's own OKX class builds and signs the requests
(markets injected from OKX's instrument format), a loopback server speaking
OKX's v5 wire format answers. And the gate: MEXC futures are always refused."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from jarvis_tui.core.config import Config, TradingConfig
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import tools
from jarvis_tui.core.trading.engine import Engine, Intent
from jarvis_tui.core.trading.live import LiveBroker, confirmation_phrase, live_checks
from jarvis_tui.core.trading.markets import make_exchange
from jarvis_tui.core.trading.models import MarketSpec, TradingError
from jarvis_tui.core.trading.service import TradingService
from jarvis_tui.core.trading.signals import Signal

from .okx_server import SOL_SWAP, OkxServer

SOL = "SOL/USDT:USDT"
KEYS = {"apiKey": "test-key-0000", "secret": "test-secret-0000", "password": "test-pass"}


@pytest.fixture
def okx() -> Iterator[OkxServer]:
    with OkxServer() as server:
        yield server


def _exchange(server: OkxServer, timeout_ms: int = 5000):
    probe = make_exchange("okx")
    markets = {m["symbol"]: m for m in [probe.parse_market(SOL_SWAP)]}
    exchange = make_exchange("okx", markets=markets, credentials=KEYS, sandbox=True, timeout_ms=timeout_ms)
    exchange.urls["api"] = {"rest": server.url}
    return probe, exchange


async def _engine(server: OkxServer, timeout_ms: int = 5000) -> tuple[Engine, object]:
    probe, exchange = _exchange(server, timeout_ms)
    await probe.close()
    spec = MarketSpec.from_ccxt(exchange.markets[SOL])
    cfg = TradingConfig(mode="live", exchange="okx")
    engine = Engine(cfg, LiveBroker(exchange, lookup_attempts=2, lookup_wait_s=0.05), {SOL: spec}, balance=1000)
    return engine, exchange


async def test_okx_order_is_built_by_ccxt_with_client_id_isolated_margin_and_stop(okx: OkxServer) -> None:
    engine, exchange = await _engine(okx)
    try:
        position = await engine.open(Intent(SOL, "long", 10, 10, 100.0, 99.75, 100.4, client_order_id="jvtestentry1"))
    finally:
        await exchange.close()
    leverage = next(r for r in okx.requests if r[1] == "/api/v5/account/set-leverage")
    assert leverage[3] == {"lever": 10, "mgnMode": "isolated", "instId": "SOL-USDT-SWAP", "posSide": "net"}
    method, _, headers, body = next(r for r in okx.requests if r[1] == "/api/v5/trade/batch-orders")
    order = body[0]
    assert method == "POST" and order["instId"] == "SOL-USDT-SWAP" and order["side"] == "buy" and order["ordType"] == "market"
    assert order["sz"] == "1" and order["tdMode"] == "isolated" and order["clOrdId"] == "jvtestentry1"
    assert order["attachAlgoOrds"][0]["slTriggerPx"] == "99.75" and order["attachAlgoOrds"][0]["tpTriggerPx"] == "100.4"
    assert headers["ok-access-key"] == KEYS["apiKey"] and headers["ok-access-sign"] and headers["x-simulated-trading"] == "1"
    assert position.entry == pytest.approx(100.05) and position.contracts == 1.0 and position.client_order_id == "jvtestentry1"


async def test_a_timeout_never_produces_a_second_order(okx: OkxServer) -> None:
    okx.set(delay_s=1.5)  # the order is recorded, the answer comes after ccxt's 0.5 s timeout
    engine, exchange = await _engine(okx, timeout_ms=500)
    try:
        position = await engine.open(Intent(SOL, "long", 10, 10, 100.0, 99.75, 100.4, client_order_id="jvtimeout1"))
    finally:
        await exchange.close()
    placements = [r for r in okx.requests if r[1] == "/api/v5/trade/batch-orders"]
    assert len(placements) == 1 and len(okx.orders) == 1
    lookups = [r for r in okx.requests if r[1] == "/api/v5/trade/order"]
    assert lookups and lookups[0][3]["clOrdId"] == "jvtimeout1"
    assert position.entry == pytest.approx(100.05) and SOL in engine.positions


async def test_an_order_the_exchange_cannot_confirm_is_not_resent_and_the_book_is_unchanged(okx: OkxServer) -> None:
    # The placement times out and the exchange cannot find the order when asked: it is not sent again.
    okx.set(delay_s=1.5, record=False)
    engine, exchange = await _engine(okx, timeout_ms=500)
    try:
        with pytest.raises(TradingError, match="NOT sent again"):
            await engine.open(Intent(SOL, "long", 10, 10, 100.0, 99.75, 100.4, client_order_id="jvlost1"))
    finally:
        await exchange.close()
    assert not engine.positions and engine.balance == 1000
    assert len([r for r in okx.requests if r[1] == "/api/v5/trade/batch-orders"]) == 1
    assert len([r for r in okx.requests if r[1] == "/api/v5/trade/order"]) == 2  # looked up twice, never re-placed


def _live_config(exchange: str) -> TradingConfig:
    return TradingConfig(mode="live", exchange=exchange, pairs=["SOL"])


def test_mexc_futures_live_is_always_refused() -> None:
    env = {"JARVIS_MEXC_API_KEY": "k" * 16, "JARVIS_MEXC_SECRET": "s" * 16}
    checks = {c.name: c for c in live_checks(_live_config("mexc"), env, confirmed=True)}
    assert not checks["exchange accepts futures orders"].ok
    assert "since July 2022" in checks["exchange accepts futures orders"].detail
    assert checks["keys in the environment"].ok and checks["confirmed this session"].ok and checks["mode"].ok


def test_live_names_every_missing_condition() -> None:
    checks = {c.name: c.ok for c in live_checks(_live_config("okx"), {}, confirmed=False)}
    assert checks == {"mode": True, "exchange accepts futures orders": True, "ccxt can place swap orders": True,
                      "keys in the environment": False, "confirmed this session": False}
    paper = {c.name: c.ok for c in live_checks(TradingConfig(mode="paper", exchange="okx"), {}, confirmed=False)}
    assert paper["mode"] is False


async def test_live_service_refuses_until_confirmed_and_the_tool_is_danger() -> None:
    env = {"JARVIS_OKX_API_KEY": "k" * 16, "JARVIS_OKX_SECRET": "s" * 16, "JARVIS_OKX_PASSWORD": "p" * 8}

    class NeverCalled:
        live = True

        async def place(self, request):
            raise AssertionError("the live broker must not be reached")

    cfg = _live_config("okx")
    service = TradingService(cfg, bus=EventBus(), markets={SOL: MarketSpec(SOL, "SOL")}, env=env, live_broker=NeverCalled())  # type: ignore[arg-type]
    await service.start()
    signal = Signal(SOL, "long", 100.0, 100.4, 99.75, 80, 85, ("x",), service.clock(), service.clock() + 60_000, "pending")
    service.signals[signal.id] = signal
    config = Config().model_copy(update={"trading": cfg})
    toolbox = Toolbox(config, policy=Policy(config.tools, assume_yes=True), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))
    result = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("user"))
    assert result.status == "error" and "danger" in (result.error or "") and "nothing was sent" in (result.error or "")
    danger = config.model_copy(update={"tools": config.tools.model_copy(update={"danger_enabled": True})})
    toolbox = Toolbox(danger, policy=Policy(danger.tools, assume_yes=True), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))
    result = await toolbox.call("trading_execute_signal", {"signal_id": signal.id}, caller=Caller("user"))
    assert result.status == "error" and "live trading refused: confirmed this session" in (result.error or "")
    assert service.confirm_live("yes") is not None and not service.live_confirmed
    assert service.confirm_live(confirmation_phrase("okx")) is None and service.live_confirmed
    assert not service.engine.positions
