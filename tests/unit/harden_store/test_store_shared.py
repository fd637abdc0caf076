"""One database shared by several writers: short transactions (another
process can write while a request is in flight), a locked database delays a
write but never drops it, a new database created by many processes at once,
an audit write that fails stops the call, strings that are not UTF-8."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from jarvis_tui.core import store as store_module
from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.events import (
    Classified,
    EventBus,
    Planned,
    PlanUnit,
    RequestFinished,
    RequestStarted,
    UnitStarted,
)
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Caller, Policy, Toolbox

ROOT = Path(__file__).resolve().parents[3]


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path, timeout=10) as db:
        return db.execute(sql, params).fetchall()


async def wait_until(check, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        await asyncio.sleep(0.02)
    return check()


class LockHolder:
    """Another process's writer: holds SQLite's write lock until released."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("BEGIN IMMEDIATE")

    def release_after(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, lambda: (self.db.execute("COMMIT"), self.db.close()))
        timer.start()
        return timer


async def test_a_request_in_flight_holds_no_write_lock(tmp_path: Path) -> None:
    """Each event batch commits at once: the classification is visible (and
    another writer can write) while the unit still runs."""
    path = tmp_path / "j.db"
    store = await Store.open(path)
    bus = EventBus()
    store.attach(bus, "c")
    try:
        bus.publish(RequestStarted("r1", prompt="q", source="oneshot"))
        bus.publish(Classified("r1", type="code", method="heuristic", confidence=0.9, ms=0.1, total_ms=0.1, heuristic_type="code"))
        bus.publish(Planned("r1", units=(PlanUnit("u1", "coder", "ia-fast", "M2", "m"),)))
        bus.publish(UnitStarted("r1", unit_id="u1", node="M2", model="m", attempt=1, cycle=1))
        assert await wait_until(lambda: query(path, "SELECT type FROM requests") == [("code",)]), "the classification was not committed"
        with sqlite3.connect(path, timeout=0.2) as other:  # "jarvis-mcp" auditing a call meanwhile
            other.execute("INSERT INTO tool_calls (ts, caller_kind, tool, decision, status) VALUES (1, 'mcp', 't', 'read', 'ok')")
        assert query(path, "SELECT status FROM units") == [("running",)]
    finally:
        await store.close()


async def test_a_locked_database_delays_writes_but_never_drops_them(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_BUSY_TIMEOUT_MS", 100)  # SQLite gives up after 0.1 s: the retry must carry on
    path = tmp_path / "j.db"
    store = await Store.open(path)
    bus = EventBus()
    store.attach(bus, "c")
    try:
        holder = LockHolder(path)
        timer = holder.release_after(1.5)
        bus.publish(RequestStarted("r1", prompt="q", source="oneshot"))
        bus.publish(Classified("r1", type="code", method="heuristic", confidence=0.9, ms=0.1, total_ms=0.1, heuristic_type="code"))
        bus.publish(RequestFinished("r1", status="ok", answer="a", score=0.9, attribution=(), cycles=1, elapsed_ms=1.0, document={}))
        await store.flush()
        timer.join()
    finally:
        await store.close()
    assert query(path, "SELECT status, type FROM requests") == [("ok", "code")]


CREATOR = textwrap.dedent(
    """
    import asyncio, os, sys, time
    from pathlib import Path
    from jarvis_tui.core.events import EventBus, RequestStarted, RequestFinished
    from jarvis_tui.core.store import Store

    async def main(path, go, n):
        Path(f"{go}.ready{n}").touch()  # imported: ready for the go
        while not os.path.exists(go):
            time.sleep(0.0005)  # all start together
        store = await Store.open(Path(path))
        await store.ensure_schema("demo", ("CREATE TABLE demo_a (x INTEGER);",
            "CREATE TABLE demo_b (y TEXT); CREATE TRIGGER demo_t AFTER INSERT ON demo_b BEGIN INSERT INTO demo_a VALUES (1); END;"))
        bus = EventBus()
        store.attach(bus, f"c{n}")
        bus.publish(RequestStarted(f"r{n}", prompt="q", source="oneshot"))
        bus.publish(RequestFinished(f"r{n}", status="ok", answer="a", score=1.0, attribution=(), cycles=1, elapsed_ms=1.0, document={}))
        await store.execute("INSERT INTO demo_b VALUES (?)", (str(n),))
        await store.close()

    asyncio.run(main(*sys.argv[1:]))
    """
)


def test_many_processes_create_one_new_database_at_once(tmp_path: Path) -> None:
    """Ten processes, three new files: without the schema lock some of them
    fail with "table ... already exists" (seen in 4 of 40 opens)."""
    for round_ in range(3):
        path, go = tmp_path / f"new{round_}.db", tmp_path / f"go{round_}"
        children = [subprocess.Popen([sys.executable, "-c", CREATOR, str(path), str(go), str(n)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
                    for n in range(10)]
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob(f"go{round_}.ready*"))) < 10 and time.monotonic() < deadline:
            time.sleep(0.02)  # every child imports, then waits on the go file
        go.write_text("go")
        errors = [child.communicate(timeout=120)[1] for child in children]
        assert [child.returncode for child in children] == [0] * 10, "\n".join(errors)
        assert query(path, "SELECT COUNT(*) FROM requests WHERE status = 'ok'") == [(10,)]
        assert query(path, "SELECT version FROM schema_versions WHERE component = 'demo'") == [(2,)]
        assert query(path, "SELECT COUNT(*) FROM demo_a") == [(10,)]  # the trigger ran once per row
        assert query(path, "PRAGMA integrity_check") == [("ok",)]


async def test_a_call_whose_audit_cannot_be_written_does_not_run(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(store_module, "WRITE_PATIENCE_S", 0.3, raising=False)
    path = tmp_path / "j.db"
    store = await Store.open(path)
    settings = ToolsConfig(roots=[str(tmp_path)], allow=["write"])
    box = Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings), audit=store)
    try:
        holder = LockHolder(path)
        result = await box.call("write", {"path": "ran.txt", "content": "x"}, caller=Caller("mcp", "host"))
        holder.release_after(0).join()
        assert result.status == "error" and "was not run: its call could not be written to the audit trail" in result.error
        assert not (tmp_path / "ran.txt").exists()
        ok = await box.call("write", {"path": "ran.txt", "content": "x"}, caller=Caller("mcp", "host"))
        assert ok.ok and (tmp_path / "ran.txt").read_text() == "x"
    finally:
        await store.close()
    # every call that ran is in the audit trail, complete
    assert query(path, "SELECT tool, status, error FROM tool_calls ORDER BY id") == [("write", "ok", None)]


async def test_a_cancelled_call_is_recorded_as_such(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    store = await Store.open(path)
    settings = ToolsConfig(roots=[str(tmp_path)])
    box = Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings), audit=store)
    try:
        task = asyncio.create_task(box.call("list_processes", {}, caller=Caller("mcp", "host")))
        # The row is written before the tool runs; the tool may even finish first on a fast machine.
        assert await wait_until(lambda: query(path, "SELECT status FROM tool_calls") in ([("running",)], [("ok",)]))
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task  # cancelled, or already done when the cancel came
    finally:
        await store.close()
    # Never left `running`: cancelled while it ran, or it had finished.
    assert query(path, "SELECT status, error FROM tool_calls") in ([("error", "cancelled while running")], [("ok", None)])


async def test_a_cancel_while_the_outcome_is_written_still_records_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The call has run; a cancel that lands during the final audit write must not leave its row `running`."""
    path = tmp_path / "j.db"
    store = await Store.open(path)
    settings = ToolsConfig(roots=[str(tmp_path)])
    box = Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings), audit=store)
    writing, release = asyncio.Event(), asyncio.Event()
    finish = store.finish_tool_call

    async def slow_finish(*args: Any, **kwargs: Any) -> None:
        writing.set()
        await release.wait()
        await finish(*args, **kwargs)

    monkeypatch.setattr(store, "finish_tool_call", slow_finish)
    try:
        task = asyncio.create_task(box.call("list_processes", {}, caller=Caller("mcp", "host")))
        await writing.wait()  # the tool has run; its outcome is being written
        task.cancel()
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        await store.close()
    assert query(path, "SELECT status, error FROM tool_calls") == [("ok", None)]


async def test_strings_that_are_not_utf8_are_recorded_escaped(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    store = await Store.open(path)
    bus = EventBus()
    store.attach(bus, "c")
    bus.publish(RequestStarted("r1", prompt="a prompt with \udcff from stdin", source="oneshot"))
    bus.publish(RequestFinished("r1", status="ok", answer="lone \ud800 surrogate", score=1.0, attribution=("[a/M1:m\udce9]",), cycles=1,
                                elapsed_ms=1.0, document={"k\udcff": ["v\udcfe", object()]}))
    await store.close()
    row = query(path, "SELECT prompt, answer, status, attribution_json, document_json FROM requests")
    assert row[0][:3] == ("a prompt with \\xff from stdin", "lone \\ud800 surrogate", "ok")
    assert "\\\\xe9" in row[0][3] or "\\udce9" in row[0][3]
    assert row[0][4].startswith('{"k\\\\xff": ["v\\\\xfe", "<object object')
