"""The SQLite store: conversations, requests, plans, units, attempts, scores and
timings, recorded from the event bus.

One writer task per store drains the events in publish order, in batches:
each batch is one short transaction (`BEGIN IMMEDIATE` … `COMMIT`), so no
process ever holds SQLite's write lock across a unit, and the cockpit,
`jarvis-mcp` and one-shots can share one database. A write that finds the
database locked waits (`busy_timeout`) and retries for up to
`WRITE_PATIENCE_S`; an event that cannot be written (a bug, a constraint)
costs only itself, never the rest of its batch. Schema creation and every
migration take the write lock and re-read the version inside it, so two
processes creating a new database at once do not race. With WAL and
`synchronous=NORMAL` a killed process loses at most the batch in flight and
never corrupts the file.

Every string written is valid UTF-8 (lone surrogates are escaped, see
`core/utf8.py`) and has its secrets masked (`core/secrets.py`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import re
import sqlite3
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from jarvis_tui.core.events import (
    CallMoved,
    Classified,
    Event,
    EventBus,
    NodeBackUp,
    NodeCooldown,
    Planned,
    RequestFinished,
    RequestStarted,
    ThermalChecked,
    UnitAdded,
    UnitFailover,
    UnitFinished,
    UnitRedispatched,
    UnitScored,
    UnitStarted,
    UnitToken,
)
from jarvis_tui.core.owner import owner_gone, owner_pid, process_owner
from jarvis_tui.core.secrets import REDACTED, redact, secret_values
from jarvis_tui.core.utf8 import valid_utf8

log = logging.getLogger(__name__)

__all__ = ["REDACTED", "SCHEMA_VERSION", "Store", "StoreError", "db_path", "default_db_path", "redact"]

T = TypeVar("T")
# SQLite waits this long for a lock before answering "database is locked"...
_BUSY_TIMEOUT_MS = 5000
# ...and a write retries that long before it gives up (a transaction here
# lasts milliseconds: a minute of lock means something is badly wrong).
WRITE_PATIENCE_S = 60.0
# Events written in one transaction at most.
_BATCH_MAX = 500

# Ordered migrations: index i brings the schema from version i to i + 1.
# Never edit a released entry; append a new one instead.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY, started_at REAL NOT NULL, title TEXT NOT NULL DEFAULT '');
    CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        conversation_id TEXT REFERENCES conversations(id) ON DELETE CASCADE,
        prompt TEXT NOT NULL, source TEXT NOT NULL, dry_run INTEGER NOT NULL DEFAULT 0,
        type TEXT, method TEXT, confidence REAL, classify_ms REAL,
        thermal_level TEXT, thermal_max_c REAL, status TEXT NOT NULL DEFAULT 'running',
        answer TEXT, score REAL, cycles INTEGER, elapsed_ms REAL, error TEXT,
        attribution_json TEXT, started_at REAL NOT NULL, finished_at REAL, document_json TEXT);
    CREATE INDEX requests_started_at ON requests(started_at);
    CREATE INDEX requests_conversation ON requests(conversation_id, started_at);
    CREATE TABLE units (
        request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL, role TEXT, agent TEXT, node TEXT, model TEXT,
        depends_on_json TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'pending',
        score REAL, score_method TEXT, attempts INTEGER NOT NULL DEFAULT 0,
        latency_ms REAL, text TEXT, error TEXT,
        PRIMARY KEY (request_id, unit_id));
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL, attempt INTEGER NOT NULL, cycle INTEGER NOT NULL,
        node TEXT, model TEXT, started_at REAL NOT NULL, ended_at REAL,
        outcome TEXT, reason TEXT);
    CREATE INDEX attempts_unit ON attempts(request_id, unit_id);
    CREATE TABLE thermal_moves (
        request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        unit_id TEXT, from_node TEXT, to_node TEXT, temperature_c REAL);
    CREATE INDEX thermal_moves_request ON thermal_moves(request_id);
    CREATE TABLE node_events (
        id INTEGER PRIMARY KEY, ts REAL NOT NULL, node TEXT NOT NULL, kind TEXT NOT NULL,
        seconds REAL, detail TEXT);
    CREATE INDEX node_events_node ON node_events(node, ts);
    """,
    # v2: the audit trail of tool calls (who asked, arguments, decision, result).
    # No foreign key to requests: a call from an MCP client belongs to none.
    """
    CREATE TABLE tool_calls (
        id INTEGER PRIMARY KEY, ts REAL NOT NULL, request_id TEXT,
        caller_kind TEXT NOT NULL, caller TEXT NOT NULL DEFAULT '',
        tool TEXT NOT NULL, tier TEXT, arguments_json TEXT NOT NULL DEFAULT '{}',
        decision TEXT NOT NULL, reason TEXT, status TEXT NOT NULL,
        result TEXT, error TEXT, elapsed_ms REAL);
    CREATE INDEX tool_calls_ts ON tool_calls(ts);
    CREATE INDEX tool_calls_request ON tool_calls(request_id);
    """,
    # v3: each subsystem (trading, brain, skills, voice) migrates its own tables
    # through `Store.ensure_schema`; this table keeps their versions.
    """
    CREATE TABLE schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL);
    """,
    # v4: the process that runs a request or a tool call (core/owner.py), so a
    # row a killed process left `running` can be closed by the next one.
    """
    ALTER TABLE requests ADD COLUMN owner TEXT;
    ALTER TABLE tool_calls ADD COLUMN owner TEXT;
    CREATE INDEX requests_running ON requests(owner) WHERE status = 'running';
    CREATE INDEX tool_calls_running ON tool_calls(owner) WHERE status = 'running';
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)

_SUMMARY_COLUMNS = (
    "id, conversation_id, prompt, source, type, status, score, cycles,"
    " elapsed_ms, error, started_at, finished_at"
)
# The latest attempt of a unit is the one a failover/finish/redispatch is about.
_LATEST_ATTEMPT = "id = (SELECT MAX(id) FROM attempts WHERE request_id = ? AND unit_id = ?)"


class StoreError(Exception):
    """The database cannot be used (not SQLite, too new, unreachable)."""


def db_path(configured: str = "") -> Path:
    """`[store] path` when set, else `default_db_path()`."""
    return Path(configured).expanduser() if configured else default_db_path()


def default_db_path() -> Path:
    """`$JARVIS_DB`, else `$XDG_DATA_HOME/jarvis-tui/jarvis.db`, else
    `~/.local/share/jarvis-tui/jarvis.db`."""
    if explicit := os.environ.get("JARVIS_DB"):
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "jarvis-tui" / "jarvis.db"


def _clean_json(value: Any, secrets: list[str]) -> Any:
    """A value ready for `json.dumps`: every string redacted and valid UTF-8,
    anything that is not JSON turned into its text (as `default=str` would)."""
    if isinstance(value, str):
        return valid_utf8(redact(value, secrets))
    if isinstance(value, dict):
        return {_clean_json(str(key), secrets): _clean_json(item, secrets) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean_json(item, secrets) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return _clean_json(str(value), secrets)


def _to_json(value: Any) -> str:
    return json.dumps(_clean_json(value, secret_values()), ensure_ascii=False)


def _params(params: Sequence[Any]) -> tuple[Any, ...]:
    """SQLite cannot store a str holding lone surrogates: escape them."""
    return tuple(valid_utf8(p) if isinstance(p, str) else p for p in params)


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


async def _retrying(step: Callable[[], Awaitable[T]], patience: float) -> T:
    """Run `step` again while the database is busy, for up to `patience` seconds.

    The random part of the pause keeps processes that collided from
    colliding again in lockstep."""
    deadline = time.monotonic() + patience
    pause = 0.02
    while True:
        try:
            return await step()
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        await asyncio.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(pause * 2, 0.5)


def _statements(script: str) -> list[str]:
    """A migration script split into statements (a trigger's body stays whole),
    so it can run inside a transaction this module controls: `executescript`
    would commit first."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\r\n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements


def _opt(text: str | None) -> str | None:
    return None if text is None else redact(text)


def _decode(row: aiosqlite.Row) -> dict[str, Any]:
    """A row as a dict, with every `x_json` column parsed into `x`."""
    return {
        key.removesuffix("_json"): json.loads(row[key]) if key.endswith("_json") and row[key]
        else row[key]
        for key in row.keys()  # noqa: SIM118 - a Row iterates its values, not its keys
    }


async def _user_version(db: aiosqlite.Connection, path: Path) -> int:
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this"
            f" jarvis-tui supports ({SCHEMA_VERSION})"
        )
    return version


async def _prepare(db: aiosqlite.Connection, path: Path) -> None:
    """Set the connection up (the schema is migrated by `Store._migrate`)."""
    await db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    # Reading user_version is the first access to the file header, so a file
    # that is not SQLite fails here, before anything is written to it.
    await _retrying(lambda: _user_version(db, path), WRITE_PATIENCE_S)
    # Two processes opening a new file at once both switch it to WAL: the
    # second may find it locked for an instant.
    await _retrying(lambda: db.execute("PRAGMA journal_mode = WAL"), WRITE_PATIENCE_S)
    await db.execute("PRAGMA synchronous = NORMAL")
    await db.execute("PRAGMA foreign_keys = ON")


class Store:
    """The event recorder and its query helpers. Create it with `await Store.open(path)`."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._queue: asyncio.Queue[Event | asyncio.Future[None] | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # One transaction at a time on this connection: the event writer, the
        # audit and subsystems' writes must not run inside each other's.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating it and its directory if needed) and migrate the database."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: this module opens and closes every transaction itself.
            db = await aiosqlite.connect(path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        db.row_factory = aiosqlite.Row
        store = cls(db, path)
        try:
            await _prepare(db, path)
            await store._migrate()
            await store._close_orphans()
        except StoreError:
            await db.close()
            raise
        except sqlite3.Error as exc:
            await db.close()
            raise StoreError(f"{path} is not a usable jarvis-tui database: {exc}") from exc
        return store

    async def _migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, one transaction per migration,
        each re-reading the version under the write lock (another process may
        have just done it)."""

        async def step() -> bool:
            version = await _user_version(self._db, self.path)
            if version == SCHEMA_VERSION:
                return False
            for statement in _statements(_MIGRATIONS[version]):
                await self._db.execute(statement)
            await self._db.execute(f"PRAGMA user_version = {version + 1}")
            return True

        if await _user_version(self._db, self.path) < SCHEMA_VERSION:
            while await self._transaction(step):
                pass

    async def _close_orphans(self) -> None:
        """Close the requests and tool calls that a process on this host left
        `running` when it was killed: failed, saying so, never running for ever."""
        rows = await self._rows("SELECT owner FROM requests WHERE status = 'running' AND owner IS NOT NULL"
                                " UNION SELECT owner FROM tool_calls WHERE status = 'running' AND owner IS NOT NULL")
        gone = [str(row[0]) for row in rows if owner_gone(str(row[0]))]
        if not gone:
            return

        async def work() -> None:
            now = time.time()
            for owner in gone:
                why = f"interrupted: the jarvis-tui process that ran it (pid {owner_pid(owner)}) ended before it finished"
                running = "SELECT id FROM requests WHERE owner = ? AND status = 'running'"
                await self._db.execute(f"UPDATE units SET status = 'failed', error = ? WHERE status IN ('pending', 'running')"
                                       f" AND request_id IN ({running})", (why, owner))
                await self._db.execute(f"UPDATE attempts SET outcome = 'failed', reason = ?, ended_at = ? WHERE outcome IS NULL"
                                       f" AND request_id IN ({running})", (why, now, owner))
                await self._db.execute("UPDATE requests SET status = 'failed', error = ?, finished_at = ? WHERE owner = ? AND status = 'running'",
                                       (why, now, owner))
                await self._db.execute("UPDATE tool_calls SET status = 'error', error = ? WHERE owner = ? AND status = 'running'", (why, owner))
            log.warning("store: closed the requests and tool calls left running by %d ended process(es)", len(gone))

        await self._transaction(work)

    async def _transaction(self, work: Callable[[], Awaitable[T]]) -> T:
        """Run `work` in one short write transaction, retried while the database is busy."""

        async def once() -> T:
            if self._db.in_transaction:  # left open by a cancelled rollback
                await self._rollback()
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                result = await work()
                await self._db.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise
            return result

        async with self._lock:
            return await _retrying(once, WRITE_PATIENCE_S)

    async def _rollback(self) -> None:
        try:
            await self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # no transaction was open (SQLite already rolled it back)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        async def step() -> list[aiosqlite.Row]:
            async with self._db.execute(sql, _params(params)) as cursor:
                return list(await cursor.fetchall())

        return await _retrying(step, WRITE_PATIENCE_S)

    def attach(self, bus: EventBus, conversation_id: str) -> asyncio.Task[None]:
        """Record every event published on `bus` from now on, under `conversation_id`.

        A sync subscription (rather than `bus.stream()`, which only registers
        once its consumer first runs) guarantees that an event published right
        after `attach` returns is not missed, and that `flush` sees it."""
        if self._task is not None:
            raise RuntimeError("this store is already attached to a bus")
        self._unsubscribe = bus.subscribe(self._enqueue)
        self._task = asyncio.create_task(self._consume(conversation_id), name="jarvis-store")
        return self._task

    def _enqueue(self, event: Event) -> None:
        if not isinstance(event, UnitToken):  # one per token: far too many to write
            self._queue.put_nowait(event)

    async def flush(self) -> None:
        """Wait until every event published so far is written and committed."""
        if self._task is None or self._task.done():
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(done)
        # Also stop waiting if the writer died (cancelled), instead of hanging forever.
        await asyncio.wait({done, self._task}, return_when=asyncio.FIRST_COMPLETED)

    async def close(self) -> None:
        """Write what is pending, stop the writer task and close the database."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self._task is not None and not self._task.done():
            self._queue.put_nowait(None)
            await asyncio.gather(self._task, return_exceptions=True)
        await self._db.close()

    async def _consume(self, conversation_id: str) -> None:
        closing = False
        while not closing:
            batch = [await self._queue.get()]
            while len(batch) < _BATCH_MAX and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            events = [item for item in batch if isinstance(item, Event)]
            if events:
                await self._write_batch(events, conversation_id)
            for item in batch:
                if isinstance(item, asyncio.Future) and not item.done():
                    item.set_result(None)
            closing = any(item is None for item in batch)

    async def _write_batch(self, events: list[Event], conversation_id: str) -> None:
        """One transaction for the batch; each event in a savepoint, so a bad
        one (disk full aside) is logged and costs nothing else."""

        async def work() -> None:
            for event in events:
                await self._db.execute("SAVEPOINT event")
                try:
                    await self._write(event, conversation_id)
                except sqlite3.OperationalError as exc:
                    if _is_busy(exc):
                        raise  # the whole batch is retried
                    await self._db.execute("ROLLBACK TO event")
                    log.exception("store: could not write %s for %r", event.name, event.request_id)
                except Exception:
                    await self._db.execute("ROLLBACK TO event")
                    log.exception("store: could not write %s for %r", event.name, event.request_id)
                await self._db.execute("RELEASE event")

        try:
            await self._transaction(work)
        except Exception:  # locked for a whole minute, or the disk is gone
            log.exception("store: could not write %d events (%s)", len(events), ", ".join(sorted({e.name for e in events})))

    async def _write(self, event: Event, conversation_id: str) -> None:
        rid, x, many = event.request_id, self._execute, self._execute_many
        match event:
            case RequestStarted():
                prompt = redact(event.prompt)
                await x("INSERT OR IGNORE INTO conversations VALUES (?, ?, ?)",
                        (conversation_id, event.ts, prompt[:80]))
                await x("INSERT INTO requests (id, conversation_id, prompt, source, dry_run,"
                        " started_at, owner) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (rid, conversation_id, prompt, event.source, event.dry_run, event.ts, process_owner()))
            case Classified():
                await x("UPDATE requests SET type = ?, method = ?, confidence = ?,"
                        " classify_ms = ? WHERE id = ?",
                        (event.type, event.method, event.confidence, event.ms, rid))
            case ThermalChecked():
                await x("UPDATE requests SET thermal_level = ?, thermal_max_c = ? WHERE id = ?",
                        (event.level, event.max_c, rid))
                await many(
                    "INSERT INTO thermal_moves VALUES (?, ?, ?, ?, ?)",
                    [(rid, m.unit, m.from_node, m.to_node, m.temperature_c) for m in event.moved])
            case Planned() | UnitAdded():
                units = event.units if isinstance(event, Planned) else (event.unit,)
                await many(
                    "INSERT INTO units (request_id, unit_id, role, agent, node, model,"
                    " depends_on_json) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (request_id, unit_id) DO UPDATE SET role = excluded.role,"
                    " agent = excluded.agent, node = excluded.node, model = excluded.model,"
                    " depends_on_json = excluded.depends_on_json",
                    [(rid, u.id, u.role, u.agent, u.node, u.model, json.dumps(list(u.depends_on)))
                     for u in units])
            case UnitStarted():
                await x("INSERT INTO attempts (request_id, unit_id, attempt, cycle, node, model,"
                        " started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (rid, event.unit_id, event.attempt, event.cycle, event.node,
                         event.model, event.ts))
                await x("UPDATE units SET status = 'running', node = ?, model = ?"
                        " WHERE request_id = ? AND unit_id = ?",
                        (event.node, event.model, rid, event.unit_id))
            case UnitFailover():
                await x(f"UPDATE attempts SET outcome = ?, reason = ?, ended_at = ?"
                        f" WHERE {_LATEST_ATTEMPT}",
                        ("failover" if event.to_node else "failed", redact(event.reason),
                         event.ts, rid, event.unit_id))
            case UnitFinished():
                # An upsert: a unit the plan did not announce is still recorded.
                await x("INSERT INTO units (request_id, unit_id, node, model, status, attempts,"
                        " latency_ms, text, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (request_id, unit_id) DO UPDATE SET node = excluded.node,"
                        " model = excluded.model, status = excluded.status,"
                        " attempts = excluded.attempts, latency_ms = excluded.latency_ms,"
                        " text = excluded.text, error = excluded.error",
                        (rid, event.unit_id, event.node, event.model, event.status,
                         event.attempts, event.latency_ms, redact(event.text), _opt(event.error)))
                # A failover that gave up already set the outcome; keep its reason.
                await x(f"UPDATE attempts SET outcome = ?, ended_at = ? WHERE {_LATEST_ATTEMPT}"
                        " AND outcome IS NULL", (event.status, event.ts, rid, event.unit_id))
            case UnitScored():
                await x("UPDATE units SET score = ?, score_method = ?"
                        " WHERE request_id = ? AND unit_id = ?",
                        (event.score, event.method, rid, event.unit_id))
            case UnitRedispatched():
                await x(f"UPDATE attempts SET outcome = 'redispatched', reason = ?"
                        f" WHERE {_LATEST_ATTEMPT}",
                        (f"score {event.score:g} on {event.from_node}", rid, event.unit_id))
            case NodeCooldown():
                await x("INSERT INTO node_events (ts, node, kind, seconds, detail)"
                        " VALUES (?, ?, 'cooldown', ?, ?)",
                        (event.ts, event.node, event.seconds, redact(event.reason)))
            case NodeBackUp():
                await x("INSERT INTO node_events (ts, node, kind, seconds, detail)"
                        " VALUES (?, ?, 'back_up', ?, NULL)", (event.ts, event.node, event.down_s))
            case CallMoved():
                await x("INSERT INTO node_events (ts, node, kind, seconds, detail)"
                        " VALUES (?, ?, 'call_moved', NULL, ?)",
                        (event.ts, event.from_node, redact(f"{rid} {event.call} → {event.to_node or 'skipped'}: {event.reason}")))
            case RequestFinished():
                await x("UPDATE requests SET status = ?, answer = ?, score = ?, cycles = ?,"
                        " elapsed_ms = ?, error = ?, attribution_json = ?, finished_at = ?,"
                        " document_json = ? WHERE id = ?",
                        (event.status, redact(event.answer), event.score, event.cycles,
                         event.elapsed_ms, _opt(event.error), json.dumps(list(event.attribution)),
                         event.ts, _to_json(event.document), rid))

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self._db.execute(sql, _params(params))

    async def _execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self._db.executemany(sql, [_params(row) for row in rows])

    async def record_tool_call(
        self,
        *,
        ts: float,
        request_id: str,
        caller_kind: str,
        caller: str,
        tool: str,
        tier: str | None,
        arguments: Any,
        decision: str,
        reason: str | None,
        status: str,
        result: str | None,
        error: str | None,
        elapsed_ms: float | None,
    ) -> int:
        """Write one tool call to the audit trail, committed at once (an audit
        record must survive the process being killed right after); its row id.
        A call about to run is written with status `running` and completed by
        `finish_tool_call`. Raises StoreError when it cannot be written."""
        params = (ts, request_id or None, caller_kind, caller, tool, tier, _to_json(arguments),
                  decision, _opt(reason), status, _opt(result), _opt(error), elapsed_ms)

        async def work() -> int:
            cursor = await self._db.execute(
                "INSERT INTO tool_calls (ts, request_id, caller_kind, caller, tool, tier,"
                " arguments_json, decision, reason, status, result, error, elapsed_ms, owner)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _params((*params, process_owner())))
            return cursor.lastrowid or 0

        return await self._audited(work)

    async def finish_tool_call(self, call_id: int, *, status: str, result: str | None, error: str | None, elapsed_ms: float | None) -> None:
        """Complete the row `record_tool_call` wrote for a call that ran."""
        params = (status, _opt(result), _opt(error), elapsed_ms, call_id)

        async def work() -> None:
            await self._db.execute("UPDATE tool_calls SET status = ?, result = ?, error = ?, elapsed_ms = ? WHERE id = ?", _params(params))

        await self._audited(work)

    async def _audited(self, work: Callable[[], Awaitable[T]]) -> T:
        try:
            return await self._transaction(work)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    async def ensure_schema(self, component: str, migrations: Sequence[str]) -> None:
        """Bring `component`'s own tables to `len(migrations)`, one transaction
        per migration (index i goes from version i to i + 1), each taking the
        write lock and re-reading the version first, so processes starting
        together never run a migration twice. Subsystems own their tables
        this way, so adding one never renumbers another's."""

        async def version() -> int:
            rows = await self._rows("SELECT version FROM schema_versions WHERE component = ?", (component,))
            current = int(rows[0][0]) if rows else 0
            if current > len(migrations):
                raise StoreError(f"{self.path}: the {component} tables are at version {current}, newer than this jarvis-tui supports ({len(migrations)})")
            return current

        async def step() -> bool:
            current = await version()
            if current == len(migrations):
                return False
            for statement in _statements(migrations[current]):
                await self._db.execute(statement)
            await self._db.execute(
                "INSERT INTO schema_versions VALUES (?, ?) ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (component, current + 1))
            return True

        if await version() < len(migrations):
            while await self._transaction(step):
                pass

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one write and commit it at once; the row id it inserted (or 0)."""

        async def work() -> int:
            cursor = await self._db.execute(sql, _params(params))
            return cursor.lastrowid or 0

        return await self._transaction(work)

    async def execute_all(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[int]:
        """Run writes in ONE transaction, all or none (a failing one, a trigger's
        RAISE included, rolls back the others); each one's count of changed rows."""

        async def work() -> list[int]:
            counts = []
            for sql, params in statements:
                cursor = await self._db.execute(sql, _params(params))
                counts.append(cursor.rowcount)
            return counts

        return await self._transaction(work)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (`x_json` columns parsed into `x`)."""
        return [_decode(row) for row in await self._rows(sql, params)]

    async def tool_calls(self, limit: int = 100, request_id: str | None = None) -> list[dict[str, Any]]:
        """The latest audited tool calls, newest first (of one request when given)."""
        where, args = ("WHERE request_id = ?", (request_id, limit)) if request_id else ("", (limit,))
        return await self.fetchall(f"SELECT * FROM tool_calls {where} ORDER BY id DESC LIMIT ?", args)

    async def recent_requests(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest requests, newest first, without their documents."""
        return await self.fetchall(f"SELECT {_SUMMARY_COLUMNS} FROM requests ORDER BY started_at DESC LIMIT ?", (limit,))

    async def get_request(self, request_id: str) -> dict[str, Any] | None:
        """One request with its `units`, `attempts` and `thermal_moves`, or None."""
        rows = await self.fetchall("SELECT * FROM requests WHERE id = ?", (request_id,))
        if not rows:
            return None
        request = rows[0]
        for table, order in (("units", "rowid"), ("attempts", "id"), ("thermal_moves", "rowid")):
            request[table] = await self.fetchall(f"SELECT * FROM {table} WHERE request_id = ? ORDER BY {order}", (request_id,))
        return request

    async def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Requests whose prompt or answer contains `text` (case-insensitive for
        ASCII), newest first."""
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM requests WHERE prompt LIKE ?1 ESCAPE '\\'"
            " OR answer LIKE ?1 ESCAPE '\\' ORDER BY started_at DESC LIMIT ?2"
        )
        return await self.fetchall(sql, (pattern, limit))
