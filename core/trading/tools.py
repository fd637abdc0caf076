"""The five trading tools (names, arguments and tiers as the seed registered
them), `trading_scan` and `trading_resume`, reaching the service as `ctx.runtime.trading`.

Paper orders are `act`: the cockpit asks, headless callers need the
allow-list or `--yes`. LIVE orders are treated as `danger`: in live mode the
preview of an order-placing tool says LIVE with the exchange and refuses,
before anyone is asked, unless `[tools] danger_enabled` is true: exactly the
extra condition the Policy puts on danger tools (the registry's tier is
static, so the live check lives in the preview, which `Toolbox.call` always
runs before deciding). The service's live gate and the engine's protections
still apply below that. `trading_resume` is `act` too: only the user lifts a
halt, and the service refuses while the halt's condition still holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..tools.base import (
    Json,
    NotAvailable,
    Tier,
    Tool,
    ToolContext,
    ToolError,
    integer,
    params,
    string,
)
from .models import TradingError, swap_symbol

if TYPE_CHECKING:
    from .service import TradingService

PAIR = string("e.g. BTC or BTC/USDT", min_length=1, max_length=32)


def _service(ctx: ToolContext) -> TradingService:
    service = getattr(ctx.runtime, "trading", None) if ctx.runtime is not None else None
    if service is None:
        raise NotAvailable("trading is not running in this process (no trading service)")
    return service  # type: ignore[no-any-return]


def _order_preview(what: str) -> Any:
    def preview(args: Json, ctx: ToolContext) -> str:
        service = _service(ctx)
        if service.mode == "live":
            if not ctx.config.tools.danger_enabled:
                raise ToolError(f"LIVE orders on {service.config.exchange} are danger actions and danger tools are disabled "
                                "(set [tools] danger_enabled = true to allow them); nothing was sent")
            return f"LIVE ORDER (real money) on {service.config.exchange}: {what.format(**args)}"
        return f"PAPER order (simulated) on {service.config.exchange} data: {what.format(**args)}"

    return preview


async def _pending(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    await service.refresh()
    signals = service.pending_signals(args.get("min_score"))
    return {"mode": service.mode, "signals": [s.to_json() for s in signals]}


async def _execute(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    try:
        position = await service.execute_signal(args["signal_id"])
    except TradingError as exc:
        raise ToolError(str(exc)) from None
    return {"mode": service.mode, "position": position.to_ccxt()}


async def _positions(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    await service.refresh()
    return {"mode": service.mode, "positions": service.positions()}


async def _status(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    await service.refresh()
    return service.status()


async def _close(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    try:
        trade = await service.close_position(args["pair"])
    except TradingError as exc:
        raise ToolError(str(exc)) from None
    return {"mode": service.mode, "pair": swap_symbol(args["pair"]), "trade": trade.to_json()}


async def _scan(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    outcome = await service.scan_now()
    return {"mode": service.mode, "ok": not outcome.failed, "notice": service.notice, "signals": [s.to_json() for s in service.pending_signals(None)]}


def _resume_preview(args: Json, ctx: ToolContext) -> str:
    service = _service(ctx)
    protections, now = service.engine.protections, service.clock()
    refusal = protections.resume_refusal(service.engine.equity(), now)
    if refusal is not None:  # refused before anyone is asked
        raise ToolError(refusal)
    halted = protections.halted(now)
    return f"resume new {service.mode.upper()} entries: lift the halt ({halted})"


async def _resume(args: Json, ctx: ToolContext) -> Json:
    service = _service(ctx)
    try:
        lifted = await service.resume()
    except TradingError as exc:
        raise ToolError(str(exc)) from None
    return {"mode": service.mode, "resumed": lifted, "protections": service.status()["protections"]}


TOOLS = [
    Tool("trading_pending_signals", "trading", "Trading signals waiting for a decision.", params(min_score=integer("only signals scoring at least this", minimum=0, maximum=100)),
         Tier.READ, _pending),
    Tool("trading_execute_signal", "trading", "Open the position a pending signal proposes (paper unless live mode is on).",
         params(("signal_id",), signal_id=string("the signal's id", min_length=1, max_length=64)), Tier.ACT, _execute,
         preview=_order_preview("open the position of signal {signal_id}")),
    Tool("trading_positions", "trading", "Open positions with entry, size, PnL, TP and SL.", params(), Tier.READ, _positions),
    Tool("trading_status", "trading", "Trading mode, exchange, balance and risk limits.", params(), Tier.READ, _status),
    Tool("trading_close_position", "trading", "Close an open position.", params(("pair",), pair=PAIR), Tier.ACT, _close,
         preview=_order_preview("close the position on {pair}")),
    # Reads market data and asks the cluster to review; it orders nothing (opening a position is trading_execute_signal).
    Tool("trading_scan", "trading", "Scan the configured pairs now instead of waiting for the scan loop: signals found, positions marked.", params(),
         Tier.READ, _scan),
    Tool("trading_resume", "trading", "Lift a trading halt (kill switch, max drawdown, daily loss limit) once its condition no longer holds.", params(),
         Tier.ACT, _resume, preview=_resume_preview),
]
