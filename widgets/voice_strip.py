"""The voice strip: one line above the prompt with the listening state, the
input level, what was heard (raw → corrected) and decided, and whether an
answer is being spoken — or why it cannot be. Shown in the voice (-v) and
keyboard+speech (-k) modes, and in any mode once voice has been used."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.text import Text
from textual.widget import Widget

from jarvis_tui.core.voice.errors import NO_SPEECH_OUT

from .palette import PLAIN, Palette, palette_of

METER_CELLS = 8
METER_FLOOR_DBFS = -60.0  # an empty meter at and below this level
STATES = {
    "idle": "ready",
    "waiting_wake_word": "waiting for the wake word",
    "listening": "listening",
    "transcribing": "transcribing…",
    "unavailable": "voice unavailable",
}
SPEAKING = {"started": "speaking… (Ctrl+T stops)", "finished": "", "interrupted": "speech stopped", "failed": "cannot speak"}


@dataclass(frozen=True)
class VoiceState:
    listening: str = "idle"
    reason: str = ""  # why this state: a key, a wake word, what is missing
    level_dbfs: float | None = None  # only while listening
    loud: bool = False
    line: str = ""  # heard / decided: voice_control.voice_line
    speaking: str = ""  # a SPEAKING key, "" when silent
    speaking_reason: str = ""


def meter(dbfs: float) -> str:
    """A level meter of `METER_CELLS` cells from -60 dBFS (empty) to 0 (full)."""
    fill = round(METER_CELLS * min(1.0, max(0.0, (dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS)))
    return "▮" * fill + "▯" * (METER_CELLS - fill)


def short(reason: str) -> str:
    """A reason's head: "no microphone: no default input device (…)" -> "no microphone"."""
    return reason.split(" (")[0].split(": ")[0]


def strip_text(state: VoiceState, palette: Palette = PLAIN) -> Text:
    """The whole line; the parts that say nothing now are left out. What is
    happening comes first (a narrow strip cuts the end): the state and its
    reason in short, the level, the answer being spoken, then what was heard."""
    text = Text("🎤 ", style=palette.accent)
    label = STATES.get(state.listening, state.listening)
    if state.listening == "unavailable" and state.reason:
        label = short(state.reason)  # "no microphone": the notice has the details
    colour = {"listening": palette.ok, "unavailable": palette.warning, "transcribing": palette.accent}.get(state.listening, palette.muted)
    text.append(label, style=f"bold {colour}" if state.listening == "listening" else colour)
    if state.reason and state.listening == "listening":
        text.append(f" ({state.reason})", style=palette.muted)
    if state.listening == "listening" and state.level_dbfs is not None:
        text.append(" " + meter(state.level_dbfs), style=palette.ok if state.loud else palette.muted)
    said = SPEAKING.get(state.speaking, "")
    if said:
        text.append(" │ ", style=palette.muted)
        failed = state.speaking == "failed"
        # The cause, not the head every speech failure shares: "no speech out: no audio output device (…)" -> "no audio output device".
        said = short(state.speaking_reason.removeprefix(NO_SPEECH_OUT)) if failed and state.speaking_reason else said
        text.append(f"🔊 {said}", style=palette.warning if failed else palette.accent)
    if state.line:
        text.append(" │ ", style=palette.muted)
        text.append(state.line)
    return text


class VoiceStrip(Widget):
    DEFAULT_CSS = """
    VoiceStrip { height: 1; display: none; padding: 0 1; }
    VoiceStrip.-on { display: block; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = VoiceState()

    def update_state(self, **changes: object) -> None:
        """Change parts of the state, show the strip, redraw."""
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self.add_class("-on")
        self.refresh()

    def render(self) -> Text:
        text = strip_text(self.state, palette_of(self))
        text.truncate(max(1, self.size.width), overflow="ellipsis")
        return text
