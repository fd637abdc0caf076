"""What the cockpit knows of a request, folded from the core events.

The plan tree, the agent streams, the conversation and the status bar all
read the same `RequestView`; it holds no Textual object, so the rules that
turn events into unit states are tested without an app.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from jarvis_tui.core import events as ev
from jarvis_tui.core.config import EMBEDDED
from jarvis_tui.core.text import printable  # the one neutraliser of terminal escapes

UNIT_STATES = ("pending", "running", "redispatched", "done", "failed", "cancelled")
FINAL_STATES = frozenset({"done", "failed", "cancelled"})
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def _destination(node: str | None, none: str) -> str:
    """"→ M3", "→ EMBEDDED (offline fallback)", or `none` when no node was left."""
    if node is None:
        return f"✗ {none}"
    return f"→ {node}" + (" (offline fallback)" if node == EMBEDDED else "")


@dataclass
class Note:
    """Something that happened to a unit besides its tokens: shown under it in the plan tree."""

    kind: str  # thermal | failover | moved | redispatch | error
    text: str


@dataclass
class UnitView:
    id: str
    role: str
    agent: str | None
    node: str
    model: str
    depends_on: list[str]
    state: str = "pending"
    attempt: int = 0
    cycle: int = 1
    started_at: float | None = None  # the first attempt's start (event time)
    finished_at: float | None = None
    latency_ms: float | None = None
    score: float | None = None
    score_method: str | None = None
    tokens: int = 0  # tokens of the current attempt
    notes: list[Note] = field(default_factory=list)
    error: str | None = None

    @property
    def attribution(self) -> str:
        """`[agent/node:model]`; `[agent/node]` while no model is known (a unit no node took)."""
        return f"[{self.agent or '-'}/{self.node}{':' + self.model if self.model else ''}]"

    @property
    def offline(self) -> bool:
        """Whether the offline fallback (EMBEDDED) answers (or answered) for this unit."""
        return self.node == EMBEDDED and self.state != "failed"

    @property
    def score_text(self) -> str | None:
        """"score 0.86", or "score 0.50 (heuristic)" when no checker judged it."""
        if self.score is None:
            return None
        return f"score {self.score:.2f}" + (" (heuristic)" if self.score_method == "heuristic" else "")

    def elapsed_s(self, now: float | None = None) -> float | None:
        """Seconds since the unit started; frozen once it finished."""
        if self.started_at is None:
            return None
        end = self.finished_at if self.finished_at is not None else (time.time() if now is None else now)
        return max(0.0, end - self.started_at)


@dataclass
class RequestView:
    id: str
    prompt: str
    source: str
    started_at: float
    status: str = "running"  # running | ok | failed | cancelled | planned
    task_type: str | None = None
    method: str | None = None
    confidence: float | None = None
    thermal_level: str | None = None
    thermal_max_c: float | None = None
    units: dict[str, UnitView] = field(default_factory=dict)
    answer: str = ""
    score: float | None = None
    attribution: tuple[str, ...] = ()
    cycles: int = 0
    elapsed_ms: float | None = None
    error: str | None = None
    notes: list[Note] = field(default_factory=list)  # calls outside any unit that were moved (classifier, checker…)
    _moves: list[ev.ThermalMove] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status != "running"

    @property
    def heuristic_score(self) -> bool:
        """Whether a unit's score is the heuristic guess, so the global score is partly one."""
        return any(u.score_method == "heuristic" for u in self.units.values())

    @property
    def offline(self) -> bool:
        """Whether the offline fallback (EMBEDDED) wrote part of the answer."""
        return any(u.offline for u in self.units.values())

    def elapsed_s(self, now: float | None = None) -> float:
        if self.elapsed_ms is not None:
            return self.elapsed_ms / 1000
        return max(0.0, (time.time() if now is None else now) - self.started_at)

    def apply(self, event: ev.Event) -> UnitView | None:
        """Fold one event of this request in; returns the unit it touched, if any."""
        match event:
            case ev.Classified():
                self.task_type, self.method, self.confidence = event.type, event.method, event.confidence
            case ev.ThermalChecked():
                self.thermal_level, self.thermal_max_c = event.level, event.max_c
                self._moves = list(event.moved)
            case ev.Planned():
                self._plan(event.units)
            case ev.UnitAdded():
                self._plan((event.unit,))
                return self.units[event.unit.id]
            case ev.UnitStarted():
                return self._started(event)
            case ev.UnitToken():
                unit = self.units.get(event.unit_id)
                if unit is not None and event.attempt == unit.attempt:
                    unit.tokens += 1
                return unit
            case ev.UnitFailover():
                return self._failover(event)
            case ev.CallMoved():
                return self._moved(event)
            case ev.UnitScored():
                unit = self.units.get(event.unit_id)
                if unit is not None and (unit.score is None or event.score > unit.score):
                    # The dispatcher keeps the best-scored cycle: so does the view.
                    unit.score, unit.score_method = event.score, event.method
                return unit
            case ev.UnitRedispatched():
                unit = self.units.get(event.unit_id)
                if unit is not None:
                    unit.state, unit.cycle = "redispatched", event.cycle
                    unit.notes.append(Note("redispatch", f"score {event.score:.2f} from {event.from_node} is below the threshold: re-dispatched, cycle {event.cycle}"))
                return unit
            case ev.UnitFinished():
                return self._finished(event)
            case ev.RequestFinished():
                self._request_finished(event)
        return None

    def _plan(self, specs: tuple[ev.PlanUnit, ...]) -> None:
        for spec in specs:
            unit = UnitView(spec.id, spec.role, spec.agent, spec.node, spec.model, list(spec.depends_on))
            self.units[unit.id] = unit
            if spec.note:
                unit.notes.append(Note("brain", spec.note))
            for move in self._moves:
                if move.unit == unit.id:
                    unit.notes.append(Note("thermal", f"thermal: moved {move.from_node} → {move.to_node} ({move.level} at {move.temperature_c:.0f} °C)"))

    def _unit(self, unit_id: str) -> UnitView:
        # A unit the plan did not announce is still shown.
        if unit_id not in self.units:
            self.units[unit_id] = UnitView(unit_id, "?", None, "?", "?", [])
        return self.units[unit_id]

    def _started(self, event: ev.UnitStarted) -> UnitView:
        unit = self._unit(event.unit_id)
        unit.node, unit.model, unit.attempt, unit.cycle, unit.tokens = event.node, event.model, event.attempt, event.cycle, 0
        unit.state = "redispatched" if event.cycle > 1 else "running"
        if unit.started_at is None:
            unit.started_at = event.ts
        return unit

    def _failover(self, event: ev.UnitFailover) -> UnitView:
        unit = self._unit(event.unit_id)
        # Where the unit went comes before why: a narrow pane cuts the end of the line.
        unit.notes.append(Note("failover", f"{event.from_node} failed {_destination(event.to_node, 'no node left')}: {printable(event.reason)}"))
        return unit

    def _moved(self, event: ev.CallMoved) -> UnitView | None:
        """A call sent elsewhere than planned: under its unit, else under the request (once per call and node)."""
        unit = self.units.get(event.call)
        text = f"{event.from_node} {_destination(event.to_node, 'skipped')}: {printable(event.reason)}"
        if unit is not None:
            if not unit.notes or unit.notes[-1].text != text:
                unit.notes.append(Note("moved", text))
            return unit
        note = Note("moved", f"{event.call}: {text}")
        if all(n.text != note.text for n in self.notes):
            self.notes.append(note)
        return None

    def _finished(self, event: ev.UnitFinished) -> UnitView:
        unit = self._unit(event.unit_id)
        unit.state = "done" if event.status == "ok" else "failed"
        if event.status == "ok" or event.model:  # a unit no node took keeps its planned node and model
            unit.node, unit.model = event.node, event.model
        unit.latency_ms = event.latency_ms if event.status == "ok" else None
        unit.finished_at = event.ts
        unit.error = printable(event.error) if event.error else None
        if unit.error and not unit.error.startswith("skipped"):
            unit.notes.append(Note("error", unit.error))
        return unit

    def _request_finished(self, event: ev.RequestFinished) -> None:
        self.status = event.status
        self.answer, self.score, self.attribution = event.answer, event.score, event.attribution
        self.cycles, self.elapsed_ms, self.error = event.cycles, event.elapsed_ms, event.error
        for result in event.document.get("results", ()):
            unit = self.units.get(result.get("id", ""))
            if unit is not None and result.get("score") is not None:
                unit.score, unit.score_method = result["score"], result.get("score_method") or unit.score_method
        for unit in self.units.values():
            if unit.state not in FINAL_STATES:
                unit.state = "cancelled" if event.status == "cancelled" else "failed"
                unit.finished_at = event.ts


class RequestBook:
    """Every request of the session, by id, and the one shown now."""

    def __init__(self, keep: int = 50) -> None:
        self.requests: dict[str, RequestView] = {}
        self.current: RequestView | None = None
        self._keep = keep

    def apply(self, event: ev.Event) -> tuple[RequestView | None, UnitView | None]:
        """Fold an event in; returns (its request, the unit it touched)."""
        if isinstance(event, ev.RequestStarted):
            view = RequestView(event.request_id, printable(event.prompt), event.source, event.ts)
            self.requests[view.id] = view
            self.current = view
            while len(self.requests) > self._keep:  # a long session must not grow without bound
                del self.requests[next(iter(self.requests))]
            return view, None
        found = self.requests.get(event.request_id)
        if found is None:
            return None, None
        view = found
        return view, view.apply(event)

    @property
    def running(self) -> RequestView | None:
        current = self.current
        return current if current is not None and not current.finished else None
