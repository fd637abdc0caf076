"""Cockpit start-up: time to first paint and idle memory of `jarvis-tui`
against a minimal Textual 8 app (header, tree, log, input, footer), both
started in the same run in tmux at 160×48, in alternation.

First paint: from spawning the process to the first `capture-pane` that
shows the footer's "palette" (both apps draw their whole first screen in
one frame, footer included). Memory: VmRSS after IDLE_S seconds idle (for
jarvis-tui, after the commander, the monitor and the database have opened).
Targets: jarvis-tui's median first paint ≤ 1.5× the minimal app's, idle
RSS < 120 MB.

jarvis-tui runs with the built-in config (nodes on localhost, nothing
listening), an empty XDG config dir and a throw-away database.

    .venv/bin/python bench/bench_tui_startup.py        # BENCH_REPEAT=3 for a quick run
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _common import header, isolate_config, repeat, verdict

WIDTH, HEIGHT = 160, 48
SENTINEL = "palette"
IDLE_S = 4.0
MINIMAL_APP = '''
from textual.app import App
from textual.widgets import Footer, Header, Input, Log, Tree


class Minimal(App):
    def compose(self):
        yield Header()
        yield Tree("root")
        yield Log()
        yield Input()
        yield Footer()


Minimal().run()
'''


def jarvis_command() -> str:
    script = Path(sys.executable).parent / "jarvis-tui"
    return shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m jarvis_tui"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def first_paint(command: str, env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(seconds to the first screen showing SENTINEL, idle RSS in MB) of one start."""
    name = f"bench-{uuid.uuid4().hex[:8]}"
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    start = time.perf_counter()
    # `env -u`: tmux gives new sessions its server's environment, and a COLUMNS/LINES there would size the app instead of the window.
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT), f"cd {shlex.quote(str(cwd))} && exec env -u COLUMNS -u LINES {exports} {command}"], check=True)
    try:
        while SENTINEL not in tmux("capture-pane", "-p", "-t", name):
            if time.perf_counter() - start > 30:
                raise SystemExit(f"no first paint within 30 s for {command}:\n{tmux('capture-pane', '-p', '-t', name)}")
            time.sleep(0.002)
        paint = time.perf_counter() - start
        time.sleep(IDLE_S)
        pid = int(tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip())
        return paint, rss_mb(pid)
    finally:
        tmux("kill-session", "-t", name)


def robust_paint(command: str, env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """`first_paint`, again when the tmux server went away mid-run (another tmux user on the machine)."""
    for attempt in range(3):
        try:
            return first_paint(command, env, cwd)
        except (subprocess.CalledProcessError, ValueError, FileNotFoundError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def measure(runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """{app: (first paints, idle RSS)} over `runs` alternating starts of each."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        isolate_config(tmp)
        minimal = tmp / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "LC_ALL") if k in os.environ}
        env.update(TERM="xterm-256color", XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"], JARVIS_DB=str(tmp / "jarvis.db"), XDG_DATA_HOME=str(tmp / "data"))
        commands = {"minimal Textual app": f"{shlex.quote(sys.executable)} {shlex.quote(str(minimal))}", "jarvis-tui": jarvis_command()}
        for command in commands.values():  # warm the OS file cache and the bytecode
            robust_paint(command, env, tmp)
        results: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label in commands}
        for _ in range(runs):
            for label, command in commands.items():
                paint, rss = robust_paint(command, env, tmp)
                results[label][0].append(paint)
                results[label][1].append(rss)
    return results


def main() -> None:
    header("cockpit start-up: first paint and idle memory, tmux 160×48")
    if shutil.which("tmux") is None:
        print("tmux is not installed: nothing measured")
        return
    runs = repeat(10)
    # One idle session keeps the tmux server up: no server start inside a timing,
    # and no race with a server exiting after the previous start's session.
    keepalive = f"bench-keepalive-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", keepalive, "sleep 3600")
    try:
        results = measure(runs)
    finally:
        tmux("kill-session", "-t", keepalive)
    print(f"{'app':<22}{'first paint median':>20}{'min':>9}{'max':>9}{'idle RSS median':>18}")
    for label, (paints, rsses) in results.items():
        print(f"{label:<22}{statistics.median(paints) * 1000:>17.0f} ms{min(paints) * 1000:>6.0f} ms{max(paints) * 1000:>6.0f} ms{statistics.median(rsses):>15.1f} MB")
    base = statistics.median(results["minimal Textual app"][0])
    ours = statistics.median(results["jarvis-tui"][0])
    rss = statistics.median(results["jarvis-tui"][1])
    print(f"\nfirst paint ratio: {ours / base:.2f}× the minimal app (target ≤ 1.5×): {verdict(ours <= 1.5 * base)}")
    print(f"idle memory: {rss:.1f} MB (target < 120 MB): {verdict(rss < 120)}")
    print(f"runs: {runs} of each, alternating, after one warm-up start of each")


if __name__ == "__main__":
    main()
