"""Hostile replies for the loopback nodes of `tests.servers.llm`, each in the
exact wire format of the node that sends it (OpenAI chat/completions SSE,
Ollama /api/chat NDJSON, /v1/models, /api/tags).

Select one with ``node.set(fault="endless_line")``. The endless ones stop by
themselves after MAX_BYTES or MAX_S, whichever comes first, and then cut the
connection: a client without bounds gets a lot, never everything.

    endless_line     one line that never ends
    endless_stream   lines that never end and carry no text (keep-alives, empty chunks)
    endless_tokens   text tokens forever, whatever max_tokens asked
    endless_error    HTTP 500 whose body never ends
    hostile_error    HTTP 500 whose message carries terminal escapes and a forged line
    endless_models   a model listing that never ends (GET /v1/models, /api/tags)
    content_number   the reply's text as a number
    content_list     the reply's text as a list
    bad_tool_call    a tool call whose fields have the wrong types
    compressed       a gzip-compressed reply the client did not ask for
"""

from __future__ import annotations

import gzip
import json
import time
from typing import TYPE_CHECKING, Any

from tests.servers.loopback import Abort

if TYPE_CHECKING:
    from tests.servers.llm import _Call

MAX_BYTES = 128 << 20
MAX_S = 20.0
BLOCK = 64 << 10
CHAT_FAULTS = frozenset({
    "endless_line", "endless_stream", "endless_tokens", "endless_error", "hostile_error", "content_number", "content_list", "bad_tool_call", "compressed",
})
HOSTILE_TEXT = "\x1b]0;owned\x07\x1b[2J overloaded\r\n· M1 is back up\x1b]52;c;cm0gLXJmIH4K\x07"
FAULTS = CHAT_FAULTS | {"endless_models"}
SSE, NDJSON, JSON = "text/event-stream", "application/x-ndjson", "application/json"


def _sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def _openai_chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"id": "chatcmpl-fault", "object": "chat.completion.chunk", "created": int(time.time()), "model": "fault",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _ollama_line(message: dict[str, Any], done: bool = False) -> bytes:
    line = {"model": "fault", "created_at": "2025-09-01T12:00:00Z", "message": {"role": "assistant", **message}, "done": done}
    if done:
        line["done_reason"] = "stop"
    return json.dumps(line).encode() + b"\n"


async def endless(call: _Call, head: bytes, filler: bytes, *, status: int = 200, content_type: str = SSE) -> None:
    """Send `head`, then `filler` over and over until the client leaves or a cap is reached; then cut."""
    await call.start(status, content_type)
    await call.write(head)
    block = filler * max(1, BLOCK // len(filler))
    sent, start = len(head), time.monotonic()
    while sent < MAX_BYTES and time.monotonic() - start < MAX_S:
        await call.pause(0)  # raises Abort once the client has gone
        await call.write(block)
        sent += len(block)
    raise Abort


async def _whole(call: _Call, content_type: str, pieces: list[bytes]) -> None:
    await call.start(200, content_type)
    for piece in pieces:
        await call.write(piece)
    await call.write(b"", more=False)


async def chat(wire: str, call: _Call) -> None:
    """Answer a chat request with the node's fault."""
    fault = call.behaviour.fault
    openai = wire == "openai"
    if fault == "endless_line":
        head = b'data: {"choices":[{"index":0,"delta":{"content":"' if openai else b'{"model":"fault","message":{"role":"assistant","content":"'
        await endless(call, head, b"a", content_type=SSE if openai else NDJSON)
    elif fault == "endless_stream":
        filler = b": keep-alive\n\n" if openai else _ollama_line({"content": ""})
        await endless(call, _sse(_openai_chunk({"role": "assistant", "content": ""})) if openai else b"", filler, content_type=SSE if openai else NDJSON)
    elif fault == "endless_tokens":
        filler = _sse(_openai_chunk({"content": "more "})) if openai else _ollama_line({"content": "more "})
        await endless(call, b"", filler, content_type=SSE if openai else NDJSON)
    elif fault == "endless_error":
        head = b'{"error": {"message": "' if openai else b'{"error": "'
        await endless(call, head, b"overloaded ", status=500, content_type=JSON)
    elif fault == "hostile_error":
        await call.respond(500, {"error": {"message": HOSTILE_TEXT, "type": "server_error"}} if openai else {"error": HOSTILE_TEXT})
    elif fault in ("content_number", "content_list"):
        value: Any = 42 if fault == "content_number" else ["Hello", "world"]
        if openai:
            await _whole(call, SSE, [_sse(_openai_chunk({"role": "assistant", "content": ""})), _sse(_openai_chunk({"content": value})),
                                     _sse(_openai_chunk({}, "stop")), b"data: [DONE]\n\n"])
        else:
            await _whole(call, NDJSON, [_ollama_line({"content": value}), _ollama_line({"content": ""}, done=True)])
    elif fault == "bad_tool_call":
        if openai:
            calls = [{"index": "first", "id": 7, "type": "function", "function": "lm_query"}]
            await _whole(call, SSE, [_sse(_openai_chunk({"tool_calls": calls})), _sse(_openai_chunk({}, "tool_calls")), b"data: [DONE]\n\n"])
        else:
            await _whole(call, NDJSON, [_ollama_line({"content": "", "tool_calls": [{"function": "lm_query"}]}), _ollama_line({"content": ""}, done=True)])
    elif fault == "compressed":
        if openai:
            body = _sse(_openai_chunk({"content": "zipped"})) + _sse(_openai_chunk({}, "stop")) + b"data: [DONE]\n\n"
        else:
            body = _ollama_line({"content": "zipped"}) + _ollama_line({"content": ""}, done=True)
        data = gzip.compress(body)
        await call.send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", (SSE if openai else NDJSON).encode()), (b"content-encoding", b"gzip"), (b"content-length", str(len(data)).encode())]})
        await call.write(data, more=False)
    else:
        raise ValueError(f"unknown fault {fault!r}")


async def endless_models(wire: str, call: _Call) -> None:
    """A model listing that never ends."""
    head = b'{"object": "list", "data": [' if wire == "openai" else b'{"models": ['
    item = b'{"id": "m", "object": "model"},' if wire == "openai" else b'{"name": "m:latest", "model": "m:latest"},'
    await endless(call, head, item, content_type=JSON)
