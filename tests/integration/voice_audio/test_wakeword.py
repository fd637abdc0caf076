"""The built-in "hey jarvis" model on speech made by espeak-ng.

microWakeWord was trained on neural voices; of espeak-ng's voices, the Klatt
variants at 140 words per minute and a low pitch trigger it (found by trying
the voices), while the same voices saying other things never do."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.voice.audio import Audio
from jarvis_tui.core.voice.wakeword import WakeWordDetector
from tests.unit.voice_audio.espeak import needs_espeak, noise, padded, silence, speech

pytestmark = needs_espeak

WAKE = {"voice": "en-us+klatt2", "rate": 140, "pitch": 40}


@pytest.fixture(scope="module")
def detector() -> WakeWordDetector:
    d = WakeWordDetector("hey_jarvis")
    yield d
    d.close()


def _fires(d: WakeWordDetector, audio: Audio, block: int = 1280) -> bool:
    d.reset()
    fired = False
    for i in range(0, len(audio.samples), block):  # 80 ms blocks, as a microphone gives them
        fired = d.feed(audio.samples[i : i + block]) or fired
    return fired


def test_hey_jarvis_fires_once(detector: WakeWordDetector, tmp_path: Path) -> None:
    clip = padded(speech("hey jarvis", tmp_path, **WAKE), 0.5, 1.0)
    assert detector.name == "Hey Jarvis" and detector.cutoff == pytest.approx(0.97)
    detector.reset()
    hits = sum(detector.feed(clip.samples[i : i + 1280]) for i in range(0, len(clip.samples), 1280))
    assert hits == 1 and detector.best > detector.cutoff


@pytest.mark.parametrize("text", ["open the browser", "hey travis", "jarvis", "set the volume to forty percent", "what time is it"])
def test_other_speech_does_not_fire(detector: WakeWordDetector, tmp_path: Path, text: str) -> None:
    assert not _fires(detector, padded(speech(text, tmp_path, **WAKE), 0.5, 0.5))
    assert not _fires(detector, padded(speech(text, tmp_path), 0.5, 0.5))


def test_silence_and_noise_do_not_fire(detector: WakeWordDetector) -> None:
    assert not _fires(detector, Audio(np.concatenate([silence(2), noise(3, 0.1)])))


def test_unknown_model_says_which_exist() -> None:
    from jarvis_tui.core.voice.errors import VoiceUnavailable

    with pytest.raises(VoiceUnavailable, match="built-in ones are hey_jarvis"):
        WakeWordDetector("hey_siri")
