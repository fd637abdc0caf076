"""Every launcher starts its mode. The .sh ones run for real: once with a
recording stand-in for the clone's jarvis-tui (the flag each passes, and
that extra arguments pass through), once against the installed CLI (the
status launcher against loopback nodes; the cockpit ones with --help, as
they would otherwise take the terminal). The .bat and .ps1 launchers must
pass the same flag to the same program."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHERS = ROOT / "launchers"
# mode -> (flag, .sh name, .bat name, .ps1 name)
MODES = {
    "interactive": ("-i", "jarvis-interactive.sh", "JARVIS_INTERACTIVE.bat", "jarvis-interactive.ps1"),
    "commander": ("-c", "jarvis-commander.sh", "JARVIS_COMMANDER.bat", "jarvis-commander.ps1"),
    "voice": ("-v", "jarvis-voice.sh", "JARVIS_VOICE.bat", "jarvis-voice.ps1"),
    "keyboard": ("-k", "jarvis-keyboard.sh", "JARVIS_KEYBOARD.bat", "jarvis-keyboard.ps1"),
    "ollama": ("-o", "jarvis-ollama.sh", "JARVIS_OLLAMA.bat", "jarvis-ollama.ps1"),
    "status": ("-s", "jarvis-status.sh", "JARVIS_STATUS.bat", "jarvis-status.ps1"),
}
RECORDER = '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/args.txt"\n'


def test_every_launcher_file_exists_and_no_other() -> None:
    expected = {name for _, *names in MODES.values() for name in names}
    assert {p.name for p in LAUNCHERS.iterdir()} == expected


@pytest.mark.parametrize("mode", MODES)
def test_sh_launcher_passes_its_flag_and_the_arguments(mode: str, tmp_path: Path) -> None:
    flag, sh, _, _ = MODES[mode]
    (tmp_path / "launchers").mkdir()
    shutil.copy(LAUNCHERS / sh, tmp_path / "launchers" / sh)
    stand_in = tmp_path / ".venv" / "bin" / "jarvis-tui"
    stand_in.parent.mkdir(parents=True)
    stand_in.write_text(RECORDER)
    stand_in.chmod(0o755)
    out = subprocess.run([str(tmp_path / "launchers" / sh), "--config", "my config.toml"], capture_output=True, text=True, timeout=30, check=False)
    assert out.returncode == 0, out.stderr
    assert (stand_in.parent / "args.txt").read_text().splitlines() == [flag, "--config", "my config.toml"]


@pytest.mark.parametrize("mode", MODES)
def test_bat_and_ps1_launchers_pass_the_same_flag(mode: str) -> None:
    flag, _, bat, ps1 = MODES[mode]
    bat_text, ps1_text = (LAUNCHERS / bat).read_text(), (LAUNCHERS / ps1).read_text()
    assert f'"%~dp0..\\.venv\\Scripts\\jarvis-tui.exe" {flag} %*' in bat_text
    assert f'& "$PSScriptRoot\\..\\.venv\\Scripts\\jarvis-tui.exe" {flag} @args' in ps1_text
    assert "exit $LASTEXITCODE" in ps1_text


def _installed() -> None:
    if not (ROOT / ".venv" / "bin" / "jarvis-tui").exists():
        pytest.skip("jarvis-tui is not installed in this clone's .venv (run ./install.sh)")


@pytest.mark.parametrize("mode", [m for m in MODES if m != "status"])
def test_cockpit_launchers_reach_the_installed_cli(mode: str) -> None:
    _installed()
    out = subprocess.run([str(LAUNCHERS / MODES[mode][1]), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0 and out.stdout.startswith("usage: jarvis-tui"), out.stderr


def test_status_launcher_reports_the_loopback_cluster(make_cluster) -> None:
    _installed()
    cluster = make_cluster()
    out = subprocess.run([str(LAUNCHERS / "jarvis-status.sh"), "--json"], capture_output=True, text=True, timeout=60, env=cluster.env(), check=False)
    assert out.returncode == 0, out.stderr
    nodes = {n["name"]: n for n in json.loads(out.stdout)["nodes"]}
    assert all(nodes[name]["reachable"] for name in ("M1", "M2", "M3", "OL1"))
