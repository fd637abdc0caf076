"""`jarvis-tui -s` uses the cockpit's words: a node whose key is missing or
that is disabled is "off", not "down"; "* = loaded" appears only with a `*`."""

from __future__ import annotations

from pathlib import Path

from tests.integration.conftest import Cluster
from tests.servers.llm import OpenAINode
from tests.servers.lmstudio import LMStudioNode

CONFIG = """
[[nodes]]
name = "M2"
kind = "openai"
url = "{url}"
model = "deepseek-coder-v2-lite"

[[nodes]]
name = "GEMINI"
kind = "openai"
url = "https://generativelanguage.googleapis.com/v1beta/openai"
model = "gemini-2.5-flash"
api_key_env = "JARVIS_TEST_NO_SUCH_KEY"

[[nodes]]
name = "M3"
kind = "openai"
url = "http://127.0.0.1:9"
model = "mistral-7b"
enabled = false

[embedded]
enabled = false
"""


def status_lines(tmp_path: Path, server: OpenAINode) -> tuple[int, list[str]]:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(url=server.url), encoding="utf-8")
    out = Cluster({}, path, tmp_path).run("-s")
    assert "Traceback" not in out.stderr
    return out.returncode, out.stdout.splitlines()


def row(lines: list[str], name: str) -> str:
    return next(line for line in lines if line.startswith(f"{name} "))


def test_a_node_without_its_key_is_off_and_the_legend_needs_a_star(tmp_path: Path) -> None:
    with OpenAINode(models=["deepseek-coder-v2-lite"]) as server:
        code, lines = status_lines(tmp_path, server)
    assert code == 0  # nodes that are off do not make the cluster fail
    assert " up " in row(lines, "M2") and "*" not in row(lines, "M2")
    for name in ("GEMINI", "M3", "EMBEDDED"):
        assert " off " in row(lines, name) and " down " not in row(lines, name), row(lines, name)
    assert "JARVIS_TEST_NO_SUCH_KEY is not set" in "\n".join(lines)
    assert lines[-1] == "cluster thermal level: normal (no GPU data)"


def test_the_legend_is_shown_when_a_model_is_loaded(tmp_path: Path) -> None:
    with LMStudioNode(models=["deepseek-coder-v2-lite", "other"], loaded=["deepseek-coder-v2-lite"]) as server:
        code, lines = status_lines(tmp_path, server)
    assert code == 0 and "deepseek-coder-v2-lite*, other" in row(lines, "M2")
    assert lines[-1] == "cluster thermal level: normal (no GPU data); * = loaded"


def test_with_no_config_file_it_points_to_init(tmp_path: Path) -> None:
    with OpenAINode(models=["deepseek-coder-v2-lite"]) as server:
        path = tmp_path / "config.toml"
        path.write_text(CONFIG.format(url=server.url), encoding="utf-8")
        with_file = Cluster({}, path, tmp_path).run("-s", "--json")
        without = Cluster({}, path, tmp_path).run("-s", "--json", JARVIS_CONFIG="")
    assert "--init" not in with_file.stderr
    assert "no config file, so these are the built-in example nodes: `jarvis-tui --init` finds your servers" in without.stderr
    assert without.stdout.startswith('{"nodes": [{"name": "M1"')  # stdout stays one JSON document
