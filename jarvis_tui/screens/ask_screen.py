"""A question the cockpit asks before acting: yes or no ("did you mean …?",
"close this position?"), a phrase to type back (the kill switch, live
trading), so that no single keystroke can trigger what costs money, or a
few values to fill in (a skill's parameters)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


@dataclass(frozen=True)
class AskField:
    """A value to fill in: its name, the text the input starts with, and whether it may stay empty."""

    name: str
    value: str = ""
    required: bool = False


class AskScreen(ModalScreen[str | dict[str, str] | None]):
    """Dismisses with "yes" (y), the typed phrase (Enter), the fields' values
    by name (Enter on the last field), or None (n, Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    AskScreen { align: center middle; }
    AskScreen > Vertical {
        width: 80%; max-width: 90; height: auto; border: round $warning;
        border-title-color: $warning; background: $surface; padding: 0 1;
    }
    AskScreen .hint { color: $text-muted; }
    AskScreen .-missing { color: $error; }
    """

    def __init__(self, title: str, question: str, *, typed: str | None = None, fields: Sequence[AskField] = ()) -> None:
        """`typed`: the phrase the user must type to confirm; `fields`: values
        to fill in; neither: a yes/no question."""
        super().__init__()
        self.title_text = title
        self.question = question
        self.typed = typed
        self.fields = tuple(fields)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.title_text
            yield Static(Content(self.question))  # names from nodes, exchanges and skills: never markup
            if self.fields:
                for i, field in enumerate(self.fields):
                    yield Static(Content(f"{field.name}{' (required)' if field.required else ''}"), id=f"ask-label-{i}")
                    yield Input(field.value, id=f"ask-field-{i}")
                yield Static("Enter: next field, and on the last one go · Esc cancels", classes="hint")
            elif self.typed is None:
                yield Static("y: yes · n or Esc: no", classes="hint")
            else:
                yield Static(Content(f"Type {self.typed!r} and press Enter; Esc cancels."), classes="hint")
                yield Input(id="ask-typed")

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        if self.typed is None and not self.fields and key in ("y", "n"):
            self.dismiss("yes" if key == "y" else None)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if not self.fields:
            self.dismiss(event.value)
            return
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
            return
        missing = [i for i, (field, box) in enumerate(zip(self.fields, inputs, strict=True)) if field.required and not box.value.strip()]
        for i in range(len(self.fields)):
            self.query_one(f"#ask-label-{i}", Static).set_class(i in missing, "-missing")
        if missing:
            inputs[missing[0]].focus()
            return
        self.dismiss({field.name: box.value for field, box in zip(self.fields, inputs, strict=True)})
