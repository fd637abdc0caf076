"""A process sharing the paper book, for the multi-process tests: a trading
service on the store given (as the cockpit, jarvis-mcp or a one-shot runs
one), driven by one JSON command per line on stdin, answering one JSON line
each on stdout. Orders go through the engine (`open`) and the trading tools
(`close`, `status`) under the permission model, like any surface.

    python -m tests.integration.trading.book_process DB PROCESS [--keep] [--stale S]

`--keep`: a long-lived writer (its scan loop would change the book: it keeps
the lease); otherwise the process takes the book for one change at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jarvis_tui.core.config import Config, ToolsConfig, TradingConfig
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.tools.permissions import Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox
from jarvis_tui.core.trading import tools
from jarvis_tui.core.trading.engine import Intent
from jarvis_tui.core.trading.models import Candles, MarketSpec, OrderBook, TradingError, swap_symbol
from jarvis_tui.core.trading.service import TradingService

PAIRS = ["SOL", "ETH", "BTC", "DOGE"]
MARKETS = {swap_symbol(p): MarketSpec(swap_symbol(p), p, 1.0, 0.01, 0.01, 0.001, 0.0005) for p in PAIRS}


class Idle:
    """Market data for a loop that never turns in a test (its interval is an hour)."""

    async def candles(self, symbol: str, timeframe: str, limit: int) -> Candles:
        raise TradingError("no market data in this test process")

    async def order_book(self, symbol: str) -> OrderBook | None:
        return None

    async def funding_rate(self, symbol: str) -> float | None:
        return None


def config(keep: bool, stale_s: float) -> TradingConfig:
    return TradingConfig(pairs=PAIRS, max_open_positions=10, pair_cooldown_min=0, slippage_pct=0, daily_loss_limit_pct=50,
                         scan_interval_s=3600 if keep else 0, book_lease_stale_s=stale_s)


class Driver:
    def __init__(self, service: TradingService, box: Toolbox) -> None:
        self.service, self.box = service, box

    async def open(self, pair: str, price: float) -> dict[str, Any]:
        try:
            position = await self.service.open(Intent(swap_symbol(pair), "long", 10.0, 10.0, price, price * 0.9975, price * 1.004))
        except TradingError as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "entry": position.entry}

    async def close(self, pair: str, price: float) -> dict[str, Any]:
        self.service.last_prices[swap_symbol(pair)] = price
        result = await self.box.call("trading_close_position", {"pair": pair}, caller=Caller("mcp", "test"))
        return {"ok": result.ok, "error": result.error, "pnl": result.data["trade"]["pnl_usdt"] if result.ok else None}

    async def churn(self, pairs: list[str], rounds: int) -> dict[str, Any]:
        """Open and close each pair `rounds` times (a different exit each round): what succeeded, and every refusal."""
        pnls: list[float] = []
        refused: list[str] = []
        opened = 0
        for r in range(rounds):
            for pair in pairs:
                done = await self.open(pair, 100.0)
                if not done["ok"]:
                    refused.append(done["error"])
                    continue
                opened += 1
                closed = await self.close(pair, 100.0 + 0.1 * (r % 5 - 2))
                if closed["ok"]:
                    pnls.append(closed["pnl"])
                else:
                    refused.append(closed["error"])
        return {"opened": opened, "pnls": pnls, "refused": refused}

    async def status(self) -> dict[str, Any]:
        status = await self.box.call("trading_status", {}, caller=Caller("mcp", "test"))
        positions = await self.box.call("trading_positions", {}, caller=Caller("mcp", "test"))
        return {"status": status.data, "positions": [p["symbol"] for p in positions.data["positions"]], "held": bool(self.service.lease and self.service.lease.held)}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("process")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--stale", type=float, default=60.0)
    args = parser.parse_args()
    store = await Store.open(Path(args.db))
    cfg = config(args.keep, args.stale)
    service = TradingService(cfg, bus=EventBus(), store=store, market_data=Idle() if args.keep else None, markets=dict(MARKETS), process=args.process,
                             scan_loop=args.keep)
    await service.start()
    # Allow-listed, as a user does for an MCP client (headless callers need it for act tools).
    full = Config().model_copy(update={"trading": cfg, "tools": ToolsConfig(allow=["trading_close_position"])})
    box = Toolbox(full, policy=Policy(full.tools), registry=Registry(tools.TOOLS), runtime=SimpleNamespace(trading=service))
    driver = Driver(service, box)
    say({"ready": True, "pid": os.getpid(), "held": bool(service.lease and service.lease.held)})
    reader = asyncio.StreamReader()
    await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        command = json.loads(line)
        op = command.pop("op")
        if op == "quit":
            break
        say(await getattr(driver, op)(**command))
    await box.aclose()
    await service.aclose()
    await store.close()
    say({"bye": True})


def say(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    asyncio.run(main())
