"""The typed state the cockpit's trading pane renders (no I/O in the widget):
built by `TradingService.snapshot()`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PositionView:
    pair: str
    side: str  # long | short
    size_usdt: float  # margin
    leverage: float
    entry: float
    mark: float
    pnl_usdt: float  # unrealised, before the exit fee
    liquidation: float
    stop_loss: float
    take_profit: float


@dataclass(frozen=True)
class SignalView:
    id: str
    pair: str
    side: str
    score: float | None  # the cluster's
    technical_score: float
    reasons: tuple[str, ...]
    expires_in_s: float


@dataclass(frozen=True)
class ProtectionView:
    halted: str | None = None
    stop_guard_until: str | None = None  # HH:MM UTC
    cooldowns: tuple[tuple[str, str], ...] = ()  # (pair, until HH:MM UTC)
    day_pnl_usdt: float = 0.0
    drawdown_pct: float = 0.0


@dataclass(frozen=True)
class TradingSnapshot:
    mode: str  # paper | live
    exchange: str
    live_ready: bool = False  # live: every condition holds, orders are real
    live_missing: str | None = None  # live: what still refuses orders
    balance_usdt: float = 0.0
    equity_usdt: float = 0.0
    pnl_usdt: float = 0.0  # realised since the book began
    positions: tuple[PositionView, ...] = ()
    signals: tuple[SignalView, ...] = ()
    protections: ProtectionView = field(default_factory=ProtectionView)
    equity_curve: tuple[float, ...] = ()
    min_score: float = 70
    notice: str | None = None  # e.g. market data unavailable
    wallet_source: str = "paper book"  # or "exchange, synced HH:MM:SS UTC" / "not synced with the exchange" (live)
    measured: str | None = None  # the book beside both baselines, and the verdict
    scan: str | None = None  # the scan loop: its interval and next scan
    read_only: str | None = None  # another process holds the book: who, and what to do
