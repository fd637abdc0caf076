"""Live, the wallet and positions shown are the exchange's: ccxt's own OKX
class reads the loopback's balance and positions (OKX's wire format) into
its unified structures, and the service's loop syncs them once every live
condition holds. Nothing here reaches a real exchange."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jarvis_tui.core.config import TradingConfig
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.trading.engine import Intent
from jarvis_tui.core.trading.live import LiveBroker, confirmation_phrase
from jarvis_tui.core.trading.markets import candles_from_rows
from jarvis_tui.core.trading.models import Candles, MarketSpec, OrderBook
from jarvis_tui.core.trading.service import TradingService

from .okx_server import SOL_POSITION, OkxServer, closing_fill
from .test_live import SOL, _exchange

ENV = {"JARVIS_OKX_API_KEY": "k" * 16, "JARVIS_OKX_SECRET": "s" * 16, "JARVIS_OKX_PASSWORD": "p" * 8}


class FewCandles:
    """Market data: three 1-minute candles near the exchange's mark."""

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        return candles_from_rows([[1_704_067_200_000 + i * 60_000, 101.0, 101.3, 100.9, 101.2, 5.0] for i in range(3)], "test")

    async def order_book(self, symbol: str) -> OrderBook | None:
        return None

    async def funding_rate(self, symbol: str) -> float | None:
        return None


@pytest.fixture
def okx() -> Iterator[OkxServer]:
    with OkxServer() as server:
        yield server


async def until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.005)


def account_requests(okx: OkxServer) -> list[str]:
    return [path for _, path, _, _ in okx.requests if path.startswith("/api/v5/account/") and path != "/api/v5/account/set-leverage"]


async def test_the_live_book_is_the_exchanges_synced_on_each_loop(okx: OkxServer) -> None:
    probe, exchange = _exchange(okx)
    await probe.close()
    cfg = TradingConfig(mode="live", exchange="okx", pairs=["SOL"]).model_copy(update={"scan_interval_s": 0.01})
    service = TradingService(cfg, bus=EventBus(), market_data=FewCandles(), markets={SOL: MarketSpec.from_ccxt(exchange.markets[SOL])}, env=ENV,
                             live_broker=LiveBroker(exchange))
    try:
        await service.start()
        await until(lambda: service.loop.ticks >= 2)
        # Not confirmed yet: nothing is read from the account, and the pane does not pass paper money off as the wallet.
        assert account_requests(okx) == [] and service.snapshot().wallet_source == "not synced with the exchange"
        assert service.engine.balance == 0 and not service.engine.positions

        assert service.confirm_live(confirmation_phrase("okx")) is None
        await until(lambda: service.account is not None)
        snap = service.snapshot()
        assert snap.wallet_source.startswith("exchange, synced") and snap.balance_usdt == pytest.approx(1200.25)
        (position,) = snap.positions
        assert (position.pair, position.side, position.entry, position.mark, position.liquidation, position.size_usdt) == (SOL, "long", 100.05, 101.2, 90.6, 30.015)
        assert position.pnl_usdt == pytest.approx(3 * (101.2 - 100.05))
        assert service.positions()[0]["contracts"] == 3.0 and service.status()["wallet_source"].startswith("exchange")
        assert {"/api/v5/account/balance", "/api/v5/account/positions"} <= set(account_requests(okx))

        # The exchange's stop filled there: the next sync takes the position out of the book and says so.
        okx.positions = []
        await until(lambda: "closed on the exchange" in (service.notice or ""))
        assert not service.engine.positions and SOL in (service.notice or "")
    finally:
        await service.aclose()
        await exchange.close()


async def test_a_live_order_reads_the_wallet_first_and_refuses_without_it(okx: OkxServer) -> None:
    probe, exchange = _exchange(okx)
    await probe.close()
    cfg = TradingConfig(mode="live", exchange="okx", pairs=["SOL"], scan_interval_s=0)
    service = TradingService(cfg, bus=EventBus(), markets={SOL: MarketSpec.from_ccxt(exchange.markets[SOL])}, env=ENV, live_broker=LiveBroker(exchange))
    await service.start()
    service.confirm_live(confirmation_phrase("okx"))
    try:
        # The exchange already holds a SOL position: the book adopts it before the order, and one-per-pair refuses.
        with pytest.raises(Exception, match="one position per pair"):
            await service.open(Intent(SOL, "long", 10, 10, 100.0, 99.75, 100.4))
        assert account_requests(okx)[:2] == ["/api/v5/account/balance", "/api/v5/account/positions"]
        assert not [r for r in okx.requests if r[1] == "/api/v5/trade/batch-orders"]
    finally:
        await service.aclose()
        await exchange.close()


async def _live_with_store(okx: OkxServer, tmp_path: Path) -> tuple[TradingService, Store, object]:
    """A live service on a store, confirmed, holding the 1 SOL contract it opened through the loopback (entry 100.05, fee 0.05)."""
    probe, exchange = _exchange(okx)
    await probe.close()
    store = await Store.open(tmp_path / "live.db")
    cfg = TradingConfig(mode="live", exchange="okx", pairs=["SOL"], scan_interval_s=0)
    service = TradingService(cfg, bus=EventBus(), store=store, markets={SOL: MarketSpec.from_ccxt(exchange.markets[SOL])}, env=ENV,
                             live_broker=LiveBroker(exchange))
    await service.start()
    service.confirm_live(confirmation_phrase("okx"))
    okx.positions = []
    position = await service.open(Intent(SOL, "long", 10, 10, 100.0, 99.75, 100.4))
    assert (position.contracts, position.entry, position.entry_fee) == (1.0, 100.05, 0.05)
    okx.positions = [SOL_POSITION | {"pos": "1", "availPos": "1", "cTime": str(position.opened_at)}]
    assert await service.sync_live() is None  # still open there: marked 101.2 by the exchange
    return service, store, exchange


async def test_a_position_the_exchange_closed_is_recorded_from_its_fills(okx: OkxServer, tmp_path: Path) -> None:
    service, store, exchange = await _live_with_store(okx, tmp_path)
    try:
        opened_at = service.engine.positions[SOL].opened_at
        # Its stop filled on the exchange: the fills since it opened hold its entry (a buy) and the closing sell.
        okx.positions = []
        okx.fills = [closing_fill("1", "99.74", "-0.04987", opened_at + 60_000, trade_id="2"),
                     closing_fill("1", "100.05", "-0.05", opened_at, side="buy", trade_id="1")]
        line = await service.sync_live()
        assert line is not None and "closed on the exchange, recorded: SOL/USDT:USDT at 99.74 (its fill)" in line
        (row,) = await store.fetchall("SELECT * FROM trading_trades")
        assert (row["reason"], row["exit"], row["exit_time"], row["note"]) == ("exchange", 99.74, opened_at + 60_000, None)
        assert row["fee_usdt"] == pytest.approx(0.05 + 0.04987)
        assert row["pnl_usdt"] == pytest.approx((99.74 - 100.05) * 1 - 0.05 - 0.04987)
        # The daily-loss figure and the stop guard count it; the book no longer holds it.
        state = service.status()["protections"]
        assert state["day_pnl_usdt"] == pytest.approx(row["pnl_usdt"], abs=1e-4) and service.engine.protections.stops == [opened_at + 60_000]
        assert not service.engine.positions and service.realised == pytest.approx(row["pnl_usdt"])
        (_, _, _, query) = next(r for r in okx.requests if r[1] == "/api/v5/trade/fills-history")
        assert query["instId"] == "SOL-USDT-SWAP" and query["instType"] == "SWAP" and int(query["begin"]) == opened_at
    finally:
        await service.aclose()
        await exchange.close()
        await store.close()


@pytest.mark.parametrize("fills_error", [None, "50001"])
async def test_without_its_fill_it_is_recorded_at_the_last_mark_and_says_so(okx: OkxServer, tmp_path: Path, fills_error: str | None) -> None:
    service, store, exchange = await _live_with_store(okx, tmp_path)
    try:
        okx.positions, okx.fills, okx.fills_error = [], [], fills_error  # no fill to be found, or the endpoint fails
        line = await service.sync_live()
        assert line is not None and "SOL/USDT:USDT at 101.2 (last mark: fill not found)" in line
        (row,) = await store.fetchall("SELECT * FROM trading_trades")
        assert row["reason"] == "exchange" and row["exit"] == 101.2
        assert "closing fill not found on okx" in row["note"] and "last known mark price 101.2" in row["note"] and "estimated taker fee" in row["note"]
        if fills_error:
            assert "Service temporarily unavailable" in row["note"]
        estimated = row["fee_usdt"] - 0.05
        assert estimated == pytest.approx(101.2 * service.engine.fee_rate(service.engine.spec(SOL)))
        assert row["pnl_usdt"] == pytest.approx(101.2 - 100.05 - row["fee_usdt"])
    finally:
        await service.aclose()
        await exchange.close()
        await store.close()
