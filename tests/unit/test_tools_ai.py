"""IA & cluster, model management and Ollama tools against loopback nodes
speaking the OpenAI and Ollama wire formats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jarvis_tui.core.config import EmbeddedConfig, NodeConfig, ToolsConfig, load_config
from jarvis_tui.core.tools import Caller, Policy, Toolbox
from jarvis_tui.core.tools.ai import merge, similarity
from tests.servers.llm import OllamaNode, OpenAINode

USER = Caller("user")


@pytest.fixture()
def nodes() -> Iterator[dict[str, OpenAINode | OllamaNode]]:
    started = {
        "M1": OpenAINode(name="M1", reply="Paris is the capital of France.", first_token_delay_s=0.05, models=["qwen3-30b"]).start(),
        "M2": OpenAINode(name="M2", reply="The capital of France is Paris.", first_token_delay_s=0.15, models=["deepseek-coder-v2-lite"]).start(),
        "M3": OpenAINode(name="M3", reply="Lyon, I believe.", first_token_delay_s=0.25, models=["mistral-7b"]).start(),
        "OL1": OllamaNode(name="OL1", reply="Bonjour from Ollama.", models=["qwen3:1.7b"]).start(),
    }
    yield started
    for node in started.values():
        node.stop()


def make_box(nodes, **tools) -> Toolbox:
    config = load_config()
    node_configs = [
        NodeConfig(name=name, kind="ollama" if isinstance(node, OllamaNode) else "openai", url=node.url, model=node.behaviour.models[0], timeout_s=5, read_timeout_s=2)
        for name, node in nodes.items()
    ]
    settings = ToolsConfig(**tools)
    config = config.model_copy(update={"nodes": node_configs, "tools": settings, "embedded": EmbeddedConfig(enabled=False)})
    return Toolbox(config, policy=Policy(settings, assume_yes=True))


async def test_lm_query_one_node(nodes) -> None:
    box = make_box(nodes)
    result = await box.call("lm_query", {"prompt": "capital of France?", "node": "M2", "system": "be brief"}, caller=USER)
    assert result.ok
    assert result.data["text"] == "The capital of France is Paris." and result.data["attribution"] == "[-/M2:deepseek-coder-v2-lite]"
    body = nodes["M2"].chat_requests[-1].json
    assert body["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "capital of France?"}]
    unknown = await box.call("lm_query", {"prompt": "x", "node": "M9"}, caller=USER)
    assert unknown.error == "unknown or unavailable node 'M9'; available nodes: M1, M2, M3, OL1"
    await box.aclose()


async def test_lm_query_on_a_down_node_says_so_and_without_a_node_fails_over(nodes) -> None:
    nodes["M1"].set_down()
    box = make_box(nodes)
    # The node asked for is down: the next candidate answers, and the result says why it moved.
    down = await box.call("lm_query", {"prompt": "x", "node": "M1"}, caller=USER)
    assert down.ok and down.data["node"] == "M3" and down.data["moved_from"]["node"] == "M1"
    assert "down" in down.data["moved_from"]["reason"] or "cooling" in down.data["moved_from"]["reason"]
    anywhere = await box.call("lm_query", {"prompt": "x"}, caller=USER)
    assert anywhere.ok and anywhere.data["node"] == "M3"  # M1 cools down; M3 is the configured fallback
    await box.aclose()


async def test_consensus_reports_agreement_and_a_merged_attributed_answer(nodes) -> None:
    box = make_box(nodes)
    result = await box.call("consensus", {"prompt": "capital of France?", "nodes": ["M1", "M2", "M3"]}, caller=USER)
    data = result.data
    assert [a["node"] for a in data["answers"]] == ["M1", "M2", "M3"] and all(a["status"] == "ok" for a in data["answers"])
    assert data["merged"]["supported_by"] == ["[-/M1:qwen3-30b]", "[-/M2:deepseek-coder-v2-lite]"]
    assert data["agreeing"] == ["M1", "M2"] and data["merged"]["text"] in ("Paris is the capital of France.", "The capital of France is Paris.")
    assert 0 < data["agreement"] < 1
    # In parallel: the wall time is the slowest node's, not the sum.
    assert data["wall_ms"] < data["slowest_ms"] * 1.5 + 50
    await box.aclose()


async def test_consensus_reports_a_failed_node_and_merges_the_rest(nodes) -> None:
    nodes["M3"].set(status=500)
    box = make_box(nodes)
    data = (await box.call("consensus", {"prompt": "capital?", "count": 3}, caller=USER)).data
    failed = [a for a in data["answers"] if a["status"] == "failed"]
    assert [a["node"] for a in failed] == ["M3"] and failed[0]["error"].startswith("M3 http: HTTP 500")
    assert data["agreeing"] == ["M1", "M2"]
    await box.aclose()


def test_similarity_and_merge() -> None:
    assert similarity("Paris, France", "france PARIS") == 1.0 and similarity("a", "b") == 0.0
    assert merge([{"status": "failed"}]) == {"agreement": 0.0, "merged": None, "agreeing": []}


async def test_lm_models_and_cluster_status(nodes) -> None:
    box = make_box(nodes)
    models = (await box.call("lm_models", {}, caller=USER)).data["nodes"]
    assert {m["node"]: m["models"] for m in models} == {"M1": ["qwen3-30b"], "M2": ["deepseek-coder-v2-lite"], "M3": ["mistral-7b"], "OL1": ["qwen3:1.7b"]}
    status = (await box.call("lm_cluster_status", {}, caller=USER)).data
    assert [n["name"] for n in status["nodes"] if n["reachable"]] == ["M1", "M2", "M3", "OL1"]
    await box.aclose()


async def test_ollama_tools(nodes, monkeypatch) -> None:
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)
    box = make_box(nodes)
    query = await box.call("ollama_query", {"prompt": "salut"}, caller=USER)
    assert query.data["text"] == "Bonjour from Ollama." and query.data["node"] == "OL1"
    status = (await box.call("ollama_status", {}, caller=USER)).data
    assert status["reachable"] and status["models"] == ["qwen3:1.7b"] and status["web_search"] is False
    pulled = await box.call("ollama_pull", {"model": "llama3.2:1b"}, caller=USER)
    assert pulled.ok, pulled.error
    assert "llama3.2:1b" in (await box.call("ollama_models", {}, caller=USER)).data["models"]
    search = await box.call("ollama_web_search", {"query": "btc price"}, caller=USER)
    assert search.error.startswith("not available: web search needs Ollama's hosted web search: set OLLAMA_API_KEY")
    subagents = await box.call("ollama_subagents", {"tasks": ["a", "b"]}, caller=USER)
    assert [r["text"] for r in subagents.data["results"]] == ["Bonjour from Ollama."] * 2
    analysis = await box.call("ollama_trading_analysis", {"pair": "BTC"}, caller=USER)
    assert "Analyse BTC perpetual futures on the 1h timeframe" in nodes["OL1"].chat_requests[-1].json["messages"][1]["content"] and analysis.ok
    not_ollama = await box.call("ollama_query", {"prompt": "x", "node": "M1"}, caller=USER)
    assert not_ollama.error == "'M1' is not an available Ollama node; Ollama nodes: OL1"
    await box.aclose()


async def test_model_management(nodes) -> None:
    box = make_box(nodes)
    loaded = await box.call("lm_load_model", {"node": "OL1", "model": "qwen3:1.7b"}, caller=USER)
    assert loaded.ok and loaded.data["detail"] == "qwen3:1.7b loaded"
    unsupported = await box.call("lm_load_model", {"node": "M1", "model": "qwen3-coder-30b"}, caller=USER)
    assert unsupported.status == "error" and "not supported" in unsupported.error
    bench = (await box.call("lm_benchmark", {"node": "M1"}, caller=USER)).data
    assert bench["node"] == "M1" and bench["tokens"] > 0 and bench["error"] is None
    metrics = (await box.call("lm_perf_metrics", {}, caller=USER)).data
    assert set(metrics) == {"models", "nodes"}
    gpu = await box.call("lm_gpu_stats", {}, caller=USER)
    assert gpu.error.startswith("no node has gpu_metrics configured")
    headless = make_box(nodes)
    headless.policy.assume_yes = False
    refused = await headless.call("lm_unload_model", {"node": "OL1", "model": "qwen3:1.7b"}, caller=Caller("mcp"))
    assert refused.status == "refused"
    await box.aclose()
    await headless.aclose()


async def test_lm_gpu_stats_reads_each_exporter(nodes) -> None:
    from tests.servers.exporters import Exporter

    exporter = Exporter("dcgm", gpus=2, temperature_c=71.0).start()
    try:
        box = make_box(nodes)
        m1 = box.config.node("M1").model_copy(update={"gpu_metrics": exporter.metrics_url})
        box.config = box.config.model_copy(update={"nodes": [m1, *[n for n in box.config.nodes if n.name != "M1"]]})
        result = await box.call("lm_gpu_stats", {}, caller=USER)
        assert result.ok, result.error
        (reading,) = result.data["nodes"]
        assert reading["node"] == "M1" and reading["source"] == "prometheus" and reading["max_c"] == 71.0
        assert [g["temperature_c"] for g in reading["gpus"]] == [71.0, 71.0]
        await box.aclose()
    finally:
        exporter.stop()
