"""The config `--init` proposes: names, routing that names only found nodes,
escaping of what servers say, and writing it without ever losing a file."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from jarvis_tui.core.cluster.discover import Discovery, FoundExporter, FoundServer, Target, parse_target, parse_targets, scan_hosts
from jarvis_tui.core.cluster.init_config import (
    DECLINED_MARKER,
    decline_first_run,
    needs_first_run,
    nothing_found,
    render,
    summary,
    toml_string,
    write_config,
)
from jarvis_tui.core.config import TASK_TYPES, ConfigError, load_config

PORTS = (1234, 11434, 8080, 8000, 4000)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def lmstudio(host: str = "10.5.0.2", **kw: object) -> FoundServer:
    fields: dict[str, object] = {"models": ("qwen3-30b", "qwen3-coder-30b"), "loaded": ("qwen3-coder-30b",), **kw}
    return FoundServer(host, 1234, "lmstudio", **fields)  # type: ignore[arg-type]


def ollama(host: str = "127.0.0.1", models: tuple[str, ...] = ("qwen3:1.7b",)) -> FoundServer:
    return FoundServer(host, 11434, "ollama", models, (), (), "0.12.0")


def load(text: str, tmp_path: Path) -> object:
    path = tmp_path / "proposed.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


# -- --scan -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("10.5.0.2", Target("10.5.0.2")),
        ("10.5.0.2:5000", Target("10.5.0.2", 5000)),
        ("localhost", Target("127.0.0.1")),
        ("GPU-Box.lan", Target("gpu-box.lan")),
        ("http://10.5.0.2:1234/", Target("10.5.0.2", 1234)),
        ("[::1]:8080", Target("::1", 8080)),
        ("fe80::1", Target("fe80::1")),
    ],
)
def test_scan_accepts_hosts_and_ports(text: str, target: Target) -> None:
    assert parse_target(text) == target


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("10.5.0.2:http", "port"),
        ("10.5.0.2:70000", "port"),
        ("host name", "not a host name"),
        ("http://10.5.0.2:1234/v1", "only a host and a port"),
        ("ftp://10.5.0.2", "only a host and a port"),
        (":1234", "no host"),
        ("a;rm -rf", "not a host name"),
    ],
)
def test_scan_refuses_what_is_not_a_host(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_target(text)


def test_scan_list_keeps_order_drops_repeats_and_localhost_goes_last() -> None:
    targets = parse_targets("10.5.0.2, 192.168.1.26,10.5.0.2,,")
    assert targets == [Target("10.5.0.2"), Target("192.168.1.26")]
    assert scan_hosts(targets) == [Target("10.5.0.2"), Target("192.168.1.26"), Target("127.0.0.1")]
    assert scan_hosts([Target("127.0.0.1"), Target("10.5.0.2")]) == [Target("127.0.0.1"), Target("10.5.0.2")]
    assert scan_hosts([], include_localhost=False) == []


# -- the proposal -----------------------------------------------------------


def test_nodes_follow_the_seed_names_and_only_found_nodes_are_routed(tmp_path: Path) -> None:
    discovery = Discovery(
        ("10.5.0.2", "127.0.0.1"),
        PORTS,
        (lmstudio(), ollama(), FoundServer("127.0.0.1", 8080, "llama.cpp", ("q.gguf",), ("q.gguf",))),
        (FoundExporter("10.5.0.2", 9400, "dcgm-exporter", 6),),
    )
    proposal = render(discovery, written_at=datetime(2025, 1, 2, 3, 4))
    assert [(n.name, n.server.port, n.model, n.models) for n in proposal.nodes] == [
        ("M1", 1234, "qwen3-coder-30b", ("qwen3-30b",)),  # the loaded model is the default
        ("M2", 8080, "q.gguf", ()),
        ("OL1", 11434, "qwen3:1.7b", ()),
    ]
    config = load(proposal.text, tmp_path)
    names = {"M1", "M2", "OL1"}
    assert {n.name for n in config.nodes} == names  # the defaults' M3 and GEMINI are gone
    m1 = config.node("M1")
    assert m1 is not None and m1.gpu_metrics == "http://10.5.0.2:9400/metrics" and m1.url == "http://10.5.0.2:1234"
    assert config.node("OL1").gpu_metrics is None  # type: ignore[union-attr]  # its machine has no exporter
    assert set(config.routing) == set(TASK_TYPES)
    routed = {u.node for units in config.routing.values() for u in units}
    assert routed == names
    assert [(u.role, u.node) for u in config.routing["code"]] == [("coder", "M2"), ("reviewer", "M1")]
    assert [(u.role, u.node) for u in config.routing["web"]] == [("searcher", "OL1"), ("synthesizer", "M1")]
    assert (config.commander.classifier_node, config.commander.checker_node, config.commander.fallbacks) == ("M1", "M1", ["OL1"])
    assert config.thermal.warning_code_target == "M2" and config.thermal.critical_targets == ["M2", "OL1"]
    assert {a.node for a in config.agents.values()} <= names
    assert config.agents["ia-fast"].node == "M2" and config.agents["ia-deep"].prompt  # merged over agents.toml
    # Every key line is explained, and the text says where it came from.
    assert "2025-01-02 03:04" in proposal.text and "docs/config.md" in proposal.text
    for line in proposal.text.splitlines():
        if line.startswith(("classifier_node", "checker_node", "fallbacks", "kind", "model ", "gpu_metrics", "timeout_s")):
            assert "#" in line, line


def test_a_lone_ollama_server_gets_every_unit(tmp_path: Path) -> None:
    config = load(render(Discovery(("127.0.0.1",), PORTS, (ollama(),))).text, tmp_path)
    assert [n.name for n in config.nodes] == ["OL1"]
    assert {u.node for units in config.routing.values() for u in units} == {"OL1"}
    assert config.commander.fallbacks == [] and config.thermal.critical_targets == []


def test_servers_without_a_model_or_a_key_are_explained_not_configured(tmp_path: Path) -> None:
    discovery = Discovery(
        ("127.0.0.1",), PORTS, (ollama(models=()), FoundServer("127.0.0.1", 4000, "litellm", version="1.76.0", needs_key=True), lmstudio("127.0.0.1"))
    )
    proposal = render(discovery)
    assert [n.name for n in proposal.nodes] == ["M1"]
    assert [why for _, why in proposal.unusable] == [
        "it serves no model yet: pull one there (ollama pull qwen3:1.7b), then run jarvis-tui --init again",
        "it asks for an API key",
    ]
    assert "# api_key_env" in proposal.text and "# url = \"http://127.0.0.1:4000\"" in proposal.text
    assert [n.name for n in load(proposal.text, tmp_path).nodes] == ["M1"]  # commented out, so not loaded
    lines = summary(discovery, proposal)
    assert any(line.startswith("  not used: Ollama 0.12.0 at http://127.0.0.1:11434") for line in lines)


def test_nothing_usable_proposes_nothing_and_says_how_to_scan_a_remote_machine() -> None:
    discovery = Discovery(("127.0.0.1",), PORTS, (ollama(models=()),))
    proposal = render(discovery)
    assert proposal.nodes == () and proposal.text == ""
    advice = "\n".join(nothing_found(discovery))
    assert "ports 1234, 11434, 8080, 8000, 4000" in advice and "jarvis-tui --init --scan 10.5.0.2" in advice


@pytest.mark.parametrize("name", ['evil"\nurl = "http://attacker', "back\\slash", "tab\there", "snow☃", "nul\x00\x7f", "'single'"])
def test_what_a_server_says_cannot_break_out_of_a_string(name: str, tmp_path: Path) -> None:
    assert tomllib.loads(f"x = {toml_string(name)}") == {"x": name}
    proposal = render(Discovery(("127.0.0.1",), PORTS, (FoundServer("127.0.0.1", 1234, "lmstudio", (name, "plain"), (name,), version=name),)))
    config = load(proposal.text, tmp_path)
    (node,) = config.nodes
    assert (node.model, node.models, node.url) == (name, ["plain"], "http://127.0.0.1:1234")
    comments = [line for line in proposal.text.splitlines() if line.startswith("#")]
    assert all("\x00" not in line and "\t" not in line for line in comments)


# -- writing ----------------------------------------------------------------


def test_write_creates_the_folders_and_the_file_loads(tmp_path: Path) -> None:
    text = render(Discovery(("127.0.0.1",), PORTS, (ollama(),))).text
    path = tmp_path / "deep" / "er" / "config.toml"
    written = write_config(path, text)
    assert written.backup is None and path.read_text(encoding="utf-8") == text
    assert [n.name for n in load_config(path).nodes] == ["OL1"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]  # no temporary file left


def test_an_existing_file_is_backed_up_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# my hand-written config\n[commander]\nmax_cycles = 1\n", encoding="utf-8")
    text = render(Discovery(("127.0.0.1",), PORTS, (ollama(),))).text
    now = datetime(2025, 3, 4, 5, 6, 7)
    first = write_config(path, text, now=now)
    second = write_config(path, text, now=now)  # the same second: another name, not the first backup overwritten
    assert first.backup == tmp_path / "config.toml.bak-20250304-050607"
    assert second.backup == tmp_path / "config.toml.bak-20250304-050607-1"
    assert first.backup.read_text(encoding="utf-8").startswith("# my hand-written config")
    assert second.backup.read_text(encoding="utf-8") == text
    assert path.read_text(encoding="utf-8") == text


def test_a_text_that_does_not_load_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[commander]\nmax_cycles = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="routing.code"):
        write_config(path, '[routing]\ncode = [{ node = "NOPE", role = "coder" }]\n')
    assert path.read_text(encoding="utf-8") == "[commander]\nmax_cycles = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


# -- the cockpit's first-start offer ------------------------------------------


def test_first_run_is_offered_until_a_config_exists_or_the_user_declines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "xdg" / "jarvis-tui" / "config.toml"
    assert needs_first_run() and needs_first_run(path)
    monkeypatch.setenv("JARVIS_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert not needs_first_run()  # the user chose a file
    monkeypatch.delenv("JARVIS_CONFIG")
    decline_first_run()
    assert (path.parent / DECLINED_MARKER).is_file() and not needs_first_run()
    other = tmp_path / "other" / "config.toml"
    assert needs_first_run(other)
    other.parent.mkdir()
    other.write_text("", encoding="utf-8")
    assert not needs_first_run(other)
