"""What a futures position costs, as pure functions shared by the engine
(paper and live) and the vectorised backtest, so both charge the same:
sizing with contract size, step and minimum; taker fees on entry and exit;
slippage from the order book or a configured rate; funding every 8 h;
the isolated-margin liquidation price; and how a candle ends a position.
"""

from __future__ import annotations

import math

from .models import ExitReason, MarketSpec, OrderBook, Side, TradingError


def contracts_for(size_usdt: float, leverage: float, price: float, spec: MarketSpec) -> float:
    """Contracts for `size_usdt` of margin at `leverage`, rounded DOWN to the
    market's amount step (never more exposure than asked); TradingError when
    that is below the market's minimum."""
    notional = size_usdt * leverage
    raw = notional / (price * spec.contract_size)
    contracts = round_step(raw, spec.amount_step)
    if contracts <= 0 or contracts < spec.min_amount:
        smallest = max(spec.min_amount, spec.amount_step) * spec.contract_size * price / leverage
        raise TradingError(
            f"{size_usdt:g} USDT at {leverage:g}x buys {raw:.6g} contracts of {spec.symbol}, below the market's minimum of "
            f"{max(spec.min_amount, spec.amount_step):g} (about {smallest:.4g} USDT of margin)"
        )
    return contracts


def round_step(value: float, step: float) -> float:
    """`value` rounded down to a multiple of `step` (0: unchanged). The epsilon
    keeps 0.3 / 0.1 from becoming 2.9999 steps."""
    if step <= 0:
        return value
    steps = math.floor(value / step + 1e-9)
    decimals = max(0, -math.floor(math.log10(step))) + 2
    return round(steps * step, decimals)


def round_price(price: float, step: float) -> float:
    """A price on the market's tick (nearest)."""
    if step <= 0:
        return price
    decimals = max(0, -math.floor(math.log10(step))) + 2
    return round(round(price / step) * step, decimals)


def book_fill_price(book: OrderBook, buy: bool, contracts: float) -> float:
    """The average price of a market order walking the book; TradingError when
    the book is too thin for it."""
    levels = book.asks if buy else book.bids
    left, cost = contracts, 0.0
    for price, amount in levels:
        take = min(left, amount)
        cost += take * price
        left -= take
        if left <= 1e-12:
            return cost / contracts
    raise TradingError(f"the order book holds only {contracts - left:g} of the {contracts:g} contracts asked")


def slipped(price: float, buy: bool, slippage: float) -> float:
    """`price` moved against the taker by the fraction `slippage`."""
    return price * (1 + slippage) if buy else price * (1 - slippage)


def liquidation_price(side: Side, entry: float, leverage: float, maintenance: float) -> float:
    """Isolated margin: the price where the margin left equals the maintenance
    margin. A long at 100, 10x, 0.5 % liquidates at 100 * (1 - 0.1 + 0.005) = 90.5."""
    if side == "long":
        return entry * (1 - 1 / leverage + maintenance)
    return entry * (1 + 1 / leverage - maintenance)


def stop_inside_liquidation(side: Side, stop: float, liquidation: float) -> bool:
    """True when the stop fires before liquidation would."""
    return stop > liquidation if side == "long" else stop < liquidation


def exit_on_candle(side: Side, open_: float, high: float, low: float, take_profit: float, stop_loss: float,
                   liquidation: float, slippage: float) -> tuple[float, ExitReason] | None:
    """How one candle ends a position, or None.

    - a gap through the liquidation price liquidates at it;
    - a gap through the stop fills at the open (not at the stop);
    - a candle touching both TP and SL resolves as the worse (the stop);
    - a stop is a market order: it slips; a take-profit is a resting limit: it does not.
    """
    if side == "long":
        if open_ <= liquidation:
            return liquidation, "liquidation"
        if open_ <= stop_loss:
            return slipped(open_, False, slippage), "sl"
        if low <= stop_loss:
            return slipped(stop_loss, False, slippage), "sl"
        if high >= take_profit:
            return take_profit, "tp"
        return None
    if open_ >= liquidation:
        return liquidation, "liquidation"
    if open_ >= stop_loss:
        return slipped(open_, True, slippage), "sl"
    if high >= stop_loss:
        return slipped(stop_loss, True, slippage), "sl"
    if low <= take_profit:
        return take_profit, "tp"
    return None


def funding_payment(side: Side, notional: float, rate: float) -> float:
    """What the position pays at one funding time (negative: receives). Longs
    pay shorts when the rate is positive."""
    return notional * rate if side == "long" else -notional * rate


def realised_pnl(side: Side, entry: float, exit_: float, quantity: float, margin: float, reason: ExitReason) -> float:
    """Price PnL of a round trip before fees and funding; a liquidation loses
    the whole isolated margin (the maintenance remainder goes to the exchange)."""
    if reason == "liquidation":
        return -margin
    return (exit_ - entry) * quantity * (1 if side == "long" else -1)
