"""Voice events on the bus: what the cockpit's voice strip renders.

`request_id` is the voice turn's id (one push-to-talk press or one wake word
up to its decision); the level events of a capture share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..events import Event

ListeningState = Literal["idle", "waiting_wake_word", "listening", "transcribing", "unavailable"]
SpeakingState = Literal["started", "finished", "interrupted", "failed"]


@dataclass(frozen=True)
class VoiceListening(Event):
    """The listening state changed; `reason` says why (a wake word, a key, what is missing)."""

    state: ListeningState
    reason: str = ""


@dataclass(frozen=True)
class VoiceLevel(Event):
    """Input level of the last microphone block (about 20 per second while capturing)."""

    rms_dbfs: float  # -100 (silence) .. 0 (full scale)
    peak: float  # 0..1
    loud: bool  # above -45 dBFS: a rough "someone is speaking" for the meter


@dataclass(frozen=True)
class VoiceTranscript(Event):
    """What was heard, raw -> corrected."""

    raw: str
    corrected: str
    language: str
    method: str  # none | dictionary | model: what produced `corrected`
    replaced: tuple[tuple[str, str], ...] = ()
    duration_s: float = 0.0
    speech_s: float = 0.0
    stt_ms: float = 0.0
    correction_ms: float = 0.0
    model_note: str = ""


@dataclass(frozen=True)
class VoiceDecision(Event):
    """The matcher's decision on the corrected text (the command is not run here)."""

    text: str
    command: str | None
    slots: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0
    decision: str = "reject"  # run | confirm | reject
    detail: dict[str, Any] = field(default_factory=dict)  # the matcher's whole document


@dataclass(frozen=True)
class VoiceSpeaking(Event):
    """Speech out: started, finished, interrupted (the voice key), failed (why in `reason`)."""

    state: SpeakingState
    text: str = ""
    reason: str = ""
