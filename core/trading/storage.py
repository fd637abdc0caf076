"""The trading tables (`store.ensure_schema("trading", MIGRATIONS)`): every
scored signal with its score and reasons, every closed trade, the paper
wallet, its open positions, when it began and the protections' state (so a
restart keeps the book and lifts no halt), the candle cache, and the book's
writer lease (lease.py).

The book is written only with the writer lease's token, and a closed trade
only in the same transaction as the book it leaves: triggers refuse a write
without the current token or from a stale copy (its version is not the
stored one + 1), so no process overwrites another's book."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .markets import CANDLES_TABLE
from .models import ClosedTrade, Position, TradingError
from .signals import Signal

if TYPE_CHECKING:
    from ..store import Store

MIGRATIONS: tuple[str, ...] = (
    CANDLES_TABLE
    + """
    CREATE TABLE trading_signals (
        id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, pair TEXT NOT NULL, side TEXT NOT NULL,
        entry REAL NOT NULL, take_profit REAL NOT NULL, stop_loss REAL NOT NULL, technical_score REAL NOT NULL,
        score REAL, reasons_json TEXT NOT NULL DEFAULT '[]', review TEXT, status TEXT NOT NULL);
    CREATE INDEX trading_signals_created ON trading_signals(created_at);
    CREATE TABLE trading_trades (
        id INTEGER PRIMARY KEY, mode TEXT NOT NULL, pair TEXT NOT NULL, side TEXT NOT NULL, entry_time INTEGER NOT NULL,
        exit_time INTEGER NOT NULL, entry REAL NOT NULL, exit REAL NOT NULL, size_usdt REAL NOT NULL, leverage REAL NOT NULL,
        stop_loss REAL NOT NULL, take_profit REAL NOT NULL, fee_usdt REAL NOT NULL, funding_usdt REAL NOT NULL,
        pnl_usdt REAL NOT NULL, reason TEXT NOT NULL, signal_id TEXT);
    CREATE INDEX trading_trades_exit ON trading_trades(exit_time);
    CREATE TABLE trading_book (
        mode TEXT PRIMARY KEY, balance REAL NOT NULL, positions_json TEXT NOT NULL DEFAULT '[]', updated_at REAL NOT NULL);
    """,
    """
    ALTER TABLE trading_book ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE trading_book ADD COLUMN protections_json TEXT NOT NULL DEFAULT '{}';
    """,
    """
    CREATE TABLE trading_lease (
        book TEXT PRIMARY KEY, token TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, process TEXT NOT NULL,
        acquired_at REAL NOT NULL, heartbeat_at REAL NOT NULL, keeps INTEGER NOT NULL DEFAULT 0);
    ALTER TABLE trading_book ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE trading_book ADD COLUMN writer TEXT NOT NULL DEFAULT '';
    ALTER TABLE trading_trades ADD COLUMN note TEXT;
    CREATE TRIGGER trading_book_fenced_insert BEFORE INSERT ON trading_book
    WHEN NOT EXISTS (SELECT 1 FROM trading_lease WHERE book = NEW.mode AND token = NEW.writer)
      OR NEW.version <> (SELECT version FROM trading_book WHERE mode = NEW.mode) + 1
    BEGIN SELECT RAISE(ABORT, 'trading book: written without the writer lease or from a stale copy'); END;
    CREATE TRIGGER trading_book_fenced_update BEFORE UPDATE ON trading_book
    WHEN NOT EXISTS (SELECT 1 FROM trading_lease WHERE book = NEW.mode AND token = NEW.writer) OR NEW.version <> OLD.version + 1
    BEGIN SELECT RAISE(ABORT, 'trading book: written without the writer lease or from a stale copy'); END;
    """,
)


@dataclass(frozen=True)
class SavedBook:
    """A book as stored: wallet, open positions, when it began (ms; 0 before it
    was recorded), the protections' state, and its version (+1 on every write;
    0: never written)."""

    balance: float
    positions: list[Position]
    started_at: int
    protections: dict[str, Any]
    version: int = 0


class StaleBook(TradingError):
    """The store refused a write of the book: this process lost the writer lease, or its copy is not the stored one."""


async def record_signal(store: Store, signal: Signal, review: str | None) -> None:
    await store.execute(
        "INSERT OR REPLACE INTO trading_signals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (signal.id, signal.created_at, signal.expires_at, signal.symbol, signal.side, signal.entry, signal.take_profit, signal.stop_loss,
         signal.technical_score, signal.score, json.dumps(list(signal.reasons)), None if review is None else review[:4000], signal.status),
    )


async def set_signal_status(store: Store, signal_id: str, status: str) -> None:
    await store.execute("UPDATE trading_signals SET status = ? WHERE id = ?", (status, signal_id))


def _signal(row: dict[str, Any]) -> Signal:
    return Signal(row["pair"], row["side"], row["entry"], row["take_profit"], row["stop_loss"], row["technical_score"], row["score"],
                  tuple(row["reasons"] or ()), row["created_at"], row["expires_at"], row["status"], row["id"])


async def signal(store: Store, signal_id: str) -> Signal | None:
    """One recorded signal as the store has it now (another process may have executed it)."""
    rows = await store.fetchall("SELECT * FROM trading_signals WHERE id = ?", (signal_id,))
    return _signal(rows[0]) if rows else None


async def pending_signals(store: Store, now: int) -> list[Signal]:
    """The signals pending and not yet expired, whichever process scored them."""
    rows = await store.fetchall("SELECT * FROM trading_signals WHERE status = 'pending' AND expires_at > ? ORDER BY created_at", (now,))
    return [_signal(r) for r in rows]


_INSERT_TRADE = (
    "INSERT INTO trading_trades (mode, pair, side, entry_time, exit_time, entry, exit, size_usdt, leverage, stop_loss, take_profit,"
    " fee_usdt, funding_usdt, pnl_usdt, reason, signal_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


async def save_book(store: Store, mode: str, book: SavedBook, *, writer: str, trades: Sequence[ClosedTrade] = (),
                    executed_signal: str | None = None) -> None:
    """Write the book (at `book.version`, the stored one + 1) with the trades that
    closed and the signal executed since the last write, in ONE transaction:
    a crash never records a trade whose position stays in the book. StaleBook
    when the store refuses it (`writer` is not the lease's token, or the copy
    is stale); then nothing is written."""
    statements: list[tuple[str, Sequence[Any]]] = [
        (_INSERT_TRADE, (mode, t.symbol, t.side, t.entry_time, t.exit_time, t.entry, t.exit, t.size_usdt, t.leverage, t.stop_loss, t.take_profit,
                         t.fee_usdt, t.funding_usdt, t.pnl_usdt, t.reason, t.signal_id, t.note))
        for t in trades
    ]
    if executed_signal is not None:
        statements.append(("UPDATE trading_signals SET status = 'executed' WHERE id = ?", (executed_signal,)))
    statements.append((
        "INSERT OR REPLACE INTO trading_book (mode, balance, positions_json, updated_at, started_at, protections_json, version, writer)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (mode, book.balance, json.dumps([asdict(p) for p in book.positions]), time.time(), book.started_at, json.dumps(book.protections),
         book.version, writer)))
    try:
        await store.execute_all(statements)
    except sqlite3.IntegrityError as exc:
        raise StaleBook(f"the {mode} book was not written ({exc}): this process no longer holds it, or another process changed it") from exc


async def book_version(store: Store, mode: str) -> int:
    """The stored book's version (0: none written yet)."""
    rows = await store.fetchall("SELECT version FROM trading_book WHERE mode = ?", (mode,))
    return int(rows[0]["version"]) if rows else 0


async def load_book(store: Store, mode: str) -> SavedBook | None:
    rows = await store.fetchall("SELECT balance, positions_json, started_at, protections_json, version FROM trading_book WHERE mode = ?", (mode,))
    if not rows:
        return None
    row = rows[0]
    return SavedBook(float(row["balance"]), [Position(**p) for p in row["positions"]], int(row["started_at"]), dict(row["protections"]), int(row["version"]))


async def trades(store: Store, mode: str, limit: int = 1000) -> list[ClosedTrade]:
    rows = await store.fetchall("SELECT * FROM trading_trades WHERE mode = ? ORDER BY exit_time DESC LIMIT ?", (mode, limit))
    return [
        ClosedTrade(r["pair"], r["side"], r["entry_time"], r["exit_time"], r["entry"], r["exit"], r["size_usdt"], r["leverage"], r["stop_loss"],
                    r["take_profit"], r["fee_usdt"], r["funding_usdt"], r["pnl_usdt"], r["reason"], r["signal_id"], r["note"])
        for r in reversed(rows)
    ]
