"""The node monitor against loopback nodes and exporters that go down, come
back, slow down and hang: reachability, models, latency, the hold it puts
on a down node, GPU readings that age into staleness, and schedules that a
hung node cannot disturb."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from jarvis_tui.core.backends.base import BackendError
from jarvis_tui.core.cluster.monitor import NodeMonitor
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import Config, load_config
from jarvis_tui.core.events import EventBus, NodeCooldown, UnitFailover, UnitScored, UnitStarted, UnitToken
from tests.servers.exporters import Exporter
from tests.servers.llm import OllamaNode, OpenAINode
from tests.servers.lmstudio import LMStudioNode


def write_config(tmp_path: Path, nodes: dict[str, tuple[Any, str, dict[str, Any]]], extra: str = "") -> Config:
    """A config file for loopback nodes: {name: (server, model, extra node fields)}."""
    toml = ""
    for name, (server, model, fields) in nodes.items():
        kind = "ollama" if isinstance(server, OllamaNode) else "openai"
        toml += f'[[nodes]]\nname = "{name}"\nkind = "{kind}"\nurl = "{server.url}"\nmodel = "{model}"\n'
        toml += "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items())
    toml += "[embedded]\nenabled = false\n" + extra
    path = tmp_path / "config.toml"
    path.write_text(toml, encoding="utf-8")
    return load_config(path)


@pytest.fixture()
def servers() -> Iterator[list[Any]]:
    started: list[Any] = []
    yield started
    for server in started:
        server.stop()


def up(servers: list[Any], server: Any) -> Any:
    servers.append(server.start())
    return server


@pytest.fixture()
async def closing() -> AsyncIterator[list[Any]]:
    things: list[Any] = []
    yield things
    for thing in reversed(things):
        await thing.aclose()


async def test_probe_finds_models_marks_a_down_node_and_sees_it_come_back(tmp_path, servers, closing):
    m1 = up(servers, LMStudioNode(name="M1", models=["qwen3-30b", "qwen3-coder-30b"], loaded=["qwen3-30b"]))
    m2 = up(servers, OpenAINode(name="M2", models=["deepseek-coder-v2-lite"]))
    ol1 = up(servers, OllamaNode(name="OL1", models=["qwen3:1.7b", "llama3.2:3b"], loaded=["qwen3:1.7b"]))
    config = write_config(tmp_path, {"M1": (m1, "qwen3-30b", {}), "M2": (m2, "deepseek-coder-v2-lite", {}), "OL1": (ol1, "qwen3:1.7b", {})})
    bus = EventBus()
    cooled: list[NodeCooldown] = []
    bus.subscribe(lambda e: cooled.append(e) if isinstance(e, NodeCooldown) else None)
    pool = NodePool(config, bus)
    monitor = NodeMonitor(pool, bus=bus, interval_s=0.2, probe_timeout_s=1.0)
    closing += [pool, monitor]

    await monitor.poll_once()
    s = monitor.nodes
    assert (s["M1"].reachable, s["M1"].models, s["M1"].loaded) == (True, ["qwen3-30b", "qwen3-coder-30b"], ["qwen3-30b"])
    assert (s["M2"].models, s["M2"].loaded) == (["deepseek-coder-v2-lite"], [])  # a plain OpenAI server does not say
    assert (s["OL1"].models, s["OL1"].loaded) == (["qwen3:1.7b", "llama3.2:3b"], ["qwen3:1.7b"])
    assert s["M1"].last_ms > 0 and s["M1"].probes.count == 1
    assert pool.candidates("M2")[0] == "M2" and set(pool.candidates("M2")) == {"M2", "M1", "OL1"}

    m2.set_down()
    await monitor.poll_node("M2")
    assert s["M2"].reachable is False and s["M2"].error.startswith("unreachable")
    assert not pool.healthy("M2") and "M2" not in pool.candidates("M2")
    assert [(e.node, e.reason[:6]) for e in cooled] == [("M2", "probe:")]
    await monitor.poll_node("M2")
    assert len(cooled) == 1  # still down: one event for the whole outage

    m2.set_up()
    await monitor.poll_node("M2")
    assert s["M2"].reachable and pool.healthy("M2") and pool.candidates("M2")[0] == "M2"


async def test_a_slow_node_shows_in_its_latency_and_a_hung_one_is_down_after_the_timeout(tmp_path, servers, closing):
    m1 = up(servers, LMStudioNode(name="M1"))
    pool = NodePool(write_config(tmp_path, {"M1": (m1, "test-model", {})}))
    monitor = NodeMonitor(pool, probe_timeout_s=0.5)
    closing += [pool, monitor]
    await monitor.poll_node("M1")
    fast = monitor.nodes["M1"].last_ms

    m1.probe_delay_s = 0.25
    await monitor.poll_node("M1")
    state = monitor.nodes["M1"]
    assert state.last_ms >= 250 > fast and state.probes.p95_ms >= 250 and state.reachable

    m1.probe_hang = True
    start = time.perf_counter()
    await monitor.poll_node("M1")
    assert time.perf_counter() - start < 1.0
    assert state.reachable is False and "within 0.5 s" in state.error and not pool.healthy("M1")

    m1.probe_hang, m1.probe_delay_s = False, 0.0
    await monitor.poll_node("M1")
    assert state.reachable and pool.healthy("M1")


async def test_a_good_probe_never_lifts_a_cooldown_earned_by_failed_requests(tmp_path, servers, closing):
    m1 = up(servers, OpenAINode(name="M1"))
    pool = NodePool(write_config(tmp_path, {"M1": (m1, "test-model", {})}))
    monitor = NodeMonitor(pool)
    closing += [pool, monitor]
    for _ in range(3):
        pool.record_failure("M1", BackendError("M1", "timeout", "hung stream"))
    assert not pool.healthy("M1")
    await monitor.poll_node("M1")
    assert monitor.nodes["M1"].reachable and not pool.healthy("M1")


async def test_unusable_nodes_are_listed_with_the_reason_and_never_probed(tmp_path, servers, closing, monkeypatch):
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    m1 = up(servers, OpenAINode(name="M1"))
    config = write_config(tmp_path, {"M1": (m1, "test-model", {"enabled": False}), "GEMINI": (m1, "gemini-2.5-flash", {"api_key_env": "GEMINI_API_KEY"})})
    pool = NodePool(config)
    monitor = NodeMonitor(pool)
    closing += [pool, monitor]
    await monitor.poll_once()
    assert monitor.nodes["M1"].error == "disabled" and monitor.nodes["GEMINI"].error == "GEMINI_API_KEY is not set"
    assert monitor.nodes["EMBEDDED"].error == "the embedded node is disabled in the config"
    assert m1.requests == []


async def test_gpu_readings_age_into_staleness_when_the_exporter_dies(tmp_path, servers, closing):
    m1 = up(servers, OpenAINode(name="M1"))
    exporter = up(servers, Exporter("dcgm", gpus=6, temperature_c=88.0))
    pool = NodePool(write_config(tmp_path, {"M1": (m1, "test-model", {"gpu_metrics": exporter.metrics_url})}))
    monitor = NodeMonitor(pool, gpu_timeout_s=0.5)
    closing += [pool, monitor]
    await monitor.poll_gpu("M1")
    reading = monitor.latest()["M1"]
    assert reading.max_c == 88.0 and len(reading.gpus) == 6
    assert monitor.governor.assess(monitor.latest()) == {"M1": ("critical", 88.0)}

    exporter.set_down()
    await monitor.poll_gpu("M1")
    assert monitor.latest()["M1"] is reading and "unreachable" in monitor.nodes["M1"].gpu_error
    # Past a few poll intervals the old 88 °C is unknown, not cool, and not hot either.
    later = reading.ts + monitor.governor.stale_after_s + 1
    assert monitor.governor.assess(monitor.latest(), now=later) == {}


async def test_a_hung_node_disturbs_no_other_schedule_and_never_piles_up(tmp_path, servers, closing):
    fast = [up(servers, OpenAINode(name=f"M{i}")) for i in (1, 2, 3)]
    hung = up(servers, LMStudioNode(name="M4"))
    hung.probe_hang = True
    exporter = up(servers, Exporter("nvidia_smi", gpus=9))
    stuck_exporter = up(servers, Exporter("dcgm", hang=True))
    nodes = {f"M{i}": (s, "test-model", {}) for i, s in enumerate(fast, start=1)}
    nodes["M1"][2]["gpu_metrics"] = exporter.metrics_url
    nodes["M4"] = (hung, "test-model", {"gpu_metrics": stuck_exporter.metrics_url})
    pool = NodePool(write_config(tmp_path, nodes))
    monitor = NodeMonitor(pool, interval_s=0.1, gpu_interval_s=0.1, probe_timeout_s=0.6, gpu_timeout_s=0.6)
    closing += [pool, monitor]
    monitor.start()

    def enough() -> bool:  # and the hung node's first probe has timed out (0.6 s): fast probes can get there first
        fast_enough = all(sum(r.path == "/v1/models" for r in s.requests) >= 6 for s in fast) and len(exporter.scrapes) >= 6
        return fast_enough and monitor.nodes["M4"].reachable is not None

    deadline = time.monotonic() + 10
    while not enough() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await monitor.aclose()

    for server in fast:
        probes = [r.time for r in server.requests if r.path == "/v1/models"]
        gaps = [b - a for a, b in zip(probes, probes[1:])]
        assert len(probes) >= 6 and max(gaps) < 0.1 + 0.2, (server.name, gaps)
    scrapes = exporter.scrapes
    assert len(scrapes) >= 6 and max(b - a for a, b in zip(scrapes, scrapes[1:])) < 0.3
    # The hung node got one probe at a time: the next only after the previous timed out
    # (0.6 s after it was sent; its arrival may have been late by a loaded scheduler's jitter).
    hung_probes = [r.time for r in hung.requests if r.path in ("/v1/models", "/api/v1/models")]
    assert 1 <= len(hung_probes) <= 3 and all(b - a >= 0.6 - 0.15 for a, b in zip(hung_probes, hung_probes[1:]))
    assert len(stuck_exporter.scrapes) <= 3
    assert monitor.nodes["M4"].reachable is False and monitor.nodes["M1"].reachable


async def test_real_traffic_feeds_latency_ttft_and_tokens_per_second():
    config = Config()
    bus = EventBus()
    pool = NodePool(config, bus)
    monitor = NodeMonitor(pool, bus=bus)
    t0 = 1000.0
    bus.publish(UnitStarted("r1", unit_id="u1", node="M2", model="coder", attempt=1, cycle=1, ts=t0))
    bus.publish(UnitFailover("r1", unit_id="u1", from_node="M2", to_node="M3", reason="timeout", ts=t0 + 1))
    bus.publish(UnitStarted("r1", unit_id="u1", node="M3", model="mistral", attempt=2, cycle=1, ts=t0 + 1))
    for i in range(11):
        bus.publish(UnitToken("r1", unit_id="u1", attempt=2, text="x", ts=t0 + 1.2 + i * 0.1))
    bus.publish(UnitScored("r1", unit_id="u1", score=0.9, method="llm", cycle=1, checker="M1", ts=t0 + 5))
    rows = {(r["node"], r["model"]): r for r in monitor.traffic.snapshot()}
    assert rows[("M2", "coder")]["failures"] == 1 and rows[("M2", "coder")]["requests"] == 0
    ok = rows[("M3", "mistral")]
    assert ok["requests"] == 1 and ok["ttft"]["avg_ms"] == pytest.approx(200, abs=1)
    assert ok["latency"]["avg_ms"] == pytest.approx(1200, abs=1) and ok["tokens_per_s"] == pytest.approx(10, abs=0.1)
    assert monitor.traffic.nodes["M3"].count == 1
    await monitor.aclose()


async def test_a_broken_sensor_is_reported_once_not_every_poll(tmp_path, servers, closing, caplog):
    m1 = up(servers, OpenAINode(name="M1"))
    exporter = up(servers, Exporter("dcgm", gpus=2, temperatures={1: -5.0}))
    pool = NodePool(write_config(tmp_path, {"M1": (m1, "test-model", {"gpu_metrics": exporter.metrics_url})}))
    monitor = NodeMonitor(pool)
    closing += [pool, monitor]
    for temp in (-5.0, -7.0, 999.0):
        exporter.set(temperatures={1: temp})
        await monitor.poll_gpu("M1")
    warnings = [r.getMessage() for r in caplog.records if "GPU data of M1" in r.getMessage()]
    assert warnings == ["GPU data of M1: GPU 1: temperature_c = -5 ignored (expected between 0 and 150 °C)"]
    assert monitor.latest()["M1"].max_c == 55.0  # the sane GPU still counts
