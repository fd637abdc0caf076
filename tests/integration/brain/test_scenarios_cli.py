"""`jarvis-tui --scenarios --json` as a child process against loopback nodes:
every scenario passes (voice phrases through the real matcher and the seed
skills, trading on a paper book), none skipped, in the documented shape;
and `--export-finetune` on a history the real one-shot CLI recorded."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

# The heuristic decides (the loopback classifier answers one fixed label to every prompt).
HEURISTIC = "classifier_timeout_s = 0.001\n"


def test_scenarios_run_green_against_loopback_nodes(make_cluster) -> None:
    cluster = make_cluster(extra=HEURISTIC)
    out = cluster.run("--scenarios", "--json", timeout=300)
    assert "Traceback" not in out.stderr
    assert out.returncode == 0, out.stderr[-3000:]
    doc = json.loads(out.stdout)
    assert set(doc) >= {"scenarios", "passed", "failed"}
    rows = doc["scenarios"]
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows)
    assert all(set(r) >= {"id", "status", "ms", "detail"} and r["status"] in ("pass", "fail", "skip") for r in rows)
    assert doc["failed"] == 0 and doc["passed"] == Counter(r["status"] for r in rows)["pass"] >= 80
    assert [r["id"] for r in rows if r["status"] == "skip"] == []
    kinds = Counter(r["kind"] for r in rows if r["status"] == "pass")
    assert kinds["prompt"] >= 48 and kinds["tool"] >= 15 and kinds["skill"] >= 10 and kinds["voice"] >= 5 and kinds["trading"] >= 5
    # The live prompts reached the nodes; nothing was recorded in the database.
    assert cluster.nodes["M1"].chat_requests
    assert not (cluster.tmp / "jarvis.db").exists()


def test_export_finetune_from_a_recorded_history(make_cluster, tmp_path: Path) -> None:
    cluster = make_cluster(node_fields={"M3": {"api_key_env": "M3_ACCESS"}})
    secret = "m3-access-8f2d1c77e0"
    env = {"M3_ACCESS": secret}
    cluster.oneshot_json(f"écris une fonction python qui inverse une liste (clé {secret})", **env)
    cluster.oneshot_json("écris une fonction python qui trie une liste", **env)
    target = tmp_path / "train.jsonl"
    out = cluster.run("--export-finetune", str(target), "--min-score", "0.8", "--json", **env)
    assert out.returncode == 0, out.stderr
    counts = json.loads(out.stdout)
    # Per request: the coder's and the reviewer's parts, and the merged answer (s1).
    assert counts["examples"] == 6 and counts["below_min_score"] == 0 and counts["min_score"] == 0.8
    assert "wrote 6 examples" in out.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and secret not in target.read_text(encoding="utf-8")
    first = json.loads(lines[0])["messages"]
    assert [m["role"] for m in first] == ["system", "user", "assistant"] and "[redacted]" in first[1]["content"]
    strict = cluster.run("--export-finetune", str(target), "--min-score", "0.95", "--json", **env)
    assert json.loads(strict.stdout)["examples"] == 0 and json.loads(strict.stdout)["below_min_score"] == 6
    bad = cluster.run("--export-finetune", str(target), "--min-score", "2")
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr
    alone = cluster.run("--scenarios", "--min-score", "0.5")
    assert alone.returncode == 2 and "--min-score goes with --export-finetune" in alone.stderr
