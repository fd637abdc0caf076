"""Silence, noise, tones and odd files never become invented words."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from jarvis_tui.core.voice.audio import SAMPLE_RATE, Audio, read_wav, write_wav
from jarvis_tui.core.voice.stt import Transcriber
from tests.unit.voice_audio.espeak import (
    needs_espeak,
    noise,
    say,
    silence,
    speech,
)

from .conftest import words


def test_silence_noise_and_a_tone_give_an_empty_transcript(tiny_en: Transcriber, base_fr: Transcriber) -> None:
    t = np.arange(SAMPLE_RATE * 2) / SAMPLE_RATE
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    for model in (tiny_en, base_fr):
        for name, samples in [("silence", silence(3)), ("noise", noise(3, 0.1)), ("quiet noise", noise(3, 0.005)), ("tone", tone)]:
            result = model.transcribe_blocking(Audio(samples))
            assert result.text == "", (model.settings.model, name, result)
            assert result.speech_s == 0 and result.stt_ms == 0  # Whisper was not even asked


def test_whisper_alone_does_invent_words_on_silence(tiny_en: Transcriber) -> None:
    """Why the VAD guard is there: the same model, asked directly, hallucinates."""
    assert tiny_en.info is not None
    segments, _ = tiny_en._model.transcribe(silence(3), language="en", vad_filter=False)
    assert "".join(s.text for s in segments).strip() != ""


@needs_espeak
def test_speech_after_a_long_silence_and_before_noise(tiny_en: Transcriber, tmp_path: Path) -> None:
    words_said = speech("open the terminal", tmp_path)
    clip = np.concatenate([silence(20), words_said.samples, noise(3, 0.01)])
    result = tiny_en.transcribe_blocking(Audio(clip))
    assert words(result.text) == "open the terminal", result
    assert result.speech_s < 5 and result.duration_s > 23


@needs_espeak
def test_any_sample_rate_and_stereo_give_the_same_words(base_en: Transcriber, tmp_path: Path) -> None:
    import wave

    import soxr

    original = read_wav(say("open the terminal", tmp_path / "c.wav"), 60)  # espeak-ng writes 22,050 Hz
    assert original.source_rate == 22_050
    # Below 16 kHz the band above half the rate is gone: base then hears espeak's
    # "terminal" as "that door a little" (seen at 11,025 Hz), so only higher rates here.
    files = [tmp_path / "c.wav"]
    for rate in (44_100, 48_000):
        path = tmp_path / f"r{rate}.wav"
        write_wav(path, np.asarray(soxr.resample(original.samples, SAMPLE_RATE, rate), dtype=np.float32), rate)
        files.append(path)
    stereo = tmp_path / "stereo.wav"
    with wave.open(str(stereo), "wb") as out:  # the voice on the left, silence on the right
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        frames = np.stack([original.samples, np.zeros_like(original.samples)], axis=1)
        out.writeframes((frames * 32767).astype("<i2").tobytes())
    files.append(stereo)
    for path in files:
        heard = words(base_en.transcribe_blocking(read_wav(path, 60)).text)
        assert "open" in heard and "terminal" in heard, (path.name, heard)
