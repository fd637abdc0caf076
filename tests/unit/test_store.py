"""The SQLite store against real database files: event mapping, schema
versioning, durability after SIGKILL, redaction and flush()."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jarvis_tui.core.events import (
    Classified,
    EventBus,
    NodeCooldown,
    Planned,
    PlanUnit,
    RequestFinished,
    RequestStarted,
    ThermalChecked,
    ThermalMove,
    UnitFailover,
    UnitFinished,
    UnitRedispatched,
    UnitScored,
    UnitStarted,
    UnitToken,
)
from jarvis_tui.core.store import SCHEMA_VERSION, Store, StoreError, default_db_path, redact

T0 = 1_760_000_000.0
PLAN = (
    PlanUnit("u1", "researcher", "research", "gpu-a", "qwen2.5-14b"),
    PlanUnit("u2", "writer", "write", "gpu-b", "llama3.1-8b", ("u1",)),
)


def full_request(rid: str = "r1", prompt: str = "Compare SQLite WAL and rollback journals") -> list:
    """A realistic request: u1 fails over once, u2 is redispatched after a low score."""
    return [
        RequestStarted(rid, prompt=prompt, source="oneshot", ts=T0),
        Classified(rid, type="research", method="heuristic", confidence=0.82, ms=1.7, total_ms=1.9,
                   heuristic_type="research", ts=T0 + 0.01),
        ThermalChecked(rid, level="warm", max_c=78.5, ts=T0 + 0.02, moved=(
            ThermalMove("u2", "gpu-c", "gpu-b", 88.0, "critical"),)),
        Planned(rid, units=PLAN, ts=T0 + 0.03),
        UnitStarted(rid, unit_id="u1", node="gpu-a", model="qwen2.5-14b", attempt=1, cycle=1,
                    ts=T0 + 0.04),
        UnitToken(rid, unit_id="u1", attempt=1, text="WAL"),
        UnitFailover(rid, unit_id="u1", from_node="gpu-a", to_node="gpu-d",
                     reason="connect timeout after 5.0s", ts=T0 + 5.1),
        NodeCooldown("", node="gpu-a", seconds=60.0, reason="3 consecutive failures", ts=T0 + 5.1),
        UnitStarted(rid, unit_id="u1", node="gpu-d", model="qwen2.5-14b", attempt=2, cycle=1,
                    ts=T0 + 5.2),
        UnitFinished(rid, unit_id="u1", node="gpu-d", model="qwen2.5-14b", status="ok",
                     text="WAL appends to a separate log file.", latency_ms=2100.0, attempts=2,
                     error=None, ts=T0 + 7.3),
        UnitScored(rid, unit_id="u1", score=0.9, method="llm", cycle=1, checker="gpu-a",
                   ts=T0 + 7.5),
        UnitStarted(rid, unit_id="u2", node="gpu-b", model="llama3.1-8b", attempt=1, cycle=1,
                    ts=T0 + 7.6),
        UnitFinished(rid, unit_id="u2", node="gpu-b", model="llama3.1-8b", status="ok",
                     text="draft", latency_ms=900.0, attempts=1, error=None, ts=T0 + 8.5),
        UnitScored(rid, unit_id="u2", score=0.4, method="heuristic", cycle=1, checker=None,
                   ts=T0 + 8.6),
        UnitRedispatched(rid, unit_id="u2", cycle=2, score=0.4, from_node="gpu-b", ts=T0 + 8.7),
        UnitStarted(rid, unit_id="u2", node="gpu-a", model="llama3.1-8b", attempt=1, cycle=2,
                    ts=T0 + 8.8),
        UnitFinished(rid, unit_id="u2", node="gpu-a", model="llama3.1-8b", status="ok",
                     text="WAL lets readers run during writes.", latency_ms=1200.0, attempts=1,
                     error=None, ts=T0 + 10.0),
        UnitScored(rid, unit_id="u2", score=0.85, method="llm", cycle=2, checker="gpu-d",
                   ts=T0 + 10.1),
        RequestFinished(rid, status="ok", answer="WAL lets readers run during writes.",
                        score=0.87, attribution=("u1", "u2"), cycles=2, elapsed_ms=10_200.0,
                        document={"sections": [{"unit": "u2", "text": "WAL..."}]}, ts=T0 + 10.2),
    ]


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    """Read through a separate connection: sees only what the store committed."""
    with sqlite3.connect(path) as db:
        return db.execute(sql, params).fetchall()


@pytest.fixture
async def attached(tmp_path: Path):
    store = await Store.open(tmp_path / "data" / "jarvis.db")
    bus = EventBus()
    store.attach(bus, "c1")
    yield store, bus
    await store.close()


async def test_full_request_is_recorded(attached) -> None:
    store, bus = attached
    for event in full_request():
        bus.publish(event)
    await store.flush()

    req = await store.get_request("r1")
    assert req is not None
    assert req["prompt"] == "Compare SQLite WAL and rollback journals"
    assert (req["conversation_id"], req["source"], req["status"]) == ("c1", "oneshot", "ok")
    assert (req["type"], req["method"], req["confidence"]) == ("research", "heuristic", 0.82)
    assert (req["thermal_level"], req["thermal_max_c"]) == ("warm", 78.5)
    assert (req["score"], req["cycles"], req["elapsed_ms"]) == (0.87, 2, 10_200.0)
    assert req["answer"] == "WAL lets readers run during writes."
    assert (req["started_at"], req["finished_at"]) == (T0, T0 + 10.2)
    assert req["attribution"] == ["u1", "u2"]
    assert req["document"] == {"sections": [{"unit": "u2", "text": "WAL..."}]}
    assert req["thermal_moves"] == [{"request_id": "r1", "unit_id": "u2", "from_node": "gpu-c",
                                     "to_node": "gpu-b", "temperature_c": 88.0}]

    u1, u2 = req["units"]
    assert (u1["unit_id"], u1["role"], u1["agent"], u1["depends_on"]) == (
        "u1", "researcher", "research", [])
    assert (u1["node"], u1["status"], u1["attempts"]) == ("gpu-d", "ok", 2)
    assert u1["latency_ms"] == 2100.0
    assert (u1["score"], u1["score_method"]) == (0.9, "llm")
    assert u2["depends_on"] == ["u1"] and u2["text"] == "WAL lets readers run during writes."
    assert (u2["node"], u2["score"]) == ("gpu-a", 0.85)

    outcomes = [(a["unit_id"], a["attempt"], a["cycle"], a["node"], a["outcome"])
                for a in req["attempts"]]
    assert outcomes == [
        ("u1", 1, 1, "gpu-a", "failover"),
        ("u1", 2, 1, "gpu-d", "ok"),
        ("u2", 1, 1, "gpu-b", "redispatched"),
        ("u2", 1, 2, "gpu-a", "ok"),
    ]
    assert req["attempts"][0]["reason"] == "connect timeout after 5.0s"
    assert req["attempts"][0]["ended_at"] == T0 + 5.1
    assert query(store.path, "SELECT node, kind, seconds, detail FROM node_events") == [
        ("gpu-a", "cooldown", 60.0, "3 consecutive failures")]
    assert query(store.path, "SELECT id, title FROM conversations") == [
        ("c1", "Compare SQLite WAL and rollback journals")]

    assert [r["id"] for r in await store.search("rollback journal", 10)] == ["r1"]
    assert [r["id"] for r in await store.search("READERS RUN", 10)] == ["r1"]  # in the answer
    assert await store.search("%", 10) == []  # LIKE wildcards are escaped
    assert [r["id"] for r in await store.recent_requests(5)] == ["r1"]
    assert await store.get_request("nope") is None


async def test_recent_requests_newest_first(attached) -> None:
    store, bus = attached
    for i in range(3):
        bus.publish(RequestStarted(f"r{i}", prompt=f"question {i}", source="tui", ts=T0 + i))
    await store.flush()
    assert [r["id"] for r in await store.recent_requests(2)] == ["r2", "r1"]
    assert (await store.recent_requests(1))[0]["status"] == "running"


async def test_a_failing_write_does_not_stop_the_recorder(attached, caplog) -> None:
    store, bus = attached
    # An attempt for a request the store never saw violates the foreign key.
    bus.publish(UnitStarted("ghost", unit_id="u1", node="n", model="m", attempt=1, cycle=1))
    for event in full_request("r2"):
        bus.publish(event)
    await store.flush()
    assert "could not write UnitStarted" in caplog.text
    assert (await store.get_request("r2"))["status"] == "ok"


async def test_pragmas_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "jarvis.db"
    store = await Store.open(path)
    bus = EventBus()
    store.attach(bus, "c1")
    for event in full_request():
        bus.publish(event)
    await store.close()

    assert query(path, "PRAGMA journal_mode") == [("wal",)]
    assert query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)] and SCHEMA_VERSION == 4
    reopened = await Store.open(path)
    try:
        req = await reopened.get_request("r1")
        assert req is not None and req["status"] == "ok" and len(req["units"]) == 2
    finally:
        await reopened.close()
    assert query(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "jarvis.db"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 7")
    with pytest.raises(StoreError, match=r"schema version 7 is newer than this jarvis-tui "
                                         r"supports \(4\)"):
        await Store.open(path)


async def test_garbage_file_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some text\n" * 50)
    with pytest.raises(StoreError) as info:
        await Store.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes().startswith(b"this is not a database")  # left untouched


async def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        await Store.open(tmp_path / "file" / "jarvis.db")


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from jarvis_tui.core.events import EventBus, Planned, RequestStarted, UnitStarted
    from jarvis_tui.core.store import Store
    from tests.unit.test_store import full_request, PLAN

    async def main():
        store = await Store.open(Path(sys.argv[1]))
        bus = EventBus()
        store.attach(bus, "c1")
        for event in full_request("done"):
            bus.publish(event)
        bus.publish(RequestStarted("inflight", prompt="second question", source="oneshot"))
        bus.publish(Planned("inflight", units=PLAN))
        await store.flush()
        print("READY", flush=True)
        attempt = 0
        while True:  # keep writing until the parent kills us
            attempt += 1
            bus.publish(UnitStarted("inflight", unit_id="u1", node="gpu-a", model="m",
                                    attempt=attempt, cycle=1))
            if attempt == 50:
                print("WRITING", flush=True)
            await asyncio.sleep(0.001)

    asyncio.run(main())
    """
)


async def test_sigkill_mid_request_keeps_committed_data(tmp_path: Path) -> None:
    path = tmp_path / "jarvis.db"
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        assert child.stdout.readline().strip() == "WRITING"  # killed mid-stream of writes
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    store = await Store.open(path)
    try:
        done = await store.get_request("done")
        assert done is not None and done["status"] == "ok" and done["score"] == 0.87
        assert len(done["units"]) == 2 and len(done["attempts"]) == 4
        inflight = await store.get_request("inflight")
        # Its process is gone: the next open closes it instead of leaving it running for ever.
        assert inflight is not None and inflight["status"] == "failed" and "ended before it finished" in inflight["error"]
    finally:
        await store.close()
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


async def test_secrets_are_redacted(attached, monkeypatch) -> None:
    store, bus = attached
    secret = "hunter2-correct-horse-battery"
    monkeypatch.setenv("ANTHROPIC_API_KEY", secret)
    google = "AIzaSyD4-abcdefghijklmnopqrstuvwxyz012"
    bus.publish(RequestStarted("r1", prompt=f"my key is {secret}, ok?", source="tui"))
    bus.publish(RequestFinished("r1", status="failed", answer=f"echo {secret}", score=None,
                                attribution=(), cycles=1, elapsed_ms=5.0,
                                error=f"401 for key {google}", document={"k": [secret]}))
    await store.flush()
    req = await store.get_request("r1")
    assert req is not None
    assert req["prompt"] == "my key is [redacted], ok?"
    assert req["answer"] == "echo [redacted]"
    assert req["error"] == "401 for key [redacted]"
    assert req["document"] == {"k": ["[redacted]"]}
    raw = Path(store.path).read_bytes() + Path(f"{store.path}-wal").read_bytes()
    assert secret.encode() not in raw


def test_redact_patterns_and_env(monkeypatch) -> None:
    monkeypatch.setenv("MY_SERVICE_TOKEN", "tok-12345678")
    monkeypatch.setenv("SHORT_SECRET", "abc")  # under 8 chars: too likely to be a common word
    assert redact("t=tok-12345678 s=abc") == "t=[redacted] s=abc"
    assert redact("sk-ant-api03-AbC_dEf-123") == "[redacted]"
    assert redact("key sk-proj1234567890abcdefghij end") == "key [redacted] end"
    assert redact("task-runner and sk-short") == "task-runner and sk-short"


async def test_flush_waits_for_everything_published(attached) -> None:
    store, bus = attached
    bus.publish(RequestStarted("r1", prompt="q", source="oneshot"))
    bus.publish(Planned("r1", units=PLAN))
    for attempt in range(1, 201):
        bus.publish(UnitStarted("r1", unit_id="u1", node="gpu-a", model="m", attempt=attempt,
                                cycle=1))
    # Nothing has run yet: publishing never awaits, so the writer has not had a turn.
    assert query(store.path, "SELECT COUNT(*) FROM requests") == [(0,)]
    await store.flush()
    # Another connection sees it all: flush() also committed.
    assert query(store.path, "SELECT COUNT(*) FROM attempts") == [(200,)]
    assert query(store.path, "SELECT status FROM units WHERE unit_id = 'u1'") == [("running",)]


async def test_flush_without_bus_returns(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "jarvis.db")
    await asyncio.wait_for(store.flush(), timeout=5)
    await store.close()


def test_default_db_path(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JARVIS_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("JARVIS_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "jarvis-tui" / "jarvis.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_db_path() == tmp_path / ".local" / "share" / "jarvis-tui" / "jarvis.db"


async def test_subsystem_tables_migrate_once_and_refuse_newer(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    migrations = ("CREATE TABLE t_a (x INTEGER);", "ALTER TABLE t_a ADD COLUMN y TEXT;")
    store = await Store.open(path)
    try:
        await store.ensure_schema("demo", migrations[:1])
        await store.execute("INSERT INTO t_a (x) VALUES (?)", (1,))
        await store.ensure_schema("demo", migrations)  # only the second one runs
        await store.ensure_schema("demo", migrations)  # nothing to do
        assert await store.fetchall("SELECT x, y FROM t_a") == [{"x": 1, "y": None}]
        with pytest.raises(StoreError, match="demo tables are at version 2"):
            await store.ensure_schema("demo", migrations[:1])
    finally:
        await store.close()
    assert query(path, "SELECT component, version FROM schema_versions") == [("demo", 2)]
