"""A bad config is one message and exit code 2, at once, from every entry
point — the one-shot, the cockpit and `jarvis-mcp` — before anything is
opened (no database file is created, nothing hangs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import ROOT

BAD = {
    "typo.toml": ('[tools]\nallow = ["writ"]\n', "tools.allow: unknown tool 'writ'; did you mean 'write'?"),
    "scripts.toml": ('[tools]\nallow = ["run_script", "write_text_file"]\nroots = ["~/jarvis"]\nscript_dirs = ["~/jarvis/scripts"]\n',
                     "tools.script_dirs: the script folder '~/jarvis/scripts' overlaps the file root '~/jarvis'"),
    "deep.toml": ("a = " + "[" * 3000 + "]" * 3000 + "\n", "tables or arrays are nested too deeply"),
    "creds.toml": ('[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "http://admin:s3cret-pw@10.0.0.2:1234"\nmodel = "m"\n',
                   "nodes[0] (M1).url: http://…@10.0.0.2:1234: a user name or password in a URL is not allowed"),
    "dup.toml": ('[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "http://h:1"\nmodel = "m"\n' * 2, "nodes: node 'M1' is defined twice"),
}
COMMANDS = {
    "oneshot": [sys.executable, "-m", "jarvis_tui", "--oneshot", "hello"],
    "oneshot --json": [sys.executable, "-m", "jarvis_tui", "--oneshot", "hello", "--json"],
    "cockpit": [sys.executable, "-m", "jarvis_tui"],
    "jarvis-mcp": [sys.executable, "-m", "jarvis_tui.mcp_cli"],
}


@pytest.mark.parametrize("entry", list(COMMANDS))
@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_config_is_exit_2_with_one_clear_line(tmp_path: Path, entry: str, case: str) -> None:
    text, expected = BAD[case]
    config = tmp_path / case
    config.write_text(text, encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "JARVIS_DB": str(tmp_path / "j.db"), "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "TERM": "xterm"}
    out = subprocess.run([*COMMANDS[entry], "--config", str(config)], input="", capture_output=True, text=True, timeout=60, env=env, cwd=ROOT, check=False)
    prog = "jarvis-mcp" if entry == "jarvis-mcp" else "jarvis-tui"
    assert (out.returncode, out.stdout) == (2, ""), out.stderr[-2000:]
    assert out.stderr.startswith(f"{prog}: {config}: {expected}") and out.stderr.count("\n") == 1, out.stderr[-2000:]
    assert "s3cret-pw" not in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "j.db").exists()  # nothing was opened
