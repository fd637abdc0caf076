"""Live trading: the gate, and the broker that sends real orders through ccxt.

Live orders happen only when EVERY condition holds, each checked on every
order: `[trading] mode = "live"`; an exchange not on the known-blocked list
whose ccxt class says it can create swap orders; the keys ccxt requires in
the environment; and the user's typed confirmation in this session. A refusal
names each missing condition.

Idempotency: every order carries a client order id chosen before sending. If
the request times out or the connection drops, the broker never sends it
again: it asks the exchange for that client order id and returns what it
finds; if the exchange cannot say, the order is reported as UNKNOWN (check
the exchange) rather than risking a second one.

The live book is the exchange's: `LiveBroker.account()` reads the wallet and
the open positions (ccxt's unified balance and position structures), and the
service makes the engine's book what they say on every scan.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..config import TradingConfig
from .models import Order, OrderRequest, Position, TradingError

# Exchanges whose API refuses futures orders although ccxt has code for them.
KNOWN_BLOCKED: dict[str, str] = {
    "mexc": (
        "MEXC has refused futures (swap) order placement through its API since July 2022 (ccxt issues 23320 and 26179); "
        "its market data still works. Keep exchange = \"mexc\" for paper trading, or trade live on an exchange whose API "
        "accepts futures orders (for instance okx, bybit or binanceusdm; try it first with sandbox = true)"
    ),
}


def confirmation_phrase(exchange: str) -> str:
    """What the user types in the cockpit to allow live orders for this session."""
    return f"LIVE {exchange.upper()}"


def credential_env(exchange: str) -> dict[str, str]:
    """ccxt credential name -> environment variable (JARVIS_OKX_API_KEY...)."""
    prefix = f"JARVIS_{exchange.upper()}_"
    return {"apiKey": prefix + "API_KEY", "secret": prefix + "SECRET", "password": prefix + "PASSWORD", "uid": prefix + "UID"}


@dataclass(frozen=True)
class LiveCheck:
    name: str
    ok: bool
    detail: str


def exchange_facts(exchange_id: str) -> tuple[dict[str, Any], dict[str, bool]] | None:
    """(ccxt `has` flags, `requiredCredentials`) of an exchange class, without a request; None if unknown."""
    import ccxt.async_support as ccxt_async  # noqa: PLC0415

    if exchange_id not in ccxt_async.exchanges:
        return None
    probe = getattr(ccxt_async, exchange_id)()
    try:
        return dict(probe.has), dict(probe.requiredCredentials)
    finally:
        # A fresh instance has opened no session; nothing to close, but drop its references now.
        del probe


def live_checks(config: TradingConfig, env: Mapping[str, str], confirmed: bool) -> list[LiveCheck]:
    """Every live condition with its state, in the order a user fixes them."""
    checks = [LiveCheck("mode", config.mode == "live", f'[trading] mode is "{config.mode}"; live needs mode = "live"')]
    exchange = config.exchange
    blocked = KNOWN_BLOCKED.get(exchange)
    checks.append(LiveCheck("exchange accepts futures orders", blocked is None, blocked or f"{exchange} is not on the known-blocked list"))
    facts = exchange_facts(exchange)
    if facts is None:
        checks.append(LiveCheck("ccxt exchange", False, f"{exchange!r} is not a ccxt exchange id"))
    else:
        has, required = facts
        can = bool(has.get("swap")) and bool(has.get("createOrder"))
        checks.append(LiveCheck("ccxt can place swap orders", can, f"ccxt's {exchange} has swap={has.get('swap')} createOrder={has.get('createOrder')}"))
        names = credential_env(exchange)
        missing = [names[k] for k, needed in required.items() if needed and k in names and not env.get(names[k])]
        checks.append(LiveCheck("keys in the environment", not missing, f"missing {', '.join(missing)}" if missing else "present"))
    phrase = confirmation_phrase(exchange)
    checks.append(LiveCheck("confirmed this session", confirmed, f"type {phrase!r} in the cockpit's live confirmation" if not confirmed else "confirmed"))
    return checks


def live_refusal(checks: list[LiveCheck]) -> str | None:
    """None when live may trade; else one message naming every missing condition."""
    missing = [f"{c.name} ({c.detail})" for c in checks if not c.ok]
    if not missing:
        return None
    return "live trading refused: " + "; ".join(missing)


def credentials_from_env(exchange: str, env: Mapping[str, str]) -> dict[str, str]:
    return {key: env[var] for key, var in credential_env(exchange).items() if env.get(var)}


class LiveBroker:
    """Real market orders through a ccxt async exchange (markets loaded or injected)."""

    live = True

    def __init__(self, exchange: Any, *, lookup_attempts: int = 3, lookup_wait_s: float = 1.0) -> None:
        self.exchange = exchange
        self.lookup_attempts, self.lookup_wait_s = lookup_attempts, lookup_wait_s

    async def place(self, request: OrderRequest) -> Order:
        import ccxt.async_support as ccxt_async  # noqa: PLC0415

        params: dict[str, Any] = {"clientOrderId": request.client_order_id, "marginMode": "isolated"}
        if request.reduce_only:
            params["reduceOnly"] = True
        else:
            if request.stop_loss is None:
                raise TradingError("a live entry without a stop-loss is never sent")
            await self.exchange.set_leverage(int(request.leverage), request.symbol, {"marginMode": "isolated"})
            params["stopLoss"] = {"triggerPrice": self.exchange.price_to_precision(request.symbol, request.stop_loss)}
            if request.take_profit is not None:
                params["takeProfit"] = {"triggerPrice": self.exchange.price_to_precision(request.symbol, request.take_profit)}
        amount = float(self.exchange.amount_to_precision(request.symbol, request.amount))
        try:
            raw = await self.exchange.create_order(request.symbol, "market", request.side, amount, None, params)
        except (ccxt_async.RequestTimeout, ccxt_async.NetworkError) as exc:
            # The order may have reached the exchange: look it up, never send it again.
            found = await self.lookup(request)
            if found is None:
                raise TradingError(
                    f"order {request.client_order_id} for {request.symbol}: the exchange did not answer ({type(exc).__name__}) and does not "
                    "show the order; it was NOT sent again (a second order could double the position): check the exchange"
                ) from exc
            return found
        except ccxt_async.BaseError as exc:
            raise TradingError(f"{self.exchange.id} refused the order for {request.symbol}: {exc}") from exc
        order = await self._complete(raw, request)
        return order

    async def account(self, symbols: list[str]) -> LiveAccount:
        """The wallet (USDT) and the open positions on `symbols`, as the exchange says."""
        balance = await self.exchange.fetch_balance()
        raw_positions = await self.exchange.fetch_positions(symbols)
        return account_from_ccxt(balance, raw_positions)

    async def closing_fill(self, position: Position) -> ClosingFill | None:
        """The fills that closed `position` on the exchange (ccxt's `fetch_my_trades`
        for its symbol since it opened), or None when they are not all there."""
        raw = await self.exchange.fetch_my_trades(position.symbol, since=position.opened_at or None)
        return closing_fill_from(raw, position)

    async def lookup(self, request: OrderRequest) -> Order | None:
        """The order with this client order id, asked a few times (the exchange may lag)."""
        import ccxt.async_support as ccxt_async  # noqa: PLC0415

        for attempt in range(self.lookup_attempts):
            try:
                raw = await self.exchange.fetch_order(None, request.symbol, {"clientOrderId": request.client_order_id})
                return to_order(raw, request)
            except ccxt_async.OrderNotFound:
                pass
            except ccxt_async.BaseError:
                pass
            if attempt + 1 < self.lookup_attempts:
                await asyncio.sleep(self.lookup_wait_s)
        return None

    async def _complete(self, raw: dict[str, Any], request: OrderRequest) -> Order:
        """Many exchanges answer a market order with its id only: fetch its fill."""
        order = to_order(raw, request)
        if order.filled > 0 and order.average > 0:
            return order
        found = await self.lookup(request)
        return found or order


def to_order(raw: dict[str, Any], request: OrderRequest) -> Order:
    """ccxt's unified order as the engine's Order."""
    fee = raw.get("fee") or {}
    return Order(
        id=str(raw.get("id") or ""),
        client_order_id=str(raw.get("clientOrderId") or request.client_order_id),
        symbol=str(raw.get("symbol") or request.symbol),
        side=request.side,
        amount=float(raw.get("amount") or request.amount),
        filled=float(raw.get("filled") or 0.0),
        average=float(raw.get("average") or raw.get("price") or 0.0),
        status=str(raw.get("status") or "open"),
        timestamp=int(raw.get("timestamp") or 0),
        fee_cost=float(fee.get("cost") or 0.0),
        reduce_only=request.reduce_only,
        info=raw.get("info") or {},
    )


@dataclass(frozen=True)
class ClosingFill:
    """The exchange's fills that closed a position: average price, fees (USDT), when the last filled."""

    price: float
    fee_usdt: float
    timestamp: int
    contracts: float
    fills: int


def closing_fill_from(trades: list[dict[str, Any]], position: Position) -> ClosingFill | None:
    """From ccxt unified trades, the latest fills on the closing side (sell for
    a long) that add up to the position's contracts; None when they do not.
    The latest first: earlier reductions of the same position were already
    out of the contracts the book last saw."""
    side = "sell" if position.side == "long" else "buy"
    fills = sorted((t for t in trades if t.get("side") == side and _number(t.get("amount")) > 0 and _number(t.get("price")) > 0
                    and _number(t.get("timestamp")) >= position.opened_at), key=lambda t: _number(t.get("timestamp")), reverse=True)
    need, got, cost, fee, last = position.contracts, 0.0, 0.0, 0.0, 0
    for used, t in enumerate(fills, 1):
        amount = _number(t.get("amount"))
        take = min(amount, need - got)
        charged = t.get("fee") or {}
        cost += take * _number(t.get("price"))
        fee += _number(charged.get("cost")) * take / amount if charged.get("currency") in (None, "USDT") else 0.0
        got += take
        last = max(last, int(_number(t.get("timestamp"))))
        if got >= need * (1 - 1e-9):
            return ClosingFill(cost / got, fee, last, got, used)
    return None


@dataclass(frozen=True)
class LiveAccount:
    """The exchange's wallet (USDT) and open positions, as last fetched."""

    free_usdt: float
    used_usdt: float
    total_usdt: float
    positions: list[Position]


def account_from_ccxt(balance: dict[str, Any], positions: list[dict[str, Any]]) -> LiveAccount:
    """ccxt's unified balance and position structures as a LiveAccount. A
    position with no contracts is not open; missing figures are 0 (unknown)."""
    usdt = balance.get("USDT") or {}
    total = _number(usdt.get("total"))
    free = _number(usdt.get("free")) if usdt.get("free") is not None else total
    used = _number(usdt.get("used")) if usdt.get("used") is not None else max(0.0, total - free)
    return LiveAccount(free, used, total, [p for p in (position_from_ccxt(raw) for raw in positions) if p is not None])


def position_from_ccxt(raw: dict[str, Any]) -> Position | None:
    """A ccxt unified position as the engine's Position; None when it holds no contracts."""
    contracts = abs(_number(raw.get("contracts")))
    side = raw.get("side")
    if contracts <= 0 or side not in ("long", "short"):
        return None
    entry = _number(raw.get("entryPrice"))
    leverage = _number(raw.get("leverage")) or 1.0
    contract_size = _number(raw.get("contractSize")) or 1.0
    margin = _number(raw.get("initialMargin")) or _number(raw.get("collateral")) or contracts * contract_size * entry / leverage
    return Position(
        id=str(raw.get("id") or raw["symbol"]), symbol=str(raw["symbol"]), side=side, contracts=contracts, contract_size=contract_size,
        entry=entry, leverage=leverage, margin=margin, stop_loss=_number(raw.get("stopLossPrice")), take_profit=_number(raw.get("takeProfitPrice")),
        liquidation=_number(raw.get("liquidationPrice")), opened_at=int(_number(raw.get("timestamp"))), entry_fee=0.0,
        mark=_number(raw.get("markPrice")) or entry,
    )


def _number(value: Any) -> float:
    """A ccxt figure as a float: None, '', NaN or garbage count as 0 (unknown)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if number == number and abs(number) != float("inf") else 0.0
