"""The Messages the cockpit's widgets and workers post. Core events travel
in `CoreEvents` batches, so tests can read the whole stream the app saw
with `run_test(message_hook=...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from jarvis_tui.core.events import Event


class CoreEvents(Message):
    """Events from the core bus, in order, delivered on the app's loop.

    One message carries every event published until the app handles it:
    five units streaming 200 tokens/s would otherwise queue 1000 messages a
    second in front of the user's key presses."""

    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self.events = events


class PromptSubmitted(Message):
    """The user sent a prompt from the input."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class UnitSelected(Message):
    """A unit was chosen in the plan tree: its stream should come forward."""

    def __init__(self, unit_id: str) -> None:
        super().__init__()
        self.unit_id = unit_id


class RequestRejected(Message):
    """A prompt was refused before it became a request (empty, too long, binary)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason
