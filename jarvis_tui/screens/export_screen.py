"""Export the conversation to Markdown: ask where, with a sensible default."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ExportScreen(ModalScreen[str | None]):
    """Dismisses with the path typed (Enter), or None (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 80%; max-width: 100; height: auto; border: round $accent;
        border-title-color: $accent; background: $surface; padding: 0 1;
    }
    ExportScreen Static { color: $text-muted; }
    """

    def __init__(self, default_path: str, turns: int) -> None:
        super().__init__()
        self.default_path = default_path
        self.turns = turns

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export the conversation to Markdown"
            yield Static(f"{self.turns} request{'s' * (self.turns != 1)} of this session. Enter writes the file, Esc cancels.")
            yield Input(self.default_path, id="export-path")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
