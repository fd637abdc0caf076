"""A loopback stand-in for OKX's v5 REST API, speaking its wire format for
the calls a live entry makes: set leverage, place an order (batch endpoint,
ccxt's default), and look an order up by client order id. Like OKX it
refuses a clOrdId it has seen ("51016 Duplicated clOrdId"). `delay_s` makes
it record the order and answer late, as a timed-out request does. The
account endpoints answer `balance` and `positions` (OKX's own fields), which
ccxt parses into its unified balance and position structures; `fills-history`
answers the account's fills (what ccxt's `fetch_my_trades` reads), filtered
by instrument and `begin` as OKX does."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from tests.servers.loopback import LoopbackServer, Message, Receive, Send, read_request

# OKX's GET /api/v5/public/instruments?instType=SWAP entry for SOL-USDT-SWAP (fields ccxt's parse_market reads).
SOL_SWAP = {
    "instType": "SWAP", "instId": "SOL-USDT-SWAP", "uly": "SOL-USDT", "instFamily": "SOL-USDT", "baseCcy": "", "quoteCcy": "", "settleCcy": "USDT",
    "ctVal": "1", "ctMult": "1", "ctValCcy": "SOL", "ctType": "linear", "lotSz": "0.01", "minSz": "0.01", "tickSz": "0.001", "lever": "50",
    "state": "live", "listTime": "1611916828000", "expTime": "", "maxMktSz": "20000", "maxLmtSz": "100000",
}


@dataclass
class Behaviour:
    delay_s: float = 0.0  # answer order placement this late (after recording it)
    fill_price: str = "100.05"
    record: bool = True  # False: the placement is lost (lookups find nothing)


# GET /api/v5/account/balance: the trading account, USDT only.
BALANCE = {"uTime": "1704067200000", "totalEq": "1234.5", "details": [
    {"ccy": "USDT", "eq": "1234.5", "cashBal": "1234.5", "availEq": "1200.25", "availBal": "1200.25", "frozenBal": "34.25", "upl": "3.45"}]}
# GET /api/v5/account/positions: an isolated long of 3 SOL contracts.
SOL_POSITION = {
    "instType": "SWAP", "instId": "SOL-USDT-SWAP", "mgnMode": "isolated", "posId": "612345678901", "posSide": "net", "pos": "3", "availPos": "3",
    "ccy": "USDT", "avgPx": "100.05", "markPx": "101.2", "upl": "3.45", "uplRatio": "0.115", "lever": "10", "liqPx": "90.6", "margin": "30.015",
    "imr": "", "mmr": "1.518", "notionalUsd": "303.6", "last": "101.2", "adl": "1", "cTime": "1704067200000", "uTime": "1704067260000",
}


@dataclass
class OkxServer(LoopbackServer):
    behaviour: Behaviour = field(default_factory=Behaviour)
    balance: dict[str, Any] = field(default_factory=lambda: dict(BALANCE))
    positions: list[dict[str, Any]] = field(default_factory=lambda: [dict(SOL_POSITION)])
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)  # clOrdId -> order
    fills: list[dict[str, Any]] = field(default_factory=list)  # GET /api/v5/trade/fills-history, newest first as OKX answers
    fills_error: str | None = None  # answer the fills with this OKX error code instead
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("okx")

    async def _asgi(self, scope: Message, receive: Receive, send: Send) -> None:
        method, path, headers, body = await read_request(scope, receive)
        query = {k: v[0] for k, v in parse_qs(scope.get("query_string", b"").decode()).items()}
        self.requests.append((method, path, headers, body if body is not None else query))
        if path == "/api/v5/account/set-leverage":
            doc: dict[str, Any] = {"code": "0", "msg": "", "data": [{"instId": body["instId"], "lever": body["lever"], "mgnMode": body["mgnMode"], "posSide": ""}]}
        elif path == "/api/v5/trade/batch-orders":
            doc = self._place(body)
            if self.behaviour.delay_s:
                await asyncio.sleep(self.behaviour.delay_s)
        elif path == "/api/v5/account/balance":
            doc = {"code": "0", "msg": "", "data": [self.balance]}
        elif path == "/api/v5/account/positions":
            doc = {"code": "0", "msg": "", "data": self.positions}
        elif path == "/api/v5/trade/fills-history":
            if self.fills_error:
                doc = {"code": self.fills_error, "msg": "Service temporarily unavailable", "data": []}
            else:
                begin = int(query.get("begin", "0"))
                doc = {"code": "0", "msg": "", "data": [f for f in self.fills if f["instId"] == query.get("instId", f["instId"]) and int(f["ts"]) > begin]}
        elif path == "/api/v5/trade/order" and method == "GET":
            order = self.orders.get(query.get("clOrdId", ""))
            doc = {"code": "0", "msg": "", "data": [order]} if order else {"code": "51603", "msg": "Order does not exist", "data": []}
        else:
            doc = {"code": "50000", "msg": f"unexpected {method} {path}", "data": []}
        payload = json.dumps(doc).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": payload})

    def _place(self, body: list[dict[str, Any]]) -> dict[str, Any]:
        entry = body[0]
        cl = entry.get("clOrdId", "")
        now = str(int(time.time() * 1000))
        if cl in self.orders:
            return {"code": "1", "msg": "All operations failed", "data": [{"clOrdId": cl, "ordId": "", "sCode": "51016", "sMsg": "Duplicated clOrdId", "tag": "", "ts": now}]}
        ord_id = str(700000000 + len(self.orders))
        order = {
            "instType": "SWAP", "instId": entry["instId"], "ordId": ord_id, "clOrdId": cl, "px": "", "sz": entry["sz"], "ordType": entry["ordType"],
            "side": entry["side"], "posSide": "net", "tdMode": entry.get("tdMode", ""), "accFillSz": entry["sz"], "fillPx": self.behaviour.fill_price,
            "avgPx": self.behaviour.fill_price, "state": "filled", "lever": "10", "fee": "-0.05", "feeCcy": "USDT", "reduceOnly": str(entry.get("reduceOnly", False)).lower(),
            "cTime": now, "uTime": now,
        }
        if self.behaviour.record:
            self.orders[cl] = order
        return {"code": "0", "msg": "", "data": [{"clOrdId": cl, "ordId": ord_id, "sCode": "0", "sMsg": "Order placed", "tag": "", "ts": now}]}


def closing_fill(size: str, price: str, fee: str, ts: int, *, side: str = "sell", trade_id: str = "118000001") -> dict[str, Any]:
    """One fill of GET /api/v5/trade/fills-history (OKX's fields; the fee is negative when charged)."""
    return {
        "instType": "SWAP", "instId": "SOL-USDT-SWAP", "tradeId": trade_id, "ordId": "700099001", "clOrdId": "", "billId": "61234" + trade_id,
        "tag": "", "fillPx": price, "fillSz": size, "fillIdxPx": "", "fillPnl": "", "side": side, "posSide": "net", "execType": "T",
        "feeCcy": "USDT", "fee": fee, "feeRate": "-0.0005", "ts": str(ts), "fillTime": str(ts),
    }
