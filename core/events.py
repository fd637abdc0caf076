"""The event bus: every step of a request is an event, and every consumer
(the cockpit, the one-shot printer, the SQLite store) subscribes to the same
stream.

Events are small frozen dataclasses. Publishing never blocks and never awaits:
the commander's hot path must not wait on a slow subscriber, so async
subscribers get an unbounded queue each and drain it at their own pace.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

log = logging.getLogger(__name__)


def _now() -> float:
    return time.time()


@dataclass(frozen=True)
class Event:
    """Base of every event; `request_id` is empty for cluster-wide events."""

    request_id: str
    ts: float = field(default_factory=_now, kw_only=True)

    @property
    def name(self) -> str:
        return type(self).__name__

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.name, **asdict(self)}


# -- payloads: the typed contracts events carry between layers ------------------


@dataclass(frozen=True)
class PlanUnit:
    """A unit as the plan announces it (DESIGN.md's `plan` entries)."""

    id: str
    role: str
    agent: str | None  # None: a direct query to a node
    node: str
    model: str
    depends_on: tuple[str, ...] = ()
    note: str = ""  # why it is routed as it is, when not by the matrix (the brain)

    def attribution(self) -> str:
        return f"[{self.agent or '-'}/{self.node}:{self.model}]"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "role": self.role, "agent": self.agent, "node": self.node, "model": self.model, "depends_on": list(self.depends_on),
                **({"note": self.note} if self.note else {})}


@dataclass(frozen=True)
class ThermalMove:
    """A unit moved off a hot node before dispatch."""

    unit: str
    from_node: str
    to_node: str
    temperature_c: float
    level: str

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "from": self.from_node, "to": self.to_node, "temperature_c": self.temperature_c, "level": self.level}


# -- events ---------------------------------------------------------------------


@dataclass(frozen=True)
class RequestStarted(Event):
    prompt: str
    source: str  # oneshot | tui | voice | mcp
    dry_run: bool = False


@dataclass(frozen=True)
class Classified(Event):
    type: str
    method: str  # heuristic | llm
    confidence: float
    ms: float
    heuristic_type: str
    total_ms: float


@dataclass(frozen=True)
class ThermalChecked(Event):
    level: str
    max_c: float | None
    moved: tuple[ThermalMove, ...]


@dataclass(frozen=True)
class Planned(Event):
    units: tuple[PlanUnit, ...]
    # False when a synthesis writes the answer: the units' own texts are its parts, not the answer.
    answer: bool = True


@dataclass(frozen=True)
class UnitAdded(Event):
    """A unit added to a request's plan while it runs: work a tool-using
    commander dispatched (part of the plan, not of the answer's text), or
    the local dispatcher's units when the commander handed over (`answer`)."""

    unit: PlanUnit
    answer: bool = False


@dataclass(frozen=True)
class Enriched(Event):
    commander_prompt: str
    preanalysis: bool


@dataclass(frozen=True)
class UnitStarted(Event):
    unit_id: str
    node: str
    model: str
    attempt: int
    cycle: int


@dataclass(frozen=True)
class UnitToken(Event):
    unit_id: str
    attempt: int
    text: str


@dataclass(frozen=True)
class UnitFailover(Event):
    """An attempt failed; the unit moves on (or gives up when `to_node` is None)."""

    unit_id: str
    from_node: str
    to_node: str | None
    reason: str


@dataclass(frozen=True)
class UnitFinished(Event):
    unit_id: str
    node: str
    model: str
    status: str  # ok | failed
    text: str
    latency_ms: float
    attempts: int
    error: str | None
    truncated: bool = False  # the node stopped at its token limit: the text is incomplete


@dataclass(frozen=True)
class UnitScored(Event):
    unit_id: str
    score: float
    method: str  # llm | heuristic
    cycle: int
    checker: str | None


@dataclass(frozen=True)
class UnitRedispatched(Event):
    unit_id: str
    cycle: int
    score: float
    from_node: str


@dataclass(frozen=True)
class NodeCooldown(Event):
    node: str
    seconds: float
    reason: str


@dataclass(frozen=True)
class NodeBackUp(Event):
    """A node that was down or cooling down answers again."""

    node: str
    down_s: float  # how long it was out


@dataclass(frozen=True)
class CallMoved(Event):
    """A call to a node went elsewhere: its node was hot, down or cooling down.
    `call` names what was sent (unit id, "classifier", "checker", "lm_query"...)."""

    call: str
    from_node: str
    to_node: str | None
    reason: str


@dataclass(frozen=True)
class RequestFinished(Event):
    status: str  # ok | failed
    answer: str
    score: float | None
    attribution: tuple[str, ...]
    cycles: int
    elapsed_ms: float
    error: str | None = None
    document: dict[str, Any] = field(default_factory=dict, compare=False)


Subscriber = Callable[[Event], None]


class EventBus:
    """One bus per process. Sync callbacks run inline; async consumers iterate
    over `stream()`."""

    def __init__(self) -> None:
        self._callbacks: list[Subscriber] = []
        self._queues: list[asyncio.Queue[Event | None]] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(event)` for every event; returns an unsubscribe function."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback)

    def publish(self, event: Event) -> None:
        for callback in list(self._callbacks):
            try:
                callback(event)
            except Exception:  # a broken subscriber must not break the request
                log.exception("event subscriber failed on %s", event.name)
        for queue in self._queues:
            queue.put_nowait(event)

    async def stream(self) -> AsyncIterator[Event]:
        """Yield every event published from now on until `close()`."""
        queue: asyncio.Queue[Event | None] = asyncio.Queue()
        self._queues.append(queue)
        try:
            while (event := await queue.get()) is not None:
                yield event
        finally:
            self._queues.remove(queue)

    def close(self) -> None:
        """End every `stream()` once it has drained what was published before."""
        for queue in self._queues:
            queue.put_nowait(None)
