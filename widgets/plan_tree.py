"""The dispatch plan tree: the request, its units and what happened to each
(thermal moves, failovers, re-dispatches), with a live spinner and timer."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from jarvis_tui.widgets.messages import UnitSelected

from .palette import PLAIN, Palette, palette_of
from .request_view import FINAL_STATES, SPINNER, RequestView, UnitView

GLYPHS = {"pending": "○", "done": "✓", "failed": "✗", "cancelled": "■", "redispatched": "↻"}
NOTE_GLYPHS = {"thermal": "▲", "failover": "⇢", "redispatch": "↻", "error": "✗"}


def _seconds(value: float) -> str:
    return f"{value:.1f} s" if value < 60 else f"{int(value // 60)} m {int(value % 60):02d} s"


def unit_label(unit: UnitView, frame: int = 0, now: float | None = None, palette: Palette = PLAIN) -> Text:
    """One unit's line: state, id, role, timing, score, cycle, then [agent/node:model]."""
    colour = {"done": palette.ok, "failed": palette.error, "cancelled": palette.warning, "pending": palette.muted}.get(unit.state, palette.accent)
    glyph = SPINNER[frame % len(SPINNER)] if unit.state == "running" else GLYPHS.get(unit.state, "?")
    text = Text(f"{glyph} ", style=colour)
    text.append(f"{unit.id} {unit.role}", style="bold")
    details: list[str] = []
    if unit.state == "pending":
        details.append(f"pending, after {', '.join(unit.depends_on)}" if unit.depends_on else "pending")
    elif unit.state in ("running", "redispatched"):
        elapsed = unit.elapsed_s(now)
        details.append(f"{'re-dispatched' if unit.state == 'redispatched' else 'running'} {_seconds(elapsed or 0.0)}")
        if unit.tokens:
            details.append(f"{unit.tokens} tok")
    elif unit.state == "done" and unit.latency_ms is not None:
        details.append(f"{unit.latency_ms / 1000:.2f} s" if unit.latency_ms >= 1000 else f"{unit.latency_ms:.0f} ms")
    else:
        details.append(unit.state)
    if unit.score is not None:
        details.append(f"score {unit.score:.2f}")
    if unit.cycle > 1 or unit.state in FINAL_STATES:
        details.append(f"c{unit.cycle}")
    text.append("  " + " · ".join(details), style=colour)
    text.append(f"  {unit.attribution}", style=palette.muted)
    return text


def request_label(view: RequestView | None, palette: Palette = PLAIN) -> Text:
    """The root line: the request's start and its classification."""
    if view is None:
        return Text("no request yet", style=palette.muted)
    prompt = " ".join(view.prompt.split())
    text = Text("› ", style=palette.accent)
    text.append(prompt[:60] + ("…" if len(prompt) > 60 else ""), style="bold")
    if view.task_type:
        text.append(f"  {view.task_type} · {view.method}", style=palette.muted)
    status = {"ok": palette.ok, "failed": palette.error, "cancelled": palette.warning}
    if view.status in status:
        text.append(f"  {view.status}", style=status[view.status])
    return text


def note_label(kind: str, message: str, palette: Palette = PLAIN) -> Text:
    colour = {"thermal": palette.warning, "failover": palette.error, "error": palette.error}.get(kind, palette.accent)
    return Text(f"{NOTE_GLYPHS.get(kind, '·')} {message}", style=colour)


class PlanTree(Tree[str]):
    """Node data is the unit id; selecting a unit posts `UnitSelected`."""

    DEFAULT_CSS = """
    PlanTree { height: 1fr; background: transparent; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.show_root = True
        self.guide_depth = 3
        self.view: RequestView | None = None
        self._units: dict[str, TreeNode[str]] = {}
        self._notes: dict[str, int] = {}
        self._frame = 0
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        self.root.set_label(request_label(None, palette_of(self)))
        self._ticker = self.set_interval(1 / 8, self._tick, pause=True)

    def show(self, view: RequestView) -> None:
        """Draw a request from scratch (a new request, or its plan)."""
        self.view = view
        self.clear()
        self._units.clear()
        self._notes.clear()
        self.root.set_label(request_label(view, palette_of(self)))
        for unit in view.units.values():
            self._units[unit.id] = self.root.add(unit_label(unit, palette=palette_of(self)), data=unit.id, expand=True, allow_expand=False)
            self._notes[unit.id] = 0
            self._add_notes(unit)
        self.root.expand()
        self._set_ticking()

    def update_unit(self, unit: UnitView) -> None:
        """Redraw one unit's line and add the notes it gained; a unit the plan
        did not announce gets its line now."""
        node = self._units.get(unit.id)
        if node is None:
            node = self._units[unit.id] = self.root.add(unit_label(unit, palette=palette_of(self)), data=unit.id, expand=True, allow_expand=False)
            self._notes[unit.id] = 0
        node.set_label(unit_label(unit, self._frame, palette=palette_of(self)))
        self._add_notes(unit)
        self._set_ticking()

    def redraw(self) -> None:
        """Draw every line again (the theme changed)."""
        if self.view is None:
            self.root.set_label(request_label(None, palette_of(self)))
        else:
            self.show(self.view)

    def update_request(self) -> None:
        if self.view is not None:
            self.root.set_label(request_label(self.view, palette_of(self)))
            for unit in self.view.units.values():
                self.update_unit(unit)
        self._set_ticking()

    def _add_notes(self, unit: UnitView) -> None:
        node = self._units[unit.id]
        for note in unit.notes[self._notes[unit.id] :]:
            node.allow_expand = True
            node.add_leaf(note_label(note.kind, note.text, palette_of(self)), data=unit.id)
        self._notes[unit.id] = len(unit.notes)
        node.expand()

    def _running_units(self) -> list[UnitView]:
        return [] if self.view is None else [u for u in self.view.units.values() if u.state in ("running", "redispatched")]

    def _set_ticking(self) -> None:
        if self._ticker is None:
            return
        if self._running_units():
            self._ticker.resume()
        else:
            self._ticker.pause()

    def _tick(self) -> None:
        self._frame += 1
        palette = palette_of(self)
        for unit in self._running_units():
            self._units[unit.id].set_label(unit_label(unit, self._frame, palette=palette))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(UnitSelected(event.node.data))
