"""IA & cluster: `lm_query` (one node), `lm_models`, `lm_cluster_status` and
`consensus` (N nodes in parallel, their agreement, and a merged answer
with attribution)."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from typing import Any

from jarvis_tui.core.backends.base import BackendError, Message
from jarvis_tui.core.orchestra.units import UnitRunner
from jarvis_tui.core.tools.base import (
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


async def ask(ctx: ToolContext, candidates: list[str], messages: list[Message], *, role: str, tool: str, model: str | None = None, max_tokens: int | None = None) -> Json:
    """The first of `candidates` to answer in full, through the same failover
    path as a unit's (health recorded, cooldowns, partial text dropped). Made
    by a commander, the call is a unit of its request, streamed and scored.
    Raises ToolError when none could answer."""
    if not candidates:
        raise ToolError("no node is available")
    wanted = candidates[0]

    def model_for(node: str) -> str:
        return model if model and node == wanted else ctx.pool.default_model(node)

    unit = ctx.scope.add(tool, role, None, wanted, model_for(wanted)) if ctx.scope is not None else None
    runner = UnitRunner(ctx.pool, ctx.bus, max_tokens=max_tokens or ctx.config.commander.max_tokens)
    attempt, attempts = await runner.run(ctx.request_id, unit.id if unit else "", candidates, messages, model_for=model_for, fallback=(wanted, model_for(wanted)))
    if unit is not None:
        await ctx.scope.finish(unit, attempt, attempts)
    if attempt.error is not None:
        # One node asked: its own failure ("M3 http: HTTP 500 …"), not a failover summary.
        raise ToolError(attempt.error.removeprefix("no node could answer: ") if len(candidates) == 1 else attempt.error)
    answer: Json = {
        "node": attempt.node, "model": attempt.model, "text": attempt.text, "latency_ms": round(attempt.latency_ms, 1),
        "attribution": f"[-/{attempt.node}:{attempt.model}]", **({"units": [unit.id]} if unit else {}),
    }
    if attempt.node != wanted:
        answer["moved_from"] = {"node": wanted, "reason": ctx.pool.why_not(wanted)}
    return answer


async def _lm_query(args: Json, ctx: ToolContext) -> Json:
    node = args.get("node") or ""
    if node:
        _known(ctx, node)
    # The node asked for comes first, unless it is hot or out: then the next one, and the reason is an event.
    candidates = ctx.pool.candidates(*([node] if node else []), call="lm_query", request_id=ctx.request_id)
    return await ask(ctx, candidates, _messages(args), role="query", tool="lm_query", model=args.get("model"), max_tokens=args.get("max_tokens"))


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
    from jarvis_tui.core.cluster.status import report, status  # noqa: PLC0415 - cluster pulls in the thermal model

    monitor = getattr(ctx.runtime, "monitor", None)  # a process may run no monitor (the scenarios, tests)
    if monitor is None:
        return await status(ctx.pool)
    # The runtime's own monitor, polled now: the same health and thermal state that routes.
    await monitor.poll_once()
    return report(monitor)


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
        # A hot or out node is replaced by the next one not already asked.
        usable = ctx.pool.candidates(allow_embedded=False)
        levels = ctx.pool.thermal.levels() if ctx.pool.thermal is not None else {}
        cool = [n for n in usable if levels.get(n, ("normal", 0.0))[0] != "critical"]
        chosen = [n for n in nodes if n in cool]
        spare = [n for n in cool if n not in chosen]
        nodes = (chosen + spare[: len(nodes) - len(chosen)]) or nodes[:1]
    else:
        nodes = ctx.pool.candidates(allow_embedded=False, call="consensus", request_id=ctx.request_id)[: args.get("count", 3)] or ctx.pool.candidates()[:1]
    if not nodes:
        raise ToolError("no node is available for a consensus")
    messages = _messages(args)

    async def one(node: str) -> Json:
        try:
            answer = await ask(ctx, [node], messages, role="consensus", tool="consensus", max_tokens=args.get("max_tokens"))
        except ToolError as exc:
            return {"node": node, "status": "failed", "error": str(exc), "text": "", "latency_ms": None}
        return {**answer, "status": "ok", "error": None}

    start = time.perf_counter()
    answers = list(await asyncio.gather(*(one(n) for n in nodes)))
    wall = (time.perf_counter() - start) * 1000
    units = [u for a in answers for u in a.pop("units", [])]
    return {
        "answers": answers,
        **merge(answers),
        "wall_ms": round(wall, 1),
        "slowest_ms": max((a["latency_ms"] for a in answers if a["latency_ms"] is not None), default=None),
        **({"units": units} if units else {}),
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

