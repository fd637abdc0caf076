"""A node that timed out is cooled down at once, like one that refused the
connection: the next call (the checker's, the next unit's) must not wait
out its timeout again."""

from __future__ import annotations

from jarvis_tui.core.backends.base import BackendError
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import load_config
from jarvis_tui.core.events import EventBus, NodeCooldown


def test_one_timeout_cools_a_node_and_takes_it_out_of_every_candidate_list(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    now = [1000.0]
    bus, cooled = EventBus(), []
    bus.subscribe(lambda e: cooled.append(e) if isinstance(e, NodeCooldown) else None)
    pool = NodePool(load_config(), bus, clock=lambda: now[0])
    pool.record_failure("M1", BackendError("M1", "timeout", "no complete answer within 120 s"), "r1")
    assert not pool.healthy("M1") and [(e.node, e.request_id) for e in cooled] == [("M1", "r1")]
    assert "M1" not in pool.candidates("M1", call="checker") and "M1" not in pool.candidates("M1", allow_embedded=False)
    now[0] += pool.config.commander.cooldown_s + 0.01
    assert pool.healthy("M1")
