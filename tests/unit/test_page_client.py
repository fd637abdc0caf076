"""The exporter pages' HTTP/1.1 client against real sockets on loopback:
kept-alive connections, a server that closed the idle one, every way a body
ends (length, chunks, close), answers that are not HTTP or too big, a
server that never answers, TLS; and a chunked exporter read end to end."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from jarvis_tui.core.cluster.gpu.page_client import PageClient, PageError, PageTooBig
from jarvis_tui.core.cluster.gpu.prometheus import PrometheusSource
from tests.servers.exporters import Exporter

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Server:
    """A raw TCP server on loopback that counts its connections."""

    def __init__(self) -> None:
        self.connections = 0
        self.port = 0
        self.closed = asyncio.Event()  # the server closed a connection


@asynccontextmanager
async def serving(answer: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[Server]:
    server = Server()

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.connections += 1
        try:
            await answer(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            server.closed.set()

    listening = await asyncio.start_server(on_connection, "127.0.0.1", 0, ssl=tls)
    server.port = listening.sockets[0].getsockname()[1]
    try:
        yield server
    finally:
        listening.close()


async def request(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def answering(*responses: bytes, close_after: bool = False) -> Handler:
    """Answer each request on the connection with the next response."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for response in responses:
            await request(reader)
            writer.write(response)
            await writer.drain()
            if close_after:
                return
        await reader.read()  # keep the connection open until the client goes

    return answer


def sized(body: bytes, *extra: str) -> bytes:
    head = "".join(f"{h}\r\n" for h in extra)
    return f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n{head}\r\n".encode() + body


async def test_one_connection_serves_every_read() -> None:
    async with serving(answering(sized(b"first"), sized(b"second"))) as server:
        client = PageClient(f"http://127.0.0.1:{server.port}/metrics", timeout_s=2, max_bytes=1000)
        assert (await client.get()).body == b"first" and (await client.get()).body == b"second"
        await client.aclose()
    assert server.connections == 1


async def test_an_idle_connection_the_server_closed_is_opened_again() -> None:
    async with serving(answering(sized(b"page"), close_after=True)) as server:
        client = PageClient(f"http://127.0.0.1:{server.port}/metrics", timeout_s=2, max_bytes=1000)
        first = await client.get()
        await server.closed.wait()  # the server closed its end: the kept connection is dead
        second = await client.get()
        await client.aclose()
    assert (first.body, second.body, server.connections) == (b"page", b"page", 2)


async def test_chunks_trailers_and_a_close_delimited_body_are_read_whole() -> None:
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"
    closing = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"
    async with serving(answering(chunked, sized(b"next", "Connection: close"))) as server:
        client = PageClient(f"http://127.0.0.1:{server.port}/m", timeout_s=2, max_bytes=1000)
        assert (await client.get()).body == b"hello, world"
        assert (await client.get()).body == b"next"  # the same connection after the chunks; then closed as asked
        async with serving(answering(closing, close_after=True)) as old:
            assert (await PageClient(f"http://127.0.0.1:{old.port}/m", timeout_s=2, max_bytes=1000).get()).body == b"until the end"
    assert server.connections == 1


async def test_what_is_not_http_or_too_big_is_a_clear_error_and_a_silent_server_a_timeout() -> None:
    cases: list[tuple[bytes, type[Exception], str]] = [
        (b"SSH-2.0-OpenSSH_9.2\r\n", PageError, "not an HTTP/1.x answer: 'SSH-2.0-OpenSSH_9.2'"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n", PageTooBig, "5000 bytes"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + b"x" * 2048 + b"\r\n0\r\n\r\n", PageTooBig, "more than 1000 bytes"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", PageError, "bad chunk size 'zz'"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: nine\r\n\r\n", PageError, "bad Content-Length 'nine'"),
    ]
    for response, kind, message in cases:
        async with serving(answering(response)) as server:
            client = PageClient(f"http://127.0.0.1:{server.port}/", timeout_s=2, max_bytes=1000)
            with pytest.raises(kind, match=message.replace("(", r"\(").replace("[", r"\[")):
                await client.get()
            await client.aclose()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()

    async with serving(silent) as server:
        with pytest.raises(TimeoutError):
            await PageClient(f"http://127.0.0.1:{server.port}/", timeout_s=0.2, max_bytes=1000).get()
    with pytest.raises(OSError):
        await PageClient(f"http://127.0.0.1:{server.port}/", timeout_s=2, max_bytes=1000).get()  # nothing listens there now


async def test_https_with_the_context_given(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate can be made for a TLS test server")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    async with serving(answering(sized(b"secure"), sized(b"again")), tls=server_tls) as server:
        trusting = ssl.create_default_context(cafile=str(cert))
        client = PageClient(f"https://127.0.0.1:{server.port}/metrics", timeout_s=3, max_bytes=1000, tls=trusting)
        assert (await client.get()).body == b"secure" and (await client.get()).body == b"again"
        await client.aclose()
        with pytest.raises(ssl.SSLError):  # the system's CAs do not know this certificate
            await PageClient(f"https://127.0.0.1:{server.port}/metrics", timeout_s=3, max_bytes=1000).get()
    assert server.connections == 1  # both reads on one connection (the refused handshake never became one)


async def test_a_chunked_exporter_is_read_like_any_other() -> None:
    """Go's net/http sends pages past 4 KiB in chunks: uvicorn here, with no Content-Length."""
    with Exporter("dcgm", gpus=8, temperature_c=66.0, chunked=True) as exporter:
        source = PrometheusSource("M1", exporter.metrics_url, timeout_s=2.0)
        try:
            first, second = await source.read(), await source.read()
        finally:
            await source.aclose()
    assert first.error is None and len(first.gpus) == 8 and first.max_c == 66.0
    assert second.error is None and len(second.gpus) == 8 and len(exporter.scrapes) == 2
