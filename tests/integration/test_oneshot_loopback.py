"""The commander end to end, through the real CLI, against loopback nodes
that speak the OpenAI and Ollama wire formats."""

from __future__ import annotations

import json
import sqlite3

from tests.integration.conftest import role_of

PROMPT = "écris une fonction python qui inverse une liste"


def test_code_request_plans_coder_then_reviewer_with_real_results(make_cluster):
    cluster = make_cluster()
    doc = cluster.oneshot_json(PROMPT)
    assert doc["prompt"] == PROMPT
    assert doc["classification"]["type"] == "code" and doc["classification"]["method"] == "llm"
    assert [(u["id"], u["role"], u["agent"], u["node"], u["depends_on"]) for u in doc["plan"]] == [
        ("u1", "coder", "ia-fast", "M2", []),
        ("u2", "reviewer", "ia-check", "M1", ["u1"]),
    ]
    assert [(r["id"], r["node"], r["status"], r["attempts"]) for r in doc["results"]] == [("u1", "M2", "ok", 1), ("u2", "M1", "ok", 1)]
    assert doc["results"][0]["text"].startswith("M2 did the coder work")
    assert all(r["score"] == 0.9 and r["score_method"] == "llm" for r in doc["results"])
    assert doc["attribution"] == ["[ia-fast/M2:deepseek-coder-v2-lite]", "[ia-check/M1:qwen3-30b]"]
    assert doc["score"] == 0.9 and doc["cycles"] == 1
    # The commander's node merged the parts into one answer that keeps their tags; the checker judged it.
    assert doc["answer"] == "M1 merged the parts: the work of [ia-fast/M2:deepseek-coder-v2-lite]; the work of [ia-check/M1:qwen3-30b]"
    assert doc["synthesis"]["node"] == "M1" and doc["synthesis"]["score_method"] == "llm"
    synthesis = cluster.chats("M1", "synthesis")[0]["messages"][-1]["content"]
    assert "M2 did the coder work" in synthesis and "M1 did the reviewer work" in synthesis
    assert doc["thermal"] == {"level": "normal", "max_c": None, "moved": [], "nodes": {}}
    # The reviewer saw the coder's work, fenced as data, and ran only after it.
    (review,) = cluster.chats("M1", "reviewer")
    assert "Work of coder [ia-fast/M2:deepseek-coder-v2-lite]" in review["messages"][1]["content"]
    assert "M2 did the coder work" in review["messages"][1]["content"]
    assert review["stream"] is True and review["model"] == "qwen3-30b"


def test_dependency_order_on_the_wire(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(token_delay_s=0.05)
    cluster.oneshot_json(PROMPT)
    coder = next(r for r in cluster.nodes["M2"].chat_requests if role_of(r.json) == "coder")
    review = next(r for r in cluster.nodes["M1"].chat_requests if role_of(r.json) == "reviewer")
    tokens = len(coder.json and ["M2", "did", "the", "coder", "work.", "def", "reverse(xs):", "return", "xs[::-1]"])
    assert review.time - coder.time >= 0.05 * (tokens - 1)


def test_units_without_dependencies_run_in_parallel(make_cluster):
    # trading: scanner (M1) and web_data (OL1) are independent; the validator waits for both.
    cluster = make_cluster(label="trading")
    for name in ("M1", "OL1"):
        cluster.nodes[name].set(first_token_delay_s=0.6)
    doc = cluster.oneshot_json("long btc x10 maintenant ?")
    assert [u["role"] for u in doc["plan"]] == ["scanner", "web_data", "validator"]
    scanner = cluster.chats("M1", "scanner")
    web = cluster.chats("OL1", "web_data")
    assert scanner and web
    t_scan = next(r.time for r in cluster.nodes["M1"].chat_requests if r.json is scanner[0])
    t_web = next(r.time for r in cluster.nodes["OL1"].chat_requests if r.json is web[0])
    assert abs(t_scan - t_web) < 0.5  # both started before either could finish
    validator = cluster.chats("M1", "validator")[0]["messages"][1]["content"]
    assert "Work of scanner" in validator and "Work of web_data" in validator
    assert doc["results"][1]["node"] == "OL1" and doc["status"] == "ok"


def test_concurrency_cap(make_cluster):
    routing = '[routing]\nanalyse = [{agent="ia-deep", node="M1", role="analyzer"}, {agent="ia-deep", node="M1", role="analyzer"}, {agent="ia-deep", node="M1", role="analyzer"}, {agent="ia-deep", node="M1", role="analyzer"}]\n'
    cluster = make_cluster(label="analyse", extra="max_parallel = 2\n" + routing)
    cluster.nodes["M1"].set(first_token_delay_s=0.3)
    doc = cluster.oneshot_json("compare postgres et mongodb en profondeur")
    assert len(doc["results"]) == 4 and doc["status"] == "ok"
    # Units and their checker calls share the node: at most 2 units in flight, never 4.
    assert cluster.nodes["M1"].max_in_flight <= 2


def test_node_down_fails_over_to_the_fallback(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set_down()
    doc = cluster.oneshot_json(PROMPT)
    coder = doc["results"][0]
    assert (coder["node"], coder["model"], coder["attempts"], coder["status"]) == ("M3", "mistral-7b", 2, "ok")
    assert doc["attribution"][0] == "[ia-fast/M3:mistral-7b]"


def test_hanging_node_times_out_and_fails_over(make_cluster):
    cluster = make_cluster(node_fields={"M2": {"read_timeout_s": 0.5}})
    cluster.nodes["M2"].set(hang=True)
    out = cluster.run("--oneshot", PROMPT, "--json")
    assert out.returncode == 0, out.stderr
    coder = json.loads(out.stdout)["results"][0]
    assert coder["node"] == "M3" and coder["attempts"] == 2
    assert "M2 failed (timeout" in out.stderr


def test_stream_dropped_midway_restarts_elsewhere_and_keeps_no_partial_text(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(drop_after_tokens=3)
    out = cluster.run("--oneshot", PROMPT, "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    coder = doc["results"][0]
    assert coder["node"] == "M3" and coder["text"].startswith("M3 did the coder work")
    assert "M2 did" not in doc["answer"]
    assert "M2 failed (dropped" in out.stderr


def test_stream_hanging_after_some_tokens(make_cluster):
    cluster = make_cluster(node_fields={"M2": {"read_timeout_s": 0.5}})
    cluster.nodes["M2"].set(hang_after_tokens=2)
    doc = cluster.oneshot_json(PROMPT)
    assert doc["results"][0]["node"] == "M3" and "M2 did" not in doc["answer"]


def test_http_error_fails_over(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(status=500)
    out = cluster.run("--oneshot", PROMPT, "--json")
    assert json.loads(out.stdout)["results"][0]["node"] == "M3"
    assert "HTTP 500" in out.stderr


def test_garbage_score_is_heuristic_and_does_not_redispatch(make_cluster):
    cluster = make_cluster(score="I think it is fine, really.")
    doc = cluster.oneshot_json(PROMPT)
    assert [(r["score"], r["score_method"], r["attempts"]) for r in doc["results"]] == [(0.5, "heuristic", 1)] * 2
    assert doc["cycles"] == 1


def test_weak_score_redispatches_to_another_node(make_cluster):
    def score(body):  # M2's work is weak, everybody else's is good
        return 0.3 if "M2 did the coder work" in body["messages"][1]["content"] else 0.95

    cluster = make_cluster(score=score)
    out = cluster.run("--oneshot", PROMPT, "--json")
    doc = json.loads(out.stdout)
    coder = doc["results"][0]
    assert (coder["node"], coder["score"], coder["cycles"], coder["attempts"]) == ("M3", 0.95, 2, 2)
    assert doc["cycles"] == 2
    assert "re-dispatching (cycle 2)" in out.stderr


def test_redispatch_stops_after_max_cycles_and_keeps_the_best(make_cluster):
    scores = iter([0.2, 0.5, 0.4, 0.9, 0.9, 0.9])
    cluster = make_cluster(extra="max_cycles = 2\n", score=lambda body: next(scores))
    doc = cluster.oneshot_json(PROMPT)
    coder = doc["results"][0]
    assert coder["cycles"] == 3 and coder["score"] == 0.5


def test_all_nodes_down_exits_1_with_a_clear_message(make_cluster):
    cluster = make_cluster()
    for node in cluster.nodes.values():
        node.set_down()
    out = cluster.run("--oneshot", PROMPT, "--json")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "the request failed: no node could answer" in out.stderr
    doc = json.loads(out.stdout)
    assert doc["status"] == "failed" and doc["answer"] == ""
    assert all(r["status"] == "failed" for r in doc["results"])


def test_ollama_node_streams_ndjson(make_cluster):
    cluster = make_cluster(label="simple", extra='[routing]\nsimple = [{agent="", node="OL1", role="responder"}]\n')
    doc = cluster.oneshot_json("salut, ça va ?")
    assert doc["results"][0]["node"] == "OL1" and doc["results"][0]["text"].startswith("OL1 did the responder work")
    (chat,) = [r.json for r in cluster.nodes["OL1"].chat_requests]
    assert chat["stream"] is True and chat["model"] == "qwen3:1.7b"


def test_classifier_timeout_falls_back_to_the_heuristic(make_cluster):
    cluster = make_cluster(label="trading", extra="classifier_timeout_s = 0.3\n")
    cluster.nodes["M1"].set(first_token_delay_s=1.0)
    doc = cluster.oneshot_json(PROMPT)
    assert doc["classification"]["method"] == "heuristic" and doc["classification"]["type"] == "code"


def test_llm_label_outside_the_six_is_ignored(make_cluster):
    cluster = make_cluster(label="poetry")
    doc = cluster.oneshot_json(PROMPT)
    assert doc["classification"] == {**doc["classification"], "type": "code", "method": "heuristic"}


def test_human_output_streams_the_merged_answer_on_stdout_and_trace_on_stderr(make_cluster):
    cluster = make_cluster()
    out = cluster.run("--oneshot", PROMPT)
    assert out.returncode == 0
    assert out.stdout.startswith("M1 merged the parts: the work of [ia-fast/M2:deepseek-coder-v2-lite]")
    assert "M2 did the coder work" not in out.stdout  # each part once, in the merge, never repeated
    assert "· plan: u2 reviewer" in out.stderr and "· s1: score 0.90 (llm by M1)" in out.stderr


def test_concat_streams_each_part_on_stdout(make_cluster):
    cluster = make_cluster(extra='synthesis = "concat"\n')
    out = cluster.run("--oneshot", PROMPT)
    assert out.returncode == 0
    assert "## coder [ia-fast/M2:deepseek-coder-v2-lite]" in out.stdout
    assert "M2 did the coder work" in out.stdout and "— [ia-check/M1:qwen3-30b]" in out.stdout
    assert "· classified: code (llm" in out.stderr and "· plan: u2 reviewer" in out.stderr
    assert "{" not in out.stderr.splitlines()[0]


def test_the_request_is_recorded_in_the_store(make_cluster):
    cluster = make_cluster()
    doc = cluster.oneshot_json(PROMPT)
    db = sqlite3.connect(cluster.tmp / "jarvis.db")
    row = db.execute("select status, type, score, cycles from requests where id = ?", (doc["request_id"],)).fetchone()
    assert row == ("ok", "code", 0.9, 1)
    units = db.execute("select unit_id, node, status from units where request_id = ? order by unit_id", (doc["request_id"],)).fetchall()
    assert units == [("s1", "M1", "ok"), ("u1", "M2", "ok"), ("u2", "M1", "ok")]


def test_dry_run_calls_no_node(make_cluster):
    cluster = make_cluster()
    doc = cluster.oneshot_json(PROMPT, "--dry-run")
    assert set(doc) >= {"prompt", "classification", "thermal", "plan"} and "results" not in doc
    assert all(not n.chat_requests for n in cluster.nodes.values())


def test_bad_inputs_get_clear_errors_and_exit_2(make_cluster, tmp_path):
    cluster = make_cluster()
    cases = [
        (cluster.run("--oneshot", ""), "the prompt is empty"),
        (cluster.run("--oneshot", "-", stdin=b"x" * 1_048_576), "the limit is 100,000"),
        (cluster.run("--oneshot", "-", stdin=bytes(range(1, 256)) * 8), "binary data"),
        (cluster.run("--dry-run"), "--dry-run goes with --oneshot"),
    ]
    bad = tmp_path / "bad.toml"
    bad.write_text("[commander]\nquality_threshold = 3\n")
    cases.append((cluster.run("--config", str(bad), "--oneshot", "hi"), "commander.quality_threshold"))
    for out, message in cases:
        assert out.returncode == 2, (message, out.stderr)
        assert message in out.stderr and "Traceback" not in out.stderr
    assert all(not n.chat_requests for n in cluster.nodes.values())


def test_status_lists_nodes_and_exits_1_when_one_is_down(make_cluster):
    cluster = make_cluster()
    out = cluster.run("-s", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    by_name = {n["name"]: n for n in doc["nodes"]}
    assert by_name["M2"]["reachable"] and by_name["M2"]["models"] == ["deepseek-coder-v2-lite"]
    assert by_name["OL1"]["kind"] == "ollama" and by_name["OL1"]["loaded"] == ["qwen3:1.7b"]
    assert by_name["M1"]["latency_ms"] > 0 and by_name["M1"]["gpus"] == []
    cluster.nodes["M3"].set_down()
    out = cluster.run("-s")
    assert out.returncode == 1 and "M3" in out.stdout and "down" in out.stdout


def test_preanalysis_by_m1_reaches_every_unit(make_cluster):
    cluster = make_cluster(extra="preanalysis = true\n")
    cluster.oneshot_json(PROMPT)
    pre = [r.json for r in cluster.nodes["M1"].chat_requests if "three short bullet points" in r.json["messages"][0]["content"]]
    assert len(pre) == 1
    (coder,) = cluster.chats("M2", "coder")
    assert "PRE-ANALYSE:" in coder["messages"][0]["content"] and "M1 did the unknown work" in coder["messages"][0]["content"]
