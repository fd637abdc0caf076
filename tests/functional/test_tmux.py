"""The real `jarvis-tui` in a real terminal (tmux): start it, type a
request, read the answer with `capture-pane`, open the help, quit."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (./install.sh --test installs it as root on Debian/Ubuntu)")


class Tmux:
    def __init__(self, command: str, width: int, height: int) -> None:
        self.name = f"jarvis-test-{uuid.uuid4().hex[:8]}"
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command], check=True)
        # Keep the pane after the program exits, to read what it left (a traceback would show).
        subprocess.run(["tmux", "set-option", "-t", self.name, "remain-on-exit", "on"], check=True)

    def screen(self) -> str:
        out = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False)
        return out.stdout

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on the screen:\n{self.screen()}")

    def exited(self) -> bool:
        out = subprocess.run(["tmux", "display-message", "-p", "-t", self.name, "#{pane_dead}"], capture_output=True, text=True, check=False)
        return out.stdout.strip() == "1"

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)


def test_real_cockpit_in_tmux(make_cluster, tmp_path: Path):
    cluster = make_cluster()
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in cluster.env(TERM="xterm-256color").items() if k in ("JARVIS_CONFIG", "JARVIS_DB", "XDG_CONFIG_HOME", "PATH", "HOME", "TERM"))
    script = Path(sys.executable).with_name("jarvis-tui")
    program = shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m jarvis_tui"
    # Textual draws on stderr: it must stay the terminal.
    tmux = Tmux(f"cd {shlex.quote(str(tmp_path))} && env -i {env} {program}", 120, 36)
    try:
        tmux.wait_for("JARVIS")
        tmux.wait_for("nodes 4/4 up")
        tmux.send("-l", "écris une fonction python qui inverse une liste")
        tmux.send("Enter")
        screen = tmux.wait_for("1 cycle")  # the result line under the answer
        assert "M2 did the coder work" in screen and "[ia-fast/M2:deepseek-coder-v2-lite]" in screen
        tmux.send("F1")
        tmux.wait_for("Modes")
        tmux.send("Escape")
        deadline = time.monotonic() + 10
        while "Modes" in tmux.screen() and time.monotonic() < deadline:
            time.sleep(0.1)
        tmux.send("M-2")  # Alt+2 through the terminal: the plan pane
        tmux.wait_for("u1 coder")
        tmux.send("C-q")
        deadline = time.monotonic() + 10
        while not tmux.exited() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert tmux.exited(), tmux.screen()
        assert "Traceback" not in tmux.screen() and "Error" not in tmux.screen()
    finally:
        tmux.kill()
