"""`jarvis-mcp` as a real child process, driven over stdio by the `mcp`
SDK's own client: tools listed, lm_cluster_status and jarvis_ask called on
a loopback cluster, danger refused, bad input answered with clear errors
(never a crash), every call audited, nothing but protocol on stdout."""

from __future__ import annotations

import json
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters

from tests.unit.test_tools_registry import SEED

SEED_NAMES = {name for names in SEED.values() for name in names}


def server(cluster, **env: str) -> StdioServerParameters:
    environment = {k: v for k, v in cluster.env(**env).items() if k in ("JARVIS_CONFIG", "JARVIS_DB", "XDG_CONFIG_HOME", "HOME", "PATH", "LANG")}
    return StdioServerParameters(command=sys.executable, args=["-m", "jarvis_tui.mcp_cli"], env=environment, cwd=str(cluster.tmp))


@pytest.fixture()
def cluster(make_cluster, tmp_path: Path):
    root = tmp_path / "files"
    root.mkdir()
    (root / "hello.txt").write_text("hello from the root\n")
    (tmp_path / "secret.txt").write_text("outside")
    return make_cluster(extra=f'[tools]\nroots = ["{root}"]\nallow = ["write"]\n')


def rows(cluster) -> list[dict]:
    with sqlite3.connect(cluster.tmp / "jarvis.db") as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM tool_calls ORDER BY id")]


async def test_list_and_call_over_stdio(cluster) -> None:
    async with Client(server(cluster)) as client:
        listed = (await client.list_tools()).tools
        names = {t.name for t in listed}
        assert names >= SEED_NAMES and "jarvis_ask" in names
        by_name = {t.name: t for t in listed}
        assert by_name["lm_cluster_status"].annotations.read_only_hint is True
        assert by_name["delete_item"].annotations.destructive_hint is True
        assert by_name["consensus"].input_schema["required"] == ["prompt"]

        status = await client.call_tool("lm_cluster_status", {})
        assert status.is_error is False
        nodes = {n["name"]: n for n in status.structured_content["nodes"]}
        assert all(nodes[n]["reachable"] for n in ("M1", "M2", "M3", "OL1"))
        assert json.loads(status.content[0].text)["nodes"][0]["name"] == "M1"

        answer = await client.call_tool("jarvis_ask", {"prompt": "écris une fonction python qui inverse une liste"})
        assert answer.is_error is False, answer.content[0].text
        data = answer.structured_content
        assert data["type"] == "code" and data["commander"] == "local" and data["score"] == 0.9
        assert data["attribution"] == ["[ia-fast/M2:deepseek-coder-v2-lite]", "[ia-check/M1:qwen3-30b]"]
        assert data["answer"].startswith("M1 merged the parts") and "[ia-fast/M2:deepseek-coder-v2-lite]" in data["answer"]
    audit = rows(cluster)
    assert [(r["tool"], r["caller_kind"], r["status"]) for r in audit] == [("lm_cluster_status", "mcp", "ok"), ("jarvis_ask", "mcp", "ok")]
    assert audit[0]["caller"].startswith("mcp")  # the SDK client's own name and version


async def test_act_and_danger_follow_the_headless_rules(cluster) -> None:
    async with Client(server(cluster)) as client:
        danger = await client.call_tool("kill_process", {"target": "1"})
        assert danger.is_error is True
        assert danger.content[0].text == "REFUSED: kill_process is a danger tool and danger tools are disabled (set [tools] danger_enabled = true to allow them)"
        act = await client.call_tool("create_folder", {"path": "new"})
        assert act.content[0].text.startswith("REFUSED: create_folder is an act tool and MCP clients are headless: add it to [tools] allow")
        listed = await client.call_tool("write", {"path": "from-mcp.txt", "content": "allow-listed"})
        assert listed.is_error is False
    assert (cluster.tmp / "files" / "from-mcp.txt").read_text() == "allow-listed"
    assert not (cluster.tmp / "files" / "new").exists()
    decisions = [(r["tool"], r["tier"], r["decision"], r["status"]) for r in rows(cluster)]
    assert decisions == [("kill_process", "danger", "refused", "refused"), ("create_folder", "act", "refused", "refused"), ("write", "act", "allow-list", "ok")]


async def test_bad_input_is_an_error_result_and_the_server_lives_on(cluster) -> None:
    async with Client(server(cluster)) as client:
        cases = [
            ("lm_query", {"prompt": 7}, "ERROR: invalid arguments for lm_query: prompt: 7 is not of type 'string'"),
            ("consensus", {}, "ERROR: invalid arguments for consensus: 'prompt' is a required property"),
            ("read", {"path": "../secret.txt"}, "ERROR: '../secret.txt': '..' is not allowed in paths"),
            ("read", {"path": str(cluster.tmp / "secret.txt")}, "is outside the configured roots"),
            ("write", {"path": "big.txt", "content": "x" * 10_000_000}, "the limit is 1,000,000 ([tools] max_argument_bytes)"),
            ("rm_everything", {}, "ERROR: unknown tool 'rm_everything'"),
        ]
        for name, arguments, expected in cases:
            result = await client.call_tool(name, arguments)
            assert result.is_error is True, name
            assert expected in result.content[0].text, (name, result.content[0].text)
        read = await client.call_tool("read", {"path": "hello.txt"})
        assert read.is_error is False and "hello from the root" in read.content[0].text
    assert not (cluster.tmp / "files" / "big.txt").exists()
    audit = rows(cluster)
    assert len(audit) == len(cases) + 1
    assert all(len(r["arguments_json"]) < 10_000 for r in audit)  # a 10 MB argument is not copied into the audit


def test_nothing_but_protocol_on_stdout(cluster) -> None:
    """Raw JSON-RPC over the pipes: every stdout line is a JSON-RPC message,
    including the answers to a malformed line and to bad arguments."""
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "system_info", "arguments": {}}},
        {"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "list_processes", "arguments": {"limit": "many"}}},
    ]
    process = subprocess.Popen([sys.executable, "-m", "jarvis_tui.mcp_cli", "--no-store"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=cluster.env())
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    process.stdin.write("this is not json\n" + "".join(json.dumps(m) + "\n" for m in messages))
    process.stdin.flush()
    replies: dict[int, dict] = {}
    deadline = time.monotonic() + 60
    while not {1, 2, 3, 4} <= set(replies) and time.monotonic() < deadline:
        try:
            message = json.loads(lines.get(timeout=1))  # a line that is not JSON fails the test here
        except queue.Empty:
            continue
        assert message["jsonrpc"] == "2.0"
        if "id" in message:
            replies[message["id"]] = message
    process.stdin.close()
    assert process.wait(timeout=30) == 0
    assert replies[1]["result"]["serverInfo"]["name"] == "jarvis"
    assert len(replies[2]["result"]["tools"]) > 80
    assert replies[3]["result"]["isError"] is False and json.loads(replies[3]["result"]["content"][0]["text"])["cores"] >= 1
    assert replies[4]["result"]["isError"] is True and "'many' is not of type 'integer'" in replies[4]["result"]["content"][0]["text"]
    assert lines.empty() or all(json.loads(line)["jsonrpc"] == "2.0" for line in list(lines.queue))
    assert "Traceback" not in process.stderr.read()


def test_a_bad_config_is_one_message_and_exit_code_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[tools]\nallow = ["format_disk"]\n')
    out = subprocess.run([sys.executable, "-m", "jarvis_tui.mcp_cli", "--config", str(bad), "--no-store"], input="", capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == f"jarvis-mcp: {bad}: tools.allow: unknown tool 'format_disk'"
