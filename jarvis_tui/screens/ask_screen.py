"""A question the cockpit asks before acting: yes or no ("did you mean …?",
"close this position?"), or a phrase to type back (the kill switch, live
trading), so that no single keystroke can trigger what costs money."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AskScreen(ModalScreen[str | None]):
    """Dismisses with "yes" (y), the typed phrase (Enter), or None (n, Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    AskScreen { align: center middle; }
    AskScreen > Vertical {
        width: 80%; max-width: 90; height: auto; border: round $warning;
        border-title-color: $warning; background: $surface; padding: 0 1;
    }
    AskScreen .hint { color: $text-muted; }
    """

    def __init__(self, title: str, question: str, *, typed: str | None = None) -> None:
        """`typed`: the phrase the user must type to confirm; None: a yes/no question."""
        super().__init__()
        self.title_text = title
        self.question = question
        self.typed = typed

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.title_text
            yield Static(Content(self.question))  # names from nodes and exchanges: never markup
            if self.typed is None:
                yield Static("y: yes · n or Esc: no", classes="hint")
            else:
                yield Static(Content(f"Type {self.typed!r} and press Enter; Esc cancels."), classes="hint")
                yield Input(id="ask-typed")

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        if self.typed is None and key in ("y", "n"):
            self.dismiss("yes" if key == "y" else None)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)
