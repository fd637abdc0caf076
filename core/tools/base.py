"""What a tool is: a name, a description, a JSON Schema for its arguments,
a permission tier and an async implementation — plus the small vocabulary
every family shares (errors, the context a call runs in, schema helpers).

Tool outputs are data for a model to read, never instructions: nothing in
a result can change what the permission model decides about the next call.
"""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from jarvis_tui.core.events import Event

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.nodes import NodePool
    from jarvis_tui.core.config import Config
    from jarvis_tui.core.events import EventBus
    from jarvis_tui.core.tools.registry import Toolbox

Json = dict[str, Any]
CallerKind = Literal["user", "agent", "mcp", "commander"]
Status = Literal["ok", "error", "refused"]


class Tier(StrEnum):
    """`read` runs; `act` asks; `danger` asks, and only when enabled in the config."""

    READ = "read"
    ACT = "act"
    DANGER = "danger"


class ToolError(Exception):
    """An expected failure, phrased for the model and the user (no traceback)."""


class NotAvailable(ToolError):
    """The tool cannot run here: wrong OS, missing program, issue not landed."""


@dataclass(frozen=True)
class Caller:
    """Who asked for a call. `allowed` limits an agent to its own tool list."""

    kind: CallerKind
    name: str = ""
    allowed: frozenset[str] | None = None

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}" if self.name else self.kind


@dataclass
class ToolContext:
    """What an implementation may use. `platform` is `sys.platform` unless a
    test says otherwise."""

    config: Config
    pool: NodePool
    bus: EventBus
    toolbox: Toolbox
    caller: Caller
    request_id: str = ""
    platform: str = field(default_factory=lambda: sys.platform)
    # The process's Runtime: subsystems' tools reach their service through it
    # (`ctx.runtime.trading`), never through a global.
    runtime: Any = None
    # Set when a tool-using commander made the call: the work becomes a unit
    # of its request (an orchestra.units.DispatchScope).
    scope: Any = None


@dataclass
class ToolResult:
    """A call's outcome. `data` is JSON-able on success; `error` says why not."""

    tool: str
    status: Status
    data: Any = None
    error: str | None = None
    decision: str = ""
    elapsed_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def text(self, limit: int | None = None) -> str:
        """The result as a model reads it: the data (JSON unless it is text),
        or the error; cut at `limit` characters with a note saying so."""
        if self.status == "refused":
            body = f"REFUSED: {self.error}"
        elif self.status == "error":
            body = f"ERROR: {self.error}"
        else:
            body = self.data if isinstance(self.data, str) else json.dumps(self.data, ensure_ascii=False, default=str)
        return cut(body, limit)


def cut(text: str, limit: int | None) -> str:
    """`text` cut at `limit` characters with a note saying how much was left out."""
    if limit is not None and len(text) > limit:
        return text[:limit] + f"\n[truncated: {len(text) - limit:,} more characters]"
    return text


Run = Callable[[Json, ToolContext], Awaitable[Any]]
Preview = Callable[[Json, ToolContext], str]


@dataclass(frozen=True)
class Tool:
    """One entry of the registry. `preview` says exactly what will run (the
    command line, the PowerShell script, the file touched): it is what the
    cockpit's confirmation shows, and it may refuse (ToolError) before anyone
    is asked, e.g. a path outside the configured roots."""

    name: str
    family: str
    description: str
    schema: Json
    tier: Tier
    run: Run
    preview: Preview | None = None
    timeout_s: float | None = None  # None: the config's tools.timeout_s


@dataclass(frozen=True)
class Command:
    """A program to run, never through a shell: `argv` is passed as is."""

    argv: tuple[str, ...]
    stdin: str | None = None
    detach: bool = False  # start it and return (an application), do not wait

    def preview(self) -> str:
        return shlex.join(self.argv)


@dataclass(frozen=True)
class ToolCalled(Event):
    """A tool call has been decided and, when allowed, run."""

    tool: str
    caller: str
    tier: str
    decision: str
    status: str  # ok | error | refused
    elapsed_ms: float
    error: str | None = None


# -- schema helpers: tools declare their arguments in a few lines ---------------


def string(description: str, *, max_length: int | None = None, enum: list[str] | None = None, min_length: int | None = None) -> Json:
    schema: Json = {"type": "string", "description": description}
    if max_length is not None:
        schema["maxLength"] = max_length
    if min_length is not None:
        schema["minLength"] = min_length
    if enum is not None:
        schema["enum"] = enum
    return schema


def integer(description: str, *, minimum: int | None = None, maximum: int | None = None) -> Json:
    schema: Json = {"type": "integer", "description": description}
    if minimum is not None:
        schema["minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


def boolean(description: str) -> Json:
    return {"type": "boolean", "description": description}


def strings(description: str, *, max_items: int = 64, item_max_length: int = 4096) -> Json:
    return {"type": "array", "description": description, "items": {"type": "string", "maxLength": item_max_length}, "maxItems": max_items}


def params(required: tuple[str, ...] = (), **properties: Json) -> Json:
    """An object schema that refuses unknown arguments (a typo is an error, not a no-op)."""
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}

