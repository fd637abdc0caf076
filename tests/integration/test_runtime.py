"""One Runtime per process: a hot node is protected identically from the
one-shot path, the MCP server and the cockpit, across requests — no unit,
no classifier call and no checker call reaches it, and a node that went
critical stays critical inside the hysteresis band for the next request."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

from jarvis_tui.core import events as ev
from jarvis_tui.core.config import load_config
from jarvis_tui.core.runtime import Runtime
from tests.servers.exporters import Exporter

ANALYSE = "analyse en profondeur les avantages du télétravail"
STEPS = ("classifier", "analyzer", "checker")


@pytest.fixture()
def hot_cluster(make_cluster, tmp_path: Path):
    """M1 with an exporter at 90 °C (critical ≥ 85, hysteresis 2 °C), polled fast."""
    exporter = Exporter("dcgm", gpus=2, temperature_c=90.0).start()
    cluster = make_cluster(label="analyse", node_fields={"M1": {"gpu_metrics": exporter.metrics_url}},
                           extra="[monitor]\ngpu_interval_s = 0.5\nhealth_interval_s = 1.0\n")
    yield cluster, exporter
    exporter.stop()


def calls_to(cluster: Any, node: str) -> dict[str, int]:
    return {step: len(cluster.chats(node, step)) for step in STEPS}


async def test_one_runtime_keeps_a_critical_node_out_across_requests(hot_cluster, tmp_path: Path) -> None:
    cluster, exporter = hot_cluster
    async with Runtime(load_config(cluster.config_path), monitor="gpus", record=False) as runtime:
        seen: list[ev.Event] = []
        runtime.bus.subscribe(seen.append)
        first = await runtime.ask(ANALYSE)
        assert first["thermal"]["level"] == "critical" and first["plan"][0]["node"] != "M1"
        # 84 °C is below the critical threshold but inside the hysteresis band: still critical.
        exporter.set(temperature_c=84.0)
        second = await runtime.ask(ANALYSE)
        assert second["thermal"]["max_c"] == 84.0 and second["thermal"]["level"] == "critical"
        assert second["thermal"]["moved"][0]["from"] == "M1" and second["results"][0]["node"] != "M1"
        assert calls_to(cluster, "M1") == dict.fromkeys(STEPS, 0)
        # Every call kept off M1 says why.
        moved = [e for e in seen if isinstance(e, ev.CallMoved) and e.from_node == "M1"]
        assert {e.call for e in moved} >= {"classifier", "checker"} and all("critical" in e.reason for e in moved)
        # Clearly below the band it comes back: one level down (warning), and analysis work returns to M1.
        exporter.set(temperature_c=70.0)
        third = await runtime.ask(ANALYSE)
        assert third["thermal"]["level"] in ("normal", "warning") and third["results"][0]["node"] == "M1"


async def test_jarvis_ask_over_mcp_never_sends_work_to_a_hot_node(hot_cluster) -> None:
    cluster, exporter = hot_cluster
    env = {k: v for k, v in cluster.env().items() if k in ("JARVIS_CONFIG", "JARVIS_DB", "XDG_CONFIG_HOME", "HOME", "PATH", "LANG")}
    params = StdioServerParameters(command=sys.executable, args=["-m", "jarvis_tui.mcp_cli"], env=env, cwd=str(cluster.tmp))
    async with Client(params) as client:
        status = await client.call_tool("lm_cluster_status", {})
        assert status.structured_content["thermal"]["level"] == "critical"
        first = await client.call_tool("jarvis_ask", {"prompt": ANALYSE})
        assert first.is_error is False, first.content[0].text
        exporter.set(temperature_c=84.0)  # inside the hysteresis band
        await client.call_tool("lm_cluster_status", {})  # the runtime's monitor reads it
        second = await client.call_tool("jarvis_ask", {"prompt": ANALYSE})
        assert second.is_error is False, second.content[0].text
        for result in (first, second):
            assert "M1" not in json.dumps(result.structured_content["attribution"])
    assert calls_to(cluster, "M1") == dict.fromkeys(STEPS, 0)
    assert sum(calls_to(cluster, "M2").values()) > 0
