"""Protections, checked by the engine before every entry whoever asks
(tools, agents, voice, cockpit, MCP, skills): there is no other way in.

Per order: a stop-loss on the right side and inside the liquidation price, a
take-profit on the right side, leverage and size limits, the number of open
positions, one position per pair. Per book: a daily loss limit and a max
drawdown that halt new entries, a stop-loss guard (N stops in a window, then
a cooldown) and a per-pair cooldown after each exit. Exits are never blocked.

The paper/live engine and the backtest both drive one `Protections` (the
backtest has no copy of these rules). A halt (daily loss, max drawdown, kill
switch) latches: only the user's `resume()` lifts it, and not while the
condition that caused it still holds. The state persists with the book, so a
restart lifts nothing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..config import TradingConfig
from .costs import stop_inside_liquidation
from .models import ClosedTrade, ProtectionRefusal, Side, TradingError
from .timeutil import HOUR_MS, iso, utc_day_start


@dataclass(frozen=True)
class EntryRequest:
    symbol: str
    side: Side
    size_usdt: float
    leverage: float
    entry: float
    stop_loss: float | None
    take_profit: float | None
    liquidation: float


@dataclass(frozen=True)
class ProtectionState:
    """What the cockpit shows: why entries are halted, and until when things cool down."""

    halted: str | None
    stop_guard_until: int | None
    pair_cooldowns: dict[str, int]
    day_pnl_usdt: float
    drawdown_pct: float


@dataclass
class Protections:
    config: TradingConfig
    peak_equity: float = 0.0
    day_start_ms: int = 0
    day_start_equity: float = 0.0
    day_pnl: float = 0.0
    drawdown_halt: str | None = None  # stays until resume()
    kill_halt: str | None = None  # set by the kill switch, cleared by resume()
    daily_halt: str | None = None  # set when a day's loss reaches the limit, cleared by resume() on a later UTC day
    daily_halt_day: int = 0  # the UTC day (ms) the daily halt was set
    stops: list[int] = field(default_factory=list)  # exit times of stop-losses and liquidations
    stop_guard_until: int = 0
    last_exit: dict[str, int] = field(default_factory=dict)

    def observe_equity(self, equity: float, now: int) -> None:
        """Track the peak and the UTC day; the max-drawdown halt latches."""
        day = utc_day_start(now)
        if day != self.day_start_ms:
            self.day_start_ms, self.day_start_equity, self.day_pnl = day, equity, 0.0
        self.peak_equity = max(self.peak_equity, equity)
        if self.drawdown_halt is None and self.drawdown_pct(equity) >= self.config.max_drawdown_pct:
            self.drawdown_halt = f"equity {equity:.2f} USDT is {self.drawdown_pct(equity):.1f} % below its peak {self.peak_equity:.2f} (max_drawdown_pct {self.config.max_drawdown_pct:g})"

    def drawdown_pct(self, equity: float) -> float:
        return 0.0 if self.peak_equity <= 0 else max(0.0, (self.peak_equity - equity) / self.peak_equity * 100)

    def record_exit(self, trade: ClosedTrade) -> None:
        """Feed a closed trade: the day's PnL (and the daily halt), the stop guard, the pair's cooldown."""
        if utc_day_start(trade.exit_time) == self.day_start_ms:
            self.day_pnl += trade.pnl_usdt
        limit = self.day_start_equity * self.config.daily_loss_limit_pct / 100
        if self.daily_halt is None and self.day_start_equity > 0 and -self.day_pnl >= limit:
            self.daily_halt = (f"{self.day_pnl:.2f} USDT on {iso(self.day_start_ms)[:10]}, the limit is {limit:.2f} "
                               f"({self.config.daily_loss_limit_pct:g} % of the day's opening equity)")
            self.daily_halt_day = self.day_start_ms
        self.last_exit[trade.symbol] = trade.exit_time
        if trade.reason in ("sl", "liquidation") or (trade.reason == "exchange" and _beyond_stop(trade)):
            window = int(self.config.stop_guard_window_h * HOUR_MS)
            self.stops = [t for t in self.stops if t > trade.exit_time - window] + [trade.exit_time]
            if len(self.stops) >= self.config.stop_guard_count:
                self.stop_guard_until = trade.exit_time + int(self.config.stop_guard_cooldown_h * HOUR_MS)
                self.stops = []

    def after_exit(self, trade: ClosedTrade, equity_before: float, equity_after: float) -> None:
        """A position closed: roll the UTC day on the equity it opened with, record the
        trade, then track the new equity. The engine and the backtest both call this."""
        self.observe_equity(equity_before, trade.exit_time)
        self.record_exit(trade)
        self.observe_equity(equity_after, trade.exit_time)

    def halted(self, now: int) -> str | None:
        """Why new entries are halted now, or None."""
        if self.kill_halt:
            return self.kill_halt
        if self.drawdown_halt:
            return f"max drawdown: {self.drawdown_halt}"
        if self.daily_halt:
            return f"daily loss limit: {self.daily_halt}; resume after 00:00 UTC"
        return None

    def resume_refusal(self, equity: float, now: int) -> str | None:
        """Why `resume()` would refuse now (nothing halted, or a halt's condition
        still holds: the equity still too far below its peak, the same UTC day's
        loss), or None."""
        if not (self.kill_halt or self.drawdown_halt or self.daily_halt):
            return "nothing to resume: new entries are not halted"
        if self.drawdown_halt and self.drawdown_pct(equity) >= self.config.max_drawdown_pct:
            return (f"not resumed: the equity {equity:.2f} USDT is still {self.drawdown_pct(equity):.1f} % below its peak {self.peak_equity:.2f} "
                    f"(max_drawdown_pct {self.config.max_drawdown_pct:g}); the max-drawdown halt stays until the equity recovers "
                    "or you raise [trading] max_drawdown_pct")
        if self.daily_halt and utc_day_start(now) == self.daily_halt_day:
            return f"not resumed: the daily loss limit was reached today ({self.daily_halt}); resume after 00:00 UTC"
        return None

    def resume(self, equity: float, now: int) -> str:
        """The user's explicit restart after a halt: lifts every halt and says
        which; TradingError (see `resume_refusal`) when it may not."""
        if why := self.resume_refusal(equity, now):
            raise TradingError(why)
        lifted = [name for name, why in (("kill switch", self.kill_halt), ("max drawdown", self.drawdown_halt), ("daily loss limit", self.daily_halt)) if why]
        self.drawdown_halt = self.kill_halt = self.daily_halt = None
        return "lifted: " + ", ".join(lifted)

    def to_json(self) -> dict[str, Any]:
        """The state to keep with the book (a restart must not lift a halt)."""
        return {k: v for k, v in asdict(self).items() if k != "config"}

    def restore(self, state: dict[str, Any]) -> None:
        """Back from `to_json()`; unknown keys (an older or newer version) are ignored."""
        names = {f.name for f in fields(self)} - {"config"}
        for key, value in state.items():
            if key in names:
                setattr(self, key, value)

    def check(self, request: EntryRequest, open_symbols: list[str], now: int) -> None:
        """Raise ProtectionRefusal naming the first protection the order crosses."""
        c, r = self.config, request
        if r.leverage > c.max_leverage:
            raise ProtectionRefusal("max leverage", f"leverage {r.leverage:g} is above max_leverage {c.max_leverage:g}")
        if r.size_usdt > c.max_size_usdt:
            raise ProtectionRefusal("max size per trade", f"{r.size_usdt:g} USDT is above max_size_usdt {c.max_size_usdt:g}")
        if r.stop_loss is None:
            raise ProtectionRefusal("stop-loss required", "every order must carry a stop-loss")
        if r.take_profit is None:
            raise ProtectionRefusal("take-profit required", "every order must carry a take-profit")
        long = r.side == "long"
        if (r.stop_loss >= r.entry) if long else (r.stop_loss <= r.entry):
            raise ProtectionRefusal("stop-loss side", f"a {r.side}'s stop {r.stop_loss:.8g} must lie {'below' if long else 'above'} the entry {r.entry:.8g}")
        if (r.take_profit <= r.entry) if long else (r.take_profit >= r.entry):
            raise ProtectionRefusal("take-profit side", f"a {r.side}'s take-profit {r.take_profit:.8g} must lie {'above' if long else 'below'} the entry {r.entry:.8g}")
        if not stop_inside_liquidation(r.side, r.stop_loss, r.liquidation):
            raise ProtectionRefusal("stop inside liquidation", f"the stop {r.stop_loss:.8g} lies beyond the liquidation price {r.liquidation:.8g}: the position would be liquidated before its stop")
        if why := self.halted(now):
            raise ProtectionRefusal("halt", f"new entries are halted: {why}")
        if self.stop_guard_until > now:
            raise ProtectionRefusal("stop-loss guard", f"{c.stop_guard_count} stop-losses within {c.stop_guard_window_h:g} h: no new entry for {(self.stop_guard_until - now) / 60_000:.0f} more minutes")
        if r.symbol in open_symbols:
            raise ProtectionRefusal("one position per pair", f"a position on {r.symbol} is already open")
        if len(open_symbols) >= c.max_open_positions:
            raise ProtectionRefusal("max open positions", f"{len(open_symbols)} positions are open, max_open_positions is {c.max_open_positions}")
        cooldown = int(c.pair_cooldown_min * 60_000)
        last = self.last_exit.get(r.symbol)
        if last is not None and now - last < cooldown:
            raise ProtectionRefusal("pair cooldown", f"{r.symbol} exited {(now - last) / 60_000:.0f} min ago; pair_cooldown_min is {c.pair_cooldown_min:g}")

    def state(self, equity: float, now: int) -> ProtectionState:
        cooldown = int(self.config.pair_cooldown_min * 60_000)
        pairs = {s: t + cooldown for s, t in self.last_exit.items() if t + cooldown > now}
        return ProtectionState(self.halted(now), self.stop_guard_until if self.stop_guard_until > now else None, pairs, self.day_pnl, self.drawdown_pct(equity))


def _beyond_stop(trade: ClosedTrade) -> bool:
    """An exchange-side close at or beyond the position's stop: its stop filled there (or worse)."""
    if trade.stop_loss <= 0:  # a position adopted from the exchange without a known stop
        return False
    return trade.exit <= trade.stop_loss if trade.side == "long" else trade.exit >= trade.stop_loss
