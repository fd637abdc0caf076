"""The trading book: mode (PAPER or LIVE, never to be mistaken), wallet,
positions with live PnL, liquidation and stop prices, pending signals with
their scores and reasons, the protections' state and an equity sparkline.

It renders the `TradingSnapshot` the trading service builds and does no I/O:
its keys post Messages (close the selected position, kill switch, resume
after a halt, confirm live) that the app turns into confirmed tool calls. Until a service runs the
pane says "trading not configured" under the mode the config asks for.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static

from jarvis_tui.core.trading.report import sparkline
from jarvis_tui.core.trading.snapshot import TradingSnapshot

from .palette import PLAIN, Palette, palette_of


def mode_badge(mode: str, palette: Palette = PLAIN, live_ready: bool = False) -> Text:
    """LIVE is white on red (and says when orders are still refused), PAPER black on the success colour."""
    # A span, not the Text's base style: what is appended after the badge must not inherit its background.
    if mode == "live":
        return Text.assemble((" LIVE " if live_ready else " LIVE (orders refused) ", f"bold white on {palette.error_bg}"))
    return Text.assemble((" PAPER ", f"bold black on {palette.ok_bg}"))


def _money(value: float, palette: Palette) -> Text:
    return Text(f"{value:+.2f}", style=palette.ok if value >= 0 else palette.error)


def book(snapshot: TradingSnapshot | None, *, mode: str, exchange: str, min_score: float, palette: Palette = PLAIN, selected: int = 0) -> RenderableType:
    """The pane's content for a snapshot, or the not-configured notice."""
    head = mode_badge(snapshot.mode if snapshot else mode, palette, snapshot.live_ready if snapshot else True)
    head.append(f" {snapshot.exchange if snapshot else exchange}", style="bold")
    if snapshot is None:
        return Group(head, Text(""), Text("trading not configured", style=palette.muted))
    if snapshot.mode == "live" and snapshot.wallet_source.startswith("not synced"):
        head.append("  wallet not synced with the exchange  PnL ", style=palette.warning)
    else:
        head.append(f"  wallet {snapshot.balance_usdt:.2f}  equity {snapshot.equity_usdt:.2f} USDT ({snapshot.wallet_source})  PnL ", style=palette.muted)
    head.append_text(_money(snapshot.pnl_usdt, palette))
    parts: list[RenderableType] = [head]
    if snapshot.read_only:
        parts.append(Text(snapshot.read_only, style=f"bold {palette.warning}"))
    if snapshot.mode == "live" and snapshot.live_missing:
        parts.append(Text(snapshot.live_missing, style=f"bold {palette.error}"))
    if snapshot.notice:
        parts.append(Text(snapshot.notice, style=palette.warning))
    parts.append(_protections(snapshot, palette))
    parts.append(_positions(snapshot, palette, selected) if snapshot.positions else Text("no open position", style=palette.muted))
    parts.append(_signals(snapshot, palette) if snapshot.signals else Text("signals: none pending", style=palette.muted))
    if len(snapshot.equity_curve) > 1:
        line = Text("equity ", style=palette.muted)
        line.append(sparkline(list(snapshot.equity_curve), 50), style=palette.accent)
        parts.append(line)
    if snapshot.measured:
        parts.append(Text(snapshot.measured, style=palette.muted))
    if snapshot.scan:
        parts.append(Text(snapshot.scan, style=palette.muted))
    parts.append(Text("S scan now · x close selected · K kill switch · R resume after a halt · L confirm live", style=palette.muted))
    return Group(*parts)


def _protections(snapshot: TradingSnapshot, palette: Palette) -> Text:
    p = snapshot.protections
    if p.halted:
        return Text(f"HALTED: {p.halted}", style=f"bold {palette.error}")
    text = Text(f"day {p.day_pnl_usdt:+.2f} USDT · drawdown {p.drawdown_pct:.1f} %", style=palette.muted)
    if p.stop_guard_until:
        text.append(f" · stop guard until {p.stop_guard_until}", style=palette.warning)
    if p.cooldowns:
        text.append(" · cooldown " + ", ".join(f"{pair.split('/')[0]} {until}" for pair, until in p.cooldowns), style=palette.warning)
    return text


def _positions(snapshot: TradingSnapshot, palette: Palette, selected: int) -> Table:
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style=palette.muted)
    for name in ("pair", "side", "margin", "lev", "entry", "mark", "PnL", "stop", "TP", "liq"):
        table.add_column(name, justify="left" if name in ("pair", "side") else "right", no_wrap=True)
    for i, p in enumerate(snapshot.positions):
        style = "reverse" if i == selected else ""
        table.add_row(Text(p.pair.split(":")[0]), Text(p.side, style=palette.ok if p.side == "long" else palette.error), f"{p.size_usdt:g}",
                      f"{p.leverage:g}x", f"{p.entry:.6g}", f"{p.mark:.6g}", _money(p.pnl_usdt, palette), f"{p.stop_loss:.6g}",
                      f"{p.take_profit:.6g}", Text(f"{p.liquidation:.6g}", style=palette.warning), style=style)
    return table


def _signals(snapshot: TradingSnapshot, palette: Palette) -> Group:
    lines = [Text("pending signals", style=palette.muted)]
    for s in snapshot.signals:
        score = "-" if s.score is None else f"{s.score:.0f}"
        colour = palette.ok if s.score is not None and s.score >= snapshot.min_score else palette.muted
        line = Text(f"{s.id[:6]} {s.pair.split(':')[0]} {s.side} score {score} (tech {s.technical_score:.0f}) {s.expires_in_s / 60:.0f} min", style=colour)
        if s.reasons:
            line.append("  " + " · ".join(s.reasons)[:160], style=palette.muted)
        lines.append(line)
    return Group(*lines)


class TradingBook(Static, can_focus=True):
    DEFAULT_CSS = """
    TradingBook { height: 1fr; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "previous position", show=False),
        Binding("down", "move(1)", "next position", show=False),
        Binding("S", "scan", "scan now"),
        Binding("x", "close", "close position"),
        Binding("K", "kill", "kill switch"),
        Binding("R", "resume", "resume trading"),
        Binding("L", "confirm_live", "confirm live"),
    ]

    class CloseRequested(Message):
        """The user asked to close `pair`: the app confirms, then calls trading_close_position."""

        def __init__(self, pair: str) -> None:
            super().__init__()
            self.pair = pair

    class ScanRequested(Message):
        """The user asked for a scan now: the app calls trading_scan."""

    class KillRequested(Message):
        """The user asked for the kill switch: the app asks for the typed phrase."""

    class ResumeRequested(Message):
        """The user asked to lift a halt: the app confirms, then calls trading_resume."""

        def __init__(self, halted: str) -> None:
            super().__init__()
            self.halted = halted

    class LiveConfirmRequested(Message):
        """The user asked to allow live orders: the app asks for the typed phrase."""

    def __init__(self, *, mode: str, exchange: str, min_score: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode, self.exchange, self.min_score = mode, exchange, min_score
        self.snapshot: TradingSnapshot | None = None
        self.selected = 0

    def on_mount(self) -> None:
        self.redraw()

    def show_snapshot(self, snapshot: TradingSnapshot | None) -> None:
        self.snapshot = snapshot
        count = len(snapshot.positions) if snapshot else 0
        self.selected = min(self.selected, max(0, count - 1))
        self.redraw()

    def action_move(self, step: int) -> None:
        count = len(self.snapshot.positions) if self.snapshot else 0
        if count:
            self.selected = (self.selected + step) % count
            self.redraw()

    def action_scan(self) -> None:
        self.post_message(self.ScanRequested())

    def action_close(self) -> None:
        if self.snapshot and self.snapshot.positions:
            self.post_message(self.CloseRequested(self.snapshot.positions[self.selected].pair))

    def action_kill(self) -> None:
        if self.snapshot and self.snapshot.positions:
            self.post_message(self.KillRequested())

    def action_resume(self) -> None:
        if self.snapshot and self.snapshot.protections.halted:
            self.post_message(self.ResumeRequested(self.snapshot.protections.halted))

    def action_confirm_live(self) -> None:
        if self.snapshot and self.snapshot.mode == "live":
            self.post_message(self.LiveConfirmRequested())

    def redraw(self) -> None:
        self.update(book(self.snapshot, mode=self.mode, exchange=self.exchange, min_score=self.min_score, palette=palette_of(self), selected=self.selected))
