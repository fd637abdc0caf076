"""install.sh's steps: one line each with its time, the tools' noise in the
log, the log shown when a step fails, and a ticker during a long step.
The functions are sourced from the real script and run on fake steps (a real
install is `./install.sh --test`; the llama.cpp build is never triggered here)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="install.sh needs bash")


def run(script: str, tmp_path: Path, tick_s: float = 15) -> subprocess.CompletedProcess[str]:
    """`script` after sourcing install.sh, with its log in tmp_path."""
    prelude = f"set -euo pipefail; source {ROOT / 'install.sh'}; LOG={tmp_path / 'install.log'}; TICK_S={tick_s}; : > \"$LOG\"\n"
    return subprocess.run(["bash", "-c", prelude + script], capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False)


def plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_sourcing_defines_the_steps_and_installs_nothing(tmp_path: Path) -> None:
    out = run("type step ticker elapsed >/dev/null && echo defined", tmp_path)
    assert out.returncode == 0 and out.stdout == "defined\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["install.log"]  # no .venv, no cache


def test_a_step_is_one_line_and_its_noise_goes_to_the_log(tmp_path: Path) -> None:
    out = run('step "installing things" bash -c "echo pages of pip output; echo WARNING: debconf noise >&2"', tmp_path)
    assert out.returncode == 0
    assert out.stdout == "" and re.fullmatch(r"\[install\] installing things … \d s\n", plain(out.stderr))
    log = (tmp_path / "install.log").read_text()
    assert "== installing things: bash -c" in log and "pages of pip output" in log and "WARNING: debconf noise" in log


def test_a_failed_step_shows_what_it_printed_and_stops_the_install(tmp_path: Path) -> None:
    out = run('step "first" echo fine; step "building" bash -c "echo earlier output; echo error: cmake failed >&2; exit 3"; echo never here', tmp_path)
    assert out.returncode == 3
    text = plain(out.stderr)
    assert re.search(r"\[install\] building … failed after \d s\n", text) and "never here" not in out.stdout
    shown = text.split("what it printed")[1]
    assert "earlier output" in shown and "error: cmake failed" in shown
    assert "fine" not in shown  # only this step's part of the log
    assert str(tmp_path / "install.log") in text


def test_a_soft_step_fails_quietly_and_the_install_goes_on(tmp_path: Path) -> None:
    out = run('step --soft "optional" bash -c "echo npm ERR! offline; exit 1" || say "skipped"; echo "went on"', tmp_path)
    assert out.returncode == 0 and out.stdout == "went on\n"
    text = plain(out.stderr)
    assert re.search(r"\[install\] optional … failed after \d s\n", text) and "npm ERR!" not in text and "skipped" in text


def test_a_long_step_ticks_and_the_ticker_stops_with_it(tmp_path: Path) -> None:
    out = run('step --tick "fake slow build" sleep 1.2; sleep 0.5; echo "jobs left: $(jobs -p | wc -l)"', tmp_path, tick_s=0.2)
    assert out.returncode == 0 and out.stdout == "jobs left: 0\n"
    line = plain(out.stderr)
    match = re.fullmatch(r"\[install\] fake slow build …(\.+) \d s\n", line)
    assert match is not None, line
    assert 2 <= len(match.group(1)) <= 7  # about one dot per 0.2 s, none after the step ended


@pytest.mark.parametrize(("seconds", "shown"), [(0, "0 s"), (59, "59 s"), (60, "1m00s"), (75, "1m15s"), (482, "8m02s")])
def test_times_read_naturally(tmp_path: Path, seconds: int, shown: str) -> None:
    assert run(f"elapsed {seconds}", tmp_path).stdout == shown
