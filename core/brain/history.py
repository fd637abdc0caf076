"""Reading what the brain learns from out of the store's history, and
turning the bus's unit events into observations as they happen."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..events import Classified, Event, Planned, RequestFinished, UnitFailover, UnitScored, UnitStarted, UnitToken
from .bandit import Observation

# UnitRedispatched is stored as "score 0.42 on M2": the only trace of that cycle's score.
_REDISPATCH_SCORE = re.compile(r"^score ([0-9.eE+-]+) on ")

_HISTORY_SQL = """
SELECT a.id, a.node, a.model, a.started_at, a.ended_at, a.outcome, a.reason,
       r.type AS task_type, u.role, u.node AS unit_node, u.score AS unit_score,
       u.score_method, u.latency_ms AS unit_latency_ms
FROM attempts a
JOIN requests r ON r.id = a.request_id
JOIN units u ON u.request_id = a.request_id AND u.unit_id = a.unit_id
WHERE r.type IS NOT NULL AND u.role IS NOT NULL AND a.node IS NOT NULL AND a.outcome IS NOT NULL
ORDER BY a.id DESC LIMIT ?
"""


class HistorySource(Protocol):
    """The part of the Store the brain reads."""

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...


def _failure(reason: str | None) -> str:
    return "timeout" if (reason or "").startswith("timeout") else "failed"


def observation_from_row(row: dict[str, Any]) -> Observation | None:
    """One stored attempt as an observation, or None when it says nothing
    certain (a heuristic score, an attempt whose own score was not kept)."""
    task_type, role, node, model = row["task_type"], row["role"], row["node"], row["model"] or ""
    started, ended = row["started_at"], row["ended_at"]
    outcome = row["outcome"]
    if outcome in ("failover", "failed"):
        latency = (ended - started) * 1000 if ended is not None else None
        return Observation(task_type, role, node, model, 0.0, latency, _failure(row["reason"]), started)
    if outcome == "redispatched":
        match = _REDISPATCH_SCORE.match(row["reason"] or "")
        return Observation(task_type, role, node, model, float(match.group(1)), None, "ok", started) if match else None
    # The unit's final attempt: its score is the unit's when the unit kept this node's answer.
    if outcome == "ok" and node == row["unit_node"] and row["unit_score"] is not None and row["score_method"] == "llm":
        return Observation(task_type, role, node, model, float(row["unit_score"]), row["unit_latency_ms"], "ok", started)
    return None


async def read_history(store: HistorySource, limit: int) -> list[Observation]:
    """The latest `limit` attempts of the store as observations, oldest first."""
    rows = await store.fetchall(_HISTORY_SQL, (limit,))
    return [obs for row in reversed(rows) if (obs := observation_from_row(row)) is not None]


@dataclass
class _Attempt:
    node: str
    model: str
    started: float
    last_token: float | None = None


class EventTracker:
    """Joins the bus's events into observations: the type comes from
    Classified, the role from Planned, the node from UnitStarted, the
    outcome from UnitFailover (a failure) or UnitScored (the checker's
    score; a heuristic score judges nothing and is not learnt from).
    Latency runs from UnitStarted to the attempt's last token, so the
    checker's own time is not charged to the node."""

    def __init__(self) -> None:
        self._types: dict[str, str] = {}
        self._roles: dict[tuple[str, str], str] = {}
        self._attempts: dict[tuple[str, str], _Attempt] = {}

    def feed(self, event: Event) -> Observation | None:
        """Take one event; the observation it completes, if any."""
        rid = event.request_id
        match event:
            case Classified():
                self._types[rid] = event.type
            case Planned():
                for unit in event.units:
                    self._roles[(rid, unit.id)] = unit.role
            case UnitStarted():
                self._attempts[(rid, event.unit_id)] = _Attempt(event.node, event.model, event.ts)
            case UnitToken():
                if (attempt := self._attempts.get((rid, event.unit_id))) is not None:
                    attempt.last_token = event.ts
            case UnitFailover():
                attempt = self._attempts.pop((rid, event.unit_id), None)
                if attempt is not None and attempt.node == event.from_node:
                    return self._observation(rid, event.unit_id, attempt, 0.0, event.ts, _failure(event.reason))
            case UnitScored():
                attempt = self._attempts.pop((rid, event.unit_id), None)
                if attempt is not None and event.method == "llm":
                    return self._observation(rid, event.unit_id, attempt, event.score, attempt.last_token or event.ts, "ok")
            case RequestFinished():
                self._forget(rid)
        return None

    def _observation(self, rid: str, unit_id: str, attempt: _Attempt, score: float, end: float, outcome: str) -> Observation | None:
        task_type, role = self._types.get(rid), self._roles.get((rid, unit_id))
        if not task_type or not role:
            return None
        latency = max(0.0, (end - attempt.started) * 1000)
        return Observation(task_type, role, attempt.node, attempt.model, score, latency, outcome, attempt.started)

    def _forget(self, rid: str) -> None:
        self._types.pop(rid, None)
        for key in [k for k in self._roles if k[0] == rid]:
            del self._roles[key]
        for key in [k for k in self._attempts if k[0] == rid]:
            del self._attempts[key]
