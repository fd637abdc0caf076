"""Cockpit memory: RSS of the real `jarvis-tui` (tmux, 160×48) at idle and
after every 10 of REQUESTS requests in one session, against loopback nodes
M1, M2, M3 (OpenAI-compatible) and OL1 (Ollama) served by this process.

Each request is typed into the prompt and sent with Enter; the next one
goes once the database records the previous one as finished. Target: idle
under 120 MB, and no leak: the growth over the last half of the session is
a small fraction of the first half's (the conversation keeps its last 30
turns on screen; the rest stays in the database).

    .venv/bin/python bench/bench_tui_memory.py        # BENCH_REPEAT=40 for fewer requests
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _common import ROOT, header, isolate_config, repeat, verdict

IDLE_S = 4.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def finished(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        return conn.execute("SELECT count(*) FROM requests WHERE status != 'running'").fetchone()[0]


def main() -> None:
    requests = repeat(100)
    header(f"cockpit memory: idle and over {requests} requests in one session, tmux 160×48")
    if shutil.which("tmux") is None:
        print("tmux is not installed: nothing measured")
        return
    sys.path.insert(0, str(ROOT))
    from tests.integration.conftest import brain, node_toml
    from tests.servers.llm import OllamaNode, OpenAINode

    specs = {"M1": ("qwen3-30b", OpenAINode), "M2": ("deepseek-coder-v2-lite", OpenAINode), "M3": ("mistral-7b", OpenAINode), "OL1": ("qwen3:1.7b", OllamaNode)}
    nodes = {name: cls(name=name, reply=brain(name), models=[model]).start() for name, (model, cls) in specs.items()}
    name = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            isolate_config(tmp)
            config = tmp / "config.toml"
            config.write_text("".join(node_toml(n, node, specs[n][0]) for n, node in nodes.items()) + "[embedded]\nenabled = false\n", encoding="utf-8")
            db = tmp / "jarvis.db"
            env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
            env.update(TERM="xterm-256color", XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"], JARVIS_DB=str(db), JARVIS_CONFIG=str(config))
            script = Path(sys.executable).parent / "jarvis-tui"
            program = shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m jarvis_tui"
            exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
            # `env -u`: tmux gives new sessions its server's environment, and a COLUMNS/LINES there would size the app instead of the window.
            subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "48", f"cd {shlex.quote(str(tmp))} && exec env -u COLUMNS -u LINES {exports} {program}"], check=True)
            pid = int(subprocess.run(["tmux", "display-message", "-p", "-t", name, "#{pane_pid}"], capture_output=True, text=True, check=True).stdout)
            time.sleep(IDLE_S)
            samples = [(0, rss_mb(pid))]
            started = time.perf_counter()
            for i in range(1, requests + 1):
                subprocess.run(["tmux", "send-keys", "-t", name, "-l", f"écris une fonction python numéro {i} qui inverse une liste"], check=True)
                subprocess.run(["tmux", "send-keys", "-t", name, "Enter"], check=True)
                deadline = time.monotonic() + 60
                while finished(db) < i:
                    if time.monotonic() > deadline:
                        raise SystemExit(f"request {i} did not finish within 60 s")
                    time.sleep(0.02)
                if i % 10 == 0:
                    time.sleep(0.5)  # the last answer settles on screen
                    samples.append((i, rss_mb(pid)))
            elapsed = time.perf_counter() - started
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)
        for node in nodes.values():
            node.stop()

    print(f"{'requests':>9}  {'RSS':>9}")
    for count, rss in samples:
        print(f"{count:>9}  {rss:>6.1f} MB")
    idle = samples[0][1]
    half = len(samples) // 2
    first, second = samples[half][1] - samples[0][1], samples[-1][1] - samples[half][1]
    per_request = second / (samples[-1][0] - samples[half][0]) * 1024 if samples[-1][0] > samples[half][0] else 0.0
    print(f"\n{requests} requests in {elapsed:.1f} s ({elapsed / requests * 1000:.0f} ms each, typing included)")
    print(f"idle memory: {idle:.1f} MB (target < 120 MB): {verdict(idle < 120)}")
    print(f"growth: {first:+.1f} MB over requests 0–{samples[half][0]}, {second:+.1f} MB over {samples[half][0]}–{samples[-1][0]} ({per_request:.0f} KB per request)")
    print(f"levels off (second half grows less than half the first, or < 2 MB): {verdict(second < max(first / 2, 2.0))}")
    print(f"after {requests} requests: {samples[-1][1]:.1f} MB")


if __name__ == "__main__":
    main()
