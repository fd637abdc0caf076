"""`jarvis-tui --backtest PAIR --from DATE --to DATE [--data FILE.csv] [--json]`.

Candles come from the CSV, else the store's cache, else ccxt (where the
network allows). The strategy (the technical score at or above min_score)
and the two baselines run on the same candles with the same costs; `--json`
prints one document, otherwise a table, an equity curve and the verdict.
Exit codes: 0 done, 1 no candles could be had, 2 usage or bad data.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any

from jarvis_tui.core.config import Config
from jarvis_tui.core.trading import backtest as bt
from jarvis_tui.core.trading import baselines, report
from jarvis_tui.core.trading.markets import (
    candles_from_rows,
    load_csv,
    make_exchange,
    store_candles,
    stored_candles,
)
from jarvis_tui.core.trading.models import (
    Candles,
    MarketSpec,
    TradingError,
    swap_symbol,
)
from jarvis_tui.core.trading.protections import Protections
from jarvis_tui.core.trading.signals import WARMUP
from jarvis_tui.core.trading.timeutil import parse_date, timeframe_ms

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Failed(Exception):
    """No candles could be had (exit 1)."""


def _say(message: str) -> None:
    sys.stderr.write(f"jarvis-tui: {message}\n")


def run(args: argparse.Namespace, config: Config) -> int:
    """Run the backtest the arguments describe; never a traceback."""
    if not args.date_from or not args.date_to:
        _say("--backtest needs --from DATE and --to DATE (YYYY-MM-DD)")
        return EXIT_USAGE
    try:
        symbol = swap_symbol(args.backtest)
        start, end = parse_date(args.date_from), parse_date(args.date_to, end=True)
        if end <= start:
            raise ValueError(f"--to {args.date_to} is not after --from {args.date_from}")
        candles = _candles(args, config, symbol, start, end)
        doc, lines = backtest(config, symbol, candles, start, end)
    except (TradingError, ValueError) as exc:
        _say(str(exc))
        return EXIT_USAGE
    except Failed as exc:
        _say(str(exc))
        return EXIT_FAILED
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=True) + "\n")
    else:
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def backtest(config: Config, symbol: str, candles: Candles, start: int, end: int) -> tuple[dict[str, Any], list[str]]:
    """The JSON document and the human lines of one run."""
    trading = config.trading
    if len(candles) < WARMUP + 2:
        raise TradingError(f"{len(candles)} candles between the dates; the indicators need at least {WARMUP + 2}")
    began = time.perf_counter()
    spec = MarketSpec(symbol, symbol.split("/")[0])
    rules = bt.Rules.from_config(trading, spec)
    balance = trading.paper_balance_usdt
    entries, directions = bt.strategy_entries(candles, trading)
    protections, refused = Protections(trading), Counter[str]()
    trades = bt.simulate(candles, entries, directions, rules, spec, balance, protections, refused)
    result = baselines.compare(trades, {symbol: (candles, spec)}, trading, balance, start, end, f"The technical score >= {trading.min_score:g}")
    doc = report.document(symbol, start, end, len(candles), trades, result.strategy, result.random, result.buy_and_hold, result.verdict)
    doc["protections"] = {"skipped": dict(refused), "halted": protections.halted(end)}
    _say(f"{len(candles):,} candles, {len(trades)} trades, {time.perf_counter() - began:.2f} s")
    skipped = ", ".join(f"{name} {count}" for name, count in refused.most_common()) or "none"
    lines = [
        (f"Backtest {symbol} {doc['from']} → {doc['to']}: {len(candles):,} candles, margin {trading.size_usdt:g} USDT x{trading.leverage:g}, "
        f"TP {trading.take_profit_pct:g} % SL {trading.stop_loss_pct:g} %, fees {rules.fee * 100:g} % per side, slippage {rules.slippage * 100:g} %, "
        f"funding {rules.funding * 100:g} % / 8 h"),
        f"protections (as the engine runs them): signals skipped: {skipped}" + (f"; HALTED: {doc['protections']['halted']}" if doc["protections"]["halted"] else ""),
        "",
        *report.table([("strategy", doc["summary"]), ("random", doc["baselines"]["random"]), ("buy_and_hold", doc["baselines"]["buy_and_hold"])]),
        "",
        f"equity of the strategy ({balance:g} USDT at the start):",
        *report.chart(report.equity_curve(trades, balance)),
        "",
        result.verdict + f" (random: one run, seed {baselines.RANDOM_SEED})",
    ]
    return doc, lines


def _candles(args: argparse.Namespace, config: Config, symbol: str, start: int, end: int) -> Candles:
    if args.data:
        candles = load_csv(args.data).between(start, end)
        if not len(candles):
            raise TradingError(f"{args.data} holds no candle between {args.date_from} and {args.date_to}")
        return candles
    return asyncio.run(_from_store_or_exchange(config, symbol, start, end))


async def _from_store_or_exchange(config: Config, symbol: str, start: int, end: int) -> Candles:
    from jarvis_tui.core.store import Store, StoreError, db_path
    from jarvis_tui.core.trading.storage import MIGRATIONS

    trading = config.trading
    try:
        store = await Store.open(db_path(config.store.path))
    except StoreError as exc:
        raise Failed(f"cannot open the store: {exc}; pass --data FILE.csv") from None
    try:
        await store.ensure_schema("trading", MIGRATIONS)
        cached = await stored_candles(store, trading.exchange, symbol, trading.timeframe, start, end)
        if cached is not None:
            _say(f"{len(cached):,} candles of {symbol} from the store")
            return cached
        _say(f"no {symbol} candles in the store; fetching them from {trading.exchange}")
        fetched = await _fetch(trading.exchange, symbol, trading.timeframe, start, end)
        await store_candles(store, trading.exchange, symbol, trading.timeframe, fetched)
        return fetched
    finally:
        await store.close()


async def _fetch(exchange_id: str, symbol: str, timeframe: str, start: int, end: int) -> Candles:
    exchange = make_exchange(exchange_id)
    step = timeframe_ms(timeframe)
    rows: list[list[Any]] = []
    try:
        since = start
        while since < end:
            page = await exchange.fetch_ohlcv(symbol, timeframe, since=since, limit=1000)
            page = [r for r in page if start <= r[0] < end]
            if not page:
                break
            rows.extend(page)
            since = int(page[-1][0]) + step
    except TradingError:
        raise
    except Exception as exc:  # noqa: BLE001 - offline, unknown symbol, rate limit: one message
        raise Failed(f"cannot fetch {symbol} from {exchange_id} ({type(exc).__name__}: {str(exc)[:200]}); pass --data FILE.csv") from None
    finally:
        await exchange.close()
    if not rows:
        raise Failed(f"{exchange_id} returned no {symbol} candles between the dates; pass --data FILE.csv")
    return candles_from_rows(rows, f"{exchange_id} {symbol}")
