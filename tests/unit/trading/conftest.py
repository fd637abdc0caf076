from __future__ import annotations

import asyncio
from collections.abc import Callable

import numpy as np
import pytest

from jarvis_tui.core.config import TradingConfig
from jarvis_tui.core.trading.engine import Engine, Intent, PaperBroker
from jarvis_tui.core.trading.models import Candles, MarketSpec

T0 = 1_704_067_200_000  # 2024-01-01T00:00:00Z, a funding time
MIN = 60_000
SOL = "SOL/USDT:USDT"


class Clock:
    def __init__(self, now: int = T0 + MIN) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def spec(symbol: str = SOL, **kw: float) -> MarketSpec:
    values = {"contract_size": 1.0, "amount_step": 0.01, "min_amount": 0.01, "price_step": 0.001, "taker_fee": 0.0005} | kw
    return MarketSpec(symbol, symbol.split("/")[0], **values)  # type: ignore[arg-type]


def config(**kw: object) -> TradingConfig:
    base: dict[str, object] = {"slippage_pct": 0.0, "funding_rate_pct": 0.01, "pair_cooldown_min": 0}
    return TradingConfig(**(base | kw))


def long_at(price: float = 100.0, **kw: object) -> Intent:
    values: dict[str, object] = {"symbol": SOL, "side": "long", "size_usdt": 10.0, "leverage": 10.0, "price": price,
                                 "stop_loss": price * 0.9975, "take_profit": price * 1.004} | kw
    return Intent(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> Clock:
    return Clock()


def paper_engine(clock: Clock, cfg: TradingConfig | None = None, markets: dict[str, MarketSpec] | None = None, balance: float = 1000.0) -> Engine:
    cfg = cfg or config()
    return Engine(cfg, PaperBroker(None, cfg.slippage_pct / 100, clock), markets or {SOL: spec()}, balance=balance, clock=clock)


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    """Poll `condition` until it holds (a deadline, never a fixed wait)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.005)


def walk(n: int, seed: int = 3) -> Candles:
    """A random walk of 1-minute candles from T0 (prices near 100)."""
    rng = np.random.default_rng(seed)
    ts = T0 + np.arange(n, dtype=np.int64) * MIN
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.001, n)))
    open_ = np.r_[100.0, close[:-1]]
    wick = np.abs(rng.normal(0, 0.0005, n)) * close
    return Candles(ts, open_, np.maximum(open_, close) + wick, np.minimum(open_, close) - wick, close, rng.lognormal(3, 0.6, n))
