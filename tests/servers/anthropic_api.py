"""Loopback HTTP server that imitates the Anthropic Messages API on the wire.

``AnthropicNode`` answers ``POST /v1/messages`` (plain and ``"stream": true``)
and ``GET /v1/models`` in the real formats, so the official ``anthropic`` SDK
can be pointed at it with ``base_url=node.url``. Like the fakes in
``tests/servers/llm.py`` it runs uvicorn in a daemon thread on ``127.0.0.1``
and an ephemeral port, and a mutable ``AnthropicBehaviour`` makes it slow,
failing, tool-calling or dropping its streams.

    with AnthropicNode(reply="Hi there", api_key="test-key") as node:
        client = anthropic.Anthropic(api_key="test-key", base_url=node.url)
        node.set(tool_uses=[{"name": "get_weather", "input": {"city": "Paris"}}])

Like the real API, every request must carry the ``anthropic-version`` header,
and a messages request must have ``model``, ``max_tokens`` >= 1 and a non-empty
``messages`` list; otherwise the answer is a 400 ``invalid_request_error``.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from typing import Any, Literal

from tests.servers.loopback import Abort, LoopbackServer, read_request, split_tokens, watch_disconnect

__all__ = ["AnthropicBehaviour", "AnthropicNode", "AnthropicRequest"]

Json = dict[str, Any]
AuthHeader = Literal["x-api-key", "authorization"]
_Message = dict[str, Any]
_Send = Callable[[_Message], Awaitable[None]]
_Receive = Callable[[], Awaitable[_Message]]

MESSAGES_PATH = "/v1/messages"
MODELS_PATH = "/v1/models"

# The error ``type`` the real API pairs with each status; anything else is an ``api_error``.
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


@dataclass
class AnthropicBehaviour:
    """How the node answers; swap it with ``node.behaviour = ...`` or change fields with ``node.set(...)``.

    ``tool_uses`` entries are ``{"name": str, "input": dict}`` (``"id"`` optional).
    When the field (or what its callable returns for the request JSON) is non-empty,
    the assistant turn is those ``tool_use`` blocks, after a text block holding
    ``tool_preamble`` if that is set, with ``stop_reason`` ``"tool_use"``; ``reply``
    is then unused. A text reply longer than the request's ``max_tokens`` tokens is
    cut there, with ``stop_reason`` ``"max_tokens"``.

    ``drop_after_tokens`` counts ``content_block_delta`` events: after that many the
    connection is cut, so no ``message_stop`` arrives (past the last delta it is cut
    before ``message_delta``). A non-streamed reply is cut halfway through its body.
    """

    reply: str | Callable[[Json], str] | None = None  # None: "Hello from <node name>"
    tool_uses: list[Json] | Callable[[Json], list[Json] | None] | None = None
    tool_preamble: str | None = None
    status: int | None = None  # answer every messages request with this error status
    first_token_delay_s: float = 0.0  # before the response starts, errors included
    token_delay_s: float = 0.0  # between stream chunks; a non-stream reply waits this once per token
    drop_after_tokens: int | None = None
    models: list[str] = field(default_factory=lambda: ["claude-test"])


@dataclass(frozen=True)
class AnthropicRequest:
    """One request as the node received it; ``time`` is ``time.monotonic()`` at arrival.

    ``auth`` names the header the key came in (``x-api-key`` wins when both are
    sent), or is None when the request carried no key.
    """

    method: str
    path: str
    headers: dict[str, str]
    json: Json | None
    auth: AuthHeader | None
    time: float


@dataclass(frozen=True)
class _Block:
    """One assistant content block in both of its wire shapes."""

    opening: Json  # as ``content_block_start`` carries it: empty text, or a tool_use with ``input: {}``
    whole: Json  # as a non-streamed Message holds it
    deltas: list[Json]  # the ``delta`` objects that build it up when streamed


class _Exchange:
    """One open request: the ASGI send channel plus waits that end early (with
    ``Abort``) when the client goes away or the node stops."""

    def __init__(self, send: _Send, gone: asyncio.Event) -> None:
        self._send = send
        self._gone = gone
        self._request_id = f"req_01{uuid.uuid4().hex[:22]}"

    async def pause(self, seconds: float) -> None:
        """Wait ``seconds`` unless the client leaves or the node stops first."""
        if self._gone.is_set():
            raise Abort
        if seconds <= 0:
            return
        try:
            await asyncio.wait_for(self._gone.wait(), seconds)
        except TimeoutError:
            return
        raise Abort

    async def start(self, status: int, content_type: str, length: int | None = None) -> None:
        """Send the status line and headers; without ``length`` uvicorn uses chunked encoding."""
        headers = [(b"content-type", content_type.encode()), (b"request-id", self._request_id.encode())]
        if length is not None:
            headers.append((b"content-length", str(length).encode()))
        await self._send({"type": "http.response.start", "status": status, "headers": headers})

    async def write(self, data: bytes, more: bool = True) -> None:
        await self._send({"type": "http.response.body", "body": data, "more_body": more})

    async def respond(self, status: int, obj: Json) -> None:
        data = json.dumps(obj).encode()
        await self.start(status, "application/json", len(data))
        await self.write(data, more=False)

    async def error(self, status: int, message: str | None = None) -> None:
        """Answer with the real API's error envelope."""
        if message is None:
            message = "Overloaded" if status == 529 else _phrase(status)
        body = {"type": "error", "error": {"type": _ERROR_TYPES.get(status, "api_error"), "message": message}}
        await self.respond(status, body)


class AnthropicNode(LoopbackServer):
    """Anthropic API server: ``POST /v1/messages`` and ``GET /v1/models``."""

    def __init__(
        self,
        behaviour: AnthropicBehaviour | None = None,
        *,
        api_key: str | None = None,
        name: str = "anthropic-node",
        **fields: Any,
    ) -> None:
        """``api_key``: the only key accepted (None accepts any key, or none).
        ``fields`` override single ``AnthropicBehaviour`` fields, e.g. ``AnthropicNode(reply="Hi")``."""
        super().__init__(name)
        self.api_key = api_key
        self._initial = replace(behaviour or AnthropicBehaviour(), **fields)
        self.behaviour = self._initial
        self.requests: list[AnthropicRequest] = []

    # -- public API ---------------------------------------------------------

    @property
    def messages_requests(self) -> list[AnthropicRequest]:
        """The recorded requests to ``POST /v1/messages``."""
        return [r for r in self.requests if r.method == "POST" and r.path == MESSAGES_PATH]

    def reset(self) -> None:
        """Restore the constructor's behaviour and forget recorded requests."""
        self.behaviour = self._initial
        self.requests.clear()

    # -- serving ------------------------------------------------------------

    async def _asgi(self, scope: _Message, receive: _Receive, send: _Send) -> None:
        method, path, headers, body = await read_request(scope, receive)
        auth, key = _credentials(headers)
        self.requests.append(AnthropicRequest(method, path, headers, body, auth, time.monotonic()))
        # One snapshot per request, so a set() mid-stream does not change a reply half-way.
        behaviour = self.behaviour

        gone = asyncio.Event()
        exchange = _Exchange(send, gone)
        watcher = asyncio.create_task(watch_disconnect(receive, gone))
        try:
            if self.api_key is not None and key != self.api_key:
                await exchange.error(401, "invalid x-api-key" if key else "x-api-key header is required")
            elif "anthropic-version" not in headers:
                await exchange.error(400, "anthropic-version: header is required")
            elif (method, path) == ("GET", MODELS_PATH):
                await self._models(exchange, behaviour)
            elif (method, path) == ("POST", MESSAGES_PATH):
                await self._messages(exchange, body, behaviour)
            else:
                await exchange.error(404, f"{method} {path} not found")
        finally:
            watcher.cancel()


    async def _models(self, exchange: _Exchange, behaviour: AnthropicBehaviour) -> None:
        data = [
            {
                "type": "model",
                "id": m,
                "display_name": m,
                "created_at": "2025-01-01T00:00:00Z",
                "lifecycle": "active",  # required by the 2.x SDK's ModelInfo
            }
            for m in behaviour.models
        ]
        first, last = (data[0]["id"], data[-1]["id"]) if data else (None, None)
        await exchange.respond(200, {"data": data, "has_more": False, "first_id": first, "last_id": last})

    async def _messages(self, exchange: _Exchange, body: object, behaviour: AnthropicBehaviour) -> None:
        if not isinstance(body, dict):
            await exchange.error(400, "request body must be a JSON object")
            return
        problem = _invalid(body)
        if problem is not None:
            await exchange.error(400, problem)
            return
        await exchange.pause(behaviour.first_token_delay_s)
        if behaviour.status is not None:
            await exchange.error(behaviour.status)
            return

        blocks, stop_reason = self._turn(body, behaviour)
        message: Json = {
            "id": f"msg_01{uuid.uuid4().hex[:22]}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": [b.whole for b in blocks],
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {
                "input_tokens": _words([body.get("system"), body["messages"], body.get("tools")]),
                "output_tokens": sum(len(b.deltas) for b in blocks),
            },
        }
        if body.get("stream"):
            await self._stream(exchange, message, blocks, behaviour)
        else:
            await self._whole(exchange, message, behaviour)

    def _turn(self, body: Json, behaviour: AnthropicBehaviour) -> tuple[list[_Block], str]:
        """The assistant's content blocks and stop reason for this request."""
        tool_uses = behaviour.tool_uses(body) if callable(behaviour.tool_uses) else behaviour.tool_uses
        if tool_uses:
            blocks = [_text_block(split_tokens(behaviour.tool_preamble))] if behaviour.tool_preamble else []
            return blocks + [_tool_block(t) for t in tool_uses], "tool_use"
        reply = behaviour.reply
        if reply is None:
            reply = f"Hello from {self.name}"
        tokens = split_tokens(reply(body) if callable(reply) else reply)
        stop_reason = "max_tokens" if len(tokens) > body["max_tokens"] else "end_turn"
        tokens = tokens[: body["max_tokens"]]
        return ([_text_block(tokens)] if tokens else []), stop_reason

    @staticmethod
    async def _whole(exchange: _Exchange, message: Json, behaviour: AnthropicBehaviour) -> None:
        """Send a non-streamed Message after the simulated generation time."""
        await exchange.pause(behaviour.token_delay_s * message["usage"]["output_tokens"])
        if behaviour.drop_after_tokens is None:
            await exchange.respond(200, message)
            return
        # A body that comes up short of its content-length: the client sees a protocol error.
        data = json.dumps(message).encode()
        await exchange.start(200, "application/json", len(data))
        await exchange.write(data[: len(data) // 2])
        raise Abort

    @staticmethod
    async def _stream(
        exchange: _Exchange, message: Json, blocks: list[_Block], behaviour: AnthropicBehaviour
    ) -> None:
        """Send the event stream: ``message_start`` and a ``ping`` at once, then one chunk
        per delta paced by ``token_delay_s``, then ``message_delta`` and ``message_stop``."""
        start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
        head = _event({"type": "message_start", "message": start}) + _event({"type": "ping"})
        # Block starts and stops carry no tokens, so they ride along with the neighbouring
        # delta; a drop then always lands between deltas, like a real mid-generation cut.
        chunks: list[bytes] = []
        pending = b""
        for index, block in enumerate(blocks):
            pending += _event({"type": "content_block_start", "index": index, "content_block": block.opening})
            for delta in block.deltas:
                chunks.append(pending + _event({"type": "content_block_delta", "index": index, "delta": delta}))
                pending = b""
            pending += _event({"type": "content_block_stop", "index": index})
        end = {"stop_reason": message["stop_reason"], "stop_sequence": None}
        usage = {"output_tokens": message["usage"]["output_tokens"]}
        pending += _event({"type": "message_delta", "delta": end, "usage": usage})
        chunks.append(pending + _event({"type": "message_stop"}))

        await exchange.start(200, "text/event-stream")
        await exchange.write(head)
        for i, chunk in enumerate(chunks):
            if behaviour.drop_after_tokens is not None and i == min(behaviour.drop_after_tokens, len(chunks) - 1):
                raise Abort
            if i:
                await exchange.pause(behaviour.token_delay_s)
            await exchange.write(chunk)
        await exchange.write(b"", more=False)


def _credentials(headers: dict[str, str]) -> tuple[AuthHeader | None, str | None]:
    """The header the API key came in and the key: ``x-api-key`` or ``authorization: Bearer``."""
    if "x-api-key" in headers:
        return "x-api-key", headers["x-api-key"]
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "authorization", token.strip()
    return None, None


def _invalid(body: Json) -> str | None:
    """The real API's 400 message for a malformed messages request, None for a well-formed one."""
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "model: Field required"
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool):
        return "max_tokens: Field required"
    if max_tokens < 1:
        return "max_tokens: Input should be greater than or equal to 1"
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return "messages: at least one message is required"
    return None


def _text_block(tokens: list[str]) -> _Block:
    return _Block(
        opening={"type": "text", "text": ""},
        whole={"type": "text", "text": "".join(tokens)},
        deltas=[{"type": "text_delta", "text": t} for t in tokens],
    )


def _tool_block(tool_use: Json) -> _Block:
    tool_id = tool_use.get("id") or f"toolu_01{uuid.uuid4().hex[:22]}"
    head = {"type": "tool_use", "id": tool_id, "name": tool_use["name"]}
    return _Block(
        opening={**head, "input": {}},
        whole={**head, "input": tool_use["input"]},
        deltas=[{"type": "input_json_delta", "partial_json": p} for p in split_tokens(json.dumps(tool_use["input"]))],
    )


def _event(obj: Json) -> bytes:
    """One server-sent event, named after its ``type`` as the real API names them."""
    return f"event: {obj['type']}\ndata: {json.dumps(obj)}\n\n".encode()


def _words(value: object) -> int:
    """Whitespace-separated words in every string inside a JSON value: a rough, stable token count."""
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, list):
        return sum(_words(v) for v in value)
    if isinstance(value, dict):
        return sum(_words(v) for v in value.values())
    return 0


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
