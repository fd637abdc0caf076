"""The [voice] keys: defaults, accepted values, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from jarvis_tui.core.config import ConfigError, load_config
from jarvis_tui.core.voice.settings import stt_settings, tts_settings, vad_settings


def test_defaults_follow_the_design(tmp_path: Path) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    cfg = load_config(empty).voice
    assert (cfg.language, cfg.stt_model, cfg.stt_device, cfg.max_audio_s) == ("fr", "base", "auto", 120)
    s = stt_settings(cfg)
    assert (s.model, s.language, s.compute_type, s.languages) == ("base", "fr", "auto", ("fr", "en"))
    assert vad_settings(cfg).pad_ms == 300 and tts_settings(cfg).engine == "auto"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('language = "french"', "voice.language"),
        ('stt_device = "gpu"', "voice.stt_device"),
        ("max_audio_s = 0", "voice.max_audio_s"),
        ('wake_word_model = "hey_siri"', "voice.wake_word_model"),
        ('tts_engine = "say"', "voice.tts_engine"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[voice]\n{toml}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        load_config(path)
    assert str(path) in str(err.value)


def test_auto_language_and_a_model_folder_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[voice]\nlanguage = "auto"\nstt_model = "/opt/whisper/large-v3"\nstt_threads = 2\n', encoding="utf-8")
    v = load_config(path).voice
    assert (v.language, v.stt_model, stt_settings(v).threads) == ("auto", "/opt/whisper/large-v3", 2)
