"""Claude as the commander ("Commandant Pur") on a loopback Messages API:
it receives the enriched prompt, dispatches through dispatch_agent, lm_query
and consensus, never answers the task itself, and synthesises with
attribution. The `-o` mode does the same with an Ollama model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from jarvis_tui.core import events as ev
from jarvis_tui.core.config import (
    ClaudeConfig,
    EmbeddedConfig,
    NodeConfig,
    ToolsConfig,
    load_config,
)
from jarvis_tui.core.orchestra.tool_commander import COMMANDER_TOOLS, NUDGE
from jarvis_tui.core.runtime import Runtime
from tests.servers.anthropic_api import AnthropicNode
from tests.servers.llm import OllamaNode, OpenAINode

KEY = "sk-ant-test-commander-0123456789"
PROMPT = "écris une fonction python qui inverse une liste"
SYNTHESIS = "Voici la fonction [ia-fast/CLAUDE:claude-haiku-5-5], confirmée par [-/M1:qwen3-30b]."


def system_of(body: dict[str, Any]) -> str:
    system = body.get("system")
    if system is None and body.get("messages") and body["messages"][0]["role"] == "system":
        system = body["messages"][0]["content"]
    return system or ""


def has_tool_results(body: dict[str, Any]) -> bool:
    return any(isinstance(m["content"], list) and m["content"] and m["content"][0].get("type") == "tool_result" for m in body["messages"])


def local_reply(body: dict[str, Any]) -> str:
    if "Classify the user's request" in system_of(body):
        return "code"
    if "quality checker" in system_of(body):
        return json.dumps({"score": 0.8, "reason": "ok"})
    return "M1 says: use slicing."


@pytest.fixture()
def servers() -> Iterator[dict[str, Any]]:
    started: dict[str, Any] = {
        "M1": OpenAINode(name="M1", reply=local_reply, models=["qwen3-30b"]).start(),
        "M2": OpenAINode(name="M2", reply=local_reply, models=["deepseek-coder-v2-lite"]).start(),
        "OL1": OllamaNode(name="OL1", reply="OL1 synthesis [-/M1:qwen3-30b]", models=["qwen3:1.7b"]).start(),
        "CLAUDE": AnthropicNode(api_key=KEY).start(),
    }
    yield started
    for server in started.values():
        server.stop()


def make_box(servers: dict[str, Any], **options: Any) -> Runtime:
    config = load_config()
    nodes = [
        NodeConfig(name="M1", kind="openai", url=servers["M1"].url, model="qwen3-30b", timeout_s=10, read_timeout_s=5),
        NodeConfig(name="M2", kind="openai", url=servers["M2"].url, model="deepseek-coder-v2-lite", timeout_s=10, read_timeout_s=5),
        NodeConfig(name="OL1", kind="ollama", url=servers["OL1"].url, model="qwen3:1.7b", timeout_s=10, read_timeout_s=5),
    ]
    config = config.model_copy(update={"nodes": nodes, "tools": ToolsConfig(), "embedded": EmbeddedConfig(enabled=False), "claude": ClaudeConfig(url=servers["CLAUDE"].url)})
    return Runtime(config, monitor="off", **({"record": False} | options))


async def ask(runtime: Runtime, prompt: str, *, mode: Any = "auto") -> dict[str, Any]:
    await runtime.start()
    return await runtime.ask(prompt, mode=mode)


def claude_brain(*, dispatch: bool = True, answer_first: bool = False):
    """Claude's replies: as commander, dispatch (maybe after answering once by
    itself), then synthesise; as an agent, do the work; as checker, score."""
    state = {"commander_turns": 0}

    def tool_uses(body: dict[str, Any]) -> list[dict[str, Any]] | None:
        if "Commandant Pur" not in system_of(body) or has_tool_results(body) or not dispatch:
            return None
        if answer_first and NUDGE not in json.dumps(body["messages"]):
            return None
        return [
            {"name": "dispatch_agent", "input": {"agent": "ia-fast", "task": "Write a Python function that reverses a list."}},
            {"name": "lm_query", "input": {"node": "M1", "prompt": "How do you reverse a list in Python?"}},
        ]

    def reply(body: dict[str, Any]) -> str:
        system = system_of(body)
        if "quality checker" in system:
            return json.dumps({"score": 0.92, "reason": "attributed and correct"})
        if "Commandant Pur" in system:
            state["commander_turns"] += 1
            return SYNTHESIS if has_tool_results(body) else "def reverse(xs): return xs[::-1]  # I did it myself"
        return "def reverse(xs):\n    return xs[::-1]"

    return {"tool_uses": tool_uses, "reply": reply}


def commander_requests(claude: AnthropicNode) -> list[dict[str, Any]]:
    return [r.json for r in claude.messages_requests if "Commandant Pur" in system_of(r.json)]


async def test_claude_dispatches_and_synthesises_with_attribution(servers, monkeypatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    claude = servers["CLAUDE"].set(**claude_brain())
    box = make_box(servers)
    seen: list[ev.Event] = []
    box.bus.subscribe(seen.append)
    doc = await ask(box, PROMPT)
    # Every dispatched call is a unit of the request: added, streamed, scored and finished.
    added = [e.unit for e in seen if isinstance(e, ev.UnitAdded)]
    assert [(u.id, u.agent, u.node) for u in added] == [("t1", "ia-fast", "CLAUDE"), ("t2", None, "M1")]
    for unit_id in ("t1", "t2"):
        assert any(isinstance(e, ev.UnitToken) and e.unit_id == unit_id for e in seen)
        assert any(isinstance(e, ev.UnitScored) and e.unit_id == unit_id and e.method == "llm" for e in seen)
        assert [e.status for e in seen if isinstance(e, ev.UnitFinished) and e.unit_id == unit_id] == ["ok"]
    assert doc["status"] == "ok" and doc["commander"] == {"mode": "claude", "node": "CLAUDE", "model": "claude-sonnet-5-5", "steps": 2, "nudged": False}
    assert doc["classification"]["type"] == "code" and [u["role"] for u in doc["plan"]] == ["coder", "reviewer"]
    assert doc["answer"] == SYNTHESIS
    assert doc["attribution"] == ["[ia-fast/CLAUDE:claude-haiku-5-5]", "[-/M1:qwen3-30b]"]
    assert [(r["id"], r["tool"], r["node"], r["status"]) for r in doc["results"]] == [("t1", "dispatch_agent", "CLAUDE", "ok"), ("t2", "lm_query", "M1", "ok")]
    assert doc["score"] == 0.92 and doc["score_method"] == "llm"
    first = commander_requests(claude)[0]
    # The enriched commander prompt, and exactly the three dispatch tools.
    assert first["messages"][0]["content"].startswith("MODE COMMANDANT\nClassification: code") and "PLAN DE DISPATCH" in first["messages"][0]["content"]
    assert PROMPT in first["messages"][0]["content"]
    assert sorted(t["name"] for t in first["tools"]) == sorted(COMMANDER_TOOLS)
    # ia-fast ran on Claude with its own model; lm_query reached M1.
    assert any(r.json["model"] == "claude-haiku-5-5" and "You are ia-fast" in system_of(r.json) for r in claude.messages_requests)
    assert any("How do you reverse a list" in json.dumps(r.json["messages"]) for r in servers["M1"].chat_requests)
    await box.aclose()


async def test_claude_never_answers_the_task_itself(servers, monkeypatch) -> None:
    """A commander that answers instead of dispatching is sent back once; if it
    does it again, the local pipeline answers and its text is discarded."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    claude = servers["CLAUDE"].set(**claude_brain(dispatch=False))
    box = make_box(servers)
    doc = await ask(box, PROMPT)
    assert doc["commander"]["nudged"] is True
    assert doc["commander"]["fallback"] == "the commander answered twice without dispatching; the local pipeline answered"
    assert "I did it myself" not in doc["answer"]
    second = commander_requests(claude)[1]
    assert second["messages"][-1] == {"role": "user", "content": NUDGE}
    assert [r["id"] for r in doc["results"]] == ["u1", "u2"]  # the local pipeline's units
    await box.aclose()


async def test_a_nudged_commander_dispatches_on_its_second_turn(servers, monkeypatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    servers["CLAUDE"].set(**claude_brain(answer_first=True))
    box = make_box(servers)
    doc = await ask(box, PROMPT)
    assert doc["commander"]["nudged"] is True and "fallback" not in doc["commander"]
    assert doc["answer"] == SYNTHESIS
    await box.aclose()


async def test_a_failing_claude_hands_the_request_to_the_local_pipeline(servers, monkeypatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    servers["CLAUDE"].set(status=529)
    box = make_box(servers)
    doc = await ask(box, PROMPT)
    assert doc["commander"]["fallback"].startswith("the commander failed (http: HTTP 529")
    assert doc["status"] == "ok" and doc["results"][0]["node"] == "M2"  # Claude is down: units fail over to their routed nodes
    await box.aclose()


async def test_ollama_as_commander(servers, monkeypatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)

    def calls(body: dict[str, Any]) -> list[dict[str, Any]] | None:
        if "Commandant Pur" not in system_of(body) or body["messages"][-1]["role"] == "tool":
            return None
        return [{"name": "lm_query", "arguments": {"node": "M1", "prompt": "reverse a list?"}}]

    servers["OL1"].set(tool_calls=calls)
    box = make_box(servers)
    doc = await ask(box, PROMPT, mode="ollama")
    assert doc["commander"]["mode"] == "ollama" and doc["commander"]["node"] == "OL1" and doc["commander"]["model"] == "qwen3:1.7b"
    assert doc["answer"] == "OL1 synthesis [-/M1:qwen3-30b]" and doc["attribution"] == ["[-/M1:qwen3-30b]"]
    tools = servers["OL1"].chat_requests[0].json["tools"]
    assert sorted(t["function"]["name"] for t in tools) == sorted(COMMANDER_TOOLS)
    await box.aclose()


async def test_without_a_key_the_local_pipeline_is_the_commander(servers, monkeypatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    box = make_box(servers)
    doc = await ask(box, PROMPT)
    assert doc["commander"] == {"mode": "local"} and not servers["CLAUDE"].requests
    await box.aclose()


async def test_the_commander_is_recorded_like_any_request(servers, monkeypatch, tmp_path) -> None:
    from jarvis_tui.core.store import Store

    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    servers["CLAUDE"].set(**claude_brain())
    box = make_box(servers, record=True, db_path=tmp_path / "jarvis.db")
    doc = await ask(box, PROMPT)
    store = box.store
    assert isinstance(store, Store)
    await store.flush()
    request = await store.get_request(doc["request_id"])
    calls = await store.tool_calls(request_id=doc["request_id"])
    assert request["status"] == "ok" and request["answer"] == SYNTHESIS and request["units"][0]["unit_id"] == "c1"
    # The work Claude dispatched is recorded as units of the request, scored.
    assert [(u["unit_id"], u["node"], u["status"]) for u in request["units"][1:]] == [("t1", "CLAUDE", "ok"), ("t2", "M1", "ok")]
    assert all(u["score"] == 0.92 for u in request["units"][1:])
    assert {(c["tool"], c["caller_kind"]) for c in calls} >= {("dispatch_agent", "commander"), ("lm_query", "commander")}
    assert KEY.encode() not in (tmp_path / "jarvis.db").read_bytes()
    await box.aclose()
