"""The dispatch plan tree: the request, its units and what happened to each
(thermal moves, failovers, calls moved off a node, re-dispatches), with a
live spinner and timer.

Each unit takes two lines, its state and then its `[agent/node:model]` chip,
so that neither is cut in a narrow pane; labels are fitted to the pane's
width, so the tree never needs a horizontal scrollbar."""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from jarvis_tui.widgets.messages import UnitSelected

from .palette import PLAIN, Palette, palette_of
from .request_view import FINAL_STATES, SPINNER, RequestView, UnitView

GLYPHS = {"pending": "○", "done": "✓", "failed": "✗", "cancelled": "■", "redispatched": "↻"}
NOTE_GLYPHS = {"thermal": "▲", "failover": "⇢", "moved": "⇢", "redispatch": "↻", "error": "✗", "brain": "◆"}
# Notes shown whole, wrapped over several lines: the brain's reason is the point of its note.
WRAPPED_NOTES = frozenset({"brain"})
GUIDE_DEPTH = 3


def _seconds(value: float) -> str:
    return f"{value:.1f} s" if value < 60 else f"{int(value // 60)} m {int(value % 60):02d} s"


def fit(text: Text, width: int | None) -> Text:
    """`text` cut with an ellipsis to `width` cells (None: as it is)."""
    if width is not None and text.cell_len > width:
        text = text.copy()
        text.truncate(max(1, width), overflow="ellipsis")
    return text


def unit_label(unit: UnitView, frame: int = 0, now: float | None = None, palette: Palette = PLAIN, width: int | None = None) -> Text:
    """One unit's first line: state, id, role, timing, score (marked when heuristic), cycle."""
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
    if unit.score_text is not None:
        details.append(unit.score_text)
    if unit.cycle > 1 or unit.state in FINAL_STATES:
        details.append(f"c{unit.cycle}")
    text.append("  " + " · ".join(details), style=colour)
    return fit(text, width)


def chip_label(unit: UnitView, palette: Palette = PLAIN, width: int | None = None) -> Text:
    """A unit's second line: who does (or did) the work, `[agent/node:model]`,
    and whether the offline fallback answered."""
    text = Text(unit.attribution, style=palette.muted)
    if unit.offline:
        text.append(" offline", style=palette.warning)
    return fit(text, width)


def request_label(view: RequestView | None, palette: Palette = PLAIN, width: int | None = None) -> Text:
    """The root line: the classification and the status, then as much of the prompt as fits."""
    if view is None:
        return Text("no request yet", style=palette.muted)
    head = Text()
    if view.task_type:
        head.append(f"{view.task_type} · {view.method}  ", style=palette.muted)
    status = {"ok": palette.ok, "failed": palette.error, "cancelled": palette.warning}
    if view.status in status:
        head.append(f"{view.status}  ", style=status[view.status])
    head.append("› ", style=palette.accent)
    prompt = " ".join(view.prompt.split())
    room = 60 if width is None else max(8, width - head.cell_len)
    head.append(prompt[: room - 1] + "…" if len(prompt) > room else prompt, style="bold")
    return fit(head, width)


def note_label(kind: str, message: str, palette: Palette = PLAIN) -> Text:
    colour = {"thermal": palette.warning, "failover": palette.error, "moved": palette.warning, "error": palette.error}.get(kind, palette.accent)
    return Text(f"{NOTE_GLYPHS.get(kind, '·')} {message}", style=colour)


def note_lines(kind: str, message: str, palette: Palette = PLAIN, width: int | None = None) -> list[Text]:
    """A note's lines: one, cut to `width`, or for the kinds shown whole, wrapped with its glyph hanging."""
    label = note_label(kind, message, palette)
    if kind not in WRAPPED_NOTES or width is None or label.cell_len <= width:
        return [fit(label, width)]
    lines = textwrap.wrap(label.plain, max(8, width), subsequent_indent="  ")
    return [Text(line, style=label.style) for line in lines]


class PlanTree(Tree[str]):
    """Node data is the unit id; selecting a unit posts `UnitSelected`."""

    DEFAULT_CSS = """
    PlanTree { height: 1fr; background: transparent; overflow-x: hidden; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.show_root = True
        self.guide_depth = GUIDE_DEPTH
        self.view: RequestView | None = None
        self._units: dict[str, TreeNode[str]] = {}
        self._chips: dict[str, TreeNode[str]] = {}
        self._notes: dict[str, int] = {}
        self._request_notes = 0
        self._frame = 0
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        self.root.set_label(request_label(None, palette_of(self)))
        self._ticker = self.set_interval(1 / 8, self._tick, pause=True)

    def on_resize(self) -> None:
        if self.view is not None:
            self.show(self.view)  # labels are fitted to the width

    def _room(self, depth: int) -> int | None:
        """Cells a label at `depth` (0: the root) may take; None before the first layout."""
        width = self.scrollable_content_region.width
        return max(8, width - GUIDE_DEPTH * depth - 1) if width > 0 else None

    def show(self, view: RequestView) -> None:
        """Draw a request from scratch (a new request, or its plan)."""
        self.view = view
        self.clear()
        self._units.clear()
        self._chips.clear()
        self._notes.clear()
        self._request_notes = 0
        self.root.set_label(request_label(view, palette_of(self), self._room(0)))
        for unit in view.units.values():
            self._add_unit(unit)
        self._add_request_notes()
        self.root.expand()
        self._set_ticking()

    def _add_unit(self, unit: UnitView) -> TreeNode[str]:
        palette = palette_of(self)
        node = self._units[unit.id] = self.root.add(unit_label(unit, self._frame, palette=palette, width=self._room(1)), data=unit.id, expand=True, allow_expand=False)
        self._chips[unit.id] = node.add_leaf(chip_label(unit, palette, self._room(2)), data=unit.id)
        self._notes[unit.id] = 0
        self._add_notes(unit)
        return node

    def update_unit(self, unit: UnitView) -> None:
        """Redraw one unit's lines and add the notes it gained; a unit the plan
        did not announce (work a tool-using commander dispatched) gets its lines now."""
        node = self._units.get(unit.id)
        if node is None:
            node = self._add_unit(unit)
        palette = palette_of(self)
        node.set_label(unit_label(unit, self._frame, palette=palette, width=self._room(1)))
        self._chips[unit.id].set_label(chip_label(unit, palette, self._room(2)))
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
            self.root.set_label(request_label(self.view, palette_of(self), self._room(0)))
            for unit in self.view.units.values():
                self.update_unit(unit)
            self._add_request_notes()
        self._set_ticking()

    def _add_notes(self, unit: UnitView) -> None:
        node = self._units[unit.id]
        for note in unit.notes[self._notes[unit.id] :]:
            for line in note_lines(note.kind, note.text, palette_of(self), self._room(2)):
                node.add_leaf(line, data=unit.id)
        self._notes[unit.id] = len(unit.notes)
        node.expand()

    def _add_request_notes(self) -> None:
        """Calls outside any unit that went elsewhere (classifier, checker…), after the units."""
        assert self.view is not None
        for note in self.view.notes[self._request_notes :]:
            self.root.add_leaf(fit(note_label(note.kind, note.text, palette_of(self)), self._room(1)))
        self._request_notes = len(self.view.notes)

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
            self._units[unit.id].set_label(unit_label(unit, self._frame, palette=palette, width=self._room(1)))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(UnitSelected(event.node.data))
