"""The trading book: mode (PAPER or LIVE, never to be mistaken), positions,
pending signals with their scores, and PnL.

The trading service feeds it a `TradingSnapshot`; until one is running the
pane says "trading not configured" under the mode the config asks for.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from .palette import PLAIN, Palette, palette_of


@dataclass(frozen=True)
class Position:
    pair: str
    side: str  # long | short
    size_usdt: float
    entry: float
    pnl_usdt: float


@dataclass(frozen=True)
class Signal:
    pair: str
    side: str
    score: float  # 0–100, as the config's min_score


@dataclass(frozen=True)
class TradingSnapshot:
    mode: str  # paper | live
    exchange: str
    positions: tuple[Position, ...] = ()
    signals: tuple[Signal, ...] = ()
    pnl_usdt: float = 0.0


def mode_badge(mode: str, palette: Palette = PLAIN) -> Text:
    """LIVE is white on red, PAPER black on the success colour: no one confuses them."""
    if mode == "live":
        return Text(" LIVE ", style=f"bold white on {palette.error_bg}")
    return Text(" PAPER ", style=f"bold black on {palette.ok_bg}")


def book(snapshot: TradingSnapshot | None, *, mode: str, exchange: str, min_score: float, palette: Palette = PLAIN) -> RenderableType:
    """The pane's content for a snapshot, or the not-configured notice."""
    head = mode_badge(snapshot.mode if snapshot else mode, palette)
    head.append(f" {snapshot.exchange if snapshot else exchange}", style="bold")
    if snapshot is None:
        return Group(head, Text(""), Text("trading not configured", style=palette.muted))
    pnl_colour = palette.ok if snapshot.pnl_usdt >= 0 else palette.error
    head.append("  PnL ", style=palette.muted)
    head.append(f"{snapshot.pnl_usdt:+.2f} USDT", style=f"bold {pnl_colour}")
    positions = Table(box=None, padding=(0, 1), show_edge=False, header_style=palette.muted, title_justify="left")
    for name, justify in (("pair", "left"), ("side", "left"), ("size", "right"), ("entry", "right"), ("PnL", "right")):
        positions.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for p in snapshot.positions:
        positions.add_row(Text(p.pair), Text(p.side), f"{p.size_usdt:g}", f"{p.entry:g}", Text(f"{p.pnl_usdt:+.2f}", style=palette.ok if p.pnl_usdt >= 0 else palette.error))
    signals = Text()
    for s in snapshot.signals:
        colour = palette.ok if s.score >= min_score else palette.muted
        signals.append(f"{s.pair} {s.side} {s.score:.0f}  ", style=colour)
    return Group(
        head,
        positions if snapshot.positions else Text("no open position", style=palette.muted),
        Text("signals: ", style=palette.muted) + (signals if snapshot.signals else Text("none pending", style=palette.muted)),
    )


class TradingBook(Static, can_focus=True):
    DEFAULT_CSS = """
    TradingBook { height: 1fr; padding: 0 1; }
    """

    def __init__(self, *, mode: str, exchange: str, min_score: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode, self.exchange, self.min_score = mode, exchange, min_score
        self.snapshot: TradingSnapshot | None = None

    def on_mount(self) -> None:
        self.redraw()

    def show_snapshot(self, snapshot: TradingSnapshot | None) -> None:
        self.snapshot = snapshot
        self.redraw()

    def redraw(self) -> None:
        self.update(book(self.snapshot, mode=self.mode, exchange=self.exchange, min_score=self.min_score, palette=palette_of(self)))
