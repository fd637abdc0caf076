"""The installed `jarvis-tui` in a real terminal (tmux), driven with the
byte sequences a terminal sends (`send-keys -H`), read with `capture-pane`.

Every key of the README's key table is pressed here, at a size where its
effect is not already on screen: at 80×24 one side pane shows at a time, so
a pane key is checked by zooming (F6) whatever has focus and reading which
pane fills the screen."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil
import pytest

from jarvis_tui.widgets.request_view import SPINNER

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (./install.sh --test installs it as root on Debian/Ubuntu)")

README = Path(__file__).resolve().parents[2] / "README.md"
PROMPT = "écris une fonction python qui inverse une liste"

# What an xterm-compatible terminal (tmux, screen, GNOME Terminal, Windows
# Terminal, xterm, an SSH session) sends for each key, as tmux showed with `od -c`.
BYTES = {
    "enter": "0d", "escape": "1b", "up": "1b 5b 41",
    "ctrl+g": "07", "ctrl+j": "0a", "ctrl+p": "10", "ctrl+q": "11", "ctrl+t": "14", "ctrl+u": "15",
    "f1": "1b 4f 50", "f2": "1b 4f 51", "f3": "1b 4f 52", "f4": "1b 4f 53",
    "f5": "1b 5b 31 35 7e", "f6": "1b 5b 31 37 7e", "f7": "1b 5b 31 38 7e", "f8": "1b 5b 31 39 7e",
    "f9": "1b 5b 32 30 7e", "f10": "1b 5b 32 31 7e", "f12": "1b 5b 32 34 7e",
    **{f"alt+{d}": f"1b {ord(d):x}" for d in "123456"},
    **{d: f"{ord(d):x}" for d in "123456"},
}
PANES = {"1": "Conversation", "2": "Plan", "3": "Agent streams", "4": "GPU heat map", "5": "Cluster", "6": "Trading"}
# Each key cell of the README's table, and the part of this test that presses it.
COVERED = {
    "Enter": "request", "Esc": "cancel", "F1": "help", "F2 / F3 / F4 / F5": "modes", "Ctrl+T": "talk",
    "F6": "panes", "F7": "metric", "F8": "search", "F9": "export", "F10": "brain", "Alt+1…6": "panes",
    "Ctrl+G, then 1…6": "panes", "F12": "panes", "Ctrl+P": "palette", "Ctrl+Q": "quit",
}


def readme_keys() -> list[str]:
    """The first cell of every row of the README's key table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| Key | Action |") :].split("\n\n")[0]
    return [row.split("|")[1].strip() for row in table.splitlines()[2:]]


class Tmux:
    def __init__(self, command: str, width: int, height: int) -> None:
        self.name = f"jarvis-test-{uuid.uuid4().hex[:8]}"
        self.width = width
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command], check=True)
        # Keep the pane after the program exits, to read what it left (a traceback would show).
        subprocess.run(["tmux", "set-option", "-t", self.name, "remain-on-exit", "on"], check=True)

    def screen(self) -> str:
        out = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False)
        return out.stdout

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)

    def press(self, *keys: str) -> None:
        """Send each key as the bytes a terminal sends for it."""
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, "-H", *BYTES[key].split()], check=True)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        return self.wait_until(lambda screen: text in screen, text, timeout)

    def wait_gone(self, text: str, timeout: float = 10.0) -> str:
        return self.wait_until(lambda screen: text not in screen, f"{text!r} to go", timeout)

    def wait_until(self, condition, what: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{what} never happened on the screen:\n{self.screen()}")

    def exited(self) -> bool:
        out = subprocess.run(["tmux", "display-message", "-p", "-t", self.name, "#{pane_dead}"], capture_output=True, text=True, check=False)
        return out.stdout.strip() == "1"

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)

    def zoomed(self, title: str) -> str:
        """Zoom the focused pane (F6) and check it is `title`, over the whole width; restore it."""
        self.press("f6")
        screen = self.wait_until(lambda s: s.startswith(f"╭─ {title} "), f"{title} zoomed")
        top = screen.splitlines()[0]
        assert len(top) == self.width and top.endswith("╮"), f"{title} zoomed is {len(top)} columns wide, not {self.width}:\n{screen}"
        self.press("f6")
        self.wait_until(lambda s: not s.startswith("╭─"), f"{title} restored")
        return screen


def start(cluster, tmp_path: Path, width: int, height: int) -> Tmux:
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in cluster.env(TERM="xterm-256color").items() if k in ("JARVIS_CONFIG", "JARVIS_DB", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "PATH", "HOME", "TERM"))
    script = Path(sys.executable).with_name("jarvis-tui")  # the installed console script
    program = shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m jarvis_tui"
    # Textual draws on stderr: it must stay the terminal.
    tmux = Tmux(f"cd {shlex.quote(str(tmp_path))} && env -i {env} {program}", width, height)
    tmux.wait_for("JARVIS")
    tmux.wait_for("nodes 4/4 up")
    return tmux


def test_the_readme_key_table_is_all_tested():
    missing = [key for key in readme_keys() if key not in COVERED]
    assert not missing, f"keys of the README's table this test does not press: {missing}"


def test_every_key_of_the_readme_in_tmux_at_80x24(make_cluster, tmp_path: Path):
    cluster = make_cluster()
    tmux = start(cluster, tmp_path, 80, 24)
    try:
        # request: Enter sends; the answer and its result line.
        tmux.type(PROMPT)
        tmux.press("enter")
        tmux.wait_for("1 cycle")

        # panes: Alt+digit (ESC then the digit), Ctrl+G then the digit, F12; F6 zooms what has focus.
        for digit, title in [*list(PANES.items())[1:], ("1", "Conversation")]:
            tmux.press(f"alt+{digit}")
            tmux.zoomed(title)
        for digit, title in [*list(PANES.items())[1:], ("1", "Conversation")]:
            tmux.press("ctrl+g")
            tmux.wait_for("Go to")
            tmux.press(digit)
            tmux.wait_gone("Go to")
            tmux.zoomed(title)
        for title in ("Plan", "Agent streams"):
            tmux.press("f12")
            tmux.zoomed(title)
        assert "™" not in tmux.screen() and "£" not in tmux.screen()  # nothing typed by the Alt keys
        tmux.press("alt+1")

        # modes: F2–F5 show in the status bar.
        for key, mode in (("f3", "VOICE"), ("f4", "KEYBOARD+SPEECH"), ("f5", "OLLAMA"), ("f2", "COMMANDER")):
            tmux.press(key)
            tmux.wait_until(lambda s, m=mode: s.splitlines()[0].startswith(f" JARVIS  {m} "), mode)

        # talk and metric: their notices (no microphone here: the talk key says why,
        # ending "type your request instead"); the metric brings the GPU pane forward.
        tmux.press("ctrl+t")
        tmux.wait_for("instead")
        tmux.press("f7")
        tmux.wait_for("heat map shows")
        assert "utilisation" in tmux.screen()

        # help, search, export: each closes back to the prompt, which takes the next keys.
        tmux.press("f1")
        tmux.wait_for("jarvis-tui help")
        tmux.press("escape")
        tmux.wait_gone("jarvis-tui help")
        tmux.press("f8")
        tmux.wait_for("Search past conversations")
        tmux.type("inverse")
        tmux.wait_for("1 request containing")
        tmux.press("escape")
        tmux.wait_gone("Search past conversations")
        tmux.type("typed after search")
        tmux.wait_for("typed after search")
        tmux.press("ctrl+u")
        tmux.wait_gone("typed after search")
        tmux.press("f9")
        tmux.wait_for("Export the conversation")
        tmux.press("enter")
        exports = Path(cluster.env()["JARVIS_DB"]).parent / "exports"
        screen = tmux.wait_for("Exported this session to")
        written = list(exports.glob("jarvis-*.md"))
        assert len(written) == 1 and PROMPT in written[0].read_text(encoding="utf-8"), screen
        assert not list(tmp_path.glob("jarvis-*.md"))  # never into the current directory

        # palette: the cockpit's actions, without Textual's duplicates.
        tmux.press("ctrl+p")
        screen = tmux.wait_for("Search for commands")
        assert "Help" in screen and "Screenshot" not in screen and "Maximize" not in screen and "Keys" not in screen
        tmux.press("escape")
        tmux.wait_gone("Search for commands")

        # brain: F10 shows what the brain learnt (one request, too few to reorder anything), Esc closes it.
        tmux.press("f10")
        screen = tmux.wait_for("Brain: routing learnt from outcomes")
        assert "code · coder" in screen and "order M2 > M3" in screen
        tmux.press("escape")
        tmux.wait_gone("Brain: routing learnt")

        # prompt: Ctrl+J starts a new line, ↑ on the first line recalls the last prompt.
        tmux.type("line one")
        tmux.press("ctrl+j")
        tmux.type("line two")
        screen = tmux.wait_for("line two")
        assert "line one" in screen
        tmux.press("ctrl+u", "up", "ctrl+u", "up")  # empty the two lines, then walk the history
        tmux.wait_for("▊ écris une fonction")

        # cancel: Esc stops the request in flight. Running shows as the status bar's
        # spinner, or as the request's own line while a notice covers the bar's right end.
        tmux.press("ctrl+u")
        cluster.nodes["M2"].set(token_delay_s=1.0)
        tmux.type("une autre fonction python")
        tmux.press("enter")
        tmux.wait_until(lambda s: any(c in s.splitlines()[0] for c in SPINNER) or "› une autre fonction python" in s, "the request running")
        tmux.press("escape")
        tmux.wait_for("cancelled by the user")

        # quit
        tmux.press("ctrl+q")
        tmux.wait_until(lambda s: tmux.exited(), "the cockpit to exit")
        assert "Traceback" not in tmux.screen()
    finally:
        tmux.kill()


def test_zoom_fills_the_screen_for_every_pane_at_160x48(make_cluster, tmp_path: Path):
    tmux = start(make_cluster(), tmp_path, 160, 48)
    try:
        for digit, title in PANES.items():
            tmux.press(f"alt+{digit}")
            screen = tmux.zoomed(title)
            if digit == "4":  # the GPU pane zoomed draws charts
                assert re.search(r"temperature .*utilisation .*power", screen) or "no GPU history yet" in screen or "no GPU data" in screen
    finally:
        tmux.kill()


def test_a_dropped_connection_closes_the_services(make_cluster, tmp_path: Path):
    """SIGHUP (an SSH connection that dropped, a closed terminal) ends the cockpit as Ctrl+Q
    does: the store is closed cleanly (SQLite removes its WAL file at the last close; a killed
    process leaves it) and the log says why. Python's default was to die on the spot."""
    cluster = make_cluster()
    tmux = start(cluster, tmp_path, 80, 24)
    wal = Path(cluster.env()["JARVIS_DB"] + "-wal")
    try:
        pane = subprocess.run(["tmux", "display-message", "-p", "-t", tmux.name, "#{pane_pid}"], capture_output=True, text=True, check=True)
        cockpit = [p for p in psutil.Process(int(pane.stdout)).children(recursive=True) if "jarvis" in " ".join(p.cmdline())] or [psutil.Process(int(pane.stdout))]
        deadline = time.monotonic() + 20
        while not wal.exists() and time.monotonic() < deadline:  # the store opens after the first screen
            time.sleep(0.1)
        assert wal.exists(), "the store never opened"
    finally:
        tmux.kill()  # the pty closes: SIGHUP
    gone, alive = psutil.wait_procs(cockpit, timeout=20)
    assert not alive, "the cockpit outlived its terminal"
    assert not wal.exists(), "the store was not closed: the process died instead of leaving"
    log = Path(os.environ["XDG_STATE_HOME"]) / "jarvis-tui" / "jarvis-tui.log"
    assert "SIGHUP received: closing the services and leaving" in log.read_text(encoding="utf-8")
