"""A hostile Anthropic endpoint, through the official SDK: its events are
checked (the SDK builds them without validating), its reads are bounded by
the client's response hook, and a stop at max_tokens marks the reply truncated."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import pytest

from jarvis_tui.core.backends import http
from jarvis_tui.core.backends.anthropic import AnthropicBackend
from jarvis_tui.core.backends.base import BackendError, ReplyInfo
from jarvis_tui.core.backends.http import Limits

MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude", "content": [], "stop_reason": None,
           "stop_sequence": None, "usage": {"input_tokens": 3, "output_tokens": 1}}


def events(text: Any, stop_reason: str = "end_turn") -> bytes:
    sequence = [
        ("message_start", {"type": "message_start", "message": MESSAGE}),
        ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": None}, "usage": {"output_tokens": 5}}),
        ("message_stop", {"type": "message_stop"}),
    ]
    return b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in sequence)


def claude(handler: Any) -> AnthropicBackend:
    backend = AnthropicBackend("CLAUDE", "claude", "http://claude.invalid", api_key="k", timeout_s=5, connect_s=1)
    backend._sdk()
    backend._client._client._transport = httpx2.MockTransport(handler)
    return backend


def chat(backend: AnthropicBackend, info: ReplyInfo | None = None) -> str:
    async def go() -> str:
        try:
            return "".join([p async for p in backend.stream_chat([{"role": "user", "content": "hi"}], max_tokens=64, info=info)])
        finally:
            await backend.aclose()

    return asyncio.run(go())


def sse(body: bytes | httpx2.AsyncByteStream, status: int = 200) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["accept-encoding"] == "identity"
        kwargs = {"content": body} if isinstance(body, bytes) else {"stream": body}
        return httpx2.Response(status, headers={"content-type": "text/event-stream"}, **kwargs)

    return handler


def test_text_of_the_wrong_type_is_a_node_failure():
    with pytest.raises(BackendError) as caught:
        chat(claude(sse(events(42))))
    assert caught.value.kind == "bad_response"


def test_a_stop_at_max_tokens_marks_the_reply_truncated_and_surrogates_become_valid():
    info = ReplyInfo()
    assert chat(claude(sse(events("caf\ud800é", "max_tokens"))), info) == "caf\ufffdé"
    assert info.truncated


class Endless(httpx2.AsyncByteStream):
    def __init__(self, head: bytes, piece: bytes) -> None:
        self.head, self.piece, self.sent = head, piece, 0

    async def __aiter__(self):  # type: ignore[override]
        yield self.head
        while True:
            self.sent += len(self.piece)
            yield self.piece


def test_endless_replies_and_error_bodies_are_bounded(monkeypatch):
    monkeypatch.setattr(http, "LIMITS", Limits(error_bytes=512, response_bytes=64 << 10))
    stream = Endless(events("start").split(b"\n\n")[0] + b"\n\n", b": keep-alive\n\n" * 64)  # message_start, then nothing forever
    with pytest.raises(BackendError, match="larger than 64 KiB") as caught:
        chat(claude(sse(stream)))
    assert caught.value.kind == "bad_response" and stream.sent <= (64 << 10) + 2048
    body = Endless(b'{"type": "error", "error": {"type": "overloaded_error", "message": "', b"overloaded " * 64)
    with pytest.raises(BackendError, match="HTTP 529") as caught:
        chat(claude(sse(body, status=529)))
    assert body.sent <= 512 + 1024
