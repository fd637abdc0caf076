"""What a hostile node's text can do once it is accepted, through the real
CLI: terminal escapes never reach the terminal, a lone surrogate never
leaves a request `running`, a reply cut at the token limit is said to be
truncated, and a hung node costs one timeout, not one per call."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.integration.conftest import brain
from tests.integration.harden_net.cli import ACTIVE, jarvis

PROMPT = "écris une fonction python qui inverse une liste"
ESCAPES = "\x1b[2J\x1b[H\x1b]0;owned\x07\x1b]52;c;cm0gLXJmIH4K\x07\r· M2 is back up\n\x9b6n\x07"


def with_text(name: str, text: str):
    """The node's usual replies (label, score), with `text` in its unit's answer."""
    usual = brain(name)

    def reply(body: dict) -> str:
        answer = usual(body)
        return f"{text} {answer}" if " did the " in answer else answer

    return reply


@pytest.mark.parametrize("fmt", ["human", "json"])
def test_terminal_escapes_never_reach_the_terminal(make_cluster, fmt):
    cluster = make_cluster(extra='synthesis = "concat"\n')  # the parts themselves reach stdout
    cluster.nodes["M2"].set(reply=with_text("M2", ESCAPES))
    cluster.nodes["M1"].set(reply=with_text("M1", ESCAPES))
    run = jarvis(cluster, "--oneshot", PROMPT, *(["--json"] if fmt == "json" else []))
    assert run.code == 0, run.err[-2000:]
    assert not ACTIVE.search(run.out.replace("\n", "")) and not ACTIVE.search(run.err.replace("\n", ""))
    assert all(line.startswith(("· ", "jarvis-tui: ")) for line in run.err.splitlines())  # no forged trace line
    if fmt == "json":  # the document keeps the data as it came: JSON escapes it
        assert json.loads(run.out)["results"][0]["text"].startswith(ESCAPES.replace("\r", "").strip()[:4])
    else:
        assert "M2 did the coder work" in run.out and "M2 is back up" in run.out  # shown as text, on the answer's own line


def test_an_error_message_with_escapes_is_printed_inert(make_cluster):
    cluster = make_cluster()
    for node in cluster.nodes.values():
        node.set(fault="hostile_error")
    run = jarvis(cluster, "--oneshot", PROMPT)
    assert run.code == 1 and "jarvis-tui: the request failed" in run.err and "overloaded" in run.err
    assert not ACTIVE.search(run.err.replace("\n", ""))
    assert all(line.startswith(("· ", "jarvis-tui: ")) for line in run.err.splitlines())


def test_a_lone_surrogate_in_a_reply_is_stored_and_the_request_finishes(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(reply=with_text("M2", "caf\ud800\udfff\ud800é"))  # a pair stays a pair; lone halves do not
    run = jarvis(cluster, "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    assert doc["results"][0]["text"].startswith("caf\U000103ff\ufffd\u00e9 M2 did the coder work")  # the JSON escapes \ud800\udfff are one character
    json.dumps(doc, ensure_ascii=False).encode("utf-8")  # no lone surrogate left anywhere in the document
    with sqlite3.connect(cluster.tmp / "jarvis.db") as db:
        assert db.execute("SELECT status FROM requests").fetchall() == [("ok",)]


@pytest.mark.parametrize("hostile", ["M2", "OL1"])
def test_a_reply_cut_at_the_token_limit_is_marked_truncated(make_cluster, hostile):
    cluster = make_cluster(extra='[routing]\ncode = [{ agent = "ia-fast", node = "OL1", role = "coder" }]\n' if hostile == "OL1" else "")
    cluster.nodes[hostile].set(finish_reason="length")
    run = jarvis(cluster, "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    coder = doc["results"][0]
    assert coder["node"] == hostile and coder["status"] == "ok" and coder["truncated"] is True
    assert doc["truncated"] is True
    assert f"u1: truncated: {hostile} stopped at its token limit" in run.err


def test_a_hung_node_costs_one_timeout(make_cluster):
    # M1 classifies, checks and reviews; it accepts every request and never answers.
    cluster = make_cluster(extra="classifier_timeout_s = 1\nchecker_timeout_s = 2\n", node_fields={"M1": {"read_timeout_s": 2.0}})
    cluster.nodes["M1"].set(hang=True)
    run = jarvis(cluster, "--oneshot", PROMPT, "--json")
    assert run.code == 0, run.err[-2000:]
    doc = json.loads(run.out)
    assert [(r["id"], r["node"], r["status"]) for r in doc["results"]] == [("u1", "M2", "ok"), ("u2", "M3", "ok")]
    # The classifier's call (slow is not broken: the heuristic decides) and the first checker call, which
    # timed out and cooled M1: the reviewer unit and the later checks went elsewhere at once.
    assert len(cluster.nodes["M1"].chat_requests) == 2
    assert "M1 cools down" in run.err
    assert run.seconds < 1 + 2 + 6  # the two timeouts, and start-up; never a third wait
