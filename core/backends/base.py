"""The one interface every inference server is reached through.

A backend streams a chat as text fragments, lists its models and answers a
health probe. Every failure is a `BackendError` whose `kind` tells the
dispatcher what happened, so that it can fail over without knowing the wire
format. A stream that ends without the server's end marker is a failure
(`dropped`): partial text is never passed off as complete.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

ErrorKind = Literal["unreachable", "timeout", "dropped", "http", "bad_response", "unavailable"]

Message = dict[str, Any]  # {"role": "system" | "user" | "assistant", "content": str}


class BackendError(Exception):
    """A node could not serve a request; `kind` drives failover and cooldown."""

    def __init__(self, node: str, kind: ErrorKind, detail: str) -> None:
        super().__init__(f"{node}: {kind}: {detail}")
        self.node = node
        self.kind = kind
        self.detail = detail


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
    ) -> AsyncIterator[str]:
        """Yield the reply's text fragments; raise BackendError on any failure."""

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
