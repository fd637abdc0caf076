"""The registry: the seed's tool names, valid schemas, bad input as clear
error results, and the audit trail in the real SQLite store."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.store import SCHEMA_VERSION, Store
from jarvis_tui.core.tools import (
    Caller,
    Policy,
    Registry,
    Tier,
    Tool,
    Toolbox,
    default_registry,
)
from jarvis_tui.core.tools.base import NotAvailable, params

# The seed's "83 Outils MCP", by family, with the Windows set's real names.
SEED = {
    "ai": ["lm_query", "lm_models", "lm_cluster_status", "consensus"],
    "models": ["lm_load_model", "lm_unload_model", "lm_switch_coder", "lm_switch_dev", "lm_gpu_stats", "lm_benchmark", "lm_perf_metrics"],
    "ollama": ["ollama_query", "ollama_models", "ollama_pull", "ollama_status", "ollama_web_search", "ollama_subagents", "ollama_trading_analysis"],
    "scripts": ["run_script", "list_scripts", "list_project_paths"],
    "system": ["open_app", "close_app", "open_url", "list_processes", "kill_process", "list_windows", "focus_window", "minimize_window",
               "maximize_window", "send_keys", "type_text", "press_hotkey", "mouse_click", "clipboard_get", "clipboard_set", "volume_up",
               "volume_down", "volume_mute", "screenshot", "screen_resolution", "system_info", "gpu_info", "network_info", "powershell_run",
               "lock_screen", "shutdown_pc", "restart_pc", "sleep_pc", "list_services", "start_service", "stop_service", "wifi_networks",
               "ping", "get_ip", "registry_read", "registry_write", "notify", "speak", "scheduled_tasks"],
    "files": ["open_folder", "list_folder", "create_folder", "copy_item", "move_item", "delete_item", "read_text_file", "write_text_file", "search_files"],
    "trading": ["trading_pending_signals", "trading_execute_signal", "trading_positions", "trading_status", "trading_close_position"],
    "brain": ["brain_status", "brain_analyze", "brain_suggest", "brain_learn"],
    "skills": ["list_skills", "create_skill", "remove_skill", "suggest_actions", "action_history"],
    "commander": ["jarvis_ask", "dispatch_agent"],
}
DANGER = {"kill_process", "delete_item", "powershell_run", "bash", "shutdown_pc", "restart_pc", "sleep_pc", "stop_service", "registry_read", "registry_write"}
USER = Caller("user")


def make_toolbox(tmp_path: Path, **kwargs) -> Toolbox:
    config = load_config()
    settings = ToolsConfig(roots=[str(tmp_path)])
    return Toolbox(config.model_copy(update={"tools": settings}), policy=Policy(settings), **kwargs)


def test_every_seed_tool_is_registered_in_its_family() -> None:
    registry = default_registry()
    for family, names in SEED.items():
        for name in names:
            tool = registry.get(name)
            assert tool is not None, name
            assert tool.family == family, (name, tool.family)


def test_schemas_descriptions_and_names_are_valid() -> None:
    for tool in default_registry():
        jsonschema.Draft202012Validator.check_schema(tool.schema)
        assert tool.schema["type"] == "object" and tool.schema["additionalProperties"] is False, tool.name
        assert set(tool.schema["required"]) <= set(tool.schema["properties"]), tool.name
        assert re.fullmatch(r"[a-z0-9_]{1,64}", tool.name), tool.name  # MCP hosts prefix it: mcp__jarvis__<name>
        assert len(tool.description) > 10, tool.name


def test_the_danger_tier_is_exactly_power_kill_registry_deletion_and_shells() -> None:
    assert {t.name for t in default_registry() if t.tier is Tier.DANGER} == DANGER


def test_every_agent_tool_exists() -> None:
    config = load_config()
    registry = default_registry()
    for name, agent in config.agents.items():
        missing = [t for t in agent.tools if t not in registry]
        assert missing == [], (name, missing)


def test_a_name_is_registered_once() -> None:
    tool = default_registry().get("lm_query")
    with pytest.raises(ValueError, match="registered twice"):
        Registry([tool, tool])


def test_an_unknown_tool_in_the_allow_list_is_a_config_error(tmp_path: Path) -> None:
    """Checked when the entry points load the config, against the registry's names, before anything is opened."""
    from jarvis_tui.core.config import ConfigError
    from jarvis_tui.core.runtime import load_checked_config

    path = tmp_path / "c.toml"
    path.write_text('[tools]\nallow = ["rm_rf"]\n')
    with pytest.raises(ConfigError, match=r"c.toml: tools.allow: unknown tool 'rm_rf'$"):
        load_checked_config(path)


@pytest.mark.parametrize(
    ("name", "arguments", "expected"),
    [
        ("lm_query", {}, "invalid arguments for lm_query: 'prompt' is a required property"),
        ("lm_query", {"prompt": 42}, "invalid arguments for lm_query: prompt: 42 is not of type 'string'"),
        ("lm_query", {"prompt": "hi", "temperature": 2}, "('temperature' was unexpected)"),
        ("ping", {"host": "-f"}, "invalid arguments for ping: host: '-f' does not match"),
        ("mouse_click", {"x": -1, "y": 0}, "x: -1 is less than the minimum of 0"),
        ("lm_query", ["prompt"], "arguments for lm_query must be a JSON object, not list"),
        ("no_such_tool", {}, "unknown tool 'no_such_tool'"),
    ],
)
async def test_bad_input_is_a_clear_error_result(tmp_path: Path, name: str, arguments, expected: str) -> None:
    result = await make_toolbox(tmp_path).call(name, arguments, caller=USER)
    assert result.status == "error"
    assert expected in result.error
    assert result.text().startswith("ERROR: ")


async def test_a_ten_megabyte_argument_is_refused_before_anything_runs(tmp_path: Path) -> None:
    result = await make_toolbox(tmp_path).call("write", {"path": "big.txt", "content": "x" * 10_000_000}, caller=USER)
    assert result.status == "error"
    assert "arguments for write are 10,000,0" in result.error and "the limit is 1,000,000" in result.error
    assert not (tmp_path / "big.txt").exists()


def _registry_with(run, timeout_s=None) -> Registry:
    return Registry([Tool("probe", "test", "A tool for this test only.", params(), Tier.READ, run, timeout_s=timeout_s)])


async def test_a_crashing_tool_is_an_error_result(tmp_path: Path) -> None:
    async def crash(args, ctx):
        raise KeyError("boom")

    result = await make_toolbox(tmp_path, registry=_registry_with(crash)).call("probe", {}, caller=USER)
    assert result.status == "error" and result.error == "internal error in probe: KeyError: 'boom'"


async def test_a_slow_tool_times_out(tmp_path: Path) -> None:
    async def slow(args, ctx):
        await asyncio.sleep(10)

    result = await make_toolbox(tmp_path, registry=_registry_with(slow, timeout_s=0.05)).call("probe", {}, caller=USER)
    assert result.status == "error" and result.error == "probe did not finish within 0.05 s"


async def test_not_available_and_not_configured_say_so(tmp_path: Path) -> None:
    async def missing(args, ctx):
        raise NotAvailable("probe needs a program that is not installed")

    result = await make_toolbox(tmp_path, registry=_registry_with(missing)).call("probe", {}, caller=USER)
    assert result.error == "not available: probe needs a program that is not installed"
    absent = await make_toolbox(tmp_path).call("trading_positions", {}, caller=USER)  # a process that runs no trading service
    assert absent.error == "not available: trading is not running in this process (no trading service)"


async def test_a_model_sees_a_long_result_cut_with_a_note(tmp_path: Path) -> None:
    async def long(args, ctx):
        return "a" * 50

    result = await make_toolbox(tmp_path, registry=_registry_with(long)).call("probe", {}, caller=USER)
    assert result.text(20) == "a" * 20 + "\n[truncated: 30 more characters]"


async def test_calls_are_audited_in_the_store_with_secrets_redacted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EXCHANGE_SECRET", "s3cr3t-value-123456")
    store = await Store.open(tmp_path / "jarvis.db")
    try:
        box = make_toolbox(tmp_path, audit=store)
        (tmp_path / "notes.txt").write_text("the key is s3cr3t-value-123456 and sk-ant-api03-abcdef")
        await box.call("read_text_file", {"path": "notes.txt"}, caller=Caller("agent", "ia-deep"), request_id="r1")
        await box.call("write", {"path": "x.txt", "content": "s3cr3t-value-123456", "password": "pw"}, caller=Caller("mcp", "host"))
        rows = await store.tool_calls()
    finally:
        await store.close()
    invalid, read = rows  # newest first
    assert (read["tool"], read["caller_kind"], read["caller"], read["tier"], read["decision"], read["status"], read["request_id"]) == (
        "read_text_file", "agent", "ia-deep", "read", "read", "ok", "r1")
    assert "s3cr3t-value-123456" not in read["result"] and "sk-ant-api03" not in read["result"] and "[redacted]" in read["result"]
    assert invalid["arguments"] == {"path": "x.txt", "content": "[redacted]", "password": "[redacted]"}
    assert invalid["status"] == "error" and "password" in invalid["error"]
    raw = (tmp_path / "jarvis.db").read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("jarvis.db-*"))
    assert b"s3cr3t-value-123456" not in raw


async def test_a_version_1_database_gains_the_tool_calls_table(tmp_path: Path) -> None:
    from jarvis_tui.core import store as store_module

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(store_module._MIGRATIONS[0] + "PRAGMA user_version = 1;")
        db.execute("INSERT INTO conversations VALUES ('c1', 1.0, 'kept')")
    store = await Store.open(path)
    await store.record_tool_call(ts=1.0, request_id="", caller_kind="user", caller="", tool="lm_models", tier="read", arguments={},
                                 decision="read", reason=None, status="ok", result="{}", error=None, elapsed_ms=1.0)
    await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert db.execute("SELECT title FROM conversations").fetchall() == [("kept",)]
        assert db.execute("SELECT tool, request_id FROM tool_calls").fetchall() == [("lm_models", None)]


def test_results_are_json_for_models() -> None:
    from jarvis_tui.core.tools import ToolResult

    assert json.loads(ToolResult("t", "ok", data={"é": 1}).text()) == {"é": 1}
    assert ToolResult("t", "refused", error="no").text() == "REFUSED: no"


def test_a_dry_run_through_the_runtime_loads_no_heavy_sdk() -> None:
    """What the CLI runs for --oneshot, through the Runtime with its tools
    built: with --dry-run, no SDK, HTTP stack or validator is imported."""
    import subprocess
    import sys

    code = (
        "import sys, asyncio\n"
        "from jarvis_tui.core.config import load_config\n"
        "from jarvis_tui.core.runtime import Runtime\n"
        "config = load_config()\n"
        "async def main():\n"
        "    async with Runtime(config, record=False) as runtime:\n"
        "        return await runtime.ask('hello', dry_run=True)\n"
        "doc = asyncio.run(main())\n"
        "assert doc['plan'] and doc['commander'] == {'mode': 'local'}\n"
        "print([m for m in ('textual', 'anthropic', 'mcp', 'llama_cpp', 'httpx2', 'jsonschema', 'psutil') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": "/nonexistent"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
