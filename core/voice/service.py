"""The voice service of the Runtime: audio -> VAD -> speech to text ->
correction -> matcher -> a typed `VoiceResult`, with events on the bus.

It decides nothing itself and runs no command: the matcher decides, and the
Runtime runs a `run` decision through the tool registry and its permissions
(or asks first for `confirm`, or hands a `reject` to the commander).

Inputs: a WAV file (everywhere), push-to-talk on the microphone
(`start_listening` / `stop_listening`), or blocks from any source after a
wake word (`listen_for_wake_word`). Output: `speak` says the spoken form of
an answer, `stop_speaking` cuts it.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..config import VoiceConfig
from ..events import Event, EventBus
from .audio import Audio, Samples, read_wav
from .correction import Complete, Correction, Corrector, load_dictionaries
from .errors import VoiceUnavailable
from .events import (
    ListeningState,
    VoiceDecision,
    VoiceLevel,
    VoiceListening,
    VoiceSpeaking,
    VoiceTranscript,
)
from .matcher import Decision as MatcherDecision
from .microphone import Capture, level, live_blocks, microphone_unavailable
from .settings import stt_settings, tts_settings, vad_settings
from .skill_lookup import SkillFinder, resolve_skill
from .spoken import spoken_form
from .stt import ModelInfo, Transcriber, Transcript
from .tts import Speaker
from .vad import Endpointer, SpeechDetector
from .wakeword import WakeWordDetector


class Decision(Protocol):
    """What the command matcher returns (core/voice/matcher.py's Decision)."""

    @property
    def command(self) -> str | None: ...
    @property
    def slots(self) -> Mapping[str, Any]: ...
    @property
    def score(self) -> float: ...
    @property
    def decision(self) -> str: ...  # run | confirm | reject
    def to_json(self) -> dict[str, Any]: ...


class Matcher(Protocol):
    """The command matcher: text in, decision out (pure, fast, no I/O)."""

    def match(self, text: str) -> Decision: ...


@dataclass(frozen=True)
class Timings:
    """Milliseconds per stage of one voice turn."""

    vad_ms: float
    stt_ms: float
    correction_ms: float
    match_ms: float
    total_ms: float


@dataclass(frozen=True)
class VoiceResult:
    """One voice turn: what was heard, corrected, and decided."""

    request_id: str
    raw: str
    corrected: str
    language: str
    decision: Decision | None  # None when nothing was heard (silence, noise)
    transcript: Transcript
    correction: Correction
    timings: Timings

    def to_json(self) -> dict[str, Any]:
        """The trace document (`--transcribe --json` prints a superset of it)."""
        t = self.transcript
        return {
            "request_id": self.request_id,
            "text": self.corrected,
            "raw": self.raw,
            "corrected": self.corrected,
            "language": self.language,
            "correction": {"method": self.correction.method, "replaced": [list(p) for p in self.correction.replaced], "note": self.correction.model_note},
            "decision": None if self.decision is None else self.decision.to_json(),
            "duration_s": round(t.duration_s, 3),
            "speech_s": round(t.speech_s, 3),
            "dropped": list(t.dropped),
            "model": t.model,
            "timings_ms": {k: round(v, 1) for k, v in vars(self.timings).items()},
        }


class VoiceService:
    """Constructed by the Runtime with the `[voice]` section, the command matcher,
    an async `complete(prompt) -> str` for the correction model (None: dictionary
    only), the bus, example commands as Whisper's initial prompt
    (or an already built `transcriber`), and the user's skills (their names and
    trigger phrases are part of what a phrase can mean: skill_lookup.py)."""

    def __init__(
        self,
        config: VoiceConfig,
        matcher: Matcher,
        complete: Complete | None = None,
        bus: EventBus | None = None,
        vocabulary: str = "",
        cache_dir: Path | None = None,
        transcriber: Transcriber | None = None,
        skills: SkillFinder | None = None,
    ) -> None:
        self.config = config
        self.matcher = matcher
        self.skills = skills
        self.bus = bus
        # a transcriber may be shared (one model in memory per process)
        self.transcriber = transcriber or Transcriber(stt_settings(config), vocabulary=vocabulary, vad=vad_settings(config), cache_dir=cache_dir)
        self.corrector = Corrector(load_dictionaries(config.corrections_dir), complete, timeout_s=config.correction_timeout_s)
        self.speaker = Speaker(tts_settings(config))
        self._capture: Capture | None = None
        self._capture_id = ""
        self._ears = False  # the wake word loop holds an input stream: push-to-talk listens through it
        self._loop: asyncio.AbstractEventLoop | None = None
        self.unavailable: str | None = None  # why speech to text cannot run, once known

    # -- life cycle -------------------------------------------------------------

    async def start(self) -> None:
        """Load the Whisper model in its worker now, so the first command is fast.
        A failure is recorded in `unavailable` (and a VoiceListening event), not raised."""
        self._loop = asyncio.get_running_loop()
        try:
            await self.transcriber.load()
        except VoiceUnavailable as exc:
            self.unavailable = str(exc)
            self._publish(VoiceListening("", "unavailable", str(exc)))

    async def aclose(self) -> None:
        """Stop capture and speech, end the workers."""
        if self._capture is not None:
            self._capture.stop()
            self._capture = None
        await self.speaker.aclose()
        await self.transcriber.aclose()

    @property
    def model(self) -> ModelInfo | None:
        return self.transcriber.info

    def live_blocks(self) -> AsyncIterator[Samples]:
        """The configured microphone as an endless 16 kHz stream (for the wake word)."""
        return live_blocks(_device(self.config))

    def microphone_unavailable(self) -> str | None:
        """None when push-to-talk can start; else why not, in one line."""
        return microphone_unavailable(_device(self.config))

    # -- the pipeline -------------------------------------------------------------

    async def process(self, audio: Audio, request_id: str = "") -> VoiceResult:
        """VAD, speech to text, correction, matching; publishes each step.
        Raises VoiceUnavailable when the model cannot load."""
        rid = request_id or uuid.uuid4().hex[:12]
        started = time.perf_counter()
        self._state(rid, "transcribing")
        try:
            transcript = await self.transcriber.transcribe(audio)
        except VoiceUnavailable as exc:
            self.unavailable = str(exc)
            self._state(rid, "unavailable", str(exc))
            raise
        correction = await self.corrector.correct(transcript.text, transcript.language)
        self._publish(
            VoiceTranscript(
                rid, correction.raw, correction.corrected, transcript.language, correction.method, correction.replaced,
                transcript.duration_s, transcript.speech_s, transcript.ms, correction.ms, correction.model_note,
            )
        )
        decision: Decision | None = None
        match_started = time.perf_counter()
        if correction.corrected:
            # The user's skills before the decision is shown: the strip says "runs skills.run", not "sent to the commander".
            decision = self.matcher.match(correction.corrected)
            if isinstance(decision, MatcherDecision):  # (a test's stand-in matcher has no skills to resolve)
                decision = await resolve_skill(decision, self.skills)
            self._publish(VoiceDecision(rid, correction.corrected, decision.command, dict(decision.slots), float(decision.score), decision.decision, decision.to_json()))
        match_ms = (time.perf_counter() - match_started) * 1000
        self._state(rid, "idle")
        timings = Timings(transcript.vad_ms, transcript.stt_ms, correction.ms, match_ms, (time.perf_counter() - started) * 1000)
        return VoiceResult(rid, transcript.text, correction.corrected, transcript.language, decision, transcript, correction, timings)

    async def transcribe_file(self, path: str | Path, request_id: str = "") -> VoiceResult:
        """`process` on a WAV file. Raises AudioError for a bad file."""
        audio = await asyncio.to_thread(read_wav, path, self.config.max_audio_s)
        return await self.process(audio, request_id)

    # -- push-to-talk ---------------------------------------------------------------

    @property
    def listening(self) -> bool:
        return self._capture is not None

    async def start_listening(self, request_id: str = "") -> None:
        """Open the microphone and capture until `stop_listening`. Raises VoiceUnavailable."""
        if self._capture is not None:
            return
        self._loop = asyncio.get_running_loop()
        self.speaker.stop()  # the voice key interrupts speech
        rid = request_id or uuid.uuid4().hex[:12]
        capture = Capture(_device(self.config), self.config.max_command_s, on_block=lambda b: self._level_threadsafe(rid, b))
        # A second input stream on the same microphone fails on plain ALSA devices
        # (busy) and doubles the work elsewhere: the wake word's blocks are fed in.
        if not self._ears:
            try:
                capture.start()
            except VoiceUnavailable as exc:
                self._state(rid, "unavailable", str(exc))
                raise
        self._capture, self._capture_id = capture, rid
        self._state(rid, "listening", "push-to-talk")

    async def stop_listening(self) -> VoiceResult | None:
        """Close the microphone and run the pipeline on what was captured (None if not listening)."""
        capture, self._capture = self._capture, None
        if capture is None:
            return None
        return await self.process(capture.stop(), self._capture_id)

    async def toggle(self) -> VoiceResult | None:
        """The voice key (Ctrl+T): start listening, or stop and process."""
        if self._capture is None:
            await self.start_listening()
            return None
        return await self.stop_listening()

    # -- wake word -------------------------------------------------------------------

    async def listen_for_wake_word(self, blocks: AsyncIterator[Samples]) -> AsyncIterator[VoiceResult]:
        """For each "hey jarvis" heard in `blocks` (16 kHz mono, any size): capture what
        follows up to the end of speech (or `max_command_s`) and yield its result.
        Raises VoiceUnavailable when the wake word model cannot run."""
        detector = await asyncio.to_thread(WakeWordDetector, self.config.wake_word_model)
        endpoint_vad = await asyncio.to_thread(SpeechDetector, vad_settings(self.config))
        max_samples = int(self.config.max_command_s * 16_000)
        end_ms = self.config.end_silence_ms
        rid = uuid.uuid4().hex[:12]
        self._state(rid, "waiting_wake_word")
        command: list[Samples] | None = None
        endpointer: Endpointer | None = None
        talking = False  # push-to-talk took the last block
        self._ears = True
        try:
            async for block in blocks:
                if self._capture is not None:  # push-to-talk wins over the wake word and what followed it
                    self._capture.feed(block)
                    command, endpointer, talking = None, None, True
                    continue
                if talking:
                    talking, rid = False, uuid.uuid4().hex[:12]
                    self._state(rid, "waiting_wake_word")
                if command is None:
                    if await asyncio.to_thread(detector.feed, block):
                        command, endpointer = [], Endpointer(endpoint_vad, end_ms)
                        self.speaker.stop()
                        self._state(rid, "listening", f"wake word {detector.name!r}")
                    continue
                assert endpointer is not None
                command.append(block)
                self._level(rid, block)
                await asyncio.to_thread(endpointer.feed, block)
                if endpointer.ended or sum(len(b) for b in command) >= max_samples:
                    yield await self.process(Audio(np.concatenate(command)), rid)
                    command, endpointer, rid = None, None, uuid.uuid4().hex[:12]
                    self._state(rid, "waiting_wake_word")
            if command:  # the source ended mid-command: what was said still counts
                yield await self.process(Audio(np.concatenate(command)), rid)
        finally:
            self._ears = False
            detector.close()
            self._state(rid, "idle")

    # -- speech out ------------------------------------------------------------------

    async def speak(self, markdown: str, request_id: str = "") -> bool:
        """Say the spoken form of an answer; True when said to the end. Never raises:
        a missing engine or device is a VoiceSpeaking "failed" event with the reason."""
        spoken = spoken_form(markdown, None, self.config.spoken_max_chars)
        if not spoken.text:
            return True
        self._publish(VoiceSpeaking(request_id, "started", spoken.text))
        try:
            done = await self.speaker.speak(spoken.text, spoken.language)
        except VoiceUnavailable as exc:
            self._publish(VoiceSpeaking(request_id, "failed", spoken.text, str(exc)))
            return False
        self._publish(VoiceSpeaking(request_id, "finished" if done else "interrupted", spoken.text))
        return done

    def stop_speaking(self) -> None:
        """Cut the answer being spoken."""
        self.speaker.stop()

    # -- events ------------------------------------------------------------------------

    def _publish(self, event: Event) -> None:
        if self.bus is not None:
            self.bus.publish(event)

    def _state(self, rid: str, state: ListeningState, reason: str = "") -> None:
        self._publish(VoiceListening(rid, state, reason))

    def _level(self, rid: str, block: Samples) -> None:
        dbfs, peak = level(block)
        self._publish(VoiceLevel(rid, round(dbfs, 1), round(peak, 3), dbfs > -45.0))

    def _level_threadsafe(self, rid: str, block: Samples) -> None:
        # PortAudio's thread: the bus belongs to the event loop
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._level, rid, block.copy())


def _device(config: VoiceConfig) -> int | str | None:
    device = config.input_device.strip()
    if not device:
        return None
    return int(device) if device.isdigit() else device
