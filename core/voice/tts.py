"""Speech out: pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, NSSpeechSynthesizer
on macOS) in one worker thread, or Piper when `piper-tts` and a voice file
are installed; interruptible with `stop()` (the voice key).

On Linux, pyttsx3's own `say()` hands the whole utterance to `aplay` and
cannot be stopped; so there the text is synthesised to a WAV file
(`save_to_file`) and played through sounddevice, which `stop()` cuts at once.
Elsewhere pyttsx3 speaks and stops natively. With no output device the
synthesis still works (`synthesize` returns the audio) and `speak` says why
it cannot play.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .audio import SAMPLE_RATE, Audio, AudioError, read_wav
from .errors import NO_SPEECH_OUT, VoiceUnavailable

_MAX_TTS_S = 600.0  # a synthesis longer than this is a bug, not speech
# pyttsx3's espeak driver is process-wide state (one C callback, one output file): the
# process keeps ONE engine, held here so pyttsx3 never makes a second beside a dying one,
# and synthesises one utterance at a time, or one's file lands in the other's folder.
_PYTTSX3 = threading.Lock()
_SHARED_ENGINE: list[Any] = []


def _shared_engine() -> Any:
    if not _SHARED_ENGINE:
        import pyttsx3  # noqa: PLC0415

        _SHARED_ENGINE.append(pyttsx3.init())
    return _SHARED_ENGINE[0]


@dataclass(frozen=True)
class TtsSettings:
    """From `[voice]`: engine, voice, rate."""

    engine: str = "auto"  # auto | pyttsx3 | piper | none
    voice: str = ""  # a pyttsx3 voice id or name; "": the first voice for the text's language
    rate: int = 0  # words per minute; 0: the engine's default
    piper_voice: str = ""  # path to a Piper .onnx voice (its .onnx.json beside it)


class Speaker:
    """Synthesise and play, one utterance at a time, in a dedicated thread."""

    def __init__(self, settings: TtsSettings | None = None) -> None:
        self.settings = settings or TtsSettings()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jarvis-tts")
        self._engine: Any = None
        self._piper: Any = None
        self._stop = threading.Event()
        self._speaking = threading.Event()
        self.engine_name = self._choose()

    def _choose(self) -> str:
        s = self.settings
        if s.engine == "none":
            return "none"
        if s.engine in ("piper", "auto") and s.piper_voice:
            return "piper"
        if s.engine == "piper":
            raise VoiceUnavailable("[voice] tts_engine = 'piper' needs [voice] piper_voice: the path to a Piper .onnx voice")
        return "pyttsx3"

    # -- public, from the event loop ------------------------------------------------

    async def synthesize(self, text: str, language: str = "fr") -> Audio:
        """The utterance as 16 kHz audio (no playback). Raises VoiceUnavailable."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self.synthesize_blocking, text, language)

    async def speak(self, text: str, language: str = "fr") -> bool:
        """Say `text`; True when it was said to the end, False when `stop()` cut it.
        Raises VoiceUnavailable (no engine, no output device)."""
        self._stop.clear()
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._speak_blocking, text, language)

    def stop(self) -> None:
        """Interrupt the utterance being spoken (thread-safe; nothing to do when silent)."""
        self._stop.set()
        if not self._speaking.is_set():
            return
        if sys.platform.startswith("linux") or self.engine_name == "piper":
            with contextlib.suppress(Exception):
                import sounddevice  # noqa: PLC0415

                sounddevice.stop()
        elif self._engine is not None:
            self._engine.stop()

    @property
    def speaking(self) -> bool:
        return self._speaking.is_set()

    async def aclose(self) -> None:
        """Stop speaking and end the worker."""
        self.stop()
        await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown)

    # -- in the worker thread -------------------------------------------------------

    def _pyttsx3(self, language: str) -> Any:
        if self._engine is None:
            try:
                self._engine = _shared_engine()
            except Exception as exc:  # noqa: BLE001 - no espeak-ng library, no SAPI5...: one line
                raise VoiceUnavailable(f"{NO_SPEECH_OUT}pyttsx3 cannot start ({type(exc).__name__}: {exc})") from None
        if self.settings.rate:  # the engine is shared: this Speaker's rate, every time
            self._engine.setProperty("rate", self.settings.rate)
        voice = self.settings.voice or self._voice_for(language)
        if voice:
            with contextlib.suppress(Exception):  # an unknown voice keeps the current one
                self._engine.setProperty("voice", voice)
        return self._engine

    def _voice_for(self, language: str) -> str:
        voices = self._engine.getProperty("voices") or []
        for v in voices:
            langs = [str(x).lower() for x in (getattr(v, "languages", None) or [])]
            vid = str(v.id).lower()
            if language in langs or vid.endswith(f"/{language}") or vid == language:
                return str(v.id)
        return ""

    def synthesize_blocking(self, text: str, language: str = "fr") -> Audio:
        """Text to 16 kHz audio in this thread."""
        if self.engine_name == "none":
            raise VoiceUnavailable("speech out is off ([voice] tts_engine = 'none')")
        if self.engine_name == "piper":
            return self._piper_synthesize(text)
        with _PYTTSX3, tempfile.TemporaryDirectory(prefix="jarvis-tts-") as tmp:
            engine = self._pyttsx3(language)
            path = Path(tmp) / "utterance.wav"
            # pyttsx3's espeak driver prints "Audio saved to ..." on stdout, which would
            # corrupt a --json document; the cockpit draws on sys.__stdout__, unaffected.
            # pyttsx3's espeak driver can leave runAndWait before espeak has finished (its
            # queued endLoop ends the loop before the synthesis): the file would then be
            # read half-written, and written after its folder is gone. Its own end event says when.
            finished = threading.Event()
            token = engine.connect("finished-utterance", lambda **_: finished.set())
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    engine.save_to_file(text, str(path))
                    engine.runAndWait()
                    done = finished.wait(_MAX_TTS_S)
            finally:
                engine.disconnect(token)
            if not done:
                raise VoiceUnavailable(f"{NO_SPEECH_OUT}the synthesiser did not finish")
            try:
                return read_wav(path, _MAX_TTS_S)
            except AudioError as exc:
                raise VoiceUnavailable(f"{NO_SPEECH_OUT}the synthesiser wrote no usable audio ({exc})") from None

    def _piper_synthesize(self, text: str) -> Audio:
        from .audio import to_audio  # noqa: PLC0415

        if self._piper is None:
            try:
                from piper import PiperVoice  # noqa: PLC0415

                self._piper = PiperVoice.load(self.settings.piper_voice)
            except Exception as exc:  # noqa: BLE001 - not installed, no such voice file
                raise VoiceUnavailable(f"{NO_SPEECH_OUT}Piper voice {self.settings.piper_voice!r} cannot load ({type(exc).__name__}: {exc})") from None
        chunks = list(self._piper.synthesize(text))
        if not chunks:
            return Audio(np.zeros(0, dtype=np.float32))
        pcm = b"".join(c.audio_int16_bytes for c in chunks)
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        return to_audio(samples, int(chunks[0].sample_rate))

    def _speak_blocking(self, text: str, language: str) -> bool:
        self._speaking.set()
        try:
            if self.engine_name == "pyttsx3" and not sys.platform.startswith("linux"):
                with _PYTTSX3:
                    engine = self._pyttsx3(language)
                    engine.say(text)
                    engine.runAndWait()
                return not self._stop.is_set()
            audio = self.synthesize_blocking(text, language)
            if self._stop.is_set():
                return False
            return self._play(audio)
        finally:
            self._speaking.clear()

    def _play(self, audio: Audio) -> bool:
        from .microphone import _sounddevice  # noqa: PLC0415

        sd = _sounddevice()
        try:
            sd.query_devices(None, kind="output")
            sd.play(audio.samples, SAMPLE_RATE)
            sd.wait()
        except Exception as exc:  # noqa: BLE001 - PortAudioError: no output device
            raise VoiceUnavailable(f"{NO_SPEECH_OUT}no audio output device ({exc})".replace("\n", " ")) from None
        return not self._stop.is_set()
