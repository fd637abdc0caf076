"""The HTTP plumbing shared by the `openai` and `ollama` backends (httpx2).

Connect and read timeouts come from the node's config; the read timeout is
per chunk, so it is what notices a hung stream. Transport exceptions become
`BackendError`s with a kind the dispatcher understands.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2

from jarvis_tui.core.backends.base import BackendError


def make_client(base_url: str, *, connect_s: float, read_s: float, headers: dict[str, str] | None = None) -> httpx2.AsyncClient:
    timeout = httpx2.Timeout(connect=connect_s, read=read_s, write=read_s, pool=connect_s)
    # Cluster nodes sit on a LAN: never route them through a proxy from the environment.
    return httpx2.AsyncClient(base_url=base_url, timeout=timeout, headers=headers, trust_env=False)


def map_error(node: str, exc: Exception) -> BackendError:
    """Translate an httpx2 exception into the dispatcher's vocabulary."""
    if isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout):
        return BackendError(node, "unreachable", str(exc) or "connection refused")
    if isinstance(exc, httpx2.TimeoutException):
        return BackendError(node, "timeout", "no data within the read timeout")
    if isinstance(exc, httpx2.RemoteProtocolError | httpx2.ReadError | httpx2.StreamError):
        return BackendError(node, "dropped", str(exc) or "connection closed mid-stream")
    return BackendError(node, "unreachable", f"{type(exc).__name__}: {exc}")


def error_message(body: bytes) -> str:
    """The server's own words from an error body (OpenAI or Ollama shape), else the raw start."""
    try:
        data = json.loads(body)
    except ValueError:
        return body[:200].decode("utf-8", "replace").strip() or "(empty body)"
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict):
            return str(err.get("message") or err)[:300]
        return str(err)[:300]
    return str(data)[:300]


@asynccontextmanager
async def open_stream(client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any]) -> AsyncIterator[AsyncIterator[str]]:
    """POST `body` and yield an iterator over the response's lines."""
    try:
        async with client.stream("POST", path, json=body) as response:
            if response.status_code >= 400:
                detail = error_message(await response.aread())
                raise BackendError(node, "http", f"HTTP {response.status_code}: {detail}")
            yield _lines(response, node)
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc


async def _lines(response: httpx2.Response, node: str) -> AsyncIterator[str]:
    try:
        async for line in response.aiter_lines():
            if line:
                yield line
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc


async def get_json(client: httpx2.AsyncClient, node: str, path: str) -> Any:
    """GET `path` and decode its JSON body, mapping every failure."""
    return await request_json(client, node, "GET", path)


async def request_json(client: httpx2.AsyncClient, node: str, method: str, path: str, body: Any = None, *, empty: Any = None) -> Any:
    """Send a request and decode its JSON reply, mapping every failure. A
    reply that is not JSON is `bad_response`, unless `empty` is given: some
    management endpoints answer a bare 200, which then stands for `empty`."""
    try:
        response = await client.request(method, path, json=body)
    except httpx2.HTTPError as exc:
        raise map_error(node, exc) from exc
    if response.status_code >= 400:
        raise BackendError(node, "http", f"HTTP {response.status_code} on {path}: {error_message(response.content)}")
    try:
        return response.json()
    except ValueError:
        if empty is not None:
            return empty
        raise BackendError(node, "bad_response", f"{path} did not return JSON") from None


def parse_json_line(node: str, line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except ValueError:
        raise BackendError(node, "bad_response", f"not JSON: {line[:120]!r}") from None
    if not isinstance(data, dict):
        raise BackendError(node, "bad_response", f"expected a JSON object, got {line[:120]!r}")
    return data


async def sse_chunks(client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    """Each JSON chunk of an OpenAI-style Server-Sent Events stream.

    The stream must end with `data: [DONE]` (or at least a `finish_reason`);
    one that stops short is `dropped`. After [DONE] the rest of the response
    is still read, so httpx2 can put the connection back in its pool."""
    finished = done = False
    try:
        async with open_stream(client, node, path, body) as lines:
            async for line in lines:
                if done or not line.startswith("data:"):
                    continue  # SSE comments, keep-alives, and the tail after [DONE]
                payload = line[5:].strip()
                if payload == "[DONE]":
                    done = True
                    continue
                chunk = parse_json_line(node, payload)
                if "error" in chunk:
                    raise BackendError(node, "http", f"error mid-stream: {chunk['error']}")
                finished = finished or any(c.get("finish_reason") for c in chunk.get("choices") or [])
                yield chunk
    except BackendError:
        if not done:
            raise  # a failure after [DONE] costs the connection, not the answer
    if not (done or finished):
        raise BackendError(node, "dropped", "stream ended before [DONE]")


async def ndjson_chunks(client: httpx2.AsyncClient, node: str, path: str, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    """Each object of an Ollama newline-delimited JSON stream, which must end
    with an object whose `done` is true; the tail is read as for `sse_chunks`."""
    done = False
    try:
        async with open_stream(client, node, path, body) as lines:
            async for line in lines:
                if done:
                    continue
                chunk = parse_json_line(node, line)
                if "error" in chunk:
                    raise BackendError(node, "http", f"error mid-stream: {chunk['error']}")
                yield chunk
                done = bool(chunk.get("done"))
    except BackendError:
        if not done:
            raise  # a failure after the final object costs the connection, not the answer
    if not done:
        raise BackendError(node, "dropped", "stream ended before done")
