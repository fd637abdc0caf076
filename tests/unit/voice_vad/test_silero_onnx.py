"""Silero VAD on onnxruntime: the model comes from the installed faster-whisper,
a stream fed in pieces sees what the whole clip sees, and the caller's audio is
left as it was."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.voice import vad
from jarvis_tui.core.voice.errors import VoiceUnavailable
from jarvis_tui.core.voice.vad import FRAME, Endpointer, SpeechDetector
from tests.unit.voice_audio.espeak import needs_espeak, padded, speech


@pytest.fixture(scope="module")
def detector() -> SpeechDetector:
    return SpeechDetector()


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    if importlib.util.find_spec("faster_whisper") is None:
        pytest.skip("needs faster-whisper (./install.sh installs it)")
    words = speech("close the window and open the terminal", tmp_path_factory.mktemp("vad"))
    samples = padded(words, 1.0, 1.0).samples
    return samples[: len(samples) // FRAME * FRAME]


def test_the_model_is_the_one_faster_whisper_ships() -> None:
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None:
        pytest.skip("needs faster-whisper (./install.sh installs it)")
    path = vad.model_path()
    assert path.name == "silero_vad_v6.onnx" and path.parent.parent == Path(next(iter(spec.submodule_search_locations or [])))


def test_without_faster_whisper_the_reason_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: None)
    with pytest.raises(VoiceUnavailable, match=r"needs faster-whisper's silero_vad_v6\.onnx .*run ./install.sh"):
        vad.model_path()


@needs_espeak
def test_a_stream_fed_in_pieces_matches_the_whole_clip(detector: SpeechDetector, clip: np.ndarray) -> None:
    whole = detector.probabilities(clip)
    assert max(whole) > 0.9 and min(whole) < 0.1  # speech and silence both in it: the comparison means something
    detector.reset()
    sizes, pieces, at = itertools.cycle([1, 3, 2, 7]), [], 0
    while at < len(clip):
        n = next(sizes) * FRAME
        pieces += detector.frame_probabilities(clip[at : at + n])
        at += n
    assert np.allclose(pieces, whole, atol=1e-5)
    forgetful = []  # the control: without the state and context carried over, the figures differ
    for at in range(0, len(clip), FRAME):
        detector.reset()
        forgetful += detector.frame_probabilities(clip[at : at + FRAME])
    assert not np.allclose(forgetful, whole, atol=1e-2)


@needs_espeak
def test_reset_starts_a_new_stream(detector: SpeechDetector, clip: np.ndarray) -> None:
    first = detector.probabilities(clip)
    detector.frame_probabilities(clip[: 10 * FRAME])  # state left mid-stream
    assert detector.probabilities(clip) == first  # probabilities() resets before it starts


class Recording(SpeechDetector):
    """A detector that keeps every probability it hands out."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[float] = []

    def frame_probabilities(self, frames: np.ndarray) -> list[float]:
        probs = super().frame_probabilities(frames)
        self.seen += probs
        return probs


@needs_espeak
def test_the_endpointer_sees_the_same_frames_as_the_whole_clip(clip: np.ndarray) -> None:
    recording = Recording()
    ep = Endpointer(recording, end_silence_ms=5000)  # never ends here: every frame goes through
    for at in range(0, len(clip), 800):  # 50 ms microphone blocks: not a whole number of frames
        ep.feed(clip[at : at + 800])
    assert ep.started and not ep.ended
    assert np.allclose(recording.seen, SpeechDetector().probabilities(clip), atol=1e-5)


def test_the_callers_samples_are_not_modified(detector: SpeechDetector) -> None:
    samples = np.random.default_rng(1).standard_normal(4 * FRAME).astype(np.float32) * 0.1
    before = samples.copy()
    detector.probabilities(samples)
    detector.frame_probabilities(samples)
    assert np.array_equal(samples, before)


def test_a_partial_frame_is_refused_with_its_size(detector: SpeechDetector) -> None:
    with pytest.raises(ValueError, match="700 samples is not a whole number of 512-sample frames"):
        detector.frame_probabilities(np.zeros(700, dtype=np.float32))
    assert detector.frame_probabilities(np.zeros(0, dtype=np.float32)) == []
