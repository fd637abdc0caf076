"""VoiceService end to end: audio -> VAD -> STT -> correction -> matcher, with
events on a real bus; wake word then command; no microphone says why."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from jarvis_tui.core.config import VoiceConfig
from jarvis_tui.core.events import Event, EventBus
from jarvis_tui.core.voice.audio import Audio, AudioError
from jarvis_tui.core.voice.errors import VoiceUnavailable
from jarvis_tui.core.voice.events import (
    VoiceDecision,
    VoiceListening,
    VoiceSpeaking,
    VoiceTranscript,
)
from jarvis_tui.core.voice.microphone import microphone_unavailable
from jarvis_tui.core.voice.service import VoiceService
from jarvis_tui.core.voice.stt import Transcriber
from tests.unit.voice_audio.espeak import needs_espeak, noise, padded, silence, speech

from .conftest import words


@dataclass(frozen=True)
class Decided:
    """The shape of core/voice/matcher.py's Decision that the service relies on."""

    command: str | None
    slots: Mapping[str, Any] = field(default_factory=dict)
    score: float = 0.0
    decision: str = "reject"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "slots": dict(self.slots), "score": self.score, "decision": self.decision}


class ExactMatcher:
    """Stands in for the catalogue matcher (built in another module): exact phrases only."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def match(self, text: str) -> Decided:
        self.seen.append(text)
        key = words(text)
        table = {"open the terminal": "terminal_open", "ferme la fenetre": "window_close"}
        if key in table:
            return Decided(table[key], {}, 1.0, "run")
        return Decided(None, {}, 0.0, "reject")


@pytest.fixture
def bus_events() -> tuple[EventBus, list[Event]]:
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    return bus, seen


def _service(t: Transcriber, bus: EventBus, matcher: ExactMatcher, **keys: Any) -> VoiceService:
    config = VoiceConfig(stt_model=t.settings.model, language=t.settings.language, **keys)
    return VoiceService(config, matcher, complete=None, bus=bus, transcriber=t)


@needs_espeak
async def test_a_spoken_command_is_transcribed_corrected_and_decided(base_fr: Transcriber, bus_events: tuple[EventBus, list[Event]], tmp_path: Path) -> None:
    bus, seen = bus_events
    matcher = ExactMatcher()
    svc = _service(base_fr.variant(vocabulary=""), bus, matcher)  # no prompt: base hears "Femme la fenêtre"
    await svc.start()
    assert svc.unavailable is None and svc.model is not None
    result = await svc.process(padded(speech("ferme la fenêtre", tmp_path, voice="fr", rate=140), 0.5, 0.5), "r1")
    assert words(result.corrected) == "ferme la fenetre"
    assert result.decision is not None and (result.decision.command, result.decision.decision) == ("window_close", "run")
    assert result.timings.total_ms >= result.timings.stt_ms > 0
    kinds = [type(e).__name__ for e in seen]
    assert kinds == ["VoiceListening", "VoiceTranscript", "VoiceDecision", "VoiceListening"]
    transcript = next(e for e in seen if isinstance(e, VoiceTranscript))
    assert transcript.request_id == "r1" and transcript.raw == result.raw and transcript.corrected == result.corrected
    decision = next(e for e in seen if isinstance(e, VoiceDecision))
    assert decision.command == "window_close" and decision.detail["decision"] == "run"
    doc = result.to_json()
    assert doc["text"] == result.corrected and doc["decision"]["command"] == "window_close"


async def test_silence_and_noise_reach_no_matcher(tiny_en: Transcriber, bus_events: tuple[EventBus, list[Event]]) -> None:
    bus, seen = bus_events
    matcher = ExactMatcher()
    svc = _service(tiny_en, bus, matcher)
    for samples in (silence(2), noise(2, 0.1), np.zeros(0, dtype=np.float32)):
        result = await svc.process(Audio(samples))
        assert result.raw == "" and result.decision is None
    assert matcher.seen == []  # never a command from nothing
    assert not [e for e in seen if isinstance(e, VoiceDecision)]


async def test_bad_file_raises_audio_error_and_missing_model_is_unavailable(tiny_en: Transcriber, tmp_path: Path) -> None:
    svc = _service(tiny_en, EventBus(), ExactMatcher())
    (tmp_path / "x.wav").write_bytes(b"nope")
    with pytest.raises(AudioError, match="not a WAV file"):
        await svc.transcribe_file(tmp_path / "x.wav")
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    broken = VoiceService(VoiceConfig(stt_model=str(tmp_path / "no-model")), ExactMatcher(), bus=bus)
    await broken.start()
    assert broken.unavailable is not None and "is not a folder" in broken.unavailable
    assert isinstance(seen[-1], VoiceListening) and seen[-1].state == "unavailable"
    with pytest.raises(VoiceUnavailable):
        await broken.process(Audio(silence(1)))
    await broken.aclose()


async def test_push_to_talk_without_a_microphone_says_why(tiny_en: Transcriber, bus_events: tuple[EventBus, list[Event]]) -> None:
    if microphone_unavailable() is None:
        pytest.skip("this machine has a microphone")
    bus, seen = bus_events
    svc = _service(tiny_en, bus, ExactMatcher())
    with pytest.raises(VoiceUnavailable, match="no microphone"):
        await svc.toggle()
    assert not svc.listening and await svc.stop_listening() is None
    assert isinstance(seen[-1], VoiceListening) and seen[-1].state == "unavailable" and seen[-1].reason.startswith("no microphone")


async def test_speaking_without_output_is_an_event_not_a_crash(tiny_en: Transcriber, bus_events: tuple[EventBus, list[Event]]) -> None:
    bus, seen = bus_events
    svc = _service(tiny_en, bus, ExactMatcher())
    done = await svc.speak("**Done.** The volume is at 40 % [ia-system/M3:qwen3].\n```\namixer\n```")
    spoken = [e for e in seen if isinstance(e, VoiceSpeaking)]
    assert spoken[0].state == "started" and "amixer" not in spoken[0].text and "[ia-" not in spoken[0].text
    if not done:
        assert spoken[-1].state == "failed" and spoken[-1].reason
    svc.stop_speaking()


@needs_espeak
async def test_hey_jarvis_then_a_command_from_a_stream(tiny_en: Transcriber, bus_events: tuple[EventBus, list[Event]], tmp_path: Path) -> None:
    """The wake word loop on blocks from a file, as from a microphone: one result, for what followed."""
    bus, seen = bus_events
    matcher = ExactMatcher()
    svc = _service(tiny_en, bus, matcher, end_silence_ms=600)
    wake = speech("hey jarvis", tmp_path, voice="en-us+klatt2", rate=140, pitch=40)
    command = speech("open the terminal", tmp_path)
    stream = np.concatenate([silence(1), noise(1, 0.005), wake.samples, silence(0.4), command.samples, silence(2), speech("open the terminal", tmp_path).samples, silence(1)])

    async def blocks() -> AsyncIterator[np.ndarray]:
        for i in range(0, len(stream), 1280):
            yield stream[i : i + 1280]

    results = [r async for r in svc.listen_for_wake_word(blocks())]
    assert len(results) == 1  # the second "open the terminal" had no wake word before it
    assert words(results[0].corrected) == "open the terminal"
    assert results[0].decision is not None and results[0].decision.command == "terminal_open"
    states = [e.state for e in seen if isinstance(e, VoiceListening)]
    assert states[:3] == ["waiting_wake_word", "listening", "transcribing"] and states[-1] == "idle"
    assert any(type(e).__name__ == "VoiceLevel" for e in seen)


@needs_espeak
async def test_push_to_talk_listens_through_the_wake_words_stream(tiny_en: Transcriber, bus_events: tuple[EventBus, list[Event]], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+T while "hey jarvis" holds the microphone: no second input stream (busy on plain ALSA);
    the command is taken from the blocks the wake word loop reads, then the loop waits again."""
    import jarvis_tui.core.voice.microphone as microphone

    def second_stream(*_: Any) -> Any:
        raise AssertionError("push-to-talk opened a second input stream")

    monkeypatch.setattr(microphone, "open_input", second_stream)
    bus, seen = bus_events
    svc = _service(tiny_en, bus, ExactMatcher())
    command = np.concatenate([speech("open the terminal", tmp_path).samples, silence(0.3)])
    reading, pressed, fed, ended = asyncio.Event(), asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def blocks() -> AsyncIterator[np.ndarray]:
        yield silence(0.1)
        reading.set()
        await pressed.wait()
        for i in range(0, len(command), 1280):
            yield command[i : i + 1280]
        fed.set()  # asked for the next block: the last one was taken
        await ended.wait()
        yield silence(0.1)  # after push-to-talk: the wake word's again

    heard = asyncio.create_task(_all(svc.listen_for_wake_word(blocks())))
    await reading.wait()
    await svc.start_listening()
    pressed.set()
    await fed.wait()
    result = await svc.stop_listening()
    ended.set()
    assert await heard == []  # the wake word loop yields nothing of its own
    assert result is not None and words(result.corrected) == "open the terminal"
    assert result.decision is not None and result.decision.command == "terminal_open"
    states = [e.state for e in seen if isinstance(e, VoiceListening)]
    assert states[:2] == ["waiting_wake_word", "listening"] and states[-2:] == ["waiting_wake_word", "idle"]


async def _all(results: AsyncIterator[Any]) -> list[Any]:
    return [r async for r in results]
