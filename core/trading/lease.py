"""One writer per trading book across processes: the writer lease.

The cockpit, `jarvis-mcp` and one-shots each run a trading service on the
same store. Each keeps the book (wallet, positions, protections) in memory,
so two writers would overwrite each other's positions and balance. A row of
`trading_lease` names the one process that may change a book: its pid, host,
kind (cockpit, jarvis-mcp, one-shot) and a heartbeat. The others read it.

- A process whose scan loop changes the book by itself (the cockpit) takes
  the lease at start, renews it every `stale_s / 4` and releases it on close.
- A process without a loop (jarvis-mcp, a one-shot) takes it only for the
  time of one change, and releases it at once, so it never starves the
  cockpit. Two such processes wait for each other (a change lasts
  milliseconds to seconds) instead of refusing.
- A lease is stale, and taken over, when its holder's process is gone (same
  host) or its heartbeat is older than `stale_s` (a frozen process, another
  host).

The store enforces it: a trigger refuses any write of the book that does not
carry the current holder's token (storage.MIGRATIONS), so a holder that lost
its lease while frozen cannot overwrite the book when it wakes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .models import TradingError

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)
ONE_CHANGE_WAIT_S = 10.0  # how long a change waits for a holder that holds the book for one change only


def pid_alive(pid: int) -> bool:
    """Whether process `pid` runs on this host (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: it exists
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (not Linux): the signal said it exists
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


@dataclass(frozen=True)
class Holder:
    """The row of `trading_lease`: who may write the book."""

    book: str  # paper | live
    token: str
    pid: int
    host: str
    process: str  # cockpit | jarvis-mcp | one-shot
    acquired_at: float  # wall time, s
    heartbeat_at: float
    keeps: bool  # held for the process's life (its loop writes the book), not for one change

    def describe(self, here: str) -> str:
        """'the cockpit (pid 1234) on this machine'."""
        where = "on this machine" if self.host == here else f"on {self.host}"
        return f"the {self.process} (pid {self.pid}) {where}"


class BookHeld(TradingError):
    """A change refused because another process holds the book's writer lease."""

    def __init__(self, message: str, holder: Holder | None) -> None:
        super().__init__(message)
        self.holder = holder


class BookLease:
    """This process's side of the lease of one book (`acquire`, `renew`, `release`)."""

    def __init__(self, store: Store, book: str, *, process: str, keeps: bool, stale_s: float, now: Callable[[], float] = time.time,
                 host: str | None = None, pid: int | None = None, alive: Callable[[int], bool] = pid_alive) -> None:
        self.store, self.book, self.process, self.keeps, self.stale_s = store, book, process, keeps, stale_s
        self.now, self.alive = now, alive
        self.host = host or socket.gethostname()
        self.pid = pid if pid is not None else os.getpid()
        self.token = uuid.uuid4().hex
        self.held = False
        self.last_holder: Holder | None = None  # as last read: ours, another's, or None (free)

    @property
    def renew_every_s(self) -> float:
        return self.stale_s / 4

    async def holder(self) -> Holder | None:
        """The current holder, as the store says (None: free)."""
        rows = await self.store.fetchall("SELECT book, token, pid, host, process, acquired_at, heartbeat_at, keeps FROM trading_lease WHERE book = ?",
                                         (self.book,))
        self.last_holder = Holder(**(rows[0] | {"keeps": bool(rows[0]["keeps"])})) if rows else None
        return self.last_holder

    def stale_reason(self, holder: Holder) -> str | None:
        """Why `holder` no longer holds the lease (its process is gone, its heartbeat too old), or None."""
        if holder.host == self.host and holder.pid != self.pid and not self.alive(holder.pid):
            return f"its process (pid {holder.pid}) is gone"
        age = self.now() - holder.heartbeat_at
        if age > self.stale_s:
            return f"no heartbeat for {age:.0f} s (the limit is {self.stale_s:g} s)"
        return None

    async def acquire(self) -> Holder | None:
        """Take the lease when it is free, ours or stale. None when this process
        now holds it; else the live holder (the lease is not taken)."""
        current = await self.holder()
        now = self.now()
        if current is None:
            await self.store.execute(
                "INSERT OR IGNORE INTO trading_lease (book, token, pid, host, process, acquired_at, heartbeat_at, keeps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.book, self.token, self.pid, self.host, self.process, now, now, self.keeps))
        elif current.token == self.token:
            await self.store.execute("UPDATE trading_lease SET heartbeat_at = ? WHERE book = ? AND token = ?", (now, self.book, self.token))
        elif (why := self.stale_reason(current)) is not None:
            # Compare-and-swap on the token read: of two processes taking over at once, one wins.
            await self.store.execute(
                "UPDATE trading_lease SET token = ?, pid = ?, host = ?, process = ?, acquired_at = ?, heartbeat_at = ?, keeps = ? WHERE book = ? AND token = ?",
                (self.token, self.pid, self.host, self.process, now, now, self.keeps, self.book, current.token))
            log.warning("trading: the %s book's writer lease was taken over from %s: %s", self.book, current.describe(self.host), why)
        else:
            self.held = False
            return current
        after = await self.holder()
        self.held = after is not None and after.token == self.token
        return None if self.held else after

    async def take(self, patience_s: float = ONE_CHANGE_WAIT_S) -> Holder | None:
        """`acquire`, waiting up to `patience_s` while the holder holds the book
        for one change only (it gives it back in a moment); a holder that keeps
        it (the cockpit) is answered at once. None when taken."""
        holder = await self.acquire()
        deadline = time.monotonic() + patience_s
        while holder is not None and not holder.keeps and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
            holder = await self.acquire()
        return holder

    async def renew(self) -> bool:
        """Refresh the heartbeat; False when the lease was lost (taken over while this process was frozen)."""
        (count,) = await self.store.execute_all([("UPDATE trading_lease SET heartbeat_at = ? WHERE book = ? AND token = ?",
                                                  (self.now(), self.book, self.token))])
        if count == 0:  # only a loss is learnt here: a renewal racing a release must not mark the lease held again
            self.held = False
        return count == 1

    async def release(self) -> None:
        """Give the lease up (nothing happens when another process holds it)."""
        await self.store.execute("DELETE FROM trading_lease WHERE book = ? AND token = ?", (self.book, self.token))
        self.held = False

    def refusal(self, holder: Holder | None) -> BookHeld:
        """The message a change gets while `holder` writes the book."""
        if holder is None:
            return BookHeld(f"the {self.book} book could not be taken for writing; nothing was changed: try again", None)
        since = time.strftime("%H:%M", time.gmtime(holder.acquired_at))
        return BookHeld(f"the {self.book} book is held by {holder.describe(self.host)} since {since} UTC: act there, or close it; "
                        "this process only reads the book, nothing was changed", holder)
