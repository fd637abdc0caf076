"""A hostile node on loopback, through the real CLI: whatever one node sends
(an endless line, body, token stream, error body or model list; text as a
number or a list; a compressed bomb; a tool call of the wrong shape), the
request fails over to another node with the reason said, in bounded memory
and time, and never with a traceback."""

from __future__ import annotations

import json

import pytest

from tests.integration.harden_net.cli import PEAK_MB, jarvis

PROMPT = "écris une fonction python qui inverse une liste"
# The coder unit on the Ollama node, M3 behind it: the same faults in the NDJSON wire format.
ON_OLLAMA = '[routing]\ncode = [{ agent = "ia-fast", node = "OL1", role = "coder" }]\n'

FAULTS = {
    # fault: the reason the failover must give
    "endless_line": "a line of the reply is longer than 4 MiB",
    "endless_stream": "the reply is longer than",
    "endless_tokens": "the reply went on past max_tokens (1024)",
    "endless_error": "http: HTTP 500",
    "content_number": "malformed reply",
    "content_list": "malformed reply",
    "compressed": "the response is compressed (gzip)",
}


def coder(doc: dict) -> dict:
    (result,) = [r for r in doc["results"] if r["id"] == "u1"]
    return result


@pytest.mark.parametrize("wire", ["openai", "ollama"])
@pytest.mark.parametrize("fault", FAULTS)
def test_a_hostile_reply_fails_over_in_bounded_memory(make_cluster, fault, wire):
    cluster = make_cluster(extra=ON_OLLAMA if wire == "ollama" else "")
    hostile = "OL1" if wire == "ollama" else "M2"
    cluster.nodes[hostile].set(fault=fault)
    run = jarvis(cluster, "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    result = coder(doc)
    assert result["status"] == "ok" and result["node"] == "M3" and result["attempts"] == 2
    failover = next(line for line in run.err.splitlines() if f"u1: {hostile} failed" in line)
    assert FAULTS[fault] in failover, failover
    assert run.peak_mb < PEAK_MB, f"{run.peak_mb:.0f} MB"
    assert run.seconds < 30


def test_an_endless_model_list_during_status_is_a_down_node(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(fault="endless_models")
    cluster.nodes["OL1"].set(fault="endless_models")
    run = jarvis(cluster, "-s", "--json")
    assert run.code == 1  # a configured node is down
    nodes = {n["name"]: n for n in json.loads(run.out)["nodes"]}
    for name in ("M2", "OL1"):
        assert not nodes[name]["reachable"] and "larger than 16 MiB" in nodes[name]["error"], nodes[name]
    assert nodes["M1"]["reachable"] and nodes["M3"]["reachable"]
    assert run.peak_mb < PEAK_MB, f"{run.peak_mb:.0f} MB"


def test_a_commander_sending_malformed_tool_calls_hands_over_to_the_local_pipeline(make_cluster):
    cluster = make_cluster()
    cluster.nodes["OL1"].set(fault="bad_tool_call")
    run = jarvis(cluster, "-o", "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    assert doc["commander"]["mode"] == "ollama" and "bad_response: malformed reply" in doc["commander"]["fallback"]
    assert doc["status"] == "ok" and [r["node"] for r in doc["results"]] == ["M2", "M1"]


def test_tool_calls_past_the_cap_are_answered_not_run(make_cluster):
    cluster = make_cluster(extra="[tools]\nmax_calls_per_turn = 3\n")

    def calls(body: dict) -> list[dict] | None:
        system = body["messages"][0]["content"]
        if "Commandant Pur" not in system or body["messages"][-1]["role"] == "tool":
            return None
        return [{"name": "lm_query", "arguments": {"node": "M1", "prompt": f"question {i}"}} for i in range(20)]

    cluster.nodes["OL1"].set(tool_calls=calls)
    run = jarvis(cluster, "-o", "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    assert [r["tool"] for r in doc["results"]] == ["lm_query"] * 3  # three units ran, no more
    questions = [r.json["messages"][-1]["content"] for r in cluster.nodes["M1"].chat_requests if r.json["messages"][-1]["content"].startswith("question")]
    assert sorted(questions) == ["question 0", "question 1", "question 2"]
    final = next(r.json for r in cluster.nodes["OL1"].chat_requests if r.json["messages"][-1]["role"] == "tool")
    answers = [m["content"] for m in final["messages"] if m["role"] == "tool"]
    assert len(answers) == 20 and sum(a.startswith("REFUSED: more than 3 tool calls in one turn") for a in answers) == 17
