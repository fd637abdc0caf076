"""The SQLite store: conversations, requests, plans, units, attempts, scores and
timings, recorded from the event bus.

One writer task per store drains the events in publish order. Commits happen
at RequestStarted, UnitFinished, RequestFinished and flush(); with WAL and
`synchronous=NORMAL` a killed process loses at most the uncommitted tail of
the request in flight and never corrupts the file.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

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

log = logging.getLogger(__name__)

REDACTED = "[redacted]"
# ANTHROPIC_API_KEY, GEMINI_API_KEY, OPENAI_API_KEY and any other *_API_KEY,
# *_SECRET or *_TOKEN variable.
_SECRET_SUFFIXES = ("_API_KEY", "_SECRET", "_TOKEN")
_KEY_PATTERN = re.compile(r"\bsk-ant-[\w-]+|\bsk-[\w-]{20,}|\bAIza[\w-]{20,}")
_BUSY_TIMEOUT_MS = 5000

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


def _secret_values() -> list[str]:
    # Read at call time: keys may be set after import (tests, `export` in a TUI shell).
    # Under 8 characters a value is too likely to be an ordinary word to mask it.
    suffixes = _SECRET_SUFFIXES
    values = {v for k, v in os.environ.items() if k.upper().endswith(suffixes) and len(v) >= 8}
    # Longest first, so a secret containing another one is masked whole.
    return sorted(values, key=len, reverse=True)


def _redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return _KEY_PATTERN.sub(REDACTED, text)


def redact(text: str) -> str:
    """Mask the values of secret environment variables that are set and
    anything shaped like an API key (`sk-ant-…`, `sk-…`, `AIza…`)."""
    return _redact(text, _secret_values())


def _redact_json(value: Any, secrets: list[str]) -> Any:
    # Redact the leaves rather than the dumped text: JSON escaping would hide
    # a secret containing a quote or a backslash from str.replace.
    if isinstance(value, str):
        return _redact(value, secrets)
    if isinstance(value, dict):
        return {key: _redact_json(item, secrets) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact_json(item, secrets) for item in value]
    return value


def _to_json(value: Any) -> str:
    return json.dumps(_redact_json(value, _secret_values()), default=str, ensure_ascii=False)


def _opt(text: str | None) -> str | None:
    return None if text is None else redact(text)


def _decode(row: aiosqlite.Row) -> dict[str, Any]:
    """A row as a dict, with every `x_json` column parsed into `x`."""
    return {
        key.removesuffix("_json"): json.loads(row[key]) if key.endswith("_json") and row[key]
        else row[key]
        for key in row.keys()  # noqa: SIM118 - a Row iterates its values, not its keys
    }


async def _prepare(db: aiosqlite.Connection, path: Path) -> None:
    """Set the connection up and migrate the schema to SCHEMA_VERSION."""
    await db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    # Reading user_version is the first access to the file header, so a file
    # that is not SQLite fails here, before anything is written to it.
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this"
            f" jarvis-tui supports ({SCHEMA_VERSION})"
        )
    await db.execute("PRAGMA journal_mode = WAL")
    await db.execute("PRAGMA synchronous = NORMAL")
    await db.execute("PRAGMA foreign_keys = ON")
    for index in range(version, SCHEMA_VERSION):
        # One transaction per migration: a crash leaves the previous version intact.
        await db.executescript(
            f"BEGIN; {_MIGRATIONS[index]} PRAGMA user_version = {index + 1}; COMMIT;"
        )


class Store:
    """The event recorder and its query helpers. Create it with `await Store.open(path)`."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._queue: asyncio.Queue[Event | asyncio.Future[None] | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating it and its directory if needed) and migrate the database."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = await aiosqlite.connect(path, timeout=_BUSY_TIMEOUT_MS / 1000)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        db.row_factory = aiosqlite.Row
        try:
            await _prepare(db, path)
        except StoreError:
            await db.close()
            raise
        except sqlite3.Error as exc:
            await db.close()
            raise StoreError(f"{path} is not a usable jarvis-tui database: {exc}") from exc
        return cls(db, path)

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
            await self._commit()
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
        await self._commit()
        await self._db.close()

    async def _consume(self, conversation_id: str) -> None:
        while (item := await self._queue.get()) is not None:
            if isinstance(item, asyncio.Future):
                await self._commit()
                if not item.done():
                    item.set_result(None)
                continue
            try:
                await self._write(item, conversation_id)
            except Exception:  # disk full, locked, bad event: log it, keep recording
                log.exception("store: could not write %s for %r", item.name, item.request_id)

    async def _commit(self) -> None:
        try:
            await self._db.commit()
        except sqlite3.Error:
            log.exception("store: commit failed")

    async def _write(self, event: Event, conversation_id: str) -> None:
        rid, x, commit = event.request_id, self._db.execute, False
        match event:
            case RequestStarted():
                prompt = redact(event.prompt)
                await x("INSERT OR IGNORE INTO conversations VALUES (?, ?, ?)",
                        (conversation_id, event.ts, prompt[:80]))
                await x("INSERT INTO requests (id, conversation_id, prompt, source, dry_run,"
                        " started_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (rid, conversation_id, prompt, event.source, event.dry_run, event.ts))
                commit = True
            case Classified():
                await x("UPDATE requests SET type = ?, method = ?, confidence = ?,"
                        " classify_ms = ? WHERE id = ?",
                        (event.type, event.method, event.confidence, event.ms, rid))
            case ThermalChecked():
                await x("UPDATE requests SET thermal_level = ?, thermal_max_c = ? WHERE id = ?",
                        (event.level, event.max_c, rid))
                await self._db.executemany(
                    "INSERT INTO thermal_moves VALUES (?, ?, ?, ?, ?)",
                    [(rid, m.unit, m.from_node, m.to_node, m.temperature_c) for m in event.moved])
            case Planned() | UnitAdded():
                units = event.units if isinstance(event, Planned) else (event.unit,)
                await self._db.executemany(
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
                commit = True
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
                commit = True
        if commit:
            await self._db.commit()

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
    ) -> None:
        """Write one tool call to the audit trail and commit it at once: an
        audit record must survive the process being killed right after."""
        await self._db.execute(
            "INSERT INTO tool_calls (ts, request_id, caller_kind, caller, tool, tier,"
            " arguments_json, decision, reason, status, result, error, elapsed_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ts, request_id or None, caller_kind, caller, tool, tier, _to_json(arguments),
             decision, _opt(reason), status, _opt(result), _opt(error), elapsed_ms))
        await self._db.commit()

    async def ensure_schema(self, component: str, migrations: Sequence[str]) -> None:
        """Bring `component`'s own tables to `len(migrations)`, one transaction
        per migration (index i goes from version i to i + 1). Subsystems own
        their tables this way, so adding one never renumbers another's."""
        async with self._db.execute("SELECT version FROM schema_versions WHERE component = ?", (component,)) as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        if version > len(migrations):
            raise StoreError(f"{self.path}: the {component} tables are at version {version}, newer than this jarvis-tui supports ({len(migrations)})")
        for index in range(version, len(migrations)):
            await self._db.executescript(
                f"BEGIN; {migrations[index]}"
                f" INSERT INTO schema_versions VALUES ('{component}', {index + 1})"
                f" ON CONFLICT(component) DO UPDATE SET version = excluded.version; COMMIT;"
            )

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one write and commit it at once; the row id it inserted (or 0)."""
        cursor = await self._db.execute(sql, params)
        await self._db.commit()
        return cursor.lastrowid or 0

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (`x_json` columns parsed into `x`)."""
        async with self._db.execute(sql, params) as cursor:
            return [_decode(row) for row in await cursor.fetchall()]

    async def tool_calls(self, limit: int = 100, request_id: str | None = None) -> list[dict[str, Any]]:
        """The latest audited tool calls, newest first (of one request when given)."""
        where, args = ("WHERE request_id = ?", (request_id, limit)) if request_id else ("", (limit,))
        sql = f"SELECT * FROM tool_calls {where} ORDER BY id DESC LIMIT ?"
        async with self._db.execute(sql, args) as cursor:
            return [_decode(row) for row in await cursor.fetchall()]

    async def recent_requests(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest requests, newest first, without their documents."""
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM requests ORDER BY started_at DESC LIMIT ?"
        async with self._db.execute(sql, (limit,)) as cursor:
            return [_decode(row) for row in await cursor.fetchall()]

    async def get_request(self, request_id: str) -> dict[str, Any] | None:
        """One request with its `units`, `attempts` and `thermal_moves`, or None."""
        async with self._db.execute("SELECT * FROM requests WHERE id = ?", (request_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        request = _decode(row)
        for table, order in (("units", "rowid"), ("attempts", "id"), ("thermal_moves", "rowid")):
            sql = f"SELECT * FROM {table} WHERE request_id = ? ORDER BY {order}"
            async with self._db.execute(sql, (request_id,)) as cur:
                request[table] = [_decode(r) for r in await cur.fetchall()]
        return request

    async def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Requests whose prompt or answer contains `text` (case-insensitive for
        ASCII), newest first."""
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM requests WHERE prompt LIKE ?1 ESCAPE '\\'"
            " OR answer LIKE ?1 ESCAPE '\\' ORDER BY started_at DESC LIMIT ?2"
        )
        async with self._db.execute(sql, (pattern, limit)) as cursor:
            return [_decode(row) for row in await cursor.fetchall()]
