"""Model management and benchmarks against loopback LM Studio, Ollama and
plain OpenAI-compatible servers; `lms` through a fake executable on PATH."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from jarvis_tui.core.cluster.models_admin import ModelAdmin, PullProgress
from jarvis_tui.core.cluster.monitor import NodeMonitor
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.perf import benchmark
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.orchestra.commander import Commander
from tests.servers.llm import OllamaNode, OpenAINode
from tests.servers.lmstudio import LMStudioNode
from tests.unit.test_monitor import closing, servers, up, write_config  # noqa: F401 - fixtures


@pytest.fixture()
def admin_cluster(tmp_path, servers, closing):
    m1 = up(servers, LMStudioNode(name="M1", models=["qwen3-30b", "qwen3-coder-30b", "devstral-small-2"], loaded=["qwen3-30b", "devstral-small-2"]))
    m2 = up(servers, OpenAINode(name="M2", models=["deepseek-coder-v2-lite"]))
    ol1 = up(servers, OllamaNode(name="OL1", models=["qwen3:1.7b"], loaded=[]))
    config = write_config(
        tmp_path,
        {
            "M1": (m1, "qwen3-30b", {"models": ["qwen3-coder-30b", "devstral-small-2"]}),
            "M2": (m2, "deepseek-coder-v2-lite", {}),
            "OL1": (ol1, "qwen3:1.7b", {}),
        },
        extra='[[nodes]]\nname = "CLAUDE2"\nkind = "anthropic"\nurl = "https://api.anthropic.com"\nmodel = "claude-haiku"\napi_key_env = "TEST_CLAUDE2_KEY"\n',
    )
    pool = NodePool(config)
    admin = ModelAdmin(pool)
    closing += [pool, admin]
    return admin, m1, m2, ol1


async def test_models_per_node_with_their_loaded_state(admin_cluster):
    admin, *_ = admin_cluster
    m1 = await admin.list_models("M1")
    assert [(m.id, m.loaded) for m in m1] == [("qwen3-30b", True), ("qwen3-coder-30b", False), ("devstral-small-2", True)]
    assert [(m.id, m.loaded) for m in await admin.list_models("M2")] == [("deepseek-coder-v2-lite", None)]
    assert [(m.id, m.loaded) for m in await admin.list_models("OL1")] == [("qwen3:1.7b", False)]
    assert await admin.lmstudio_api("M1") == "v1" and await admin.lmstudio_api("M2") is None


async def test_lm_studio_load_and_unload_through_its_rest_api(admin_cluster):
    admin, m1, *_ = admin_cluster
    result = await admin.load("M1", "qwen3-coder-30b")
    assert result.ok and result.data["load_time_s"] == 1.25 and "qwen3-coder-30b" in m1.loaded
    assert (await admin.unload("M1", "qwen3-coder-30b")).ok and "qwen3-coder-30b" not in m1.loaded
    again = await admin.unload("M1", "qwen3-coder-30b")
    assert again.ok and again.detail == "qwen3-coder-30b was not loaded"
    missing = await admin.load("M1", "no-such-model")
    assert not missing.ok and "HTTP 404" in missing.detail and "not found" in missing.detail


async def test_switch_coder_and_dev_swap_the_on_demand_model_and_keep_the_default(admin_cluster):
    admin, m1, *_ = admin_cluster
    result = await admin.switch_coder()
    assert result.ok and result.data == {"model": "qwen3-coder-30b", "unloaded": ["devstral-small-2"]}
    assert sorted(m1.loaded) == ["qwen3-30b", "qwen3-coder-30b"]
    result = await admin.switch_dev()
    assert result.ok and result.data["unloaded"] == ["qwen3-coder-30b"] and sorted(m1.loaded) == ["devstral-small-2", "qwen3-30b"]


async def test_ollama_load_unload_and_pull_with_progress(admin_cluster):
    admin, _, _, ol1 = admin_cluster
    assert (await admin.load("OL1", "qwen3:1.7b")).ok
    assert [m.id for m in await admin.list_models("OL1") if m.loaded] == ["qwen3:1.7b"]
    assert (await admin.unload("OL1", "qwen3:1.7b")).ok
    assert [m.id for m in await admin.list_models("OL1") if m.loaded] == []
    progress: list[PullProgress] = []
    result = await admin.pull("OL1", "llama3.2:3b", progress.append)
    assert result.ok and result.detail == "llama3.2:3b pulled"
    assert progress[0].status == "pulling manifest" and progress[-1].status == "success"
    assert [p.completed for p in progress if p.total] == sorted(p.completed for p in progress if p.total)
    assert "llama3.2:3b" in [m.id for m in await admin.list_models("OL1")]
    not_pulled = await admin.load("OL1", "mistral:7b")
    assert not not_pulled.ok and "try pulling it first" in not_pulled.detail


async def test_unsupported_operations_say_so_for_the_node_kind(admin_cluster, monkeypatch, tmp_path):
    admin, *_ = admin_cluster
    monkeypatch.setenv("PATH", str(tmp_path))  # no lms
    plain = await admin.load("M2", "deepseek-coder-v2-lite")
    assert not plain.ok and plain.detail.startswith("load is not supported by this node kind (openai)")
    assert "llama.cpp and vLLM serve the model they were started with" in plain.detail
    for result in (await admin.pull("M1", "x"), await admin.load("CLAUDE2", "x"), await admin.unload("EMBEDDED", "x")):
        assert not result.ok and "is not supported by this node kind" in result.detail
    assert (await admin.pull("M1", "x")).detail == "pull is not supported by this node kind (openai)"


@pytest.mark.skipif(sys.platform == "win32", reason="the fake lms is a shell script")
async def test_lms_on_this_machine_loads_where_the_server_has_no_rest_api(admin_cluster, monkeypatch, tmp_path):
    admin, *_ = admin_cluster
    lms = tmp_path / "lms"
    lms.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path}/args"\necho "Model loaded successfully"\n')
    lms.chmod(lms.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin")
    assert (await admin.load("M2", "phi-3.1-mini")).ok
    assert (await admin.unload("M2", "phi-3.1-mini")).ok
    assert (tmp_path / "args").read_text().splitlines() == ["load phi-3.1-mini --yes", "unload phi-3.1-mini"]
    lms.write_text("#!/bin/sh\necho 'Error: model not found'\nexit 1\n")
    failed = await admin.load("M2", "nope")
    assert not failed.ok and "lms load nope failed (1): Error: model not found" in failed.detail


async def test_a_down_node_gives_a_result_not_an_exception(admin_cluster):
    admin, m1, _, ol1 = admin_cluster
    m1.set_down()
    ol1.set_down()
    for result in (await admin.load("M1", "qwen3-coder-30b"), await admin.switch_coder(), await admin.pull("OL1", "x")):
        assert not result.ok and "unreachable" in result.detail


async def test_benchmark_measures_time_to_first_token_and_tokens_per_second(tmp_path, servers, closing):
    m1 = up(servers, OpenAINode(name="M1", reply=" ".join(str(i) for i in range(1, 41)), first_token_delay_s=0.2, token_delay_s=0.01))
    pool = NodePool(write_config(tmp_path, {"M1": (m1, "qwen3-30b", {"timeout_s": 10})}))
    closing.append(pool)
    result = await benchmark(pool, "M1")
    assert result["error"] is None and result["model"] == "qwen3-30b" and result["tokens"] == 40
    assert 200 <= result["ttft_ms"] < 600
    assert 30 <= result["tokens_per_s"] <= 100  # 10 ms between tokens
    m1.set_down()
    down = await benchmark(pool, "M1")
    assert down["error"].startswith("unreachable") and down["tokens"] == 0 and down["tokens_per_s"] is None


async def test_performance_metrics_come_from_real_traffic(tmp_path, servers, closing):
    m1 = up(servers, OpenAINode(name="M1", reply="a b c d e f", token_delay_s=0.01))
    config = write_config(tmp_path, {"M1": (m1, "qwen3-30b", {})})
    bus = EventBus()
    pool = NodePool(config, bus)
    monitor = NodeMonitor(pool, bus=bus)
    commander = Commander(config, bus, pool=pool, readings=monitor)
    closing += [monitor, commander]
    await commander.run("bonjour")
    (row,) = monitor.traffic.snapshot()
    assert (row["node"], row["model"], row["requests"], row["failures"]) == ("M1", "qwen3-30b", 1, 0)
    assert row["ttft"]["avg_ms"] > 0 and row["latency"]["avg_ms"] >= 50 and row["tokens_per_s"] > 0
