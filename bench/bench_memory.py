"""Peak memory and wall time of a real one-shot answered by the EMBEDDED node
(SmolLM2-135M through llama.cpp, in-process).

`jarvis-tui --oneshot "Bonjour" --json` with an empty XDG_CONFIG_HOME (the
built-in defaults), JARVIS_DB in a temporary directory, no cloud key in the
environment and nothing listening on the default ports: every configured node
refuses the connection, so the unit falls over to EMBEDDED. Peak RSS is the
child's own ru_maxrss (os.wait4), median over RUNS runs; a dry run's peak is
given for comparison.

    .venv/bin/python bench/bench_memory.py
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, header, isolate_config, repeat

DEFAULT_PORTS = (1234, 1235, 1236, 11434)


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall s, peak RSS MiB, exit code, stdout) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    return wall, usage.ru_maxrss / 1024, proc.returncode, out  # ru_maxrss is in KiB on Linux


def main() -> None:
    runs = repeat(5)
    with tempfile.TemporaryDirectory() as tmp:
        isolate_config(Path(tmp))
        env = dict(os.environ)
        env["JARVIS_DB"] = str(Path(tmp) / "jarvis.db")
        for key in ("ANTHROPIC_API_KEY", "GEMINI_API_KEY"):
            env.pop(key, None)
        header("memory: a real one-shot through the EMBEDDED node")
        busy = [p for p in DEFAULT_PORTS if listening(p)]
        if busy:
            print(f"NOTE: something listens on {busy}: the request may not reach EMBEDDED; figures below may not apply")
        script = Path(sys.executable).parent / "jarvis-tui"
        base = [str(script)] if script.exists() else [sys.executable, "-m", "jarvis_tui"]
        cmd = [*base, "--oneshot", "Bonjour", "--json"]
        print(f"measured command: XDG_CONFIG_HOME=<empty dir> JARVIS_DB=<tmp>/jarvis.db {' '.join(cmd)}\n")

        walls, peaks, last = [], [], None
        for _ in range(runs):
            wall, peak, code, out = run(cmd, env)
            if code != 0:
                print(f"run failed with exit code {code}: {out[:300]}")
                continue
            walls.append(wall)
            peaks.append(peak)
            last = json.loads(out)
        dry = [run([*base, "--oneshot", "Bonjour", "--json", "--dry-run"], env)[1] for _ in range(3)]

        if last is None:
            print("no run succeeded: nothing to report")
            return
        r = last["results"][0]
        print(f"last run: {last['attribution']}, attempts {r['attempts']} (the refused nodes first), "
              f"unit latency {r['latency_ms']:.0f} ms, score {r['score']} ({r['score_method']}), "
              f"answer {len(last['answer'])} chars, elapsed_ms {last['elapsed_ms']}")
        print(f"    classification: {last['classification']}")
        print(f"\n{len(walls)} runs:")
        print(f"    peak RSS   median {statistics.median(peaks):6.1f} MiB  (min {min(peaks):.1f}, max {max(peaks):.1f})")
        print(f"    wall time  median {statistics.median(walls):6.2f} s    (min {min(walls):.2f}, max {max(walls):.2f})")
        print(f"    dry run (no model loaded), peak RSS median {statistics.median(dry):.1f} MiB")
        print("no target was set for these figures; they are for reference")


if __name__ == "__main__":
    main()
