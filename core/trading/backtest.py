"""The backtest: the technical score on every candle, entries where it
reaches `min_score`, and positions closed by the engine's own cost rules
(`costs.py`): taker fees on entry and exit, slippage at the configured rate,
funding every 8 h, liquidation, the worse of TP and SL in one candle, a gap
through the stop filled at the open.

A signal on candle i enters at the open of candle i + 1 (no look-ahead).
One position at a time, a fixed margin per trade. The cluster's review is not
replayed here (a year of candidates cannot be sent to a model): the strategy
measured is the technical score, and the paper book measures the cluster's
scores on the signals it really reviewed.

Given a `Protections`, every entry is first checked by it, exactly as the
engine checks one (the same object and rules: daily loss and max drawdown
halts, the stop-loss guard, the per-pair cooldown, the order-level checks),
and every exit is fed back to it; a refused signal is skipped and counted.
Nobody resumes a halt inside a backtest: once halted, it stops entering.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..config import TradingConfig
from .costs import (
    contracts_for,
    exit_on_candle,
    funding_payment,
    liquidation_price,
    realised_pnl,
    slipped,
)
from .models import Candles, ClosedTrade, ExitReason, MarketSpec, ProtectionRefusal, Side, TradingError
from .protections import EntryRequest, Protections
from .signals import technical
from .timeutil import FUNDING_INTERVAL_MS


@dataclass(frozen=True)
class Rules:
    """Sizing and costs of one run, from the config (fractions, not %)."""

    size_usdt: float
    leverage: float
    take_profit: float | None  # None: no take-profit (buy and hold)
    stop_loss: float | None
    fee: float
    slippage: float
    funding: float
    maintenance: float

    @classmethod
    def from_config(cls, c: TradingConfig, spec: MarketSpec) -> Rules:
        fee = spec.taker_fee if spec.taker_fee is not None else c.taker_fee_pct / 100
        return cls(c.size_usdt, c.leverage, c.take_profit_pct / 100, c.stop_loss_pct / 100, fee, c.slippage_pct / 100, c.funding_rate_pct / 100,
                   c.maintenance_margin_pct / 100)


def strategy_entries(candles: Candles, config: TradingConfig) -> tuple[np.ndarray, np.ndarray]:
    """(entry mask, direction) from the technical score at or above min_score."""
    view = technical(candles, config.take_profit_pct)
    mask = (view.score >= config.min_score) & (view.direction != 0)
    return mask, view.direction


def simulate(candles: Candles, entries: np.ndarray, directions: np.ndarray, rules: Rules, spec: MarketSpec, balance: float,
             protections: Protections | None = None, refused: Counter[str] | None = None) -> list[ClosedTrade]:
    """Trade every entry that comes while flat (and, given `protections`, that
    they allow); close at TP, SL, liquidation or the last candle. `refused`
    counts the signals each protection skipped."""
    n = len(candles)
    ts, o, h, lo, c = candles.ts.tolist(), candles.open.tolist(), candles.high.tolist(), candles.low.tolist(), candles.close.tolist()
    signal_at = np.flatnonzero(entries[: n - 1]).tolist()  # a signal on the last candle has no next open
    dirs = directions.tolist()
    trades: list[ClosedTrade] = []
    equity = balance
    if protections is not None and n:
        protections.observe_equity(equity, ts[0])
    i = 0
    while True:
        k = bisect.bisect_left(signal_at, i)
        if k == len(signal_at) or equity < rules.size_usdt:
            break
        s = signal_at[k]
        side: Side = "long" if dirs[s] > 0 else "short"
        if protections is not None:
            why = _refusal(protections, spec.symbol, side, o[s + 1], ts[s + 1], equity, rules)
            if why is not None:
                if refused is not None:
                    refused[why] += len(signal_at) - k if why == "halt" else 1
                if why == "halt":  # a halt latches and no user resumes it here
                    break
                i = s + 1
                continue
        trade, i = _one_trade(s + 1, side, ts, o, h, lo, c, rules, spec)
        trades.append(trade)
        before, equity = equity, equity + trade.pnl_usdt
        if protections is not None:
            protections.after_exit(trade, before, equity)
    return trades


def _levels(side: Side, open_: float, rules: Rules) -> tuple[float, float, float, float]:
    """(entry, take-profit, stop-loss, liquidation) of an entry at `open_`; no
    take-profit or stop is an unreachable level."""
    long = side == "long"
    entry = slipped(open_, long, rules.slippage)
    liq = liquidation_price(side, entry, rules.leverage, rules.maintenance)
    if long:
        tp = entry * (1 + rules.take_profit) if rules.take_profit else float("inf")
        sl = entry * (1 - rules.stop_loss) if rules.stop_loss else 0.0
    else:
        tp = entry * (1 - rules.take_profit) if rules.take_profit else 0.0
        sl = entry * (1 + rules.stop_loss) if rules.stop_loss else float("inf")
    return entry, tp, sl, liq


def _refusal(protections: Protections, symbol: str, side: Side, open_: float, now: int, equity: float, rules: Rules) -> str | None:
    """The protection that refuses this entry (its name), or None: the engine's own check."""
    entry, tp, sl, liq = _levels(side, open_, rules)
    protections.observe_equity(equity, now)
    try:
        protections.check(EntryRequest(symbol, side, rules.size_usdt, rules.leverage, entry, sl if rules.stop_loss else None,
                                       tp if rules.take_profit else None, liq), [], now)
    except ProtectionRefusal as exc:
        return exc.protection
    return None


def _one_trade(j: int, side: Side, ts: list[int], o: list[float], h: list[float], lo: list[float], c: list[float],
               rules: Rules, spec: MarketSpec) -> tuple[ClosedTrade, int]:
    """Enter at the open of candle j; return the trade and the index after its exit candle."""
    long = side == "long"
    entry, tp, sl, liq = _levels(side, o[j], rules)
    try:
        contracts = contracts_for(rules.size_usdt, rules.leverage, entry, spec)
    except TradingError as exc:
        raise TradingError(f"the backtest cannot size a trade: {exc}") from None
    quantity = contracts * spec.contract_size
    margin = quantity * entry / rules.leverage
    # The stop must fire before liquidation: the engine refuses such an order; so does the backtest.
    sl = max(sl, liq) if long else min(sl, liq)
    funding = 0.0
    next_due = (ts[j] // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS
    n = len(ts)
    exit_price: float
    reason: ExitReason
    for k in range(j, n):
        if ts[k] >= next_due:  # funding before the candle trades: charged on the notional at its open
            while next_due <= ts[k]:
                funding += funding_payment(side, quantity * o[k], rules.funding)
                next_due += FUNDING_INTERVAL_MS
        # Fast path: the candle touches nothing (most candles of a position).
        if (lo[k] > sl and h[k] < tp) if long else (h[k] < sl and lo[k] > tp):
            continue
        hit = exit_on_candle(side, o[k], h[k], lo[k], tp, sl, liq, rules.slippage)
        if hit is not None:
            exit_price, reason = hit
            if rules.stop_loss is None and reason == "sl":  # no stop: touching the liquidation price liquidates
                exit_price, reason = liq, "liquidation"
            break
    else:
        exit_price, reason, k = slipped(c[n - 1], not long, rules.slippage), "end", n - 1
    shown_sl = sl if rules.stop_loss else 0.0
    return _trade(spec.symbol, side, ts[j], ts[k], entry, exit_price, quantity, margin, rules, tp, shown_sl, funding, reason), k + 1


def _trade(symbol: str, side: Side, entry_time: int, exit_time: int, entry: float, exit_price: float, quantity: float, margin: float, rules: Rules,
           tp: float, sl: float, funding: float, reason: ExitReason) -> ClosedTrade:
    fees = quantity * entry * rules.fee + quantity * exit_price * rules.fee
    pnl = realised_pnl(side, entry, exit_price, quantity, margin, reason) - fees - funding
    finite_or_none = tp if np.isfinite(tp) and tp > 0 else 0.0
    return ClosedTrade(symbol, side, entry_time, exit_time, entry, exit_price, round(margin, 8), rules.leverage, sl, finite_or_none, fees, funding, pnl, reason)
