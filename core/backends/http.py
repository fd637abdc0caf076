"""The HTTP plumbing shared by the `openai` and `ollama` backends (httpx2).

Connect and read timeouts come from the node's config; the read timeout is
per chunk, so it is what notices a hung stream. Transport exceptions become
`BackendError`s with a kind the dispatcher understands.

A node is not trusted to behave. Every read from it is bounded (`Limits`):
a line, a JSON body, an error body, a whole streamed reply, and any response
at all, including those the Anthropic SDK reads (`bound_response`). A node
that crosses a bound has failed (`bad_response`, saying which bound); what
it sent is decoded as UTF-8 and made valid text before anyone sees it.
"""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx2

from jarvis_tui.core.backends.base import BackendError, brief, token_allowance
from jarvis_tui.core.text import valid_text

KIB, MIB = 1 << 10, 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one read from a node may hold at most."""

    line_bytes: int = 4 * MIB  # one SSE or NDJSON line (Ollama sends a tool call whole, in one line)
    body_bytes: int = 16 * MIB  # a JSON reply: /v1/models, /api/tags, management calls
    error_bytes: int = 64 * KIB  # an error body: read this much, drop the rest
    response_bytes: int = 256 * MIB  # any response, whoever reads it: the last line of defence
    reply_base_bytes: int = 4 * MIB  # a streamed chat: this, plus per_token_bytes per token allowed
    per_token_bytes: int = 2 * KIB  # servers wrap each token in ~150-400 bytes of JSON

    def reply_bytes(self, max_tokens: int | None) -> int:
        """The bound on a whole streamed chat asked for `max_tokens`."""
        return min(self.response_bytes, self.reply_base_bytes + self.per_token_bytes * token_allowance(max_tokens))


LIMITS = Limits()
# Identity only: a compressed body's size after decompression cannot be bounded by reading it.
IDENTITY = {"accept-encoding": "identity"}
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


class BoundCrossed(httpx2.TransportError):
    """A response crossed one of the `Limits`: the node failed (`bad_response`)."""


def size(n: int) -> str:
    """A byte count as a message says it: 4 MiB, 64 KiB."""
    return f"{n // MIB} MiB" if n >= MIB and n % MIB == 0 else f"{n // KIB} KiB" if n % KIB == 0 else f"{n} bytes"


class _Bounded(httpx2.AsyncByteStream):
    """A response body that raises `BoundCrossed` past `limit` bytes, or with
    `cut` just ends there (an error body: its start says enough)."""

    def __init__(self, inner: httpx2.AsyncByteStream, limit: int, *, cut: bool) -> None:
        self._inner = inner
        self._limit = limit
        self._cut = cut

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self._inner:
            seen += len(chunk)
            if seen > self._limit:
                if self._cut:
                    yield chunk[: len(chunk) - (seen - self._limit)]
                    return
                raise BoundCrossed(f"the response is larger than {size(self._limit)}")
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


async def bound_response(response: httpx2.Response) -> None:
    """An httpx2 response hook: refuse a compressed body (the client asked
    for identity), and bound what any reader of the body can get."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise BoundCrossed(f"the response is compressed ({brief(encoding)}) although the client asked for none: its size cannot be bounded")
    error = response.status_code >= 400
    limit = LIMITS.error_bytes if error else LIMITS.response_bytes
    length = response.headers.get("content-length", "")
    if not error and length.isdigit() and int(length) > limit:
        raise BoundCrossed(f"the response announces {length} bytes; the limit is {size(limit)}")
    if isinstance(response.stream, httpx2.AsyncByteStream):
        response.stream = _Bounded(response.stream, limit, cut=error)


@cache
def tls_context() -> ssl.SSLContext:
    """The one TLS context of every client to a node or an exporter. Left to
    itself each httpx2 client loads the CA bundle into a context of its own
    (0.8 MiB and 40 ms of CPU each; 160 clients at 64 nodes)."""
    return httpx2.create_ssl_context(trust_env=False)


def make_client(base_url: str, *, connect_s: float, read_s: float, headers: dict[str, str] | None = None) -> httpx2.AsyncClient:
    timeout = httpx2.Timeout(connect=connect_s, read=read_s, write=read_s, pool=connect_s)
    # Cluster nodes sit on a LAN: never route them through a proxy from the environment.
    return httpx2.AsyncClient(
        base_url=base_url,
        timeout=timeout,
        headers={**IDENTITY, **(headers or {})},
        trust_env=False,
        verify=tls_context(),
        event_hooks={"response": [bound_response]},
    )


def sdk_client_options() -> dict[str, Any]:
    """What an SDK's own httpx2 client takes to be bounded as ours are."""
    return {"headers": IDENTITY, "event_hooks": {"response": [bound_response]}}


def crossed(exc: BaseException) -> BoundCrossed | None:
    """The bound an SDK error was caused by, if any (SDKs wrap transport errors)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, BoundCrossed):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def map_error(node: str, exc: Exception) -> BackendError:
    """Translate an httpx2 exception into the dispatcher's vocabulary."""
    if isinstance(exc, BoundCrossed):
        return BackendError(node, "bad_response", str(exc))
    if isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout):
        return BackendError(node, "unreachable", str(exc) or "connection refused")
    if isinstance(exc, httpx2.TimeoutException):
        return BackendError(node, "timeout", "no data within the read timeout")
    if isinstance(exc, httpx2.RemoteProtocolError | httpx2.ReadError | httpx2.StreamError):
        return BackendError(node, "dropped", str(exc) or "connection closed mid-stream")
    return BackendError(node, "unreachable", f"{type(exc).__name__}: {exc}")


def valid_json(data: Any) -> Any:
    """`data` (parsed JSON) with every string made valid text, containers
    changed in place; iterative, so any depth the parser accepted is fine."""
    if isinstance(data, str):
        return valid_text(data)
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            for i, value in enumerate(item):
                if isinstance(value, str):
                    item[i] = valid_text(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
        elif isinstance(item, dict):
            pairs = [(valid_text(k), valid_text(v) if isinstance(v, str) else v) for k, v in item.items()]
            item.clear()
            item.update(pairs)
            stack += [v for _, v in pairs if isinstance(v, list | dict)]
    return data


def loads(text: str | bytes) -> Any:
    """Parse a node's JSON as UTF-8 into valid text; ValueError when it is not
    JSON (too deep a nesting included)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")  # json.loads(bytes) would let encoded surrogates through
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None
    # Only a \ud800-style escape can make a lone surrogate once the text is decoded.
    return valid_json(data) if _ESCAPED_SURROGATE.search(text) else data


def error_message(body: bytes) -> str:
    """The server's own words from an error body (OpenAI or Ollama shape), else the raw start."""
    try:
        data = loads(body)
    except ValueError:
        return valid_text(body[:200].decode("utf-8", "replace").strip()) or "(empty body)"
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict):
            message = err.get("message")
            return brief(message if isinstance(message, str) and message else err)
        return brief(err)
    return brief(data)


async def read_body(response: httpx2.Response, node: str, limit: int, what: str) -> bytes:
    """The whole body, refused past `limit` bytes (a slow trickle is the read timeout's business)."""
    parts: list[bytes] = []
    seen = 0
    async for chunk in response.aiter_raw():  # identity only (see bound_response): raw is the body
        seen += len(chunk)
        if seen > limit:
            raise BackendError(node, "bad_response", f"{what} is larger than {size(limit)}")
        parts.append(chunk)
    return b"".join(parts)


@asynccontextmanager
async def open_stream(
    client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any], *, max_bytes: int | None = None
) -> AsyncIterator[AsyncIterator[str]]:
    """POST `body` and yield an iterator over the response's lines, the
    whole reply bounded by `max_bytes` (default: any response's bound)."""
    try:
        async with client.stream("POST", path, json=body) as response:
            if response.status_code >= 400:
                detail = error_message(await response.aread())  # cut at LIMITS.error_bytes by bound_response
                raise BackendError(node, "http", f"HTTP {response.status_code}: {detail}")
            yield _lines(response, node, max_bytes or LIMITS.response_bytes)
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc


async def _lines(response: httpx2.Response, node: str, max_bytes: int) -> AsyncIterator[str]:
    """The non-empty lines of a body (LF, CRLF or CR), each decoded as UTF-8;
    a line longer than LIMITS.line_bytes or a body past `max_bytes` fails."""
    line_max = LIMITS.line_bytes
    held = b""
    seen = 0
    try:
        async for chunk in response.aiter_raw():
            seen += len(chunk)
            if seen > max_bytes:
                raise BackendError(node, "bad_response", f"the reply is longer than {size(max_bytes)}")
            parts = _LINE_BREAK.split(chunk)
            parts[0] = held + parts[0]
            held = parts.pop()  # the start of a line still to come
            if len(held) > line_max or any(len(line) > line_max for line in parts):
                raise BackendError(node, "bad_response", f"a line of the reply is longer than {size(line_max)}")
            for line in parts:
                if line:
                    yield line.decode("utf-8", "replace")
        if held:
            yield held.decode("utf-8", "replace")
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc


async def get_json(client: httpx2.AsyncClient, node: str, path: str) -> Any:
    """GET `path` and decode its JSON body, mapping every failure."""
    return await request_json(client, node, "GET", path)


async def request_json(client: httpx2.AsyncClient, node: str, method: str, path: str, body: Any = None, *, empty: Any = None) -> Any:
    """Send a request and decode its JSON reply (at most LIMITS.body_bytes),
    mapping every failure. A reply that is not JSON is `bad_response`, unless
    `empty` is given: some management endpoints answer a bare 200, which
    then stands for `empty`."""
    try:
        async with client.stream(method, path, json=body) as response:
            if response.status_code >= 400:
                raise BackendError(node, "http", f"HTTP {response.status_code} on {path}: {error_message(await response.aread())}")
            content = await read_body(response, node, LIMITS.body_bytes, f"the reply to {path}")
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc
    try:
        return loads(content)
    except ValueError:
        if empty is not None:
            return empty
        raise BackendError(node, "bad_response", f"{path} did not return JSON") from None


def parse_json_line(node: str, line: str) -> dict[str, Any]:
    try:
        data = loads(line)
    except ValueError:
        raise BackendError(node, "bad_response", f"not JSON: {brief(line, 120)}") from None
    if not isinstance(data, dict):
        raise BackendError(node, "bad_response", f"expected a JSON object, got {brief(line, 120)}")
    return data


async def sse_chunks(client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any], *, max_tokens: int | None) -> AsyncIterator[dict[str, Any]]:
    """Each JSON chunk of an OpenAI-style Server-Sent Events stream, the
    whole reply bounded by what `max_tokens` allows (`Limits.reply_bytes`).

    The stream must end with `data: [DONE]` (or at least a `finish_reason`);
    one that stops short is `dropped`. After [DONE] the rest of the response
    is still read, so httpx2 can put the connection back in its pool."""
    finished = done = False
    try:
        async with open_stream(client, node, path, body, max_bytes=LIMITS.reply_bytes(max_tokens)) as lines:
            async for line in lines:
                if done or not line.startswith("data:"):
                    continue  # SSE comments, keep-alives, and the tail after [DONE]
                payload = line[5:].strip()
                if payload == "[DONE]":
                    done = True
                    continue
                chunk = parse_json_line(node, payload)
                if "error" in chunk:
                    raise BackendError(node, "http", f"error mid-stream: {error_message(payload.encode())}")
                choices = chunk.get("choices")
                finished = finished or (isinstance(choices, list) and any(isinstance(c, dict) and c.get("finish_reason") for c in choices))
                yield chunk
    except BackendError:
        if not done:
            raise  # a failure after [DONE] costs the connection, not the answer
    if not (done or finished):
        raise BackendError(node, "dropped", "stream ended before [DONE]")


async def ndjson_chunks(client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any], *, max_tokens: int | None) -> AsyncIterator[dict[str, Any]]:
    """Each object of an Ollama newline-delimited JSON stream, which must end
    with an object whose `done` is true; bounded and read to its tail as
    for `sse_chunks`."""
    done = False
    try:
        async with open_stream(client, node, path, body, max_bytes=LIMITS.reply_bytes(max_tokens)) as lines:
            async for line in lines:
                if done:
                    continue
                chunk = parse_json_line(node, line)
                if "error" in chunk:
                    raise BackendError(node, "http", f"error mid-stream: {error_message(line.encode())}")
                yield chunk
                done = chunk.get("done") is True
    except BackendError:
        if not done:
            raise  # a failure after the final object costs the connection, not the answer
    if not done:
        raise BackendError(node, "dropped", "stream ended before done")
