"""Recorded history for the brain's tests: real events through a real bus
into the real SQLite store, as the commander publishes them."""

from __future__ import annotations

import itertools

from jarvis_tui.core.events import (
    Classified,
    EventBus,
    Planned,
    PlanUnit,
    RequestFinished,
    RequestStarted,
    UnitFailover,
    UnitFinished,
    UnitScored,
    UnitStarted,
    UnitToken,
)

_ids = itertools.count(1)
T0 = 1_760_000_000.0


def publish_request(bus: EventBus, task_type: str, role: str, attempts: list[tuple[str, float | None, float]], *, ts: float = T0, method: str = "llm") -> str:
    """One request with one unit; `attempts` are (node, score or None for a failure, seconds)
    in order: failures fail over to the next, a score ends the cycle."""
    rid = f"r{next(_ids)}"
    bus.publish(RequestStarted(rid, prompt="p", source="oneshot", ts=ts))
    bus.publish(Classified(rid, type=task_type, method="heuristic", confidence=0.9, ms=0.1, heuristic_type=task_type, total_ms=0.1, ts=ts))
    bus.publish(Planned(rid, units=(PlanUnit("u1", role, None, attempts[0][0], "m"),), ts=ts))
    now, last = ts, attempts[0][0]
    for n, (node, score, seconds) in enumerate(attempts, start=1):
        bus.publish(UnitStarted(rid, unit_id="u1", node=node, model=f"{node}-model", attempt=n, cycle=1, ts=now))
        now += seconds
        last = node
        if score is None:
            following = attempts[n][0] if n < len(attempts) else None
            bus.publish(UnitFailover(rid, unit_id="u1", from_node=node, to_node=following, reason="timeout: no answer", ts=now))
            continue
        bus.publish(UnitToken(rid, unit_id="u1", attempt=n, text="x", ts=now))
        bus.publish(UnitScored(rid, unit_id="u1", score=score, method=method, cycle=1, checker="M1", ts=now + 1.0))
        break
    ok = attempts[-1][1] is not None
    bus.publish(UnitFinished(rid, unit_id="u1", node=last, model=f"{last}-model", status="ok" if ok else "failed", text="answer" if ok else "",
                             latency_ms=attempts[-1][2] * 1000, attempts=len(attempts), error=None if ok else "no node could answer", ts=now + 1.0))
    bus.publish(RequestFinished(rid, status="ok" if ok else "failed", answer="answer", score=attempts[-1][1], attribution=(), cycles=1, elapsed_ms=1.0, ts=now + 1.0))
    return rid
