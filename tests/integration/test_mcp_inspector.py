"""The official MCP Inspector CLI (npm) lists jarvis-mcp's tools.

`./install.sh --test` installs it into `.cache/npm`; without npm, or before
that step has run, the test skips and says why."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PREFIX = ROOT / ".cache" / "npm"
PACKAGE = PREFIX / "node_modules" / "@modelcontextprotocol" / "inspector"


def test_the_inspector_cli_lists_the_tools(tmp_path: Path) -> None:
    if shutil.which("npx") is None:
        pytest.skip("npx is not installed (Node.js/npm): the MCP Inspector cannot run")
    if not PACKAGE.is_dir():
        pytest.skip("the MCP Inspector is not installed in .cache/npm: run ./install.sh --test (needs npm and the network)")
    config = tmp_path / "config.toml"
    config.write_text("[embedded]\nenabled = false\n", encoding="utf-8")
    command = [
        "npx", "--no-install", "@modelcontextprotocol/inspector", "--cli",
        "-e", f"JARVIS_CONFIG={config}", "-e", f"JARVIS_DB={tmp_path / 'jarvis.db'}",
        sys.executable, "-m", "jarvis_tui.mcp_cli", "--method", "tools/list",
    ]
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    out = subprocess.run(command, cwd=PREFIX, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    tools = {tool["name"]: tool for tool in json.loads(out.stdout)["tools"]}
    assert {"lm_query", "lm_cluster_status", "consensus", "jarvis_ask", "run_script", "kill_process"} <= set(tools)
    assert tools["lm_query"]["inputSchema"]["required"] == ["prompt"]
    assert tools["kill_process"]["annotations"]["destructiveHint"] is True
