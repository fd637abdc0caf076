"""The key footer, drawn in the first frame and once per burst of binding
changes.

Textual's Footer draws nothing until the first binding change, then
recomposes on every one; at start-up focus moves and screen resumes send
several in a row, each a frame later. This one draws the app's keys at once
and coalesces the changes: one recompose after the next refresh."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class CockpitFooter(Footer):
    def __init__(self, *, compact: bool = True) -> None:
        super().__init__(compact=compact)
        self.set_reactive(Footer._bindings_ready, True)
        self._recompose_queued = False

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
