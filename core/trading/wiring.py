"""Building the trading service from the config: market data through the
configured exchange (public endpoints; nothing is fetched until asked), and
a live broker only in live mode, with keys read from the environment."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable

from ..config import TradingConfig
from ..events import EventBus
from ..store import Store
from .live import LiveBroker, credentials_from_env
from .markets import MarketData, make_exchange
from .models import TradingError
from .service import TradingService


def trading_service(config: TradingConfig, *, bus: EventBus, store: Store | None, review: Callable[[str], Awaitable[str]],
                    scan_loop: bool = True, process: str = "one-shot") -> TradingService:
    """The service the Runtime owns. Nothing reaches the exchange, nor loads
    ccxt, until market data is first needed. `scan_loop`: run the scan loop
    (long-lived processes; a one-shot does not scan). `process` names this
    process to the others when it holds the book (cockpit, jarvis-mcp, one-shot)."""
    # The exchange (and ccxt) load on first use; an unknown id is then a notice in the trading status.
    market_data = MarketData(store=store, make=lambda: make_exchange(config.exchange))
    broker = None
    if config.mode == "live":
        try:
            credentials = credentials_from_env(config.exchange, os.environ)
            broker = LiveBroker(make_exchange(config.exchange, credentials=credentials, sandbox=config.sandbox))
        except TradingError:
            broker = None  # every live order is then refused, saying no exchange connection was made
    return TradingService(config, bus=bus, store=store, review=review, market_data=market_data, live_broker=broker, scan_loop=scan_loop,
                          process=process)
