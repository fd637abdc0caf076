"""Figures of a list of closed trades, the backtest's JSON document, the
one-line verdict against the baselines, and the terminal rendering (a table
and an equity curve)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .models import ClosedTrade
from .timeutil import DAY_MS, iso

SPARKS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Summary:
    trades: int
    win_rate: float  # 0–1
    pnl_usdt: float
    fees_usdt: float
    max_drawdown_pct: float
    sharpe: float | None
    sortino: float | None
    profit_factor: float | None  # None: no losing trade (or no trade)
    expectancy_usdt: float

    def to_json(self) -> dict[str, Any]:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}


def summarise(trades: list[ClosedTrade], balance: float, start_ms: int, end_ms: int) -> Summary:
    """Figures of a run. PnL is the sum of the trades' rounded PnLs, so the
    document adds up exactly. Sharpe and Sortino are annualised (365 days)
    from daily returns over every day of the range, idle days included;
    drawdown is measured on the equity after each closed trade."""
    pnls = [round(t.pnl_usdt, 8) for t in trades]
    total = round(sum(pnls), 8)
    wins = [p for p in pnls if p > 0]
    losses = [-p for p in pnls if p < 0]
    equity, peak, worst = balance, balance, 0.0
    for p in pnls:
        equity += p
        peak = max(peak, equity)
        worst = max(worst, (peak - equity) / peak * 100 if peak > 0 else 0.0)
    sharpe, sortino = _ratios(trades, balance, start_ms, end_ms)
    return Summary(
        trades=len(trades),
        win_rate=round(len(wins) / len(trades), 4) if trades else 0.0,
        pnl_usdt=total,
        fees_usdt=round(sum(t.fee_usdt for t in trades), 8),
        max_drawdown_pct=round(worst, 4),
        sharpe=sharpe,
        sortino=sortino,
        profit_factor=round(sum(wins) / sum(losses), 4) if losses else None,
        expectancy_usdt=round(total / len(trades), 8) if trades else 0.0,
    )


def _ratios(trades: list[ClosedTrade], balance: float, start_ms: int, end_ms: int) -> tuple[float | None, float | None]:
    days = max(1, math.ceil((end_ms - start_ms) / DAY_MS))
    if not trades or days < 2:
        return None, None
    by_day: dict[int, float] = defaultdict(float)
    for t in trades:
        by_day[min(days - 1, max(0, (t.exit_time - start_ms) // DAY_MS))] += t.pnl_usdt
    returns, equity = [], balance
    for d in range(days):
        pnl = by_day.get(d, 0.0)
        returns.append(pnl / equity if equity > 0 else 0.0)
        equity += pnl
    mean = sum(returns) / days
    std = math.sqrt(sum((r - mean) ** 2 for r in returns) / (days - 1))
    downside = math.sqrt(sum(min(0.0, r) ** 2 for r in returns) / (days - 1))
    scale = math.sqrt(365)
    return (round(mean / std * scale, 4) if std > 0 else None), (round(mean / downside * scale, 4) if downside > 0 else None)


def verdict(strategy: Summary, random: Summary, hold: Summary, what: str) -> str:
    """One line: did the strategy beat both baselines on net PnL?"""
    beat_random, beat_hold = strategy.pnl_usdt > random.pnl_usdt, strategy.pnl_usdt > hold.pnl_usdt
    if beat_random and beat_hold:
        head = f"{what} BEAT both baselines"
    elif beat_random:
        head = f"{what} beat random entries but NOT buy-and-hold"
    elif beat_hold:
        head = f"{what} beat buy-and-hold but NOT random entries"
    else:
        head = f"{what} did NOT beat either baseline"
    return f"{head}: {strategy.pnl_usdt:+.2f} USDT vs random {random.pnl_usdt:+.2f} and buy-and-hold {hold.pnl_usdt:+.2f} (net of fees and funding)"


def document(pair: str, start_ms: int, end_ms: int, candles: int, trades: list[ClosedTrade], summary: Summary, random: Summary, hold: Summary,
             line: str) -> dict[str, Any]:
    """The `--backtest --json` document."""
    return {
        "pair": pair, "from": iso(start_ms), "to": iso(end_ms), "candles": candles,
        "trades": [t.to_json() for t in trades],
        "summary": summary.to_json(),
        "baselines": {"random": random.to_json(), "buy_and_hold": hold.to_json()},
        "verdict": line,
    }


def equity_curve(trades: list[ClosedTrade], balance: float) -> list[float]:
    curve = [balance]
    for t in trades:
        curve.append(curve[-1] + t.pnl_usdt)
    return curve


def sparkline(values: list[float], width: int = 60) -> str:
    """One line of block characters, resampled to `width` points."""
    if not values:
        return ""
    if len(values) > width:
        values = [values[int(i * (len(values) - 1) / (width - 1))] for i in range(width)]
    lo, hi = min(values), max(values)
    span = hi - lo or 1.0
    return "".join(SPARKS[min(len(SPARKS) - 1, int((v - lo) / span * (len(SPARKS) - 1) + 0.5))] for v in values)


def chart(values: list[float], width: int = 60, height: int = 8) -> list[str]:
    """A multi-line block chart of an equity curve with its min and max labelled."""
    if len(values) < 2:
        return ["(no trade: flat equity)"]
    if len(values) > width:
        values = [values[int(i * (len(values) - 1) / (width - 1))] for i in range(width)]
    lo, hi = min(values), max(values)
    span = hi - lo or 1.0
    levels = [(v - lo) / span * height for v in values]
    rows = []
    for row in range(height, 0, -1):
        line = "".join("█" if lv >= row else (SPARKS[int((lv - row + 1) * 8) - 1] if lv > row - 1 and int((lv - row + 1) * 8) > 0 else " ") for lv in levels)
        label = f"{hi:>10.2f} ┤" if row == height else (f"{lo:>10.2f} ┤" if row == 1 else f"{'':>10} │")
        rows.append(label + line)
    return rows


def table(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Strategy and baselines side by side."""
    keys = ("trades", "win_rate", "pnl_usdt", "fees_usdt", "max_drawdown_pct", "sharpe", "sortino", "profit_factor", "expectancy_usdt")
    out = [f"{'':<18}" + "".join(f"{name:>16}" for name, _ in rows)]
    for key in keys:
        cells = []
        for _, figures in rows:
            v = figures[key]
            cells.append(f"{'-' if v is None else (f'{v:.4g}' if isinstance(v, float) else v):>16}")
        out.append(f"{key:<18}" + "".join(cells))
    return out
