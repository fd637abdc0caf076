"""GET one page over a kept-alive HTTP/1.1 connection, on asyncio streams:
the exporter pages the monitor reads from every node every `gpu_interval_s`.

Through httpx2 such a request costs about 2 ms of CPU (its transport layers
and anyio), which at 64 nodes kept the monitor above 5 % of a core
(docs/BENCHMARKS.md section 12). Exporters need little of HTTP: a GET, no
proxy (they sit on the LAN), no redirect, no compression asked for, a body
sized by Content-Length, sent in chunks (Go's net/http does past 4 KiB) or
ended by the server closing the connection.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from jarvis_tui.core.backends.http import tls_context

MAX_HEADERS = 100
MAX_LINE = 65_536  # the StreamReader's own limit: a longer line is not HTTP from an exporter


class PageError(Exception):
    """The server's answer is not HTTP we can read, or is too big; the message says which."""


class PageTooBig(PageError):
    pass


@dataclass(frozen=True)
class Page:
    status: int
    body: bytes


class PageClient:
    """One URL, one connection kept open between reads (opened again when the
    server closed it). `get` raises TimeoutError, OSError (refused, reset,
    TLS) or PageError; after any of them the connection is dropped."""

    def __init__(self, url: str, *, timeout_s: float, max_bytes: int, tls: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.url, self.timeout_s, self.max_bytes = url, timeout_s, max_bytes
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.tls = (tls or tls_context()) if parts.scheme == "https" else None  # the one context every client shares
        target = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe="/?&=%:@!$'()*+,;~")
        host = parts.hostname.encode("idna").decode("ascii")
        authority = f"[{host}]" if ":" in host else host  # an IPv6 address; never user:password@ in Host
        if parts.port:
            authority += f":{parts.port}"
        self._request = (f"GET {target} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: jarvis-tui\r\nAccept: text/plain\r\n"
                         "Accept-Encoding: identity\r\nConnection: keep-alive\r\n\r\n").encode("ascii")
        self._stream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self) -> Page:
        """The page at the URL, whatever its status."""
        async with asyncio.timeout(self.timeout_s):
            if self._stream is not None:
                try:
                    return await self._exchange(self._stream)
                except (ConnectionError, asyncio.IncompleteReadError):
                    pass  # the server closed the idle connection: once more on a new one
            return await self._exchange(await self._connect())

    async def aclose(self) -> None:
        self._drop()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection(self.host, self.port, ssl=self.tls, limit=MAX_LINE)
        self._stream = reader, writer
        return reader, writer

    def _drop(self) -> None:
        if self._stream is not None:
            self._stream[1].close()
            self._stream = None

    async def _exchange(self, stream: tuple[asyncio.StreamReader, asyncio.StreamWriter]) -> Page:
        reader, writer = stream
        try:
            writer.write(self._request)
            await writer.drain()
            version, status, headers = await _head(reader)
            body, delimited = await self._body(reader, status, headers)
        except BaseException:
            self._drop()  # a half-read answer leaves the connection in an unknown state
            raise
        if version != "HTTP/1.1" or not delimited or "close" in headers.get("connection", "").lower():
            self._drop()
        return Page(status, body)

    async def _body(self, reader: asyncio.StreamReader, status: int, headers: dict[str, str]) -> tuple[bytes, bool]:
        """The body and whether its end was marked (else the server closed the connection)."""
        if status in (204, 304) or 100 <= status < 200:
            return b"", True
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return await self._chunked(reader), True
        if (length := headers.get("content-length")) is not None:
            if not length.isdigit():
                raise PageError(f"bad Content-Length {length!r}")
            if int(length) > self.max_bytes:
                raise PageTooBig(f"{length} bytes")
            return await reader.readexactly(int(length)), True
        body = bytearray()
        while chunk := await reader.read(MAX_LINE):
            body += chunk
            if len(body) > self.max_bytes:
                raise PageTooBig(f"more than {self.max_bytes} bytes")
        return bytes(body), False

    async def _chunked(self, reader: asyncio.StreamReader) -> bytes:
        parts: list[bytes] = []
        size = 0
        while True:
            line = (await _line(reader)).split(";", 1)[0].strip()
            try:
                length = int(line, 16)
            except ValueError:
                raise PageError(f"bad chunk size {line[:20]!r}") from None
            if length == 0:
                break
            size += length
            if size > self.max_bytes:
                raise PageTooBig(f"more than {self.max_bytes} bytes")
            parts.append(await reader.readexactly(length))
            if await reader.readexactly(2) != b"\r\n":
                raise PageError("a chunk does not end with CRLF")
        while await _line(reader):  # trailers, up to the blank line
            pass
        return b"".join(parts)


async def _line(reader: asyncio.StreamReader) -> str:
    try:
        raw = await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError:
        raise PageError(f"a line longer than {MAX_LINE} bytes") from None
    return raw.decode("latin-1").rstrip("\r\n")


async def _head(reader: asyncio.StreamReader) -> tuple[str, int, dict[str, str]]:
    status_line = await _line(reader)
    version, _, rest = status_line.partition(" ")
    code = rest[:3]
    if not version.startswith("HTTP/1.") or not code.isdigit():
        raise PageError(f"not an HTTP/1.x answer: {status_line[:60]!r}")
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS):
        line = await _line(reader)
        if not line:
            return version, int(code), headers
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    raise PageError(f"more than {MAX_HEADERS} header lines")

