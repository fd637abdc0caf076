"""The frame every pane sits in: a titled border, the key that focuses it,
and the right to be zoomed full-screen."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widget import Widget


class Pane(Vertical):
    """A titled, zoomable pane. `key` is shown in the border so the user
    learns how to reach it."""

    ALLOW_MAXIMIZE = True
    DEFAULT_CSS = """
    Pane {
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        height: 1fr;
        &:focus-within {
            border: round $accent;
            border-title-color: $accent;
            border-title-style: bold;
        }
    }
    """

    def __init__(self, *children: Widget, title: str, key: str, id: str) -> None:
        super().__init__(*children, id=id, classes="pane")
        self.border_title = title
        self.border_subtitle = key
