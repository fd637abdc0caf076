"""Voice activity detection with Silero VAD v6: the ONNX model that faster-whisper
ships (`faster_whisper/assets/silero_vad_v6.onnx`), run by onnxruntime (installed
with faster-whisper). Nothing is downloaded, and no ggml library is loaded, so the
embedded node (llama.cpp's own ggml) and voice share one process.

Two uses:
- `SpeechDetector.trim`: before transcription, keep only the speech, each
  stretch padded so no first or last syllable is clipped. Audio with no
  speech becomes empty, and Whisper is never asked to transcribe silence
  (where it invents "Thank you." or "Sous-titres réalisés par...").
- `Endpointer`: live microphone audio, block by block: has speech started,
  has it ended (enough silence after it)?

The model reads 32 ms frames, each with the last 64 samples of the frame before
it, and carries an LSTM state (h, c) from frame to frame. Its input is a
sequence of frames, so a whole clip is one call; a stream is the same call on
each new block, starting from the state and context the previous one left.
A detector holds that state: one per stream. The loaded model is shared.

One intra-op thread: a frame is far too small to split, and with one thread
onnxruntime computes on the calling thread with no pool to wait for (Silero on
ggml needed a pinned thread because its OpenMP team spun at a barrier after
every frame while a neighbour held the other core; docs/BENCHMARKS.md, "Voice activity detection").
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .audio import SAMPLE_RATE, Audio, Samples
from .errors import VoiceUnavailable

FRAME = 512  # samples per Silero frame at 16 kHz (32 ms): fixed by the model
FRAME_MS = FRAME * 1000 / SAMPLE_RATE
CONTEXT = 64  # samples of the previous frame the model reads before each frame
_STATE_SHAPE = (1, 1, 128)  # the LSTM's h and c
_MODEL_FILE = "silero_vad_v6.onnx"


def model_path() -> Path:
    """The Silero VAD model inside the installed faster-whisper (found without
    importing it: its import loads CTranslate2). Raises VoiceUnavailable when absent."""
    spec = importlib.util.find_spec("faster_whisper")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "assets" / _MODEL_FILE
        if path.is_file():
            return path
    raise VoiceUnavailable(f"voice activity detection needs faster-whisper's {_MODEL_FILE} (pip package faster-whisper>=1.2); run ./install.sh")


@functools.cache
def _session() -> Any:
    # One session per process: InferenceSession.run is safe from several threads
    # at once, and each detector passes its own state.
    try:
        import onnxruntime  # noqa: PLC0415 - loaded only when voice is used
    except ImportError as exc:
        raise VoiceUnavailable(f"voice activity detection needs onnxruntime ({exc}); run ./install.sh") from None
    path = model_path()
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3  # errors only: its warnings are not the user's business
    try:
        return onnxruntime.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - a damaged or incompatible model file
        raise VoiceUnavailable(f"the Silero VAD model {path} could not be loaded: {exc}".splitlines()[0][:300]) from None


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
    """Silero VAD over whole clips: speech probabilities, stretches, trimming.
    Raises VoiceUnavailable when the model cannot be loaded."""

    def __init__(self, settings: VadSettings | None = None) -> None:
        self.settings = settings or VadSettings()
        self._session = _session()
        self._h = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._c = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)

    def reset(self) -> None:
        """Forget the recurrent state: the next frame starts a new stream."""
        self._h = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._c = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)

    def frame_probabilities(self, frames: Samples) -> list[float]:
        """Speech probability of each `FRAME` samples of `frames` (a whole number of
        frames), continuing the current stream."""
        if len(frames) % FRAME:
            raise ValueError(f"{len(frames)} samples is not a whole number of {FRAME}-sample frames")
        if len(frames) == 0:
            return []
        rows = np.asarray(frames, dtype=np.float32).reshape(-1, FRAME)
        batch = np.empty((len(rows), CONTEXT + FRAME), dtype=np.float32)
        batch[:, CONTEXT:] = rows
        batch[0, :CONTEXT] = self._context
        batch[1:, :CONTEXT] = rows[:-1, -CONTEXT:]
        probs, self._h, self._c = self._session.run(None, {"input": batch, "h": self._h, "c": self._c})
        self._context = rows[-1, -CONTEXT:].copy()
        return [float(p) for p in probs]

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
