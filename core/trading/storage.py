"""The trading tables (`store.ensure_schema("trading", MIGRATIONS)`): every
scored signal with its score and reasons, every closed trade, the paper
wallet, its open positions, when it began and the protections' state (so a
restart keeps the book and lifts no halt), and the candle cache."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .markets import CANDLES_TABLE
from .models import ClosedTrade, Position
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
)


@dataclass(frozen=True)
class SavedBook:
    """A book as stored: wallet, open positions, when it began (ms; 0 before it was recorded) and the protections' state."""

    balance: float
    positions: list[Position]
    started_at: int
    protections: dict[str, Any]


async def record_signal(store: Store, signal: Signal, review: str | None) -> None:
    await store.execute(
        "INSERT OR REPLACE INTO trading_signals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (signal.id, signal.created_at, signal.expires_at, signal.symbol, signal.side, signal.entry, signal.take_profit, signal.stop_loss,
         signal.technical_score, signal.score, json.dumps(list(signal.reasons)), None if review is None else review[:4000], signal.status),
    )


async def set_signal_status(store: Store, signal_id: str, status: str) -> None:
    await store.execute("UPDATE trading_signals SET status = ? WHERE id = ?", (status, signal_id))


async def record_trade(store: Store, mode: str, trade: ClosedTrade) -> None:
    await store.execute(
        "INSERT INTO trading_trades (mode, pair, side, entry_time, exit_time, entry, exit, size_usdt, leverage, stop_loss, take_profit,"
        " fee_usdt, funding_usdt, pnl_usdt, reason, signal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (mode, trade.symbol, trade.side, trade.entry_time, trade.exit_time, trade.entry, trade.exit, trade.size_usdt, trade.leverage,
         trade.stop_loss, trade.take_profit, trade.fee_usdt, trade.funding_usdt, trade.pnl_usdt, trade.reason, trade.signal_id),
    )


async def save_book(store: Store, mode: str, book: SavedBook) -> None:
    await store.execute(
        "INSERT OR REPLACE INTO trading_book (mode, balance, positions_json, updated_at, started_at, protections_json) VALUES (?, ?, ?, ?, ?, ?)",
        (mode, book.balance, json.dumps([asdict(p) for p in book.positions]), time.time(), book.started_at, json.dumps(book.protections)),
    )


async def load_book(store: Store, mode: str) -> SavedBook | None:
    rows = await store.fetchall("SELECT balance, positions_json, started_at, protections_json FROM trading_book WHERE mode = ?", (mode,))
    if not rows:
        return None
    row = rows[0]
    return SavedBook(float(row["balance"]), [Position(**p) for p in row["positions"]], int(row["started_at"]), dict(row["protections"]))


async def trades(store: Store, mode: str, limit: int = 1000) -> list[ClosedTrade]:
    rows = await store.fetchall("SELECT * FROM trading_trades WHERE mode = ? ORDER BY exit_time DESC LIMIT ?", (mode, limit))
    return [
        ClosedTrade(r["pair"], r["side"], r["entry_time"], r["exit_time"], r["entry"], r["exit"], r["size_usdt"], r["leverage"], r["stop_loss"],
                    r["take_profit"], r["fee_usdt"], r["funding_usdt"], r["pnl_usdt"], r["reason"], r["signal_id"])
        for r in reversed(rows)
    ]
