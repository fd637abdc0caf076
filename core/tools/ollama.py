"""Ollama: query, models, pull, status, web search, sub-agents and a
trading analysis on the cluster's Ollama nodes (OL1 by default)."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from jarvis_tui.core.backends.base import BackendError, Message
from jarvis_tui.core.tools.ai import ask
from jarvis_tui.core.tools.base import (
    Json,
    NotAvailable,
    Tier,
    Tool,
    ToolContext,
    ToolError,
    integer,
    params,
    string,
    strings,
)
from jarvis_tui.core.tools.models import PULL

# Ollama's hosted web search (https://docs.ollama.com/web-search): local
# servers have no such endpoint, so it is used only with an ollama.com key.
WEB_SEARCH_URL = "https://ollama.com/api/web_search"
WEB_SEARCH_KEY_ENV = "OLLAMA_API_KEY"
NODE = string("an Ollama node; default: the first configured", max_length=64)


def ollama_node(ctx: ToolContext, name: str | None) -> str:
    nodes = [n.name for n in ctx.config.nodes if n.kind == "ollama" and n.available]
    if name:
        if name not in nodes:
            raise ToolError(f"{name!r} is not an available Ollama node; Ollama nodes: {', '.join(nodes) or 'none'}")
        return name
    if not nodes:
        raise ToolError("no Ollama node is configured")
    return nodes[0]


async def _query(args: Json, ctx: ToolContext) -> Json:
    node = ollama_node(ctx, args.get("node"))
    messages = [{"role": "user", "content": args["prompt"]}]
    return await ask(ctx, [node], messages, role="query", tool="ollama_query", model=args.get("model"), max_tokens=args.get("max_tokens"))


async def _models(args: Json, ctx: ToolContext) -> Json:
    node = ollama_node(ctx, args.get("node"))
    try:
        models = await ctx.pool.backend(node).list_models()
    except BackendError as exc:
        raise ToolError(f"{node}: {exc.kind}: {exc.detail}") from None
    return {"node": node, "models": [m.id for m in models], "loaded": [m.id for m in models if m.loaded]}


async def _status(args: Json, ctx: ToolContext) -> Json:
    node = ollama_node(ctx, args.get("node"))
    health = await ctx.pool.backend(node).health()
    status: Json = {"node": node, "url": ctx.config.node(node).url, "reachable": health.reachable,  # type: ignore[union-attr]
                    "latency_ms": None if health.latency_ms is None else round(health.latency_ms, 1), "error": health.error}
    if health.reachable:
        status.update(await _models({"node": node}, ctx))
    status["web_search"] = bool(os.environ.get(WEB_SEARCH_KEY_ENV))
    return status


async def web_search(query: str, max_results: int) -> Json:
    """Search the web through Ollama's hosted API, or say why it cannot."""
    key = os.environ.get(WEB_SEARCH_KEY_ENV)
    if not key:
        raise NotAvailable(f"web search needs Ollama's hosted web search: set {WEB_SEARCH_KEY_ENV} to an ollama.com API key (local Ollama servers do not search the web)")
    import httpx2  # noqa: PLC0415

    async with httpx2.AsyncClient(timeout=30.0) as client:
        try:
            response = await client.post(WEB_SEARCH_URL, json={"query": query, "max_results": max_results}, headers={"authorization": f"Bearer {key}"})
        except httpx2.HTTPError as exc:
            raise ToolError(f"web search failed: {type(exc).__name__}: {exc}") from None
    if response.status_code >= 400:
        raise ToolError(f"web search failed: HTTP {response.status_code}: {response.text[:300]}")
    found: Json = response.json()
    return found


async def _web_search(args: Json, ctx: ToolContext) -> Json:
    return await web_search(args["query"], args.get("max_results", 5))


async def _subagents(args: Json, ctx: ToolContext) -> Json:
    node = ollama_node(ctx, args.get("node"))

    async def one(task: str) -> Json:
        try:
            return {"task": task, **await ask(ctx, [node], [{"role": "user", "content": task}], role="subagent", tool="ollama_subagents", model=args.get("model"))}
        except ToolError as exc:
            return {"task": task, "error": str(exc)}

    return {"node": node, "results": list(await asyncio.gather(*(one(t) for t in args["tasks"])))}


async def _trading_analysis(args: Json, ctx: ToolContext) -> Json:
    node = ollama_node(ctx, args.get("node"))
    agent = ctx.config.agents.get("ia-trading")
    system = agent.prompt if agent else "You are a futures market analyst."
    prompt = (f"Analyse {args['pair']} perpetual futures on the {args.get('timeframe', '1h')} timeframe: trend, key levels, momentum, risk. "
              "End with a direction (long, short or none), an entry, a take-profit, a stop-loss and a confidence score out of 100.")
    messages: list[Message] = [{"role": "system", "content": system}, {"role": "user", "content": prompt}]
    return await ask(ctx, [node], messages, role="analyst", tool="ollama_trading_analysis", model=args.get("model"))


def _tool(name: str, description: str, schema: Json, run: Any, timeout_s: float | None = None) -> Tool:
    return Tool(name, "ollama", description, schema, Tier.READ, run, timeout_s=timeout_s)


QUERY_SCHEMA = params(("query",), query=string("what to search for", min_length=1, max_length=1000), max_results=integer("results", minimum=1, maximum=10))
TOOLS = [
    _tool("ollama_query", "Ask an Ollama model (OL1 by default).", params(("prompt",), prompt=string("the prompt", min_length=1, max_length=200_000), model=string("an Ollama model", max_length=256), node=NODE, max_tokens=integer("reply length limit", minimum=1, maximum=131072)), _query, timeout_s=3600),
    _tool("ollama_models", "The models of an Ollama node, and which are loaded.", params(node=NODE), _models),
    PULL,
    _tool("ollama_status", "An Ollama node: reachable, latency, models, loaded models, web search availability.", params(node=NODE), _status),
    _tool("ollama_web_search", "Search the web through Ollama's hosted web search (needs OLLAMA_API_KEY).", QUERY_SCHEMA, _web_search),
    _tool("ollama_subagents", "Run several small tasks in parallel on an Ollama model.", params(("tasks",), tasks={**strings("one prompt per sub-agent", max_items=8, item_max_length=20_000), "minItems": 1}, model=string("an Ollama model", max_length=256), node=NODE), _subagents, timeout_s=3600),
    _tool("ollama_trading_analysis", "A futures analysis of one pair by an Ollama model, with entry, TP, SL and confidence.", params(("pair",), pair=string("e.g. BTC or BTC/USDT", min_length=1, max_length=32), timeframe=string("e.g. 15m, 1h, 4h", max_length=8), model=string("an Ollama model", max_length=256), node=NODE), _trading_analysis, timeout_s=3600),
]
