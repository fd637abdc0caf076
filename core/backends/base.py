"""The one interface every inference server is reached through.

A backend streams a chat as text fragments, lists its models and answers a
health probe. Every failure is a `BackendError` whose `kind` tells the
dispatcher what happened, so that it can fail over without knowing the wire
format. A stream that ends without the server's end marker is a failure
(`dropped`): partial text is never passed off as complete, and one the
server stopped at its token limit says so (`ReplyInfo.truncated`).
"""

from __future__ import annotations

import reprlib
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

from jarvis_tui.core.text import valid_text

ErrorKind = Literal["unreachable", "timeout", "dropped", "http", "bad_response", "unavailable"]

Message = dict[str, Any]  # {"role": "system" | "user" | "assistant", "content": str}
DEFAULT_MAX_TOKENS = 32768  # the client-side token bound of a call that names no max_tokens
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 200, 200


class BackendError(Exception):
    """A node could not serve a request; `kind` drives failover and cooldown."""

    def __init__(self, node: str, kind: ErrorKind, detail: str) -> None:
        super().__init__(f"{node}: {kind}: {detail}")
        self.node = node
        self.kind = kind
        self.detail = detail


def brief(value: Any, limit: int = 300) -> str:
    """What a node sent, short and valid, for an error message: a string
    cut at `limit` characters, anything else as a bounded repr."""
    text = valid_text(value if isinstance(value, str) else _REPR.repr(value))
    return text if len(text) <= limit else text[:limit] + "…"


def token_allowance(max_tokens: int | None) -> int:
    """How many fragments a reply asked for `max_tokens` may stream: servers
    send about one token a fragment (some several), with slack for those
    that split one."""
    n = max_tokens or DEFAULT_MAX_TOKENS
    return n + max(16, n // 8)


class TokenBudget:
    """`max_tokens` enforced on the client side: a server that streams past
    it has failed, whatever it says its limit is."""

    def __init__(self, node: str, max_tokens: int | None) -> None:
        self.node = node
        self.max_tokens = max_tokens or DEFAULT_MAX_TOKENS
        self.left = token_allowance(max_tokens)

    def spend(self, fragments: int = 1) -> None:
        self.left -= fragments
        if self.left < 0:
            raise BackendError(self.node, "bad_response", f"the reply went on past max_tokens ({self.max_tokens}): the server ignores the limit")


@dataclass
class ReplyInfo:
    """What a backend learns of a reply besides its text, filled in as it streams."""

    finish_reason: str | None = None  # as the server said it: stop, length, max_tokens, tool_calls...

    @property
    def truncated(self) -> bool:
        """The server stopped at its token limit: the text is incomplete."""
        return self.finish_reason in ("length", "max_tokens")


@dataclass(frozen=True)
class ModelInfo:
    id: str
    loaded: bool | None = None  # None: the server does not say


@dataclass(frozen=True)
class Health:
    reachable: bool
    latency_ms: float | None
    error: str | None = None


class Backend(ABC):
    """One node's server. Instances are cheap; `aclose()` releases connections."""

    kind: str = ""

    def __init__(self, name: str, model: str) -> None:
        self.name = name
        self.model = model

    @abstractmethod
    def stream_chat(
        self,
        messages: list[Message],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        info: ReplyInfo | None = None,
    ) -> AsyncIterator[str]:
        """Yield the reply's text fragments; raise BackendError on any failure.
        `info`, when given, learns how the reply ended (truncated or not)."""

    @abstractmethod
    async def list_models(self) -> list[ModelInfo]:
        """The models the server offers, with their loaded state where known."""

    async def health(self) -> Health:
        """Probe the server by listing its models: cheap on every kind."""
        start = time.perf_counter()
        try:
            await self.list_models()
        except BackendError as exc:
            return Health(False, None, f"{exc.kind}: {exc.detail}")
        return Health(True, (time.perf_counter() - start) * 1000)

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release connections; backends without any keep the default."""
