"""Several processes on ONE NEW database at once, with SIGKILLs mid-run: a
cockpit-like process holding a Runtime, two `jarvis-mcp` servers (one driven
by the official SDK client, one by raw JSON-RPC and killed), and one-shots
(some killed) streaming from a slow node — each unit holds the node for
longer than SQLite's busy timeout, so a writer that kept its transaction
open across a unit would make every other writer fail. Afterwards the file
passes `PRAGMA integrity_check`, every request that completed is recorded
whole (classification included) and every tool call that returned is in
the audit trail."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import sys
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client

from tests.integration.conftest import ROOT
from tests.integration.test_mcp_server import server

COCKPIT = """
import asyncio, json, sys
from jarvis_tui.core.config import load_config
from jarvis_tui.core.runtime import Runtime

async def main(n):
    async with Runtime(load_config(), monitor="background", conversation_id="cockpit") as runtime:
        for i in range(n):
            doc = await runtime.ask(f"écris une fonction python numéro {i}", source="tui")
            await runtime.store.flush()  # what the cockpit shows as done is on disk
            print(json.dumps({"id": doc["request_id"], "status": doc["status"]}), flush=True)

asyncio.run(main(int(sys.argv[1])))
"""
PROMPT = "écris une fonction python qui inverse une liste"


@pytest.fixture()
def cluster(make_cluster, tmp_path: Path):
    root = tmp_path / "files"
    root.mkdir()
    (root / "a.txt").write_text("a")
    cluster = make_cluster(extra=f'[tools]\nroots = ["{root}"]\nallow = ["write_text_file"]\n')
    # ~8 s per coder unit, longer than SQLite's 5 s busy timeout; a token every 0.8 s keeps the stream alive.
    cluster.nodes["M2"].set(token_delay_s=0.8)
    return cluster


def db_rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path, timeout=30) as db:
        return db.execute(sql, params).fetchall()


def units_in_flight(db: Path) -> int:
    """Attempts still running; 0 while the file or its schema is not there yet
    (the first process creates the file, then its tables)."""
    try:
        return db_rows(db, "SELECT COUNT(*) FROM attempts WHERE ended_at IS NULL")[0][0] if db.exists() else 0
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise


async def spawn(cluster, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(sys.executable, *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE, env=cluster.env(), cwd=ROOT)


async def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


async def sdk_calls(cluster, stop: asyncio.Event, returned: list[str]) -> None:
    async with Client(server(cluster)) as client:
        n = 0
        while not stop.is_set():
            n += 1
            for name, arguments in (("list_folder", {}), ("read_text_file", {"path": "a.txt"}), ("write_text_file", {"path": f"w{n}.txt", "content": "x"})):
                result = await client.call_tool(name, arguments)
                assert result.is_error is False, result.content[0].text
                returned.append(name)
            await asyncio.sleep(0.2)


async def raw_calls(process: asyncio.subprocess.Process, count: int, returned: list[int]) -> None:
    """JSON-RPC by hand, so the process can be SIGKILLed the moment its replies are in."""
    assert process.stdin is not None and process.stdout is not None
    hello = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw-killed", "version": "0"}}}
    process.stdin.write((json.dumps(hello) + "\n" + json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n").encode())
    await process.stdin.drain()
    assert json.loads(await process.stdout.readline())["id"] == 0
    for i in range(1, count + 1):
        call = {"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": "read_text_file", "arguments": {"path": "a.txt"}}}
        process.stdin.write((json.dumps(call) + "\n").encode())
        await process.stdin.drain()
        reply = json.loads(await process.stdout.readline())
        assert reply["id"] == i and reply["result"]["isError"] is False
        returned.append(i)
        await asyncio.sleep(0.3)  # fixed-time: pacing, so the calls interleave with the other processes' writes


async def test_many_processes_one_new_database_with_kills(cluster) -> None:
    db = cluster.tmp / "jarvis.db"
    assert not db.exists()
    with anyio.fail_after(240):
        cockpit = await spawn(cluster, "-c", COCKPIT, "3")
        oneshots = [await spawn(cluster, "-m", "jarvis_tui", "--oneshot", f"{PROMPT} ({i})", "--json") for i in range(6)]
        killed_mcp = await spawn(cluster, "-m", "jarvis_tui.mcp_cli")
        stop, sdk_returned, raw_returned = asyncio.Event(), [], []
        sdk = asyncio.create_task(sdk_calls(cluster, stop, sdk_returned))
        raw = asyncio.create_task(raw_calls(killed_mcp, 12, raw_returned))

        # Mid-run: two one-shots and the raw MCP server die while units stream.
        await wait_for(lambda: units_in_flight(db) >= 3, 120, "units in flight")
        for victim in oneshots[:2]:
            victim.send_signal(signal.SIGKILL)
        await raw
        killed_mcp.send_signal(signal.SIGKILL)

        results = [await p.communicate() for p in oneshots[2:]]
        cockpit_out, cockpit_err = await cockpit.communicate()
        stop.set()
        await sdk
        for victim in (*oneshots[:2], killed_mcp):
            await victim.wait()

    assert [p.returncode for p in oneshots[:2]] == [-signal.SIGKILL] * 2 and killed_mcp.returncode == -signal.SIGKILL
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    done = []
    for (stdout, stderr), process in zip(results, oneshots[2:], strict=True):
        assert process.returncode == 0, stderr.decode()[-3000:]
        done.append(json.loads(stdout)["request_id"])
    assert cockpit.returncode == 0, cockpit_err.decode()[-3000:]
    done += [json.loads(line)["id"] for line in cockpit_out.decode().splitlines()]
    assert len(done) == 4 + 3
    for request_id in done:  # recorded whole: classification, units, outcome
        (row,) = db_rows(db, "SELECT status, type, method, thermal_level, finished_at FROM requests WHERE id = ?", request_id)
        assert row[0] == "ok" and row[1] == "code" and row[2] and row[4] is not None, (request_id, row)
        units = db_rows(db, "SELECT status, score FROM units WHERE request_id = ?", request_id)
        assert units and all(u[0] == "ok" and u[1] is not None for u in units), (request_id, units)
    audited = db_rows(db, "SELECT caller, status FROM tool_calls WHERE caller_kind = 'mcp'")
    assert len([a for a in audited if a[0].startswith("raw-killed") and a[1] == "ok"]) == len(raw_returned) == 12
    assert len([a for a in audited if not a[0].startswith("raw-killed") and a[1] == "ok"]) == len(sdk_returned) > 0
    assert all(status != "running" for _, status in audited)
