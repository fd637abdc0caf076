"""The prompt: multi-line entry with a history.

Enter sends; Ctrl+J (or Alt+Enter where the terminal sends it) starts a new
line, and pasted text keeps its lines. Up on the first line and Down on the
last walk the history, as in a shell. Pasted control characters are dropped
before they reach the document: a terminal would act on them.
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from jarvis_tui.core.text import printable
from jarvis_tui.widgets.messages import PromptSubmitted

PLACEHOLDER = "Ask Jarvis…  Enter sends · Ctrl+J new line · ↑↓ history"
NEWLINE_KEYS = frozenset({"ctrl+j", "alt+enter", "shift+enter"})


class PromptInput(TextArea):
    """Posts `PromptSubmitted` on Enter; keeps the last `history_size` prompts."""

    DEFAULT_CSS = """
    PromptInput {
        height: auto;
        min-height: 1;
        max-height: 8;
        border: tall $panel-lighten-1;
        padding: 0 1;
        &:focus { border: tall $accent; }
    }
    """

    def __init__(self, *, history_size: int = 200, cursor_blink: bool = True, id: str | None = None) -> None:
        super().__init__(soft_wrap=True, tab_behavior="focus", placeholder=PLACEHOLDER, id=id)
        self.cursor_blink = cursor_blink
        self.prompts: list[str] = []
        self._history_size = history_size
        self._index: int | None = None  # position in history while walking it
        self._draft = ""  # what was typed before walking the history

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # F6 and F7 belong to the cockpit (zoom, heat map metric), not to selection.
        return action not in ("select_line", "select_all")

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.submit()
        elif event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            self._type("\n")

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if not self.read_only:
            self._type(printable(event.text))
            self.focus()

    def _type(self, text: str) -> None:
        result = self.replace(text, *self.selection, maintain_selection_offset=False)
        self.move_cursor(result.end_location)

    def action_delete_to_start_of_line(self) -> None:
        """Ctrl+U clears back to the start of the line as typed, as a shell does;
        TextArea's own stops at the wrapped row's start, which leaves the head of
        a long recalled prompt behind (and where that row falls depends on the width)."""
        row, column = self.selection.end
        if self.read_only or column == 0 or not self.selection.is_empty:
            super().action_delete_to_start_of_line()
            return
        self.delete((row, 0), (row, column))

    def submit(self) -> None:
        """Send the text, remember it, and clear the input."""
        text = self.text
        if not text.strip():
            return
        if not self.prompts or self.prompts[-1] != text:
            self.prompts.append(text)
            del self.prompts[: -self._history_size]
        self._index = None
        self.clear()
        self.post_message(PromptSubmitted(text))

    def action_cursor_up(self, select: bool = False) -> None:
        if select or self.cursor_location[0] > 0 or not self.prompts:
            super().action_cursor_up(select)
            return
        if self._index is None:
            self._draft, self._index = self.text, len(self.prompts)
        if self._index > 0:
            self._index -= 1
            self._show(self.prompts[self._index])

    def action_cursor_down(self, select: bool = False) -> None:
        if select or self._index is None or self.cursor_location[0] < self.document.line_count - 1:
            super().action_cursor_down(select)
            return
        self._index += 1
        if self._index >= len(self.prompts):
            self._index = None
            self._show(self._draft)
        else:
            self._show(self.prompts[self._index])

    def _show(self, text: str) -> None:
        self.load_text(text)
        self.move_cursor(self.document.end)
