"""Cockpit streaming: five units streaming about 200 tokens/s each at once,
in the real `jarvis-tui` app in a real terminal (tmux, 160×48).

A loopback OpenAI-compatible node (M1), in a process of its own, serves
every call; the routing sends
an `analyse` request to five units on M1 at once (`max_parallel = 5`), each
answering TOKENS tokens with TOKEN_DELAY_S between them. The app runs as a
child process inside tmux, with a timer around Textual's frame update
(`Screen._on_timer_update`: layout, render and the write to the terminal).

Figures:
- key press to screen: `tmux send-keys` of one character into the prompt,
  then `capture-pane` polled every 5 ms until it shows; idle, then while the
  five units stream (target < 100 ms while streaming);
- no token lost: each unit's stream pane holds exactly the text its node
  sent, and the app counted every token;
- refresh cost per frame while streaming: mean, p95, max, frames per second,
  and the app's CPU use over the streaming window.

    .venv/bin/python bench/bench_tui_streaming.py
"""

from __future__ import annotations

import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from _common import ROOT, header, isolate_config, percentile, verdict
from _loopback import ServerProcess

UNITS = 5
TOKENS = 1000
# The loopback server's pause is rounded up to the millisecond (epoll) and it spends
# about 1 ms per token besides: 3.5 ms makes about 200 tokens/s per unit, measured below.
TOKEN_DELAY_S = 0.0035
PROMPT = "analyse en profondeur les performances du cluster"
POLL_S = 0.005  # capture-pane is a process start: polling faster would take the CPU the app needs


def unit_text() -> str:
    """TOKENS words, twelve to a line: the reply of every unit."""
    words = [f"w{i:04d}" for i in range(TOKENS)]
    return "\n".join(" ".join(words[i : i + 12]) for i in range(0, TOKENS, 12))


def reply(body: dict[str, Any]) -> str:
    """M1's answers: a label to the classifier, a score to the checker, the text to a unit."""
    from tests.integration.conftest import role_of

    step = role_of(body)
    return "analyse" if step == "classifier" else json.dumps({"score": 0.9}) if step == "checker" else unit_text()


# -- the child: the app itself, instrumented -----------------------------------


def child(config_path: str, result_path: str) -> None:
    sys.path.insert(0, str(ROOT))
    from textual.screen import Screen

    from jarvis_tui.app import make_app
    from jarvis_tui.core import events as ev
    from jarvis_tui.core.config import load_config

    frames: list[tuple[float, float]] = []
    original = Screen._on_timer_update

    def timed(self: Screen) -> None:
        start = time.perf_counter()
        original(self)
        frames.append((start, time.perf_counter() - start))

    Screen._on_timer_update = timed  # type: ignore[method-assign]
    app = make_app(load_config(config_path))
    tokens: list[float] = []
    cpu: list[float] = []

    def on_event(event: ev.Event) -> None:
        if isinstance(event, ev.UnitToken):
            if not tokens:
                usage = resource.getrusage(resource.RUSAGE_SELF)
                cpu.append(usage.ru_utime + usage.ru_stime)
            tokens.append(time.perf_counter())

    app.bus.subscribe(on_event)
    quit_app = app.action_quit

    async def report_and_quit() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        view = app.book.current
        expected = unit_text()
        streams = app.streams.streams
        window = [d for t, d in frames if tokens and tokens[0] <= t <= tokens[-1]]
        result: dict[str, Any] = {
            "status": view.status if view else None,
            "units": {
                uid: {
                    "tokens_counted": unit.tokens,
                    "chars_received": streams[uid].received,
                    "text_intact": streams[uid].text.strip() == expected.strip(),
                }
                for uid, unit in (view.units.items() if view else ())
            },
            "tokens_total": len(tokens),
            "stream_window_s": tokens[-1] - tokens[0] if tokens else 0.0,
            "frame_ms": [d * 1000 for d in window],
            "cpu_s": (usage.ru_utime + usage.ru_stime - cpu[0]) if cpu else None,
            "expected_chars": len(expected),
        }
        Path(result_path).write_text(json.dumps(result), encoding="utf-8")
        await quit_app()

    app.action_quit = report_and_quit  # type: ignore[method-assign]
    app.run()


# -- the parent: nodes, tmux, keys ---------------------------------------------


class Pane:
    def __init__(self, command: str) -> None:
        self.name = f"bench-{uuid.uuid4().hex[:8]}"
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "160", "-y", "48", command], check=True)
        subprocess.run(["tmux", "set-option", "-t", self.name, "remain-on-exit", "on"], check=True)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False).stdout

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, pattern: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.screen()):
            if time.monotonic() > deadline:
                raise SystemExit(f"{pattern!r} never appeared:\n{self.screen()}")
            time.sleep(0.01)

    def dead(self) -> bool:
        out = subprocess.run(["tmux", "display-message", "-p", "-t", self.name, "#{pane_dead}"], capture_output=True, text=True, check=False)
        return out.stdout.strip() == "1"

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)


def key_latency(pane: Pane, typed: str, char: str) -> tuple[float, str]:
    """Seconds from sending one character to the screen showing it."""
    typed += char
    start = time.perf_counter()
    pane.send("-l", char)
    while typed not in pane.screen():
        if time.perf_counter() - start > 5:
            raise SystemExit(f"{typed!r} never appeared on the screen")
        time.sleep(POLL_S)
    return time.perf_counter() - start, typed


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return
    header(f"cockpit streaming: {UNITS} units × {TOKENS} tokens at about 200 tokens/s each (measured below), tmux 160×48")
    if shutil.which("tmux") is None:
        print("tmux is not installed: nothing measured")
        return
    # The node in its own process: the key probes here must not slow its tokens down.
    server = ServerProcess({"M1": ("openai", {"reply": reply, "token_delay_s": TOKEN_DELAY_S, "models": ["bench-model"]})})
    with tempfile.TemporaryDirectory() as tmp_name, server:
        tmp = Path(tmp_name)
        isolate_config(tmp)
        units = ", ".join(['{ agent = "", node = "M1", role = "analyzer" }'] * UNITS)
        config = tmp / "config.toml"
        config.write_text(
            f'[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "{server.urls["M1"]}"\nmodel = "bench-model"\ntimeout_s = 120\nread_timeout_s = 30\n'
            f"[embedded]\nenabled = false\n[commander]\nmax_parallel = {UNITS}\nfallbacks = []\nmax_tokens = 8192\n"
            f"[routing]\nanalyse = [{units}]\n",
            encoding="utf-8",
        )
        result = tmp / "result.json"
        env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
        env.update(TERM="xterm-256color", XDG_CONFIG_HOME=os.environ["XDG_CONFIG_HOME"], JARVIS_DB=str(tmp / "jarvis.db"))
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # `env -u`: tmux gives new sessions its server's environment, and a COLUMNS/LINES there would size the app instead of the window.
        command = f"cd {shlex.quote(str(ROOT))} && exec env -u COLUMNS -u LINES {exports} {shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} --child {shlex.quote(str(config))} {shlex.quote(str(result))}"
        pane = Pane(command)
        try:
            pane.wait_for(r"nodes 1/1 up")
            typed = ""
            idle = []
            for char in "qzxwvkjqzxwvkjqzxwv":
                latency, typed = key_latency(pane, typed, char)
                idle.append(latency)
                time.sleep(0.05)
            pane.send("C-u")
            pane.send("-l", PROMPT)
            pane.send("Enter")
            pane.wait_for(r"\d+ tok")
            busy = []
            typed = ""
            deadline = time.monotonic() + TOKENS * TOKEN_DELAY_S * 0.8
            chars = "qzxwvkj" * 20
            while time.monotonic() < deadline and len(busy) < len(chars):
                latency, typed = key_latency(pane, typed, chars[len(busy)])
                busy.append(latency)
                time.sleep(0.1)
            pane.wait_for(r"\d cycle", timeout=120)
            time.sleep(0.3)
            pane.send("C-q")
            deadline = time.monotonic() + 15
            while not pane.dead() and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            pane.kill()
        if not result.exists():
            raise SystemExit("the app wrote no result")
        data = json.loads(result.read_text(encoding="utf-8"))

    frames = data["frame_ms"]
    window = data["stream_window_s"]
    rate = data["tokens_total"] / window / UNITS if window else 0.0
    print(f"request: {data['status']}; streaming window {window:.2f} s, {rate:.0f} tokens/s per unit measured")
    intact = all(u["text_intact"] and u["tokens_counted"] == TOKENS for u in data["units"].values())
    for uid, unit in sorted(data["units"].items()):
        print(f"  {uid}: {unit['tokens_counted']} tokens counted, {unit['chars_received']} characters received, text intact: {unit['text_intact']}")
    print(f"no token lost: {verdict(intact and data['tokens_total'] == UNITS * TOKENS)} ({data['tokens_total']} of {UNITS * TOKENS} tokens)")
    print(f"key press to screen, idle:      median {statistics.median(idle) * 1000:.0f} ms, p95 {percentile(idle, 95) * 1000:.0f} ms, max {max(idle) * 1000:.0f} ms (n={len(idle)})")
    print(f"key press to screen, streaming: median {statistics.median(busy) * 1000:.0f} ms, p95 {percentile(busy, 95) * 1000:.0f} ms, max {max(busy) * 1000:.0f} ms (n={len(busy)})")
    print(f"  target < 100 ms while streaming (p95): {verdict(percentile(busy, 95) < 0.1)}")
    if frames:
        print(
            f"refresh cost per frame while streaming: mean {statistics.mean(frames):.1f} ms, p95 {percentile(frames, 95):.1f} ms, "
            f"max {max(frames):.1f} ms; {len(frames) / window:.0f} frames/s"
        )
    if data["cpu_s"] is not None and window:
        print(f"app CPU over the streaming window: {data['cpu_s'] / window * 100:.0f} % of one core")
    print(f"(key latency includes tmux and capture-pane polling every {POLL_S * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
