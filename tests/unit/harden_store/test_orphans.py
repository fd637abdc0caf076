"""A process killed outright leaves its request and tool call `running`: the
next process to open the database closes them (failed, saying why), and never
touches the rows of a process that is still alive."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from jarvis_tui.core.events import EventBus, RequestStarted
from jarvis_tui.core.owner import owner_gone, process_owner
from jarvis_tui.core.store import Store

ROOT = Path(__file__).resolve().parents[3]

# A writer that records a request in flight and a tool call about to run, says
# so, then waits to be killed.
_WRITER = textwrap.dedent("""
    import asyncio, sys
    from pathlib import Path
    from jarvis_tui.core.events import EventBus, Planned, PlanUnit, RequestStarted, UnitStarted
    from jarvis_tui.core.store import Store

    async def main():
        store = await Store.open(Path(sys.argv[1]))
        bus = EventBus()
        store.attach(bus, "c")
        bus.publish(RequestStarted("r-killed", prompt="q", source="oneshot"))
        bus.publish(Planned("r-killed", units=(PlanUnit("u1", "coder", "ia-fast", "M2", "m"),)))
        bus.publish(UnitStarted("r-killed", unit_id="u1", node="M2", model="m", attempt=1, cycle=1))
        await store.flush()
        await store.record_tool_call(ts=1.0, request_id="r-killed", caller_kind="commander", caller="", tool="shell_run", tier="act",
                                     arguments={}, decision="allowed", reason=None, status="running", result=None, error=None, elapsed_ms=None)
        print("written", flush=True)
        await asyncio.sleep(600)

    asyncio.run(main())
""")


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


async def test_rows_a_killed_process_left_running_are_closed_by_the_next_one(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
        store = await Store.open(path)  # the writer is alive: its rows stay running
        await store.close()
        assert query(path, "SELECT status FROM requests") == [("running",)]
        assert query(path, "SELECT status FROM tool_calls") == [("running",)]
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()

    store = await Store.open(path)
    try:
        request = await store.get_request("r-killed")
        assert request is not None
        assert request["status"] == "failed" and request["finished_at"] is not None
        assert f"pid {writer.pid}" in request["error"] and "ended before it finished" in request["error"]
        assert [u["status"] for u in request["units"]] == ["failed"]
        assert [a["outcome"] for a in request["attempts"]] == ["failed"]
        [call] = await store.tool_calls()
        assert call["status"] == "error" and "interrupted" in call["error"]
    finally:
        await store.close()


async def test_this_process_rows_are_never_closed_while_it_runs(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    store = await Store.open(path)
    bus = EventBus()
    store.attach(bus, "c")
    try:
        bus.publish(RequestStarted("r1", prompt="q", source="tui"))
        await store.flush()
        other = await Store.open(path)  # the MCP server starting meanwhile, say
        await other.close()
        assert query(path, "SELECT status, owner FROM requests") == [("running", process_owner())]
    finally:
        await store.close()


def test_an_owner_is_gone_only_when_its_process_on_this_host_is() -> None:
    assert not owner_gone(process_owner())
    host, pid, started = process_owner().split("|")
    assert owner_gone(f"{host}|{pid}|{float(started) - 100:.2f}"), "a reused pid (another start time) is another process"
    assert not owner_gone(f"another-host|{pid}|1.00"), "another host's process cannot be checked here"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    assert owner_gone(f"{host}|{dead.pid}|1.00")
    assert not owner_gone("garbage")
