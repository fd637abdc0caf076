"""`jarvis-tui --init` as a user runs it: one command against real loopback
servers writes a config that works at once (`-s`, `--oneshot`), keeps any
existing file, asks first, and says what to do when nothing answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jarvis_tui import init_cli
from jarvis_tui.cli import build_parser
from jarvis_tui.core.config import load_config
from tests.integration.conftest import brain
from tests.servers.exporters import Exporter
from tests.servers.flavours import PlainHTTP
from tests.servers.llm import OllamaNode
from tests.servers.lmstudio import LMStudioNode


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    return tmp_path


@pytest.fixture()
def servers() -> Iterator[dict[str, Any]]:
    found = {
        "lmstudio": LMStudioNode(models=["qwen3-30b", "qwen3-coder-30b"], loaded=["qwen3-30b"], reply=brain("lmstudio")),
        "ollama": OllamaNode(models=["qwen3:1.7b"], reply=brain("ollama")),
        "dcgm": Exporter("dcgm", gpus=2, temperature_c=52.0),
    }
    for server in found.values():
        server.start()
    yield found
    for server in found.values():
        server.stop()


def jarvis(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real command in a child process, with a fresh config dir and no keys."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k != "JARVIS_CONFIG"}
    env.update(XDG_CONFIG_HOME=str(home / "xdg"), JARVIS_DB=str(home / "jarvis.db"))
    out = subprocess.run([sys.executable, "-m", "jarvis_tui", *args], input=stdin, capture_output=True, text=True, env=env, cwd=home, timeout=120, check=False)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def scan_of(*servers: Any) -> str:
    return ",".join(f"127.0.0.1:{s.port}" for s in servers)


def test_one_command_gives_a_working_config(home: Path, servers: dict[str, Any]) -> None:
    lm, ol, dcgm = servers["lmstudio"], servers["ollama"], servers["dcgm"]
    out = jarvis(home, "--init", "--scan", scan_of(lm, ol, dcgm), "--yes", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    path = home / "xdg" / "jarvis-tui" / "config.toml"
    assert (doc["written"], doc["backup"], doc["path"]) == (True, None, str(path))
    assert [(n["name"], n["url"], n["model"], n["models"], n["gpu_metrics"]) for n in doc["nodes"]] == [
        ("M1", lm.url, "qwen3-30b", ["qwen3-coder-30b"], dcgm.metrics_url),
        ("OL1", ol.url, "qwen3:1.7b", [], dcgm.metrics_url),
    ]
    assert {s["server"] for s in doc["servers"]} == {"lmstudio", "ollama"} and doc["exporters"][0]["gpus"] == 2
    assert path.read_text(encoding="utf-8") == doc["config"]
    assert "wrote " in out.stderr

    status = jarvis(home, "-s", "--json")  # the file just written is the one found by default
    assert status.returncode == 0, status.stderr
    nodes = {n["name"]: n for n in json.loads(status.stdout)["nodes"]}
    assert nodes["M1"]["reachable"] and nodes["OL1"]["reachable"]
    assert [g["temperature_c"] for g in nodes["M1"]["gpus"]] == [52.0, 52.0]

    answer = jarvis(home, "--oneshot", "écris une fonction python qui inverse une liste", "--json", "--no-store")
    assert answer.returncode == 0, answer.stderr
    result = json.loads(answer.stdout)
    assert result["classification"]["type"] == "code"
    assert [(u["role"], u["node"]) for u in result["plan"]] == [("coder", "OL1"), ("reviewer", "M1")]
    assert [(r["node"], r["status"]) for r in result["results"]] == [("OL1", "ok"), ("M1", "ok")]
    assert "EMBEDDED" not in answer.stdout


def test_a_newcomer_with_only_ollama_is_answered_by_it(home: Path, servers: dict[str, Any]) -> None:
    ol = servers["ollama"]
    assert jarvis(home, "--init", "--scan", scan_of(ol), "--yes").returncode == 0
    config = load_config(home / "xdg" / "jarvis-tui" / "config.toml")
    assert [n.name for n in config.nodes] == ["OL1"]
    answer = jarvis(home, "--oneshot", "écris une fonction python qui inverse une liste", "--json", "--no-store")
    assert answer.returncode == 0, answer.stderr
    assert {r["node"] for r in json.loads(answer.stdout)["results"]} == {"OL1"}


def test_the_human_output_shows_the_config_and_an_existing_file_is_kept(home: Path, servers: dict[str, Any]) -> None:
    path = home / "xdg" / "jarvis-tui" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("# mine\n[commander]\nmax_cycles = 1\n", encoding="utf-8")
    out = jarvis(home, "--init", "--scan", scan_of(servers["ollama"]), "--yes")
    assert out.returncode == 0, out.stderr
    assert "OL1   Ollama 0.12.0 at http://127.0.0.1:" in out.stdout and "[[nodes]]" in out.stdout
    (backup,) = path.parent.glob("config.toml.bak-*")
    assert backup.read_text(encoding="utf-8") == "# mine\n[commander]\nmax_cycles = 1\n"
    assert f"the previous config is kept as {backup}" in out.stderr


def test_a_broken_config_does_not_stop_init_from_replacing_it(home: Path, servers: dict[str, Any]) -> None:
    path = home / "xdg" / "jarvis-tui" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[[nodes]]\nname = 'M1'\nkind = 'openai'\nurl = '10.5.0.2:1234'\n", encoding="utf-8")
    assert jarvis(home, "-s").returncode == 2
    out = jarvis(home, "--init", "--scan", scan_of(servers["ollama"]), "--yes")
    assert out.returncode == 0, out.stderr
    assert [n.name for n in load_config(path).nodes] == ["OL1"]


def test_without_yes_and_no_terminal_nothing_is_written(home: Path, servers: dict[str, Any]) -> None:
    out = jarvis(home, "--init", "--scan", scan_of(servers["ollama"]), "--json")
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert doc["written"] is False and doc["config"].startswith("# jarvis-tui configuration")
    assert "run again with --yes" in out.stderr
    assert not (home / "xdg" / "jarvis-tui").exists()


def test_a_yes_at_the_prompt_writes_it(home: Path, servers: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The question itself, in-process: stdin made a terminal that answers "y", then one that answers nothing."""

    class Terminal:
        def __init__(self, answer: str) -> None:
            self.answer = answer

        def isatty(self) -> bool:
            return True

        def readline(self) -> str:
            return self.answer

    args = build_parser().parse_args(["--init", "--scan", scan_of(servers["ollama"])])
    path = home / "xdg" / "jarvis-tui" / "config.toml"
    monkeypatch.setattr(sys, "stdin", Terminal("\n"))
    assert init_cli.run(args, server_ports=[], exporter_ports=[]) == 0
    assert not path.exists() and "Write it to" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert init_cli.run(args, server_ports=[], exporter_ports=[]) == 0
    assert [n.name for n in load_config(path).nodes] == ["OL1"]


def test_nothing_found_says_so_and_how_to_scan_another_machine(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with PlainHTTP() as web:
        args = build_parser().parse_args(["--init", "--yes", "--json"])
        code = init_cli.run(args, server_ports=[web.port], exporter_ports=[web.port])
    out = capsys.readouterr()
    assert code == 1
    doc = json.loads(out.out)
    assert (doc["servers"], doc["nodes"], doc["config"], doc["written"]) == ([], [], None, False)
    assert doc["unrecognised"][0]["port"] == web.port
    assert f"No LLM server with a model answered on this machine (ports {web.port})" in out.err
    assert "jarvis-tui --init --scan 10.5.0.2" in out.err
    assert not (home / "xdg").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--init", "--scan", "10.5.0.2:http"], "--scan: '10.5.0.2:http': the port is not a number"),
        (["--init", "--scan", "not a host"], "is not a host name or IP address"),
        (["-s", "--scan", "10.5.0.2"], "--scan goes with --init"),
    ],
)
def test_bad_usage_is_exit_2_with_a_message(home: Path, args: list[str], message: str) -> None:
    out = jarvis(home, *args)
    assert out.returncode == 2 and message in out.stderr and out.stdout == ""
