"""A hostile node, at the wire decoders: whatever bytes a node sends (any
JSON in any field, any length, any encoding, cut anywhere), a backend
yields valid text or raises BackendError, and reads no more than its bounds.

The responses come through httpx2's MockTransport, so the decoders, the
client's response hook and the backends run exactly as against a server,
hundreds of times a second; tests/integration/harden_net drives the same
faults through real sockets and the real CLI.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jarvis_tui.core.backends import http
from jarvis_tui.core.backends.base import BackendError, ReplyInfo
from jarvis_tui.core.backends.http import Limits
from jarvis_tui.core.backends.ollama import OllamaBackend
from jarvis_tui.core.backends.openai import OpenAIBackend
from jarvis_tui.core.backends.toolchat import OllamaChat, OpenAIChat

SMALL = Limits(line_bytes=1024, body_bytes=4096, error_bytes=512, response_bytes=1 << 20, reply_base_bytes=8192, per_token_bytes=64)
BLOCK = 256
MESSAGES = [{"role": "user", "content": "hi"}]
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
anything = st.one_of(json_values, st.text(max_size=10))
openai_chunks = st.fixed_dictionaries({}, optional={
    "choices": st.one_of(anything, st.lists(st.one_of(anything, st.fixed_dictionaries({}, optional={
        "delta": st.one_of(anything, st.fixed_dictionaries({}, optional={"content": anything, "reasoning_content": anything, "tool_calls": st.one_of(
            anything, st.lists(st.fixed_dictionaries({}, optional={"index": anything, "id": anything, "function": st.one_of(
                anything, st.fixed_dictionaries({}, optional={"name": anything, "arguments": anything}))})))})),
        "finish_reason": st.one_of(anything, st.sampled_from(["stop", "length", "tool_calls"])),
    })), max_size=2)),
    "error": anything,
})
ollama_chunks = st.fixed_dictionaries({}, optional={
    "message": st.one_of(anything, st.fixed_dictionaries({}, optional={"content": anything, "thinking": anything, "tool_calls": st.one_of(
        anything, st.lists(st.fixed_dictionaries({}, optional={"function": st.one_of(anything, st.fixed_dictionaries({}, optional={
            "name": anything, "arguments": anything}))})))})),
    "done": st.one_of(anything, st.booleans()),
    "done_reason": st.one_of(anything, st.just("length")),
    "error": anything,
})
encodings = st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"])
# JSON escapes of lone surrogates, raw CESU-8 surrogates, and bytes that are not UTF-8 at all.
poison = st.sampled_from([b"", b"\\ud800", b"\\udfff", b"\xed\xa0\x80", b"\xff\xfe", b"\x80", b"\x00"])


class Body(httpx2.AsyncByteStream):
    """A response body sent in the given pieces, counting what was read."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self.pieces = pieces
        self.sent = 0

    async def __aiter__(self):  # type: ignore[override]
        for piece in self.pieces:
            self.sent += len(piece)
            yield piece


def forever(piece: bytes, head: bytes = b"") -> Iterable[bytes]:
    yield head
    while True:
        yield piece


def cut(data: bytes, points: list[int]) -> list[bytes]:
    bounds = sorted({0, len(data), *(p % (len(data) + 1) for p in points)})
    return [data[a:b] for a, b in pairwise(bounds)]


def serve(backend: Any, body: Body, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["accept-encoding"] == "identity"
        return httpx2.Response(status, headers=headers or {}, stream=body)

    backend._client._transport = httpx2.MockTransport(handler)
    return backend


# Built once: a client's TLS set-up costs more than an example. Each example gives it a new transport.
_OPENAI = OpenAIBackend("N", "m", "http://node.invalid", connect_s=1, read_s=1)
_OLLAMA = OllamaBackend("N", "m", "http://node.invalid", connect_s=1, read_s=1)
_OPENAI_CHAT = OpenAIChat("N", "m", "system", [], 64, client=http.make_client("http://node.invalid/v1/", connect_s=1, read_s=1))
_OLLAMA_CHAT = OllamaChat("N", "m", "system", [], 64, client=http.make_client("http://node.invalid/", connect_s=1, read_s=1))


def openai() -> OpenAIBackend:
    return _OPENAI


def ollama() -> OllamaBackend:
    return _OLLAMA


async def _chat(backend: Any, info: ReplyInfo | None = None, max_tokens: int | None = 64) -> list[str]:
    return [p async for p in backend.stream_chat(MESSAGES, max_tokens=max_tokens, info=info)]


def outcome(make: Callable[[], Any], body: Body, **kwargs: Any) -> list[str] | BackendError:
    """Fragments, or the BackendError: any other exception fails the test."""
    try:
        return asyncio.run(_chat(serve(make(), body, **kwargs)))
    except BackendError as exc:
        exc.detail.encode("utf-8")
        return exc


def assert_valid(result: list[str] | BackendError) -> None:
    if isinstance(result, list):
        assert all(isinstance(p, str) for p in result)
        "".join(result).encode("utf-8")  # no lone surrogate


@given(st.binary(max_size=2000), st.lists(st.integers(min_value=0), max_size=6))
@PROPERTY
def test_any_bytes_from_an_openai_node(data, points):
    assert_valid(outcome(openai, Body(cut(data, points))))


@given(st.binary(max_size=2000), st.lists(st.integers(min_value=0), max_size=6))
@PROPERTY
def test_any_bytes_from_an_ollama_node(data, points):
    assert_valid(outcome(ollama, Body(cut(data, points))))


@given(st.lists(openai_chunks, max_size=5), st.booleans(), st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\r"]), encodings, poison, st.lists(st.integers(min_value=0), max_size=6))
@PROPERTY
def test_any_json_in_any_field_of_an_sse_stream(chunks, done, separator, encoding, bad, points):
    lines = [f"data: {json.dumps(c)}" for c in chunks] + (["data: [DONE]"] if done else [])
    data = (separator.join(lines) + separator).encode(encoding, "replace").replace(b'"', b'"' + bad, 1)
    assert_valid(outcome(openai, Body(cut(data, points))))


@given(st.lists(ollama_chunks, max_size=5), encodings, poison, st.lists(st.integers(min_value=0), max_size=6))
@PROPERTY
def test_any_json_in_any_field_of_an_ndjson_stream(chunks, encoding, bad, points):
    data = "".join(json.dumps(c) + "\n" for c in chunks).encode(encoding, "replace").replace(b'"', b'"' + bad, 1)
    assert_valid(outcome(ollama, Body(cut(data, points))))


@given(st.lists(openai_chunks, min_size=1, max_size=4))
@PROPERTY
def test_any_tool_call_payload_from_an_openai_node(chunks):
    body = Body(["".join(f"data: {json.dumps(c)}\n\n" for c in chunks).encode() + b"data: [DONE]\n\n"])
    chat = _OPENAI_CHAT
    chat._client._transport = httpx2.MockTransport(lambda request: httpx2.Response(200, stream=body))
    _check_turn(chat)


@given(st.lists(ollama_chunks, min_size=1, max_size=4))
@PROPERTY
def test_any_tool_call_payload_from_an_ollama_node(chunks):
    body = Body(["".join(json.dumps(c) + "\n" for c in chunks).encode()])
    chat = _OLLAMA_CHAT
    chat._client._transport = httpx2.MockTransport(lambda request: httpx2.Response(200, stream=body))
    _check_turn(chat)


def _check_turn(chat: Any) -> None:
    try:
        turn = asyncio.run(chat.turn(lambda piece: piece.encode("utf-8")))
    except BackendError:
        return
    assert isinstance(turn.text, str)
    json.dumps([turn.text, [(c.id, c.name, c.arguments) for c in turn.calls]], ensure_ascii=False).encode("utf-8")
    assert all(isinstance(c.id, str) and isinstance(c.name, str) for c in turn.calls)


def test_content_of_the_wrong_type_is_a_node_failure():
    for content in (42, ["Hello"], {"text": "x"}, True):
        chunk = {"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
        result = outcome(openai, Body([f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()]))
        assert isinstance(result, BackendError) and result.kind == "bad_response" and "choices[0].delta.content" in result.detail
        line = {"message": {"role": "assistant", "content": content}, "done": False}
        result = outcome(ollama, Body([json.dumps(line).encode() + b'\n{"done": true}\n']))
        assert isinstance(result, BackendError) and result.kind == "bad_response" and "message.content" in result.detail


def test_a_lone_surrogate_arrives_as_a_replacement_character():
    body = b'data: {"choices":[{"delta":{"content":"caf\\ud800\\u00e9"}}]}\n\ndata: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n'
    assert outcome(openai, Body([body])) == ["caf\ufffd\u00e9"]


def test_finish_reason_length_marks_the_reply_truncated():
    info = ReplyInfo()
    body = b'data: {"choices":[{"delta":{"content":"cut sh"}}]}\n\ndata: {"choices":[{"delta":{},"finish_reason":"length"}]}\n\ndata: [DONE]\n\n'
    assert asyncio.run(_chat(serve(openai(), Body([body])), info)) == ["cut sh"] and info.truncated
    info = ReplyInfo()
    body = b'{"message":{"role":"assistant","content":"cut"},"done":false}\n{"message":{"role":"assistant","content":""},"done":true,"done_reason":"length"}\n'
    assert asyncio.run(_chat(serve(ollama(), Body([body])), info)) == ["cut"] and info.truncated


@pytest.fixture()
def small_limits(monkeypatch):
    monkeypatch.setattr(http, "LIMITS", SMALL)


ENDLESS = {
    "endless line": (openai, forever(b"a" * BLOCK, b'data: {"choices":[{"delta":{"content":"'), {}, "a line of the reply is longer than 1 KiB"),
    "endless line (ndjson)": (ollama, forever(b"a" * BLOCK, b'{"message":{"content":"'), {}, "a line of the reply is longer than 1 KiB"),
    "endless keep-alives": (openai, forever(b": keep-alive\n\n" * 16), {}, "the reply is longer than"),
    "endless tokens": (openai, forever(b'data: {"choices":[{"delta":{"content":"x"}}]}\n\n'), {}, "past max_tokens (64)"),
    "endless tokens (ndjson)": (ollama, forever(b'{"message":{"content":"x"},"done":false}\n'), {}, "past max_tokens (64)"),
}


@pytest.mark.parametrize("case", ENDLESS)
def test_an_endless_reply_is_cut_at_its_bound(small_limits, case):
    make, pieces, kwargs, reason = ENDLESS[case]
    body = Body(pieces)
    result = outcome(make, body, **kwargs)
    assert isinstance(result, BackendError) and result.kind == "bad_response" and reason in result.detail
    assert body.sent <= SMALL.reply_bytes(64) + 2 * BLOCK  # memory bounded: it stopped reading


def test_an_endless_error_body_is_read_only_to_its_bound(small_limits):
    body = Body(forever(b"overloaded ", b'{"error": {"message": "'))
    result = outcome(openai, body, status=500)
    assert isinstance(result, BackendError) and result.kind == "http" and result.detail.startswith("HTTP 500: ")
    assert body.sent <= SMALL.error_bytes + BLOCK


def test_an_endless_model_list_is_refused(small_limits):
    body = Body(forever(b'{"id": "m"},' * 8, b'{"data": ['))
    backend = serve(openai(), body)
    with pytest.raises(BackendError, match="larger than 4 KiB") as caught:
        asyncio.run(backend.list_models())
    assert caught.value.kind == "bad_response" and body.sent <= SMALL.body_bytes + BLOCK


def test_a_compressed_reply_is_refused():
    result = outcome(openai, Body([b"\x1f\x8b..."]), headers={"content-encoding": "gzip"})
    assert isinstance(result, BackendError) and result.kind == "bad_response" and "compressed (gzip)" in result.detail


@given(json_values)
@PROPERTY
def test_any_model_list_is_models_or_a_node_failure(data):
    for make in (openai, ollama):
        backend = serve(make(), Body([json.dumps({"data": data, "models": data}).encode()]))
        try:
            models = asyncio.run(backend.list_models())
        except BackendError:
            continue
        assert all(isinstance(m.id, str) and m.id for m in models)
