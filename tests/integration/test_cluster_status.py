"""`jarvis-tui -s` on a mixed loopback cluster: LM Studio, a plain OpenAI
server, Ollama, a dead node; dcgm-exporter, nvidia_gpu_exporter, a dead
exporter, a garbage one, and "local" on this machine with no driver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.integration.conftest import Cluster
from tests.servers.exporters import Exporter
from tests.servers.llm import OllamaNode, OpenAINode
from tests.servers.lmstudio import LMStudioNode
from tests.unit.test_monitor import write_config


@pytest.fixture()
def mixed(tmp_path) -> Iterator[tuple[Cluster, dict[str, Any]]]:
    servers: dict[str, Any] = {
        "M1": LMStudioNode(name="M1", models=["qwen3-30b", "qwen3-coder-30b"], loaded=["qwen3-30b"]),
        "M2": OpenAINode(name="M2", models=["deepseek-coder-v2-lite"]),
        "M3": OpenAINode(name="M3", models=["mistral-7b"]),
        "OL1": OllamaNode(name="OL1", models=["qwen3:1.7b"]),
        "dcgm": Exporter("dcgm", gpus=6, temperature_c=58.0, temperatures={5: 71.0}),
        "smi": Exporter("nvidia_smi", gpus=3, temperature_c=49.0),
        "dead": Exporter("dcgm"),
    }
    for server in servers.values():
        server.start()
    servers["dead"].set_down()
    config = {
        "M1": (servers["M1"], "qwen3-30b", {"gpu_metrics": servers["dcgm"].metrics_url}),
        "M2": (servers["M2"], "deepseek-coder-v2-lite", {"gpu_metrics": servers["smi"].metrics_url}),
        "M3": (servers["M3"], "mistral-7b", {"gpu_metrics": servers["dead"].metrics_url}),
        "OL1": (servers["OL1"], "qwen3:1.7b", {"gpu_metrics": "local"}),
    }
    write_config(tmp_path, config)
    nodes = {k: v for k, v in servers.items() if k in config}
    try:
        yield Cluster(nodes, tmp_path / "config.toml", tmp_path), servers
    finally:
        for server in servers.values():
            server.stop()


def status(cluster: Cluster, expect: int = 0) -> dict[str, Any]:
    out = cluster.run("-s", "--json")
    assert out.returncode == expect, out.stderr
    assert "Traceback" not in out.stderr
    return json.loads(out.stdout)


def test_json_status_tells_the_truth_about_every_node_and_gpu(mixed):
    cluster, servers = mixed
    doc = status(cluster)
    n = {node["name"]: node for node in doc["nodes"]}
    assert list(n) == ["M1", "M2", "M3", "OL1", "EMBEDDED"]
    assert (n["M1"]["models"], n["M1"]["loaded"]) == (["qwen3-30b", "qwen3-coder-30b"], ["qwen3-30b"])
    assert all(n[x]["reachable"] and n[x]["latency_ms"] > 0 and n[x]["in_flight"] == 0 for x in ("M1", "M2", "M3", "OL1"))
    assert [g["temperature_c"] for g in n["M1"]["gpus"]] == [58.0] * 5 + [71.0]
    assert n["M1"]["gpus"][5]["name"] == "NVIDIA GeForce RTX 3080" and n["M1"]["gpu"]["source"] == "prometheus"
    assert [(g["index"], g["temperature_c"], g["fan_pct"]) for g in n["M2"]["gpus"]] == [(0, 49.0, 41.0), (1, 49.0, 41.0), (2, 49.0, 41.0)]
    assert n["M3"]["gpus"] == [] and "unreachable" in n["M3"]["gpu"]["error"] and n["M3"]["thermal"] == "unknown"
    assert n["OL1"]["gpus"] == [] and n["OL1"]["gpu"]["error"].startswith("NVML:") and n["OL1"]["thermal"] == "unknown"
    assert n["EMBEDDED"]["gpu"] is None
    assert (n["M1"]["thermal"], n["M2"]["thermal"]) == ("normal", "normal")
    assert doc["thermal"]["level"] == "normal" and doc["thermal"]["max_c"] == 71.0

    servers["dcgm"].set(temperatures={5: 90.0})
    servers["smi"].set(temperature_c=79.0)
    doc = status(cluster)
    n = {node["name"]: node for node in doc["nodes"]}
    assert (n["M1"]["thermal"], n["M2"]["thermal"]) == ("critical", "warning")
    assert doc["thermal"] == {"level": "critical", "max_c": 90.0, "nodes": {"M1": {"level": "critical", "max_c": 90.0}, "M2": {"level": "warning", "max_c": 79.0}}}


def test_the_table_shows_nodes_models_gpus_and_levels(mixed):
    cluster, _ = mixed
    out = cluster.run("-s")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    m1 = next(line for line in lines if line.startswith("M1 "))
    assert "up" in m1 and " ms" in m1 and "normal" in m1 and "qwen3-30b*, qwen3-coder-30b" in m1
    assert "GPU5 NVIDIA GeForce RTX 3080: 71 °C, 37 %, 3000/8192 MiB, 96 W" in out.stdout
    assert "GPU2 NVIDIA GeForce GTX 1660 SUPER: 49 °C, 37 %, 3000/8192 MiB, 96 W, fan 41 %" in out.stdout
    assert "no GPU data (NVML: " in out.stdout and "no GPU data (exporter " in out.stdout
    assert "cluster thermal level: normal (hottest 71 °C)" in out.stdout


def test_a_dead_node_is_down_and_the_exit_code_says_so(mixed):
    cluster, servers = mixed
    servers["M3"].set_down()
    doc = status(cluster, expect=1)
    m3 = next(node for node in doc["nodes"] if node["name"] == "M3")
    assert not m3["reachable"] and m3["error"].startswith("unreachable") and m3["models"] == []
    out = cluster.run("-s")
    assert out.returncode == 1 and any(line.startswith("M3 ") and " down " in line for line in out.stdout.splitlines())


def test_an_exporter_page_of_garbage_warns_and_never_crashes(mixed):
    cluster, servers = mixed
    servers["dcgm"].set(page='garbage line\nDCGM_FI_DEV_GPU_TEMP{gpu="0",modelName="RTX"} NaN\nDCGM_FI_DEV_GPU_TEMP{gpu="1",modelName="RTX"} -12\nDCGM_FI_DEV_GPU_TEMP{gpu="2",modelName="RTX"} 1e6\n')
    out = cluster.run("-s", "--json")
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "could not be parsed" in out.stderr and "nan ignored" in out.stderr and "-12 ignored" in out.stderr and "1e+06 ignored" in out.stderr
    m1 = next(node for node in json.loads(out.stdout)["nodes"] if node["name"] == "M1")
    assert [g["temperature_c"] for g in m1["gpus"]] == [None, None, None] and m1["thermal"] == "unknown"
