"""Loopback HTTP servers that imitate LLM backends on the wire.

``OpenAINode`` speaks the OpenAI-compatible chat API (LM Studio, llama.cpp
server, vLLM); ``OllamaNode`` speaks the Ollama API. Each runs uvicorn in a
daemon thread with its own event loop on ``127.0.0.1`` and an ephemeral port,
so sync tests, asyncio tests and child processes can all reach it. A mutable
``Behaviour`` makes a node slow, failing, hanging or dropping its streams.

    with OpenAINode(reply="Hi there", token_delay_s=0.01) as node:
        client.post(f"{node.url}/v1/chat/completions", json=...)
        node.set(drop_after_tokens=2)
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from http import HTTPStatus
from typing import Any

from tests.servers import faults
from tests.servers.loopback import Abort, LoopbackServer, Receive, Send, read_request, split_tokens, watch_disconnect

__all__ = ["Behaviour", "OllamaNode", "OpenAINode", "RecordedRequest"]

Json = dict[str, Any]
AsgiEvent = dict[str, Any]


@dataclass
class Behaviour:
    """How a node answers; swap it at any time with ``node.behaviour = ...`` or ``node.set(...)``
    (a request keeps the behaviour it arrived under).

    ``tool_calls`` entries are ``{"name": str, "arguments": dict | str}`` (``"id"``
    optional); each node renders them in its own wire format, in place of the reply text.
    ``hang_after_tokens`` / ``drop_after_tokens`` count streamed chunks after the
    OpenAI role chunk; past the last token they stall/cut before the final chunk.
    """

    reply: str | Callable[[Json], str] | None = None  # None: "Hello from <node name>"
    first_token_delay_s: float = 0.0
    token_delay_s: float = 0.0  # between chunks; a non-stream reply waits this once per token
    status: int | None = None  # answer every chat request with this error status
    hang: bool = False  # accept chat requests and never answer
    hang_after_tokens: int | None = None
    drop_after_tokens: int | None = None
    models: list[str] = field(default_factory=lambda: ["test-model"])
    loaded: list[str] | None = None  # Ollama /api/ps; None: the first model
    tool_calls: list[Json] | Callable[[Json], list[Json] | None] | None = None
    finish_reason: str | None = None  # how the reply says it ended (OpenAI finish_reason, Ollama done_reason); None: "stop"
    fault: str | None = None  # a hostile reply from tests.servers.faults.FAULTS, in this node's wire format


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the node received it; ``time`` is ``time.monotonic()`` at arrival."""

    method: str
    path: str
    headers: dict[str, str]
    json: Json | None
    time: float


def _now_iso(delta: timedelta = timedelta()) -> str:
    return (datetime.now(UTC) + delta).isoformat().replace("+00:00", "Z")


class _Call:
    """One request being answered: its parsed body, the ASGI send channel, and
    waits that end early (with ``Abort``) when the connection goes away."""

    def __init__(
        self, send: Send, body: Json, behaviour: Behaviour, gone: asyncio.Event, on_done: Callable[[], None] | None
    ) -> None:
        self.send = send
        self.body = body
        self.behaviour = behaviour
        self._gone = gone
        self._on_done: Callable[[], None] | None = on_done

    def done(self) -> None:
        """Run ``on_done`` once: before the last byte leaves, or when the handler exits."""
        if self._on_done is not None:
            on_done, self._on_done = self._on_done, None
            on_done()

    async def pause(self, seconds: float | None) -> None:
        """Wait ``seconds`` (forever if None) unless the client leaves or the node stops (which cuts it)."""
        if self._gone.is_set():
            raise Abort
        if seconds == 0:
            return
        try:
            await asyncio.wait_for(self._gone.wait(), seconds)
        except TimeoutError:
            return
        raise Abort

    async def start(self, status: int, content_type: str, length: int | None = None) -> None:
        """Send the status line and headers; without ``length`` uvicorn uses chunked encoding."""
        headers = [(b"content-type", content_type.encode())]
        if length is not None:
            headers.append((b"content-length", str(length).encode()))
        await self.send({"type": "http.response.start", "status": status, "headers": headers})

    async def write(self, data: bytes, more: bool = True) -> None:
        if not more:
            # So a client that has read the whole response never sees itself still in flight.
            self.done()
        await self.send({"type": "http.response.body", "body": data, "more_body": more})

    async def respond(self, status: int, obj: Json) -> None:
        data = json.dumps(obj).encode()
        await self.start(status, "application/json", len(data))
        await self.write(data, more=False)


class _Node(LoopbackServer):
    """Server lifecycle, routing, request recording and the shared chat flow."""

    _chat_paths: frozenset[str] = frozenset()
    wire = ""  # "openai" | "ollama": the format faults speak

    def __init__(self, behaviour: Behaviour | None, name: str, **fields: Any) -> None:
        super().__init__(name)
        self._initial = replace(behaviour or Behaviour(), **fields)
        self.behaviour = self._initial
        self.requests: list[RecordedRequest] = []
        self._counts_lock = threading.Lock()
        self._in_flight = 0
        self._max_in_flight = 0
        self._routes: dict[tuple[str, str], Callable[[_Call], Awaitable[None]]] = {}

    # -- public API ---------------------------------------------------------

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """The recorded requests to the chat endpoint."""
        return [r for r in self.requests if r.path in self._chat_paths]

    @property
    def in_flight(self) -> int:
        """Chat requests open right now."""
        return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """Peak of ``in_flight`` since start (or the last ``reset()``)."""
        return self._max_in_flight

    def reset(self) -> None:
        """Restore the constructor's behaviour and forget recorded requests and the peak."""
        self.behaviour = self._initial
        self.requests.clear()
        with self._counts_lock:
            self._max_in_flight = self._in_flight

    # -- serving ------------------------------------------------------------

    async def _asgi(self, scope: AsgiEvent, receive: Receive, send: Send) -> None:
        method, path, headers, body = await read_request(scope, receive)
        self.requests.append(RecordedRequest(method, path, headers, body, time.monotonic()))

        gone = asyncio.Event()
        counted = path in self._chat_paths
        if counted:
            self._count(+1)
        on_done = partial(self._count, -1) if counted else None
        call = _Call(send, body if isinstance(body, dict) else {}, self.behaviour, gone, on_done)
        watcher = asyncio.create_task(watch_disconnect(receive, gone))
        try:
            handler = self._routes.get((method, path))
            if handler is None:
                await call.respond(404, self._error_body(404, f"{method} {path} not found"))
            elif method == "POST" and not isinstance(body, dict):
                await call.respond(400, self._error_body(400, "request body is not a JSON object"))
            else:
                await handler(call)
        finally:
            call.done()
            watcher.cancel()


    def _count(self, delta: int) -> None:
        with self._counts_lock:
            self._in_flight += delta
            self._max_in_flight = max(self._max_in_flight, self._in_flight)

    # -- shared chat flow ---------------------------------------------------

    async def _chat(self, call: _Call) -> None:
        """Apply hang, delay and error status, then let the subclass answer."""
        b = call.behaviour
        if b.hang:
            await call.pause(None)
        await call.pause(b.first_token_delay_s)
        if b.status is not None:
            await call.respond(b.status, self._error_body(b.status, HTTPStatus(b.status).phrase))
            return
        if b.fault in faults.CHAT_FAULTS:
            await faults.chat(self.wire, call)
            return
        await self._answer(call)

    async def _answer(self, call: _Call) -> None:
        raise NotImplementedError

    def _error_body(self, status: int, message: str) -> Json:
        raise NotImplementedError

    def _reply_text(self, call: _Call) -> str:
        reply = call.behaviour.reply
        if reply is None:
            return f"Hello from {self.name}"
        return reply(call.body) if callable(reply) else reply

    @staticmethod
    def _tool_calls(call: _Call) -> list[Json] | None:
        tool_calls = call.behaviour.tool_calls
        return tool_calls(call.body) if callable(tool_calls) else tool_calls

    @staticmethod
    async def _stream(
        call: _Call, content_type: str, head: Iterable[bytes], pieces: list[bytes], tail: Callable[[], bytes]
    ) -> None:
        """Send ``head`` at once, then ``pieces`` paced by ``token_delay_s``, then ``tail()``
        (built last so it can report timings), stalling or cutting where the behaviour says."""
        b = call.behaviour
        await call.start(200, content_type)
        for chunk in head:
            await call.write(chunk)
        for i in range(len(pieces) + 1):
            if b.hang_after_tokens is not None and i == min(b.hang_after_tokens, len(pieces)):
                await call.pause(None)
            if b.drop_after_tokens is not None and i == min(b.drop_after_tokens, len(pieces)):
                raise Abort
            if i:
                await call.pause(b.token_delay_s)
            await call.write(pieces[i] if i < len(pieces) else tail())
        await call.write(b"", more=False)

    @staticmethod
    async def _whole(call: _Call, obj: Json, n_tokens: int) -> None:
        """Send a non-streamed reply after the simulated generation time."""
        b = call.behaviour
        if b.hang_after_tokens is not None:
            await call.pause(None)
        await call.pause(b.token_delay_s * n_tokens)
        if b.drop_after_tokens is None:
            await call.respond(200, obj)
            return
        data = json.dumps(obj).encode()
        await call.start(200, "application/json", len(data))
        await call.write(data[: len(data) // 2])
        raise Abort


class OpenAINode(_Node):
    """OpenAI-compatible server: ``GET /v1/models``, ``POST /v1/chat/completions``, ``GET /health``."""

    _chat_paths = frozenset({"/v1/chat/completions"})
    wire = "openai"

    def __init__(self, behaviour: Behaviour | None = None, *, name: str = "openai-node", **fields: Any) -> None:
        """``fields`` override single ``Behaviour`` fields, e.g. ``OpenAINode(reply="Hi")``."""
        super().__init__(behaviour, name, **fields)
        self._routes = {
            ("GET", "/v1/models"): self._models,
            ("POST", "/v1/chat/completions"): self._chat,
            ("GET", "/health"): self._health,
        }

    def _error_body(self, status: int, message: str) -> Json:
        kinds = {
            400: "invalid_request_error",
            401: "authentication_error",
            404: "not_found_error",
            429: "rate_limit_error",
        }
        return {"error": {"message": message, "type": kinds.get(status, "server_error"), "code": status}}

    async def _health(self, call: _Call) -> None:
        await call.respond(200, {"status": "ok"})

    async def _models(self, call: _Call) -> None:
        if call.behaviour.fault == "endless_models":
            await faults.endless_models(self.wire, call)
            return
        data = [
            {"id": m, "object": "model", "created": 1700000000, "owned_by": "organization_owner"}
            for m in call.behaviour.models
        ]
        await call.respond(200, {"object": "list", "data": data})

    async def _answer(self, call: _Call) -> None:
        body = call.body
        calls = [
            (
                tc.get("id") or f"call_{uuid.uuid4().hex[:24]}",
                tc["name"],
                tc["arguments"] if isinstance(tc["arguments"], str) else json.dumps(tc["arguments"]),
            )
            for tc in self._tool_calls(call) or []
        ]
        tool_calls = [{"id": id_, "type": "function", "function": {"name": n, "arguments": a}} for id_, n, a in calls]
        text = "" if tool_calls else self._reply_text(call)
        finish = "tool_calls" if tool_calls else (call.behaviour.finish_reason or "stop")
        prompt_tokens = sum(len(str(m.get("content") or "").split()) for m in body.get("messages") or [])
        completion_id, created, model = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time()), body.get("model", "")

        if not body.get("stream"):
            message: Json = {"role": "assistant", "content": text or None}
            if tool_calls:
                message["tool_calls"] = tool_calls
            completion_tokens = len(split_tokens(text)) + len(tool_calls)
            obj = {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": _usage(prompt_tokens, completion_tokens),
            }
            await self._whole(call, obj, completion_tokens)
            return

        def event(choices: list[Json], **extra: Any) -> bytes:
            chunk = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": choices,
                **extra,
            }
            return b"data: " + json.dumps(chunk).encode() + b"\n\n"

        def delta(d: Json, finish_reason: str | None = None) -> bytes:
            return event([{"index": 0, "delta": d, "finish_reason": finish_reason}])

        deltas: list[Json] = [{"content": t} for t in split_tokens(text)]
        for i, (id_, name, arguments) in enumerate(calls):
            # Like the real servers: id and name first, then the arguments in fragments.
            opening = {"index": i, "id": id_, "type": "function", "function": {"name": name, "arguments": ""}}
            deltas.append({"tool_calls": [opening]})
            deltas += [{"tool_calls": [{"index": i, "function": {"arguments": a}}]} for a in split_tokens(arguments)]
        tail = delta({}, finish)
        if (body.get("stream_options") or {}).get("include_usage"):
            tail += event([], usage=_usage(prompt_tokens, len(deltas)))
        tail += b"data: [DONE]\n\n"
        head = [delta({"role": "assistant", "content": ""})]
        await self._stream(call, "text/event-stream", head, [delta(d) for d in deltas], lambda: tail)


def _usage(prompt_tokens: int, completion_tokens: int) -> Json:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


class OllamaNode(_Node):
    """Ollama server: ``GET /``, ``/api/version``, ``/api/tags``, ``/api/ps``; ``POST /api/chat``, ``/api/pull``.

    Like Ollama, chat with a model not in ``models`` is a 404 (``/api/pull`` adds it),
    chat loads the model into ``/api/ps``, and a chat with no messages and
    ``keep_alive: 0`` unloads it. Names without a tag match ``name:latest``.
    """

    _chat_paths = frozenset({"/api/chat"})
    wire = "ollama"

    def __init__(self, behaviour: Behaviour | None = None, *, name: str = "ollama-node", **fields: Any) -> None:
        """``fields`` override single ``Behaviour`` fields, e.g. ``OllamaNode(models=["qwen3:1.7b"])``."""
        super().__init__(behaviour, name, **fields)
        self._routes = {
            ("GET", "/"): self._root,
            ("GET", "/api/version"): self._version,
            ("GET", "/api/tags"): self._tags,
            ("GET", "/api/ps"): self._ps,
            ("POST", "/api/chat"): self._chat,
            ("POST", "/api/pull"): self._pull,
        }

    def _error_body(self, status: int, message: str) -> Json:
        return {"error": message}

    async def _root(self, call: _Call) -> None:
        # Ollama answers plain text here; clients use it as a liveness probe.
        await call.start(200, "text/plain; charset=utf-8", len(b"Ollama is running"))
        await call.write(b"Ollama is running", more=False)

    async def _version(self, call: _Call) -> None:
        await call.respond(200, {"version": "0.12.0"})

    async def _tags(self, call: _Call) -> None:
        if call.behaviour.fault == "endless_models":
            await faults.endless_models(self.wire, call)
            return
        modified = "2025-09-01T12:00:00.000000Z"
        await call.respond(
            200, {"models": [{**_model_info(m), "modified_at": modified} for m in call.behaviour.models]}
        )

    async def _ps(self, call: _Call) -> None:
        expires = _now_iso(timedelta(minutes=5))
        models = [
            {**_model_info(m), "expires_at": expires, "size_vram": _model_info(m)["size"]} for m in self._loaded()
        ]
        await call.respond(200, {"models": models})

    def _loaded(self) -> list[str]:
        b = self.behaviour
        return list(b.models[:1] if b.loaded is None else b.loaded)

    async def _pull(self, call: _Call) -> None:
        model = call.body.get("model") or call.body.get("name") or ""
        digest = _model_info(model)["digest"]
        total = _model_info(model)["size"]
        progress: list[Json] = [{"status": "pulling manifest"}]
        progress += [
            {"status": f"pulling {digest[7:19]}", "digest": digest, "total": total, "completed": total * k // 3}
            for k in (1, 2, 3)
        ]
        progress += [{"status": "verifying sha256 digest"}, {"status": "writing manifest"}, {"status": "success"}]
        if not _listed(model, self.behaviour.models):
            self.set(models=[*self.behaviour.models, model])
        if not call.body.get("stream", True):
            await call.respond(200, progress[-1])
            return
        await call.start(200, "application/x-ndjson")
        for p in progress:
            await call.write(json.dumps(p).encode() + b"\n")
        await call.write(b"", more=False)

    async def _answer(self, call: _Call) -> None:
        body = call.body
        model = body.get("model") or ""
        if not model:
            await call.respond(400, {"error": "model is required"})
            return
        if not _listed(model, call.behaviour.models):
            await call.respond(404, {"error": f'model "{model}" not found, try pulling it first'})
            return
        started = time.monotonic_ns()
        loaded = [m for m in self._loaded() if not _listed(model, [m])]
        if not body.get("messages"):
            # A chat without messages only loads, or with keep_alive 0 unloads, the model.
            unload = str(body.get("keep_alive")).rstrip("hms") == "0"
            self.set(loaded=loaded if unload else [*loaded, model])
            reply = {
                "model": model,
                "created_at": _now_iso(),
                "message": {"role": "assistant", "content": ""},
                "done_reason": "unload" if unload else "load",
                "done": True,
            }
            await call.respond(200, reply)
            return
        self.set(loaded=[*loaded, model])

        tool_calls = [
            {
                "function": {
                    "name": tc["name"],
                    "arguments": json.loads(tc["arguments"]) if isinstance(tc["arguments"], str) else tc["arguments"],
                }
            }
            for tc in self._tool_calls(call) or []
        ]
        text = "" if tool_calls else self._reply_text(call)
        tokens = split_tokens(text)

        def line(message: Json, **extra: Any) -> Json:
            return {"model": model, "created_at": _now_iso(), "message": {"role": "assistant", **message}, **extra}

        def stats() -> Json:
            # Real elapsed time as generation time, plus nominal load and prompt times (ns).
            eval_ns = max(time.monotonic_ns() - started, 1)
            prompt = sum(len(str(m.get("content") or "").split()) for m in body["messages"])
            return {
                "done": True,
                "done_reason": call.behaviour.finish_reason or "stop",
                "total_duration": 3_000_000 + eval_ns,
                "load_duration": 1_000_000,
                "prompt_eval_count": prompt,
                "prompt_eval_duration": 2_000_000,
                "eval_count": len(tokens) + len(tool_calls),
                "eval_duration": eval_ns,
            }

        if not body.get("stream", True):
            message: Json = {"content": text}
            if tool_calls:
                message["tool_calls"] = tool_calls
            await self._whole(call, line(message, **stats()), len(tokens) + len(tool_calls))
            return
        messages: list[Json] = [{"content": t} for t in tokens]
        if tool_calls:
            messages.append({"content": "", "tool_calls": tool_calls})  # Ollama sends them whole, in one line
        pieces = [json.dumps(line(m, done=False)).encode() + b"\n" for m in messages]
        await self._stream(
            call,
            "application/x-ndjson",
            [],
            pieces,
            lambda: json.dumps(line({"content": ""}, **stats())).encode() + b"\n",
        )


def _listed(model: str, names: list[str]) -> bool:
    """Whether ``model`` is one of ``names``, reading a missing tag as ``:latest`` as Ollama does."""

    def canonical(name: str) -> str:
        return name if ":" in name else f"{name}:latest"

    return canonical(model) in map(canonical, names)


def _model_info(name: str) -> Json:
    """Stable, plausible metadata for a model name, as /api/tags and /api/ps list it."""
    digest = hashlib.sha256(name.encode()).hexdigest()
    return {
        "name": name,
        "model": name,
        "size": 1_359_000_000 + int(digest[:4], 16),
        "digest": f"sha256:{digest}",
        "details": {"format": "gguf", "family": "qwen3", "parameter_size": "1.7B", "quantization_level": "Q4_K_M"},
    }
