"""The event bus and the node pool's cooldown rule."""

import asyncio

from jarvis_tui.core.backends.base import BackendError
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import EMBEDDED, load_config
from jarvis_tui.core.events import EventBus, NodeCooldown, RequestStarted


async def test_bus_reaches_callbacks_and_streams_in_order():
    bus = EventBus()
    seen = []
    bus.subscribe(seen.append)
    got = []

    async def consume():
        async for event in bus.stream():
            got.append(event.prompt)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0)
    for i in range(3):
        bus.publish(RequestStarted("r", prompt=str(i), source="test"))
    bus.close()
    await task
    assert got == ["0", "1", "2"] and len(seen) == 3


def test_a_broken_subscriber_does_not_break_publishing():
    bus = EventBus()
    seen = []
    bus.subscribe(lambda e: 1 / 0)
    bus.subscribe(seen.append)
    bus.publish(RequestStarted("r", prompt="x", source="test"))
    assert len(seen) == 1


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def test_three_failures_cool_a_node_for_five_seconds(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    clock, bus, cooled = Clock(), EventBus(), []
    bus.subscribe(lambda e: cooled.append(e) if isinstance(e, NodeCooldown) else None)
    pool = NodePool(load_config(), bus, clock=clock)
    for _ in range(2):
        pool.record_failure("M2", BackendError("M2", "http", "HTTP 500"))  # a timeout cools at once (tests/unit/harden_net)
    assert pool.healthy("M2")
    pool.record_failure("M2", BackendError("M2", "dropped", "cut"))
    assert not pool.healthy("M2") and cooled[0].node == "M2" and cooled[0].seconds == 5.0
    assert "M2" not in pool.candidates("M2")
    clock.t += 5.01
    assert pool.healthy("M2")


def test_refused_connection_cools_at_once_and_old_failures_expire(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    clock = Clock()
    pool = NodePool(load_config(), clock=clock)
    pool.record_failure("M1", BackendError("M1", "unreachable", "refused"))
    assert pool.cooling("M1") == 5.0
    clock.t += 10
    pool.record_failure("M3", BackendError("M3", "http", "x"))
    pool.record_failure("M3", BackendError("M3", "http", "x"))
    clock.t += 61  # outside the window: these two no longer count
    pool.record_failure("M3", BackendError("M3", "http", "x"))
    assert pool.healthy("M3")


def test_candidates_order(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    pool = NodePool(load_config())
    cands = pool.candidates("M2")
    assert cands[:4] == ["M2", "M3", "M1", "OL1"]
    assert "GEMINI" not in cands  # no key, no node
    if pool.embedded_on:
        assert cands[-1] == EMBEDDED
    assert pool.candidates("M2", exclude_last="M2")[:2] == ["M3", "M1"]
    assert EMBEDDED not in pool.candidates("M2", allow_embedded=False)
