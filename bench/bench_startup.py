"""Start-up: wall time of a whole `jarvis-tui --oneshot "..." --dry-run --json`
process, median of RUNS runs after 2 warm-up runs (the OS file cache warm).
For reference, a bare `python -c pass` of the same interpreter, and the
slowest imports reported by `python -X importtime` for the same command.
With `hyperfine` installed, its figure is printed too (optional).
Target: < 0.4 s (median).

The user's config is not used: XDG_CONFIG_HOME points at an empty directory
and JARVIS_CONFIG is unset.

    .venv/bin/python bench/bench_startup.py
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, header, isolate_config, percentile, repeat, verdict

PROMPT = "écris une fonction python qui inverse une liste"


def cli() -> list[str]:
    script = Path(sys.executable).parent / "jarvis-tui"
    return [str(script)] if script.exists() else [sys.executable, "-m", "jarvis_tui"]


def timed(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """(wall times, CPU times user+sys) of `runs` runs of `cmd`, after 2 warm-up runs."""
    for _ in range(2):
        subprocess.run(cmd, env=env, capture_output=True, check=True, cwd=ROOT)
    walls, cpus = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{shlex.join(cmd)} exited with {proc.returncode}")
        cpus.append(usage.ru_utime + usage.ru_stime)
    return walls, cpus


def importtime(args: list[str], env: dict[str, str], top: int = 12) -> None:
    """The imports with the largest cumulative time in `-X importtime`'s output (outermost ones only)."""
    cmd = [sys.executable, "-X", "importtime", "-m", "jarvis_tui", *args]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    rows, selfs = [], []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        selfs.append((int(self_us), name.strip()))
        if len(name) - len(name.lstrip()) == 1:  # outermost: imported by the program itself
            rows.append((int(cumulative_us), name.strip()))
    total = sum(c for c, _ in rows)
    print(f"\n`-X importtime` of the same command: {total / 1000:.0f} ms of imports in all (one run, inflated by the tracing).")
    print("the largest outermost imports (cumulative):")
    for cumulative, name in sorted(rows, reverse=True)[:6]:
        print(f"    {cumulative / 1000:7.1f} ms  {name}")
    print("the modules that cost most themselves (self time, children excluded):")
    for self_us, name in sorted(selfs, reverse=True)[:top]:
        print(f"    {self_us / 1000:7.1f} ms  {name}")
    print(f"    (command: {shlex.join(cmd)})")


def main() -> None:
    runs = repeat(20)
    with tempfile.TemporaryDirectory() as tmp:
        isolate_config(Path(tmp))
        env = dict(os.environ)
        header("start-up: a whole `jarvis-tui --oneshot ... --dry-run --json` process")
        cmd = [*cli(), "--oneshot", PROMPT, "--dry-run", "--json"]
        print(f"measured command: {shlex.join(cmd)}")
        doc = json.loads(subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
        print(f"it answers: type {doc['classification']['type']}, plan {[(u['role'], u['node']) for u in doc['plan']]}, "
              f"in-process elapsed_ms {doc['elapsed_ms']}")

        bare, bare_cpu = timed([sys.executable, "-c", "pass"], runs, env)
        site, _ = timed([sys.executable, "-S", "-c", "pass"], runs, env)
        whole, whole_cpu = timed(cmd, runs, env)
        print(f"\n{runs} runs each after 2 warm-up runs:")
        print(f"    python -c pass       median {statistics.median(bare) * 1000:6.1f} ms, p90 {percentile(bare, 90) * 1000:6.1f} ms")
        print(f"    python -S -c pass    median {statistics.median(site) * 1000:6.1f} ms, p90 {percentile(site, 90) * 1000:6.1f} ms  (no site-packages .pth files)")
        print(f"    jarvis-tui dry run   median {statistics.median(whole) * 1000:6.1f} ms, p90 {percentile(whole, 90) * 1000:6.1f} ms, "
              f"min {min(whole) * 1000:.1f} ms, max {max(whole) * 1000:.1f} ms")
        print(f"    CPU time (user+sys) of the child: jarvis-tui median {statistics.median(whole_cpu) * 1000:.1f} ms, "
              f"python -c pass {statistics.median(bare_cpu) * 1000:.1f} ms (insensitive to other processes' load)")
        med = statistics.median(whole)
        print(f"target median < 0.4 s: {verdict(med < 0.4)} ({med:.3f} s; {med - statistics.median(bare):.3f} s above a bare interpreter)")

        hyperfine = shutil.which("hyperfine")
        if hyperfine:
            out = Path(tmp) / "hyperfine.json"
            subprocess.run([hyperfine, "-N", "-w", "2", "-r", str(runs), "--export-json", str(out), shlex.join(cmd)], env=env, capture_output=True, cwd=ROOT, check=False)
            if out.exists():
                r = json.loads(out.read_text())["results"][0]
                print(f"hyperfine: median {r['median'] * 1000:.1f} ms, mean {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} ms")
        else:
            print("(hyperfine is not installed: skipped, optional)")
        importtime(cmd[-4:], env)


if __name__ == "__main__":
    main()
