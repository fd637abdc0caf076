"""With ANTHROPIC_API_KEY set, agent units run on Claude through the real
`anthropic` SDK, here against a loopback server speaking the Messages API."""

from __future__ import annotations

import json

import pytest

from jarvis_tui.core.orchestra.enrich import load_prompts
from tests.servers.anthropic_api import AnthropicNode

PROMPT = "écris une fonction python qui inverse une liste"


def claude_reply(body: dict) -> str:
    system = body.get("system") or ""
    if "quality checker" in system:
        return json.dumps({"score": 0.95, "reason": "ok"})
    role = next((r for r, text in load_prompts().roles.items() if text in system), "unknown")
    return f"Claude {body['model']} did the {role} work."


@pytest.fixture()
def claude():
    with AnthropicNode(api_key="sk-ant-test-key-0123456789", reply=claude_reply) as node:
        yield node


def test_agent_units_run_on_claude_models(make_cluster, claude):
    cluster = make_cluster(extra=f'[claude]\nurl = "{claude.url}"\n')
    out = cluster.run("--oneshot", PROMPT, "--json", ANTHROPIC_API_KEY="sk-ant-test-key-0123456789")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert [(u["node"], u["model"]) for u in doc["plan"]] == [("CLAUDE", "claude-haiku-5-5"), ("CLAUDE", "claude-sonnet-5-5")]
    assert doc["attribution"] == ["[ia-fast/CLAUDE:claude-haiku-5-5]", "[ia-check/CLAUDE:claude-sonnet-5-5]"]
    assert doc["results"][0]["text"] == "Claude claude-haiku-5-5 did the coder work."
    assert all(r["score"] == 0.95 and r["score_method"] == "llm" for r in doc["results"])
    requests = claude.messages_requests
    assert requests and all(r.headers["authorization"] == "Bearer sk-ant-test-key-0123456789" for r in requests)
    assert all(r.json["stream"] is True for r in requests if "quality checker" not in (r.json.get("system") or ""))
    # Local nodes still classify; they do no agent work.
    assert not cluster.chats("M2", "coder")
    # The key never reaches the database.
    assert b"sk-ant-test-key" not in (cluster.tmp / "jarvis.db").read_bytes()


def test_claude_dropping_its_stream_fails_over_to_the_routed_local_node(make_cluster, claude):
    claude.set(drop_after_tokens=2)
    cluster = make_cluster(extra=f'[claude]\nurl = "{claude.url}"\n')
    out = cluster.run("--oneshot", PROMPT, "--json", ANTHROPIC_API_KEY="sk-ant-test-key-0123456789")
    assert out.returncode == 0, out.stderr
    coder = json.loads(out.stdout)["results"][0]
    assert coder["node"] == "M2" and coder["text"].startswith("M2 did the coder work")
    assert "CLAUDE failed (dropped" in out.stderr


def test_without_the_key_nothing_goes_to_claude(make_cluster, claude):
    cluster = make_cluster(extra=f'[claude]\nurl = "{claude.url}"\n')
    doc = cluster.oneshot_json(PROMPT)
    assert [u["node"] for u in doc["plan"]] == ["M2", "M1"] and not claude.requests
