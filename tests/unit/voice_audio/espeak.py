"""Real speech for the voice tests, made by espeak-ng at test time (nothing binary
is committed). A test that needs it skips, saying why, where espeak-ng is absent."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.voice.audio import SAMPLE_RATE, Audio, read_wav

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (./install.sh --test installs it on Debian/Ubuntu)")


def say(text: str, path: Path, voice: str = "en-us", rate: int = 150, pitch: int = 50) -> Path:
    """espeak-ng's WAV (22,050 Hz, 16-bit mono) of `text` at `path`."""
    assert ESPEAK is not None
    subprocess.run([ESPEAK, "-v", voice, "-s", str(rate), "-p", str(pitch), "-w", str(path), text], check=True, capture_output=True, timeout=30)
    return path


def speech(text: str, tmp: Path, voice: str = "en-us", rate: int = 150, pitch: int = 50) -> Audio:
    """`text` spoken, read back at 16 kHz."""
    return read_wav(say(text, tmp / f"{abs(hash((text, voice, rate, pitch)))}.wav", voice, rate, pitch), 120)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(SAMPLE_RATE * seconds), dtype=np.float32)


def noise(seconds: float, level: float = 0.05, seed: int = 0) -> np.ndarray:
    """White noise: no speech in it, but energy everywhere (a fan, a hiss)."""
    return (np.random.default_rng(seed).standard_normal(int(SAMPLE_RATE * seconds)) * level).astype(np.float32)


def padded(audio: Audio, before: float, after: float) -> Audio:
    return Audio(np.concatenate([silence(before), audio.samples, silence(after)]))
