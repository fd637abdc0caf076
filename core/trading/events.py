"""Trading events on the process's bus: the cockpit redraws on them, the
store already has the rows (the service writes them before publishing)."""

from __future__ import annotations

from dataclasses import dataclass

from ..events import Event


@dataclass(frozen=True)
class SignalScored(Event):
    """A candidate reviewed by the cluster (score None: the review gave none)."""

    signal_id: str
    pair: str
    side: str
    technical_score: float
    score: float | None
    status: str  # pending | rejected | unscored


@dataclass(frozen=True)
class PositionOpened(Event):
    pair: str
    side: str
    entry: float
    contracts: float
    mode: str


@dataclass(frozen=True)
class PositionClosed(Event):
    pair: str
    reason: str
    pnl_usdt: float
    mode: str


@dataclass(frozen=True)
class OrderRefused(Event):
    """An entry or exit refused: by a protection (`protection` names it), the live gate, or the exchange."""

    pair: str
    reason: str
    protection: str | None = None


@dataclass(frozen=True)
class TradingChanged(Event):
    """Something the pane shows changed: ask the service for a new snapshot."""
