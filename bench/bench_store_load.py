"""Load on one shared database: RUNS real one-shots (`jarvis-tui --oneshot
--json`, each its own process), PARALLEL at a time, all recording into ONE
new SQLite file, against loopback nodes (tests/servers) served by a separate
process. Every one-shot must exit 0 and every request must be in the
database, finished and classified: none lost, none failed. Prints the
throughput, the latency of a one-shot (process start to exit, p50/p95) and
the peak memory (max RSS) of each process.

    .venv/bin/python bench/bench_store_load.py [--runs 200] [--parallel 20]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

from _common import ROOT, header, isolate_config, percentile

NODES = {"M1": ("qwen3-30b", "openai"), "M2": ("deepseek-coder-v2-lite", "openai"), "M3": ("mistral-7b", "openai"), "OL1": ("qwen3:1.7b", "ollama")}


def _serve(conn: Connection) -> None:
    """The loopback cluster, in its own process: the nodes' CPU is not the one-shots'."""
    sys.path.insert(0, str(ROOT))
    from tests.integration.conftest import brain
    from tests.servers.llm import OllamaNode, OpenAINode

    servers = {}
    for name, (model, kind) in NODES.items():
        cls = OllamaNode if kind == "ollama" else OpenAINode
        servers[name] = cls(name=name, reply=brain(name), models=[model], token_delay_s=0.01).start()
    conn.send({name: server.url for name, server in servers.items()})
    conn.recv()
    for server in servers.values():
        server.stop()


def one_shot(env: dict[str, str], n: int, out_dir: Path) -> dict[str, float | int | str]:
    """One real one-shot; its wall time, exit code, request id and peak RSS (from wait4)."""
    out, err = out_dir / f"{n}.json", out_dir / f"{n}.err"
    start = time.perf_counter()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "jarvis_tui", "--oneshot", f"écris une fonction python qui inverse une liste ({n})", "--json"],
                                   stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=env, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    elapsed = time.perf_counter() - start
    try:
        request_id = json.loads(out.read_text())["request_id"]
    except (ValueError, KeyError):
        request_id = ""
    return {"n": n, "code": process.returncode, "s": elapsed, "rss_mb": usage.ru_maxrss / 1024, "id": request_id,
            "locked": err.read_text(errors="replace").count("database is locked")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--parallel", type=int, default=20)
    args = parser.parse_args()
    header(f"store under load: {args.runs} one-shots, {args.parallel} at a time, one database")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        isolate_config(tmp)
        ctx = multiprocessing.get_context("spawn")
        conn, child = ctx.Pipe()
        servers = ctx.Process(target=_serve, args=(child,), daemon=True)
        servers.start()
        urls = conn.recv()
        config = tmp / "config.toml"
        lines = [f'[[nodes]]\nname = "{name}"\nkind = "{kind}"\nurl = "{urls[name]}"\nmodel = "{model}"\ntimeout_s = 60\nread_timeout_s = 30\n'
                 for name, (model, kind) in NODES.items()]
        config.write_text("".join(lines) + "[embedded]\nenabled = false\n[commander]\nclassifier_timeout_s = 30\ncooldown_s = 1\n", encoding="utf-8")
        db = tmp / "load.db"
        env = {"PATH": os.environ["PATH"], "HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp / "xdg"), "JARVIS_CONFIG": str(config), "JARVIS_DB": str(db)}
        (tmp / "out").mkdir()
        start = time.perf_counter()
        with ThreadPoolExecutor(args.parallel) as pool:
            runs = list(pool.map(lambda n: one_shot(env, n, tmp / "out"), range(args.runs)))
        wall = time.perf_counter() - start
        conn.send(None)
        servers.join(timeout=10)

        with sqlite3.connect(db) as con:
            recorded = dict(con.execute("SELECT id, status || '/' || COALESCE(type, '-') FROM requests").fetchall())
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        failed = [r for r in runs if r["code"] != 0]
        lost = [r for r in runs if r["code"] == 0 and recorded.get(str(r["id"])) != "ok/code"]
        seconds = [float(r["s"]) for r in runs]
        rss = [float(r["rss_mb"]) for r in runs]
        print(f"one-shots:        {len(runs)} run, {len(failed)} failed (exit code != 0), {len(lost)} lost or incomplete in the database")
        print(f"database:         {len(recorded)} requests recorded, integrity_check {integrity}, 'database is locked' in stderr: {sum(int(r['locked']) for r in runs)}")
        print(f"throughput:       {len(runs) / wall:.2f} one-shots/s ({wall:.1f} s wall for {len(runs)})")
        print(f"latency:          p50 {statistics.median(seconds):.2f} s, p95 {percentile(seconds, 95):.2f} s, max {max(seconds):.2f} s (process start to exit)")
        print(f"memory/process:   max RSS p50 {statistics.median(rss):.0f} MB, max {max(rss):.0f} MB")
        if failed:
            print("first failure:", (tmp / "out" / f"{failed[0]['n']}.err").read_text(errors="replace")[-1500:])
        print(f"verdict:          {'MET' if not failed and not lost and integrity == 'ok' else 'MISSED'} (none lost, none failed)")


if __name__ == "__main__":
    main()
