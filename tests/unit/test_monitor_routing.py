"""Routing with the monitor: the order of the "other" nodes, a dead node
routed around by the next plan, and thermal moves driven by a live
exporter, with hysteresis and staleness."""

from __future__ import annotations

import pytest

from jarvis_tui.core.cluster.monitor import NodeMonitor
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import load_config
from jarvis_tui.core.events import EventBus, ThermalChecked
from jarvis_tui.core.orchestra.commander import Commander
from tests.servers.exporters import Exporter
from tests.servers.llm import OllamaNode, OpenAINode
from tests.unit.test_monitor import closing, servers, up, write_config  # noqa: F401 - fixtures

PROMPT = "écris une fonction python qui inverse une liste"


@pytest.fixture()
def pool(monkeypatch) -> NodePool:
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    return NodePool(load_config())


def others(pool: NodePool) -> list[str]:
    """Candidates of a unit routed to M2 (fallback M3), without EMBEDDED."""
    return [n for n in pool.candidates("M2") if n != "EMBEDDED"]


def test_other_nodes_go_least_busy_then_fastest_while_routed_and_fallbacks_keep_their_place(pool):
    assert others(pool) == ["M2", "M3", "M1", "OL1"]  # nothing known: config order
    pool.record_success("M1", 2000.0)
    pool.record_success("OL1", 300.0)
    assert others(pool) == ["M2", "M3", "OL1", "M1"]  # faster first
    pool.state("OL1").in_flight = 1
    assert others(pool) == ["M2", "M3", "M1", "OL1"]  # idle before busy
    pool.state("M1").in_flight = 1
    assert others(pool) == ["M2", "M3", "M1", "OL1"]  # equally busy: Ollama queues, M1 serves in parallel
    pool.state("M2").in_flight = pool.state("M3").in_flight = 5
    assert others(pool)[:2] == ["M2", "M3"]  # the routed node and the fallbacks keep their order


def test_probe_latency_orders_nodes_no_request_has_measured_yet(pool):
    pool.record_probe("OL1", True, latency_ms=3.0)
    pool.record_probe("M1", True, latency_ms=40.0)
    assert others(pool) == ["M2", "M3", "OL1", "M1"]
    pool.record_success("M1", 900.0)  # a measured request outranks a probe
    assert others(pool) == ["M2", "M3", "M1", "OL1"]


@pytest.fixture()
def cluster(tmp_path, servers):
    """M1, M2, M3 (OpenAI) and OL1 (Ollama) on loopback, M1's GPUs behind a dcgm-exporter."""
    nodes = {name: up(servers, OpenAINode(name=name, models=[model])) for name, model in (("M1", "qwen3-30b"), ("M2", "deepseek-coder-v2-lite"), ("M3", "mistral-7b"))}
    nodes["OL1"] = up(servers, OllamaNode(name="OL1", models=["qwen3:1.7b"]))
    exporter = up(servers, Exporter("dcgm", gpus=6, temperature_c=64.0))
    fields = {"M1": {"gpu_metrics": exporter.metrics_url}}
    config = write_config(
        tmp_path,
        {name: (server, server.behaviour.models[0], {"read_timeout_s": 2.0, **fields.get(name, {})}) for name, server in nodes.items()},
        extra="[commander]\ncooldown_s = 30\n",
    )
    return config, nodes, exporter


async def test_a_dead_node_is_routed_around_by_the_next_plan(cluster, closing):
    config, nodes, _ = cluster
    bus = EventBus()
    pool = NodePool(config, bus)
    monitor = NodeMonitor(pool, bus=bus)
    commander = Commander(config, bus, pool=pool, readings=monitor)
    closing += [monitor, commander]
    nodes["M2"].set_down()
    await monitor.poll_once()
    units, _ = commander.plan("code")
    assert [u.node for u in units] == ["M3", "M1"]  # the coder starts at the fallback, not at the dead M2
    doc = await commander.run(PROMPT)
    assert [(r["node"], r["attempts"], r["status"]) for r in doc["results"]] == [("M3", 1, "ok"), ("M1", 1, "ok")]
    assert not nodes["M2"].chat_requests


async def test_a_hot_node_is_avoided_by_the_next_plan_and_the_move_is_reported(cluster, closing):
    config, _, exporter = cluster
    bus = EventBus()
    seen: list[ThermalChecked] = []
    bus.subscribe(lambda e: seen.append(e) if isinstance(e, ThermalChecked) else None)
    pool = NodePool(config, bus)
    monitor = NodeMonitor(pool, bus=bus)
    commander = Commander(config, bus, pool=pool, readings=monitor)
    closing += [monitor, commander]
    await monitor.poll_once()
    assert commander.plan("analyse")[1].moves == ()
    exporter.set(temperatures={3: 90.0})
    await monitor.poll_gpu("M1")
    doc = await commander.run("analyse en profondeur les avantages du télétravail", dry_run=True)
    assert doc["thermal"]["moved"] == [{"unit": "u1", "from": "M1", "to": "M2", "temperature_c": 90.0, "level": "critical"}]
    assert doc["plan"][0]["node"] == "M2" and doc["thermal"]["level"] == "critical"
    assert [m.to_json() for m in seen[-1].moved] == doc["thermal"]["moved"]


async def test_hysteresis_keeps_the_routing_steady_while_a_gpu_hovers_at_the_threshold(cluster, closing):
    config, _, exporter = cluster
    pool = NodePool(config)
    monitor = NodeMonitor(pool)
    commander = Commander(config, EventBus(), pool=pool, readings=monitor)
    closing += [monitor, commander]
    seen = []
    for temp in (84.9, 85.1, 84.9, 85.1, 84.9, 83.5, 82.9, 84.0, 74.0, 72.9):
        exporter.set(temperature_c=temp)
        await monitor.poll_gpu("M1")
        units, thermal = commander.plan("code")
        seen.append((thermal.level, units[1].node))
    assert seen == [
        ("warning", "M2"),  # 84.9: warm, code prefers M2
        ("critical", "M2"),  # 85.1 crosses
        ("critical", "M2"),  # 84.9, 85.1, 84.9, 83.5: within 2 °C, stays critical: no flapping
        ("critical", "M2"),
        ("critical", "M2"),
        ("critical", "M2"),
        ("warning", "M2"),  # 82.9: clearly below 85
        ("warning", "M2"),  # 84.0 does not climb back to critical
        ("warning", "M2"),  # 74.0: within 2 °C of 75
        ("normal", "M1"),  # 72.9: cool again, the reviewer returns to M1
    ]


async def test_a_reading_gone_stale_moves_nothing(cluster, closing):
    config, _, exporter = cluster
    pool = NodePool(config)
    monitor = NodeMonitor(pool)
    commander = Commander(config, EventBus(), pool=pool, readings=monitor)
    closing += [monitor, commander]
    exporter.set(temperature_c=95.0)
    await monitor.poll_gpu("M1")
    assert commander.plan("analyse")[1].level == "critical"
    exporter.set_down()
    commander.governor.stale_after_s = 0.0  # any reading is old at once: no waiting for it to age
    await monitor.poll_gpu("M1")  # fails: the old reading stays, and ages
    units, thermal = commander.plan("analyse")
    assert thermal.moves == () and thermal.max_c is None and units[0].node == "M1"
