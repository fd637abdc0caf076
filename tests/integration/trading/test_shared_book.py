"""The paper book shared by REAL separate processes on one database
(book_process.py: a trading service as the cockpit, jarvis-mcp or a one-shot
runs one). Two writers at once lose nothing; a process holding the book for
its life makes the others refuse, naming it; a holder killed with SIGKILL, or
frozen past the stale limit, is taken over, and the frozen one cannot
overwrite the book when it wakes."""

from __future__ import annotations

import json
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
START = 1000.0  # paper_balance_usdt


class Child:
    """One book_process child: `ask` sends a command and reads its answer line."""

    def __init__(self, db: Path, process: str, *, keep: bool = False, stale_s: float = 60.0) -> None:
        args = [sys.executable, "-m", "tests.integration.trading.book_process", str(db), process, "--stale", str(stale_s)] + (["--keep"] if keep else [])
        self.proc = subprocess.Popen(args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.ready = self.read(60)
        self.pid: int = self.ready["pid"]

    def send(self, op: str, **kw: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **kw}) + "\n")
        self.proc.stdin.flush()

    def read(self, timeout: float = 60) -> dict[str, Any]:
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            if not sel.select(timeout):
                raise AssertionError(f"no answer from {self.proc.args} within {timeout} s")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"{self.proc.args} ended: {self.proc.stderr.read() if self.proc.stderr else ''}")
        return json.loads(line)  # type: ignore[no-any-return]

    def ask(self, op: str, **kw: Any) -> dict[str, Any]:
        self.send(op, **kw)
        return self.read()

    def quit(self) -> None:
        if self.proc.poll() is None:
            assert self.ask("quit") == {"bye": True}
        assert self.proc.wait(30) == 0
        assert self.proc.stderr is not None and "Traceback" not in self.proc.stderr.read()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)


@pytest.fixture
def children(tmp_path: Path) -> Iterator[Callable[..., Child]]:
    started: list[Child] = []

    def start(process: str, **kw: Any) -> Child:
        child = Child(tmp_path / "jarvis.db", process, **kw)
        started.append(child)
        return child

    yield start
    for child in started:  # a failed test must not leave a process behind (a stopped one included)
        if child.proc.poll() is None:
            os.kill(child.pid, signal.SIGCONT)
        child.kill()


def stored(tmp_path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any] | None]:
    """(the paper book row, the trades, the lease row) straight from the database file."""
    with sqlite3.connect(tmp_path / "jarvis.db") as db:
        db.row_factory = sqlite3.Row
        book = dict(db.execute("SELECT * FROM trading_book WHERE mode = 'paper'").fetchone())
        trades = [dict(r) for r in db.execute("SELECT * FROM trading_trades ORDER BY id")]
        lease = db.execute("SELECT * FROM trading_lease").fetchone()
    return book, trades, dict(lease) if lease else None


def assert_consistent(tmp_path: Path, pnls: list[float], open_symbols: list[str]) -> dict[str, Any]:
    """Every reported close recorded once, the book's positions as the processes left them, balance = start + sum of PnL (all closed)."""
    book, trades, _ = stored(tmp_path)
    assert sorted(round(t["pnl_usdt"], 6) for t in trades) == sorted(round(p, 6) for p in pnls)
    assert sorted(p["symbol"] for p in json.loads(book["positions_json"])) == sorted(open_symbols)
    if not open_symbols:
        assert book["balance"] == pytest.approx(START + sum(t["pnl_usdt"] for t in trades), abs=1e-9)
    return book


def until(condition: Callable[[], Any], timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
    return value


def test_two_processes_changing_the_book_at_once_lose_nothing(children: Callable[..., Child], tmp_path: Path) -> None:
    one_shot, mcp = children("one-shot"), children("jarvis-mcp")
    assert not one_shot.ready["held"] and not mcp.ready["held"]  # neither keeps the book: each takes it for one change
    one_shot.send("churn", pairs=["SOL", "ETH"], rounds=8)
    mcp.send("churn", pairs=["BTC", "DOGE"], rounds=8)
    a, b = one_shot.read(), mcp.read()
    # They wait for each other's change instead of refusing, and neither overwrites the other's.
    assert a["refused"] == [] and b["refused"] == []
    assert a["opened"] == b["opened"] == 16 and len(a["pnls"]) == len(b["pnls"]) == 16
    one_shot.quit()
    mcp.quit()
    book = assert_consistent(tmp_path, a["pnls"] + b["pnls"], [])
    assert book["version"] == 64  # 32 entries + 32 exits: every write of the book landed, none over another
    assert stored(tmp_path)[2] is None  # the lease was given back


def test_the_cockpit_holds_the_book_and_the_other_process_is_refused_naming_it(children: Callable[..., Child], tmp_path: Path) -> None:
    cockpit = children("cockpit", keep=True)
    assert cockpit.ready["held"]
    assert cockpit.ask("open", pair="SOL", price=100.0)["ok"]
    mcp = children("jarvis-mcp")
    # It reads the book as the cockpit wrote it...
    seen = mcp.ask("status")
    assert seen["positions"] == ["SOL/USDT:USDT"] and not seen["held"]
    assert seen["status"]["book_writer"] == f"the cockpit (pid {cockpit.pid}) on this machine"
    # ...and every change is refused with the holder named.
    for refused in (mcp.ask("close", pair="SOL", price=101.0), mcp.ask("open", pair="BTC", price=100.0)):
        assert not refused["ok"]
        assert f"the paper book is held by the cockpit (pid {cockpit.pid}) on this machine" in refused["error"]
        assert "act there, or close it" in refused["error"]
    first = cockpit.ask("close", pair="SOL", price=100.2)
    assert first["ok"]
    after = mcp.ask("status")
    assert after["positions"] == [] and after["status"]["balance_usdt"] == pytest.approx(START + first["pnl"], abs=1e-4)
    cockpit.quit()  # gives the book back: the other process may now change it
    assert mcp.ask("open", pair="BTC", price=100.0)["ok"]
    second = mcp.ask("close", pair="BTC", price=99.9)
    assert second["ok"]
    mcp.quit()
    assert_consistent(tmp_path, [first["pnl"], second["pnl"]], [])


def test_a_holder_killed_with_sigkill_is_taken_over_at_once(children: Callable[..., Child], tmp_path: Path) -> None:
    cockpit = children("cockpit", keep=True)
    assert cockpit.ask("open", pair="SOL", price=100.0)["ok"]
    cockpit.proc.send_signal(signal.SIGKILL)
    cockpit.proc.wait(30)
    assert stored(tmp_path)[2]["pid"] == cockpit.pid  # the dead process still names itself the holder
    mcp = children("jarvis-mcp")  # the stale limit is 60 s: a dead pid on this host needs no wait
    started = time.monotonic()
    closed = mcp.ask("close", pair="SOL", price=100.3)
    assert closed["ok"], closed["error"]
    assert time.monotonic() - started < 10
    mcp.quit()
    assert_consistent(tmp_path, [closed["pnl"]], [])  # the position the killed process opened was not lost


def test_a_frozen_holder_is_taken_over_after_the_stale_limit_and_cannot_overwrite(children: Callable[..., Child], tmp_path: Path) -> None:
    cockpit = children("cockpit", keep=True, stale_s=2.0)
    assert cockpit.ask("open", pair="SOL", price=100.0)["ok"]
    os.kill(cockpit.pid, signal.SIGSTOP)  # alive, but its heartbeat stops
    mcp = children("jarvis-mcp", stale_s=2.0)
    frozen_at = time.monotonic()
    refused = mcp.ask("close", pair="SOL", price=100.3)
    assert not refused["ok"] and f"held by the cockpit (pid {cockpit.pid})" in refused["error"]
    closed = until(lambda: (answer := mcp.ask("close", pair="SOL", price=100.3))["ok"] and answer)
    assert time.monotonic() - frozen_at > 1.0  # taken over only once its heartbeat was older than the limit
    os.kill(cockpit.pid, signal.SIGCONT)
    # It wakes with SOL still open in its memory: at its next heartbeat it learns it lost the book, reloads it, and takes it back.
    woke = until(lambda: (s := cockpit.ask("status"))["held"] and s["positions"] == [] and s)
    assert woke["status"]["balance_usdt"] == pytest.approx(START + closed["pnl"], abs=1e-4)
    again = cockpit.ask("close", pair="SOL", price=100.5)
    assert not again["ok"] and "no open position" in again["error"]  # no second close of the same position
    cockpit.quit()
    mcp.quit()
    assert_consistent(tmp_path, [closed["pnl"]], [])


async def test_the_real_jarvis_mcp_reads_the_cockpits_book_and_is_refused_its_changes(make_cluster: Callable[..., Any]) -> None:
    from mcp import Client

    from jarvis_tui.core.events import EventBus
    from jarvis_tui.core.store import Store
    from jarvis_tui.core.trading.engine import Intent
    from jarvis_tui.core.trading.service import TradingService
    from tests.integration.test_mcp_server import server

    from .book_process import MARKETS, Idle, config

    cluster = make_cluster(extra='[trading]\npairs = ["SOL"]\n[tools]\nallow = ["trading_close_position"]\n')
    store = await Store.open(cluster.tmp / "jarvis.db")
    cockpit = TradingService(config(True, 60.0), bus=EventBus(), store=store, market_data=Idle(), markets=dict(MARKETS), process="cockpit")
    await cockpit.start()
    try:
        await cockpit.open(Intent("SOL/USDT:USDT", "long", 10.0, 10.0, 100.0, 99.75, 100.4))
        async with Client(server(cluster)) as client:
            positions = await client.call_tool("trading_positions", {})
            assert [p["symbol"] for p in positions.structured_content["positions"]] == ["SOL/USDT:USDT"]
            refused = await client.call_tool("trading_close_position", {"pair": "SOL"})
            assert refused.is_error is True
            assert f"the paper book is held by the cockpit (pid {os.getpid()}) on this machine" in refused.content[0].text
            status = await client.call_tool("trading_status", {})
            assert status.structured_content["book_writer"] == f"the cockpit (pid {os.getpid()}) on this machine"
            await cockpit.aclose()  # the cockpit closes: the book is free
            status = await client.call_tool("trading_status", {})
            assert status.structured_content["book_writer"] == "nobody: this process takes the book for each change"
            assert status.structured_content["open_positions"] == 1
    finally:
        await cockpit.aclose()
        await store.close()
