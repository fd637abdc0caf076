"""The paper engine on candles with known outcomes, and bad inputs that must
leave the book unchanged."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from jarvis_tui.core.trading.costs import contracts_for, liquidation_price
from jarvis_tui.core.trading.engine import KILL_PHRASE
from jarvis_tui.core.trading.models import Order, OrderRequest, TradingError

from .conftest import MIN, SOL, T0, Clock, config, long_at, paper_engine, spec

FEE = 0.0005


def snapshot(engine):
    return engine.balance, dict(engine.positions), list(engine.trades)


async def test_take_profit_pays_the_move_minus_both_fees(clock: Clock) -> None:
    engine = paper_engine(clock)
    position = await engine.open(long_at(100.0))
    assert position.contracts == 1.0 and position.margin == pytest.approx(10.0)
    assert engine.balance == pytest.approx(1000 - 10 - 100 * FEE)
    trade = engine.on_candle(SOL, T0 + 2 * MIN, 100.1, 100.5, 100.05, 100.3)
    assert trade is not None and trade.reason == "tp" and trade.exit == pytest.approx(100.4)
    fees = 100 * FEE + 100.4 * FEE
    assert trade.fee_usdt == pytest.approx(fees)
    assert trade.pnl_usdt == pytest.approx(0.4 - fees)
    assert engine.balance == pytest.approx(1000 + 0.4 - fees)
    assert not engine.positions


async def test_stop_loss_fills_at_the_stop(clock: Clock) -> None:
    engine = paper_engine(clock)
    await engine.open(long_at(100.0))
    trade = engine.on_candle(SOL, T0 + 2 * MIN, 99.9, 100.0, 99.7, 99.8)
    assert trade is not None and trade.reason == "sl" and trade.exit == pytest.approx(99.75)
    assert trade.pnl_usdt == pytest.approx(-0.25 - 100 * FEE - 99.75 * FEE)


async def test_a_candle_touching_both_resolves_as_the_stop(clock: Clock) -> None:
    engine = paper_engine(clock)
    await engine.open(long_at(100.0))
    trade = engine.on_candle(SOL, T0 + 2 * MIN, 100.0, 100.6, 99.5, 100.5)
    assert trade is not None and trade.reason == "sl" and trade.exit == pytest.approx(99.75)


async def test_a_gap_through_the_stop_fills_at_the_open(clock: Clock) -> None:
    engine = paper_engine(clock)
    await engine.open(long_at(100.0))
    trade = engine.on_candle(SOL, T0 + 2 * MIN, 98.0, 98.5, 97.5, 98.2)
    assert trade is not None and trade.reason == "sl" and trade.exit == pytest.approx(98.0)
    assert trade.pnl_usdt < -0.25 * 8  # far worse than the stop distance


async def test_a_gap_through_the_liquidation_price_loses_the_margin(clock: Clock) -> None:
    engine = paper_engine(clock)
    position = await engine.open(long_at(100.0))
    assert position.liquidation == pytest.approx(90.5)  # 10x, 0.5 % maintenance
    trade = engine.on_candle(SOL, T0 + 2 * MIN, 85.0, 86.0, 84.0, 85.5)
    assert trade is not None and trade.reason == "liquidation"
    assert trade.pnl_usdt == pytest.approx(-10 - 100 * FEE - 90.5 * FEE)
    assert engine.balance == pytest.approx(1000 + trade.pnl_usdt)


async def test_funding_every_8_hours_longs_pay(clock: Clock) -> None:
    engine = paper_engine(clock, config(take_profit_pct=5, stop_loss_pct=2, pair_cooldown_min=0))
    await engine.open(long_at(100.0, stop_loss=98.0, take_profit=105.0))
    engine.on_candle(SOL, T0 + 7 * 3_600_000, 100.0, 100.1, 99.9, 100.0)
    assert engine.positions[SOL].funding == 0.0
    engine.on_candle(SOL, T0 + 16 * 3_600_000 + MIN, 100.0, 100.1, 99.9, 100.0)  # crossed 08:00 and 16:00
    assert engine.positions[SOL].funding == pytest.approx(2 * 100 * 0.0001)
    trade = engine.on_candle(SOL, T0 + 17 * 3_600_000, 100.0, 105.5, 99.9, 105.0)
    assert trade is not None and trade.funding_usdt == pytest.approx(0.02)
    assert trade.pnl_usdt == pytest.approx(5.0 - 100 * FEE - 105 * FEE - 0.02)


def test_minimum_size_and_precision() -> None:
    market = spec(amount_step=0.1, min_amount=1.0, contract_size=0.01)  # contracts of 0.01 SOL
    assert contracts_for(10, 10, 123.0, market) == pytest.approx(81.3)  # 100 USDT / 1.23 per contract, rounded down
    with pytest.raises(TradingError, match="below the market's minimum"):
        contracts_for(0.01, 1, 123.0, market)


async def test_below_the_minimum_the_book_is_unchanged(clock: Clock) -> None:
    engine = paper_engine(clock, markets={SOL: spec(min_amount=5.0)})
    before = snapshot(engine)
    with pytest.raises(TradingError, match="minimum"):
        await engine.open(long_at(100.0))
    assert snapshot(engine) == before


def test_liquidation_price_of_the_issue() -> None:
    assert liquidation_price("long", 100, 10, 0.005) == pytest.approx(90.5)
    assert liquidation_price("short", 100, 10, 0.005) == pytest.approx(109.5)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"symbol": "NOPE/USDT:USDT"}, "unknown pair"),
        ({"size_usdt": -10.0}, "size_usdt must be a finite number above zero"),
        ({"leverage": 500.0}, "max leverage"),
        ({"price": math.nan}, "price must be a finite number"),
        ({"price": 0.0}, "price must be a finite number"),
        ({"stop_loss": math.inf}, "stop_loss must be a finite number"),
        ({"side": "sideways"}, "side must be long or short"),
    ],
)
async def test_bad_inputs_are_refused_and_the_book_is_unchanged(clock: Clock, change: dict[str, object], message: str) -> None:
    engine = paper_engine(clock)
    before = snapshot(engine)
    with pytest.raises(TradingError, match=message):
        await engine.open(replace(long_at(100.0), **change))
    assert snapshot(engine) == before


async def test_an_exchange_error_mid_order_leaves_the_book_unchanged(clock: Clock) -> None:
    class Failing:
        live = False

        async def place(self, request: OrderRequest) -> Order:
            raise ConnectionResetError("connection reset by peer")

    engine = paper_engine(clock)
    engine.broker = Failing()
    before = snapshot(engine)
    with pytest.raises(TradingError, match="failed .*ConnectionResetError.*book is unchanged"):
        await engine.open(long_at(100.0))
    assert snapshot(engine) == before


async def test_nan_candle_is_refused_without_touching_the_position(clock: Clock) -> None:
    engine = paper_engine(clock)
    await engine.open(long_at(100.0))
    before = snapshot(engine)
    with pytest.raises(TradingError, match="candle price"):
        engine.on_candle(SOL, T0 + 2 * MIN, math.nan, 100.0, 99.0, 99.5)
    assert snapshot(engine) == before


async def test_kill_switch_needs_the_phrase_then_closes_everything_and_halts(clock: Clock) -> None:
    other = "ETH/USDT:USDT"
    engine = paper_engine(clock, markets={SOL: spec(), other: spec(other)})
    await engine.open(long_at(100.0))
    await engine.open(long_at(2000.0, symbol=other))
    with pytest.raises(TradingError, match="confirmation"):
        await engine.kill_switch("yes")
    assert len(engine.positions) == 2
    report = await engine.kill_switch(KILL_PHRASE)
    assert {t.symbol for t in report.closed} == {SOL, other} and all(t.reason == "kill" for t in report.closed) and not report.failed
    assert not engine.positions
    with pytest.raises(TradingError, match="halt"):
        await engine.open(long_at(100.0))
    assert engine.resume() == "lifted: kill switch"
    await engine.open(long_at(100.0))
