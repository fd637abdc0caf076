"""F10 (or "Brain" in the palette): what the brain has learnt, as
`brain_status` reports it. A screen over the cockpit rather than a seventh
pane: the table needs some 60 columns and a line of reasons per task type
and role, which a side pane (40 columns at 80×24, a fifth of the grid at
160×48) would cut; and it is read now and then, not watched.

It redraws when the brain learns (its `version` moves: a unit scored, a
failover, a relearn) or routes, checked once a second while it is open."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from jarvis_tui.widgets.brain_table import brain_renderable
from jarvis_tui.widgets.palette import palette_of

if TYPE_CHECKING:
    from jarvis_tui.core.brain.service import Brain

REFRESH_S = 1.0


class BrainScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f10,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    BrainScreen { align: center middle; }
    BrainScreen > VerticalScroll {
        width: 100%; max-width: 120; height: 100%; max-height: 60;
        border: round $accent; border-title-color: $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, brain: Brain | None, why_none: str = "") -> None:
        """`brain`: the runtime's; None with `why_none` when this session has none."""
        super().__init__()
        self.brain = brain
        self.why_none = why_none
        self.shown: tuple[int, int] | None = None  # the brain's version and order count on screen

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Brain: routing learnt from outcomes · Esc closes"
            yield Static(id="brain-table")

    def on_mount(self) -> None:
        self.redraw()
        if self.brain is not None:
            self.set_interval(REFRESH_S, self.redraw)

    def redraw(self) -> None:
        """Draw the table again when the brain learnt something since it was drawn."""
        table = self.query_one("#brain-table", Static)
        if self.brain is None:
            table.update(Content(f"no brain in this session: {self.why_none}"))
            return
        seen = (self.brain.version, self.brain.orders)
        if seen == self.shown:
            return
        self.shown = seen
        table.update(brain_renderable(self.brain.status(), palette_of(self)))
