"""Ctrl+G, then a digit: focus a pane. One plain control byte and a digit
arrive the same in every terminal, multiplexer and SSH session, where
Alt+digit may be kept by the terminal or sent in a way an app cannot read."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

from jarvis_tui.commands import PANE_KEYS


def go_text() -> Text:
    """The one line that says which digit goes where."""
    text = Text("Go to ", style="bold")
    for digit, _, title, _ in PANE_KEYS:
        text.append(f" {digit} ", style="bold reverse")
        text.append(f" {title}  ")
    text.append("· Esc cancels", style="dim")
    return text


class GoScreen(ModalScreen[str | None]):
    """Dismisses with the pane of the digit pressed, or None for any other
    key (Esc, Ctrl+G again): nothing is typed into the prompt by accident."""

    PANES: ClassVar[dict[str, str]] = {digit: name for digit, name, _, _ in PANE_KEYS}
    DEFAULT_CSS = """
    GoScreen { align: center bottom; background: transparent; }
    GoScreen > Static {
        width: auto; max-width: 100%; height: auto; margin: 0 0 2 0;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(go_text())

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.dismiss(self.PANES.get(event.key))
