"""What every loopback test server shares: uvicorn in a daemon thread on
127.0.0.1, a port fixed at the first start and kept across `set_down()` /
`set_up()`, and a shutdown that cuts open connections as a dying server would.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, Self

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]
Receive = Callable[[], Awaitable[Message]]


class Abort(Exception):
    """Raised in a handler to cut the connection.

    Per ASGI, an app error after the response has started makes uvicorn close
    the socket, so a chunked body loses its terminating chunk and a sized body
    comes up short: the client sees a protocol error, never a clean end.
    """


class _CuttingH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, except that server shutdown cuts every connection,
    as a dying server would, instead of letting requests in progress finish: hung
    handlers see the disconnect and exit, and their clients get a transport error."""

    def shutdown(self) -> None:
        self.transport.close()


class _HideAborts(logging.Filter):
    """Keep deliberate aborts out of uvicorn's "Exception in ASGI application" log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], Abort))


logging.getLogger("uvicorn.error").addFilter(_HideAborts())


def split_tokens(text: str) -> list[str]:
    """Split text into word-sized pieces that concatenate back to exactly ``text``."""
    return re.findall(r"\s*\S+|\s+\Z", text)


class LoopbackServer:
    """Lifecycle of a test server; subclasses implement the ASGI app `_asgi`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._port = 0  # 0 until the first start; kept so set_up() reuses it
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    behaviour: Any  # a dataclass of how the server answers, set by the subclass

    async def _asgi(self, scope: Message, receive: Receive, send: Send) -> None:
        raise NotImplementedError

    def set(self, **changes: Any) -> Self:
        """Change some fields of the server's behaviour, e.g. ``node.set(status=503)``."""
        self.behaviour = replace(self.behaviour, **changes)
        return self

    @property
    def port(self) -> int:
        """The TCP port; fixed from the first ``start()`` on, across ``set_down``/``set_up``."""
        if not self._port:
            raise RuntimeError(f"{self.name} was never started")
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``, no trailing slash and no API path."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        """Bind (the same port again after a stop) and serve; return once connections are accepted."""
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only then, and without it a
        # reused connection waits ~40 ms for the client's delayed ACK on every reply.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        # Lets set_up() rebind the port while old connections sit in TIME_WAIT.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._port))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._asgi,
            interface="asgi3",  # uvicorn's autodetection takes a bound method for ASGI2
            http=_CuttingH11Protocol,
            lifespan="off",
            proxy_headers=False,
            log_config=None,  # leave the process's logging setup alone
            log_level="warning",
            access_log=False,
            server_header=False,
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"{self.name}:{self._port}", daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} failed to start on port {self._port}")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Shut down within a fraction of a second, cutting the connections of requests in progress."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._server = self._thread = None

    def set_down(self) -> None:
        """Stop serving: new connections are refused (ECONNREFUSED) until ``set_up()``."""
        self.stop()

    def set_up(self) -> None:
        """Serve again on the same port after ``set_down()``."""
        self.start()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


async def read_request(scope: Message, receive: Receive) -> tuple[str, str, dict[str, str], Any]:
    """(method, path, lower-case headers, parsed JSON body or None) of an ASGI request."""
    raw = b""
    while True:
        message = await receive()
        raw += message.get("body", b"")
        if not message.get("more_body"):
            break
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
    return scope["method"], scope["path"], headers, body


async def watch_disconnect(receive: Receive, gone: asyncio.Event) -> None:
    """Set `gone` when the client leaves: with the body consumed, uvicorn's
    receive() only returns on disconnect."""
    while (await receive())["type"] != "http.disconnect":
        pass
    gone.set()
