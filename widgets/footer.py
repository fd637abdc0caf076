"""The key footer, drawn in the first frame and once per burst of binding
changes.

Textual's Footer draws nothing until the first binding change, then
recomposes on every one; at start-up focus moves and screen resumes send
several in a row, each a frame later. This one draws the app's keys at once
and coalesces the changes: one recompose after the next refresh.

Narrower than `WIDE` it leaves out the keys named in `narrow_hidden` (the
help screen lists them all), so that the rest is not cut at 80 columns."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel

WIDE = 110  # columns from which every key fits on the line


class CockpitFooter(Footer):
    def __init__(self, *, compact: bool = True, narrow_hidden: Iterable[str] = ()) -> None:
        super().__init__(compact=compact)
        self.set_reactive(Footer._bindings_ready, True)
        self._recompose_queued = False
        self.narrow_hidden = frozenset(narrow_hidden)  # actions left out when narrow
        self._narrow: bool | None = None

    def compose(self) -> ComposeResult:
        narrow = self.app.size.width < WIDE
        dropped_group = False  # every key of a group left out: its label goes too
        for widget in super().compose():
            if narrow and isinstance(widget, FooterKey) and widget.action in self.narrow_hidden:
                dropped_group = dropped_group or widget.has_class("-grouped")
                continue
            if isinstance(widget, FooterLabel) and dropped_group:
                dropped_group = False
                continue
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        narrow = self.app.size.width < WIDE
        if self._narrow is not None and narrow != self._narrow and not self._recompose_queued:
            self._recompose_queued = True
            self.call_after_refresh(self._recompose_once)
        self._narrow = narrow

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            return
        if not self._recompose_queued:
            self._recompose_queued = True
            self.call_after_refresh(self._recompose_once)

    async def _recompose_once(self) -> None:
        self._recompose_queued = False
        await self.recompose()
