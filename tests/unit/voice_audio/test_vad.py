"""Silero VAD: speech found, padded, silence and noise emptied, end of speech seen."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.voice.audio import SAMPLE_RATE, Audio
from jarvis_tui.core.voice.vad import Endpointer, SpeechDetector, VadSettings

from .espeak import needs_espeak, noise, padded, silence, speech


@pytest.fixture(scope="module")
def detector() -> SpeechDetector:
    return SpeechDetector()


def test_silence_and_noise_have_no_speech(detector: SpeechDetector) -> None:
    assert detector.spans(silence(3)) == []
    assert detector.trim(Audio(silence(3))).duration_s == 0
    assert detector.trim(Audio(noise(3))).duration_s == 0
    assert detector.trim(Audio(np.zeros(0, dtype=np.float32))).duration_s == 0


@needs_espeak
def test_speech_in_silence_is_found_and_kept_with_its_padding(detector: SpeechDetector, tmp_path: Path) -> None:
    words = speech("open the terminal please", tmp_path)
    clip = padded(words, 2.0, 3.0)
    spans = detector.spans(clip.samples)
    assert len(spans) >= 1
    start, end = spans[0][0] / SAMPLE_RATE, spans[-1][1] / SAMPLE_RATE
    assert 1.7 < start < 2.4 and 1.8 + words.duration_s < end + 0.5 < 2.0 + words.duration_s + 1.0
    trimmed = detector.trim(clip)
    assert trimmed.duration_s < clip.duration_s - 3.0  # most of the 5 s of silence is gone
    # every sample of the speech survives: nothing clipped at either edge
    energy = np.abs(words.samples) > 0.01
    first, last = int(np.argmax(energy)), len(energy) - int(np.argmax(energy[::-1]))
    spoken = words.samples[first:last]
    assert trimmed.duration_s >= len(spoken) / SAMPLE_RATE
    idx = int(np.argmax(np.correlate(trimmed.samples, spoken[:2000], mode="valid")))
    assert np.allclose(trimmed.samples[idx : idx + len(spoken)], spoken, atol=1e-6)
    pad = detector.settings.pad_ms / 1000
    assert idx / SAMPLE_RATE >= min(pad * 0.5, 0.1)  # silence kept before the first syllable


@needs_espeak
def test_a_long_pause_between_two_phrases_is_shortened(detector: SpeechDetector, tmp_path: Path) -> None:
    a, b = speech("open the terminal", tmp_path), speech("close the window", tmp_path)
    clip = Audio(np.concatenate([a.samples, silence(4.0), b.samples]))
    trimmed = SpeechDetector(VadSettings(pad_ms=200)).trim(clip)
    assert trimmed.duration_s < clip.duration_s - 2.5


@needs_espeak
def test_endpointer_sees_start_then_end_of_speech(detector: SpeechDetector, tmp_path: Path) -> None:
    clip = padded(speech("set the volume to forty percent", tmp_path), 1.0, 2.0)
    ep = Endpointer(detector, end_silence_ms=600)
    ended_at = None
    for i in range(0, len(clip.samples), 800):  # 50 ms blocks, as the microphone gives them
        ep.feed(clip.samples[i : i + 800])
        if ep.ended and ended_at is None:
            ended_at = i / SAMPLE_RATE
    assert ep.started and ep.ended and ended_at is not None
    loud = np.abs(clip.samples) > 0.01
    speech_end = (len(loud) - int(np.argmax(loud[::-1]))) / SAMPLE_RATE
    assert speech_end + 0.4 < ended_at < speech_end + 1.2  # 600 ms of silence, give or take a frame and the hysteresis


def test_endpointer_never_ends_on_silence_alone(detector: SpeechDetector) -> None:
    ep = Endpointer(detector, end_silence_ms=300)
    ep.feed(silence(3))
    assert not ep.started and not ep.ended
