"""`jarvis-tui --transcribe FILE.wav [--json]`: speech to text on a WAV file.

Prints the corrected text on stdout (with `--json`, one document:
`{"text", "language", "ms", "raw", "corrected", ...}`); progress and the
raw -> corrected trace go to stderr. Exit codes: 0 done (an empty text when
no speech was heard), 1 speech to text cannot run here (no model), 2 a bad
file (missing, empty, corrupt, not a WAV, too long) or a bad dictionary.
The correction here uses the dictionary only: the model pass needs the
cluster, which the cockpit's voice service has.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any

from jarvis_tui.core.config import Config

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"jarvis-tui: {message}\n")
    return code


async def transcribe(path: str, config: Config) -> dict[str, Any]:
    """The `--transcribe --json` document for one file. Raises AudioError,
    CorrectionError or VoiceUnavailable with a message for the user."""
    from jarvis_tui.core.voice.audio import read_wav
    from jarvis_tui.core.voice.correction import Corrector, load_dictionaries
    from jarvis_tui.core.voice.settings import stt_settings, vad_settings
    from jarvis_tui.core.voice.stt import Transcriber

    voice = config.voice
    audio = read_wav(path, voice.max_audio_s)  # a bad file fails before the model loads
    corrector = Corrector(load_dictionaries(voice.corrections_dir))
    transcriber = Transcriber(stt_settings(voice), vad=vad_settings(voice))
    try:
        sys.stderr.write(f"jarvis-tui: loading Whisper model {voice.stt_model!r}...\n")
        info = await transcriber.load()
        sys.stderr.write(f"jarvis-tui: {info.name} ({info.origin}) on {info.device}/{info.compute_type} in {info.load_ms:.0f} ms\n")
        if info.note:
            sys.stderr.write(f"jarvis-tui: note: {info.note}\n")
        started = time.perf_counter()
        transcript = await transcriber.transcribe(audio)
        correction = await corrector.correct(transcript.text, transcript.language)
        ms = (time.perf_counter() - started) * 1000
    finally:
        await transcriber.aclose()
    return {
        "text": correction.corrected,
        "language": transcript.language,
        "ms": round(ms, 1),
        "raw": transcript.text,
        "corrected": correction.corrected,
        "correction": {"method": correction.method, "replaced": [list(p) for p in correction.replaced]},
        "duration_s": round(audio.duration_s, 3),
        "speech_s": round(transcript.speech_s, 3),
        "source": {"rate": audio.source_rate, "channels": audio.source_channels, "bits": audio.source_bits},
        "dropped": list(transcript.dropped),
        "model": {"name": info.name, "origin": info.origin, "device": info.device, "compute_type": info.compute_type, "load_ms": round(info.load_ms, 1)},
        "timings_ms": {"vad": round(transcript.vad_ms, 1), "stt": round(transcript.stt_ms, 1), "correction": round(correction.ms, 1)},
    }


def run(args: argparse.Namespace, config: Config) -> int:
    """The `--transcribe` flag: 0 ok, 1 failed, 2 usage."""
    from jarvis_tui.core.voice.audio import AudioError
    from jarvis_tui.core.voice.correction import CorrectionError
    from jarvis_tui.core.voice.errors import VoiceUnavailable

    try:
        doc = asyncio.run(transcribe(args.transcribe, config))
    except (AudioError, CorrectionError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except VoiceUnavailable as exc:
        return _fail(f"speech to text is unavailable: {exc}", EXIT_FAILED)
    if doc["raw"] != doc["corrected"]:
        sys.stderr.write(f"jarvis-tui: heard {doc['raw']!r} -> corrected {doc['corrected']!r}\n")
    if not doc["text"]:
        sys.stderr.write("jarvis-tui: no speech heard\n")
    sys.stderr.write(f"jarvis-tui: {doc['language']}, {doc['duration_s']:.1f} s of audio, {doc['ms']:.0f} ms\n")
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=True) + "\n")
    elif doc["text"]:
        sys.stdout.write(doc["text"] + "\n")
    sys.stdout.flush()
    return EXIT_OK
