"""Speech to text: faster-whisper in one persistent worker thread.

The model is loaded once, in the worker, and every transcription runs there
one after the other (CTranslate2 releases the GIL while it computes, so the
event loop stays responsive). The VAD runs in the same worker, before
Whisper: audio with no speech never reaches the model.

Whisper invents text on silence and noise; three guards keep that out of a
transcript: the VAD trim, faster-whisper's own no-speech rule (no_speech_prob
above its threshold with a low avg_logprob), and a check of each segment
(repetition loops by compression ratio, and the subtitle credits Whisper is
known to hallucinate). A dropped segment is named in `Transcript.dropped`.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .audio import Audio
from .errors import VoiceUnavailable
from .models import ModelSource, resolve_model
from .vad import SpeechDetector, VadSettings

# Credits from the subtitled videos Whisper was trained on: never a command.
_HALLUCINATIONS = re.compile(
    r"sous-titr|amara\.org|merci d'avoir regard|thanks? (you )?for watching|subtitles by|please subscribe|abonnez-vous",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SttSettings:
    """How to load and run Whisper (from `[voice]`)."""

    model: str = "base"
    language: str = "fr"  # an ISO code, or "auto"
    languages: tuple[str, ...] = ("fr", "en")  # what "auto" may choose among
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto: float16 on CUDA, int8 on CPU
    threads: int = 0  # CPU threads; 0: CTranslate2's default
    beam_size: int = 5
    no_speech_threshold: float = 0.6
    logprob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4


@dataclass(frozen=True)
class ModelInfo:
    """What was loaded, and where it runs."""

    name: str
    path: str
    origin: str
    device: str
    compute_type: str
    multilingual: bool
    load_ms: float
    note: str = ""  # e.g. why CUDA was not used


@dataclass(frozen=True)
class Transcript:
    """The text Whisper heard, with what it took."""

    text: str
    language: str
    language_probability: float
    duration_s: float  # the audio given
    speech_s: float  # what the VAD kept
    vad_ms: float
    stt_ms: float
    model: str
    dropped: tuple[str, ...] = ()  # segments refused as likely hallucinations

    @property
    def ms(self) -> float:
        """VAD plus transcription, in milliseconds."""
        return self.vad_ms + self.stt_ms


def _cuda_devices() -> int:
    try:
        import ctranslate2  # noqa: PLC0415

        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # noqa: BLE001 - a broken CUDA install: CPU it is
        return 0


class Transcriber:
    """faster-whisper behind one worker thread; load once, transcribe many.

    `vocabulary` becomes Whisper's initial prompt (example commands make
    command phrasings likelier: "ferme la fenêtre" rather than "femme la
    fenêtre"). `cache_dir` is where shipped split models are joined."""

    def __init__(self, settings: SttSettings, vocabulary: str = "", vad: VadSettings | None = None, cache_dir: Path | None = None) -> None:
        self.settings = settings
        self.vocabulary = vocabulary.strip()
        self._vad_settings = vad or VadSettings()
        self._cache_dir = cache_dir
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jarvis-stt")
        self._model: Any = None
        self._vad: SpeechDetector | None = None
        self.info: ModelInfo | None = None
        self._load_lock = threading.Lock()

    def variant(self, vocabulary: str | None = None, **settings: Any) -> Transcriber:
        """Another language, prompt or beam on the same loaded model and worker (one
        model in memory). `settings` are SttSettings fields; the model cannot change."""
        if "model" in settings and settings["model"] != self.settings.model:
            raise ValueError("a variant shares the model: build a new Transcriber for another one")
        other = Transcriber(replace(self.settings, **settings), self.vocabulary if vocabulary is None else vocabulary, self._vad_settings, self._cache_dir)
        other._executor.shutdown()
        other._executor, other._load_lock = self._executor, self._load_lock
        other._model, other._vad, other.info = self._shared()
        return other

    def _shared(self) -> tuple[Any, SpeechDetector | None, ModelInfo]:
        # the loaded model, VAD and info (loading them first), for `variant`
        info = self.load_blocking()
        return self._model, self._vad, info

    async def load(self) -> ModelInfo:
        """Load the model in the worker (once). Raises VoiceUnavailable with the reason."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.load_blocking)

    async def transcribe(self, audio: Audio) -> Transcript:
        """VAD, then Whisper, in the worker; loads the model first if needed."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.transcribe_blocking, audio)

    async def aclose(self) -> None:
        """Stop the worker after the transcription in flight, and drop the model."""
        await asyncio.get_running_loop().run_in_executor(None, self.close)

    def close(self) -> None:
        """`aclose` for callers without an event loop (it waits for the worker)."""
        self._executor.shutdown()
        self._model = None

    # -- in the worker thread --------------------------------------------------

    def load_blocking(self) -> ModelInfo:
        """Load the model in the calling thread (once); the worker calls it too."""
        with self._load_lock:
            return self.info or self._load_locked()

    def _load_locked(self) -> ModelInfo:
        try:
            from faster_whisper import WhisperModel  # noqa: PLC0415
        except ImportError as exc:
            raise VoiceUnavailable(f"speech to text needs faster-whisper ({exc}); run ./install.sh") from None
        source = resolve_model(self.settings.model, self._cache_dir)
        started = time.perf_counter()
        model, device, compute, note = self._open(WhisperModel, source)
        self._model = model
        self._vad = SpeechDetector(self._vad_settings)
        self.info = ModelInfo(
            name=source.spec,
            path=source.path,
            origin=source.origin,
            device=device,
            compute_type=compute,
            multilingual=bool(model.model.is_multilingual),
            load_ms=(time.perf_counter() - started) * 1000,
            note=note,
        )
        return self.info

    def _open(self, whisper_model: Any, source: ModelSource) -> tuple[Any, str, str, str]:
        s = self.settings
        want_cuda = s.device == "cuda" or (s.device == "auto" and _cuda_devices() > 0)
        attempts = []
        if want_cuda:
            attempts.append(("cuda", "float16" if s.compute_type == "auto" else s.compute_type))
        if s.device != "cuda":
            attempts.append(("cpu", "int8" if s.compute_type == "auto" else s.compute_type))
        note = ""
        for device, compute in attempts:
            try:
                model = whisper_model(source.path, device=device, compute_type=compute, cpu_threads=s.threads, local_files_only=source.origin != "hub")
            except Exception as exc:  # noqa: BLE001 - CUDA libraries missing, no network for a hub name, a bad folder...
                note = f"{device}/{compute}: {type(exc).__name__}: {exc}".splitlines()[0][:300]
                continue
            return model, device, compute, note
        where = "downloaded from the Hugging Face hub" if source.origin == "hub" else f"loaded from {source.path}"
        raise VoiceUnavailable(f"Whisper model {source.spec!r} could not be {where} ({note})")

    def _language(self, samples: Any) -> tuple[str | None, float]:
        """The language to force, or the best allowed one when set to auto."""
        lang = self.settings.language
        if not self._model.model.is_multilingual:
            return "en", 1.0
        if lang != "auto":
            return lang, 1.0
        _, _, ranked = self._model.detect_language(audio=samples)
        allowed = [(code, p) for code, p in ranked if code in self.settings.languages] or ranked
        code, prob = max(allowed, key=lambda item: item[1])
        return str(code), float(prob)

    def transcribe_blocking(self, audio: Audio) -> Transcript:
        """The worker's job; callable directly from a thread that owns no event loop."""
        info = self.load_blocking()
        assert self._vad is not None
        s = self.settings
        started = time.perf_counter()
        speech = self._vad.trim(audio)
        vad_ms = (time.perf_counter() - started) * 1000
        forced = "en" if not info.multilingual else ("" if s.language == "auto" else s.language)
        empty = Transcript("", forced, 0.0, audio.duration_s, speech.duration_s, vad_ms, 0.0, info.name)
        if len(speech.samples) == 0:
            return empty
        started = time.perf_counter()
        language, language_p = self._language(speech.samples)
        segments, result = self._model.transcribe(
            speech.samples,
            language=language,
            beam_size=s.beam_size,
            temperature=0.0,  # no fallback ladder: a bounded latency, and the guards below judge the result
            condition_on_previous_text=False,
            initial_prompt=self.vocabulary or None,
            vad_filter=False,  # done above, with our padding
            without_timestamps=True,
            no_speech_threshold=s.no_speech_threshold,
            log_prob_threshold=s.logprob_threshold,
            compression_ratio_threshold=s.compression_ratio_threshold,
        )
        kept: list[str] = []
        dropped: list[str] = []
        for seg in segments:
            text = seg.text.strip()
            hallucinated = seg.no_speech_prob > s.no_speech_threshold and seg.avg_logprob < s.logprob_threshold
            looping = seg.compression_ratio > s.compression_ratio_threshold
            if hallucinated or looping or _HALLUCINATIONS.search(text):
                dropped.append(text)
            elif text:
                kept.append(text)
        return Transcript(
            text=" ".join(kept),
            language=str(result.language or language),
            language_probability=float(result.language_probability if language is None else language_p),
            duration_s=audio.duration_s,
            speech_s=speech.duration_s,
            vad_ms=vad_ms,
            stt_ms=(time.perf_counter() - started) * 1000,
            model=info.name,
            dropped=tuple(t for t in dropped if t),
        )
