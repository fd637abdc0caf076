"""IA & cluster: `lm_query` (one node), `lm_models`, `lm_cluster_status` and
`consensus` (N nodes in parallel, their agreement, and a merged answer
with attribution)."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from typing import Any

from ..backends.base import BackendError, Message
from ..checker import strip_thinking
from .base import (
    Json,
    Tier,
    Tool,
    ToolContext,
    ToolError,
    integer,
    params,
    string,
    strings,
)

# Answers at least this similar to the merged one count as agreeing with it.
AGREE_AT = 0.5
_WORDS = re.compile(r"\w+", re.UNICODE)


def _messages(args: Json) -> list[Message]:
    messages: list[Message] = []
    if args.get("system"):
        messages.append({"role": "system", "content": args["system"]})
    messages.append({"role": "user", "content": args["prompt"]})
    return messages


def _known(ctx: ToolContext, node: str) -> None:
    names = ctx.pool.names()
    if node not in names:
        raise ToolError(f"unknown or unavailable node {node!r}; available nodes: {', '.join(names) or 'none'}")


async def ask(ctx: ToolContext, node: str, messages: list[Message], *, model: str | None = None, max_tokens: int | None = None) -> Json:
    """One node's whole answer with its timing; failures are recorded in the
    pool's health like any other request's."""
    model = model or ctx.pool.default_model(node)
    timeout = ctx.pool.timeout_s(node)
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            text = await ctx.pool.complete(node, messages, model=model, max_tokens=max_tokens or ctx.config.commander.max_tokens)
    except TimeoutError:
        error = BackendError(node, "timeout", f"no complete answer within {timeout:g} s")
        ctx.pool.record_failure(node, error, ctx.request_id)
        raise error from None
    except BackendError as exc:
        ctx.pool.record_failure(node, exc, ctx.request_id)
        raise
    latency = (time.perf_counter() - start) * 1000
    ctx.pool.record_success(node, latency)
    return {"node": node, "model": model, "text": strip_thinking(text), "latency_ms": round(latency, 1), "attribution": f"[-/{node}:{model}]"}


async def _lm_query(args: Json, ctx: ToolContext) -> Json:
    messages = _messages(args)
    if args.get("node"):
        _known(ctx, args["node"])
        try:
            return await ask(ctx, args["node"], messages, model=args.get("model"), max_tokens=args.get("max_tokens"))
        except BackendError as exc:
            raise ToolError(f"{exc.node} could not answer: {exc.kind}: {exc.detail}") from None
    errors = []
    for node in ctx.pool.candidates():
        try:
            return await ask(ctx, node, messages, max_tokens=args.get("max_tokens"))
        except BackendError as exc:
            errors.append(f"{node}: {exc.kind}: {exc.detail}")
    raise ToolError("no node could answer: " + ("; ".join(errors) or "no node is available"))


async def _lm_models(args: Json, ctx: ToolContext) -> Json:
    names = [args["node"]] if args.get("node") else ctx.pool.names()
    if args.get("node"):
        _known(ctx, args["node"])

    async def one(name: str) -> Json:
        try:
            models = await ctx.pool.backend(name).list_models()
        except BackendError as exc:
            return {"node": name, "error": f"{exc.kind}: {exc.detail}"}
        return {"node": name, "models": [m.id for m in models], "loaded": [m.id for m in models if m.loaded]}

    return {"nodes": list(await asyncio.gather(*(one(n) for n in names)))}


async def _lm_cluster_status(args: Json, ctx: ToolContext) -> Json:
    from ..cluster import status  # noqa: PLC0415 - cluster pulls in the thermal model

    return await status(ctx.pool)


def similarity(a: str, b: str) -> float:
    """Word-set overlap (Jaccard) of two answers, 0 to 1: cheap, order-free,
    and good enough to tell "the same answer in other words" from another one."""
    wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


def merge(answers: list[Json]) -> Json:
    """The agreement of the answers and the one most like all the others
    (their medoid), credited to every node that agrees with it."""
    ok = [a for a in answers if a["status"] == "ok"]
    if not ok:
        return {"agreement": 0.0, "merged": None, "agreeing": []}
    if len(ok) == 1:
        return {"agreement": 1.0, "merged": {"text": ok[0]["text"], "from": ok[0]["attribution"], "supported_by": [ok[0]["attribution"]]}, "agreeing": [ok[0]["node"]]}
    pairs = {(i, j): similarity(ok[i]["text"], ok[j]["text"]) for i, j in itertools.combinations(range(len(ok)), 2)}

    def sim(i: int, j: int) -> float:
        return 1.0 if i == j else pairs[(min(i, j), max(i, j))]

    centre = max(range(len(ok)), key=lambda i: sum(sim(i, j) for j in range(len(ok))))
    agreeing = [ok[j] for j in range(len(ok)) if sim(centre, j) >= AGREE_AT]
    return {
        "agreement": round(sum(pairs.values()) / len(pairs), 3),
        "merged": {"text": ok[centre]["text"], "from": ok[centre]["attribution"], "supported_by": [a["attribution"] for a in agreeing]},
        "agreeing": [a["node"] for a in agreeing],
    }


async def _consensus(args: Json, ctx: ToolContext) -> Json:
    if args.get("nodes"):
        nodes = list(dict.fromkeys(args["nodes"]))
        for node in nodes:
            _known(ctx, node)
    else:
        nodes = ctx.pool.candidates(allow_embedded=False)[: args.get("count", 3)] or ctx.pool.candidates()[:1]
    if not nodes:
        raise ToolError("no node is available for a consensus")
    messages = _messages(args)

    async def one(node: str) -> Json:
        try:
            answer = await ask(ctx, node, messages, max_tokens=args.get("max_tokens"))
        except BackendError as exc:
            return {"node": node, "status": "failed", "error": f"{exc.kind}: {exc.detail}", "text": "", "latency_ms": None}
        return {**answer, "status": "ok", "error": None}

    start = time.perf_counter()
    answers = list(await asyncio.gather(*(one(n) for n in nodes)))
    wall = (time.perf_counter() - start) * 1000
    return {
        "answers": answers,
        **merge(answers),
        "wall_ms": round(wall, 1),
        "slowest_ms": max((a["latency_ms"] for a in answers if a["latency_ms"] is not None), default=None),
    }


NODE = string("a node name (see lm_cluster_status)", max_length=64)
PROMPT = string("the prompt", min_length=1, max_length=200_000)


def _tool(name: str, description: str, schema: Json, run: Any, timeout_s: float | None = None) -> Tool:
    return Tool(name, "ai", description, schema, Tier.READ, run, timeout_s=timeout_s)


TOOLS = [
    _tool("lm_query", "Ask one node of the cluster (or the first healthy one) and get its whole answer, attributed [-/node:model].",
          params(("prompt",), prompt=PROMPT, node=NODE, model=string("a model of that node; default: its default model", max_length=256),
                 system=string("an optional system prompt", max_length=20_000), max_tokens=integer("reply length limit", minimum=1, maximum=131072)), _lm_query, timeout_s=3600),
    _tool("lm_models", "The models each node offers, and which are loaded.", params(node=NODE), _lm_models),
    _tool("lm_cluster_status", "Every node: reachable, models, latency, GPU temperatures, thermal level.", params(), _lm_cluster_status),
    _tool("consensus", "Ask several nodes the same question in parallel; report their agreement (0-1) and a merged answer with attribution.",
          params(("prompt",), prompt=PROMPT, nodes={**strings("node names; default: up to `count` healthy nodes", max_items=16, item_max_length=64), "minItems": 1},
                 count=integer("how many nodes when `nodes` is not given", minimum=1, maximum=16), system=string("an optional system prompt", max_length=20_000),
                 max_tokens=integer("reply length limit", minimum=1, maximum=131072)), _consensus, timeout_s=3600),
]

