"""Model management: thin adapters over the cluster issue's `models_admin`
(load, unload, switch), `perf` (benchmark, traffic metrics) and GPU
sources — the seed's lm_load_model … lm_perf_metrics."""

from __future__ import annotations

import asyncio
from typing import Any
from weakref import WeakKeyDictionary

from jarvis_tui.core.events import EventBus
from jarvis_tui.core.tools.base import Json, NotAvailable, Tier, Tool, ToolContext, ToolError, params, string

NODE = string("a node name", max_length=64, min_length=1)
MODEL = string("a model name on that node", max_length=256, min_length=1)
_traffic: WeakKeyDictionary[EventBus, Any] = WeakKeyDictionary()


def _admin_module() -> Any:
    try:
        from jarvis_tui.core.cluster import models_admin  # noqa: PLC0415
    except ImportError as exc:
        raise NotAvailable(f"model management is not available yet ({exc})") from None
    return models_admin


def traffic(bus: EventBus) -> Any:
    """The traffic metrics of `bus`, collected from the first call on: a
    long-lived session (the MCP server, the cockpit) calls it at start."""
    if bus not in _traffic:
        from jarvis_tui.core.cluster.perf import TrafficStats  # noqa: PLC0415

        stats = TrafficStats()
        bus.subscribe(stats)
        _traffic[bus] = stats
    return _traffic[bus]


def _node(ctx: ToolContext, name: str) -> str:
    if ctx.config.node(name) is None:
        raise ToolError(f"unknown node {name!r}; configured nodes: {', '.join(n.name for n in ctx.config.nodes) or 'none'}")
    return name


async def _with_admin(ctx: ToolContext, op: str, *args: Any) -> Json:
    admin = _admin_module().ModelAdmin(ctx.pool)
    try:
        result = await getattr(admin, op)(*args)
    finally:
        await admin.aclose()
    if not result.ok:
        raise ToolError(result.detail)
    doc: Json = result.to_json()
    return doc


async def _load(args: Json, ctx: ToolContext) -> Json:
    return await _with_admin(ctx, "load", _node(ctx, args["node"]), args["model"])


async def _unload(args: Json, ctx: ToolContext) -> Json:
    return await _with_admin(ctx, "unload", _node(ctx, args["node"]), args["model"])


async def _switch_coder(args: Json, ctx: ToolContext) -> Json:
    return await _with_admin(ctx, "switch_coder", _node(ctx, args.get("node", "M1")))


async def _switch_dev(args: Json, ctx: ToolContext) -> Json:
    return await _with_admin(ctx, "switch_dev", _node(ctx, args.get("node", "M1")))


async def _gpu_stats(args: Json, ctx: ToolContext) -> Json:
    from jarvis_tui.core.cluster.gpu.sources import read_safely, source_for  # noqa: PLC0415

    nodes = [ctx.config.node(_node(ctx, args["node"]))] if args.get("node") else list(ctx.config.nodes)
    sources = [s for n in nodes if n is not None and (s := source_for(n)) is not None]
    if not sources:
        raise ToolError("no node has gpu_metrics configured (set gpu_metrics = \"local\" or an exporter URL on a node)")
    try:
        readings = await asyncio.gather(*(read_safely(s, 5.0) for s in sources))
    finally:
        await asyncio.gather(*(s.aclose() for s in sources), return_exceptions=True)
    return {"nodes": [r.to_json() for r in readings]}


async def _benchmark(args: Json, ctx: ToolContext) -> Json:
    from jarvis_tui.core.cluster.perf import benchmark  # noqa: PLC0415

    node = args["node"]
    if node not in ctx.pool.names():
        raise ToolError(f"unknown or unavailable node {node!r}; available nodes: {', '.join(ctx.pool.names())}")
    return await benchmark(ctx.pool, node, args.get("model"))


async def _perf_metrics(args: Json, ctx: ToolContext) -> Json:
    health = {name: {"latency_ms": None if h.latency_ms is None else round(h.latency_ms, 1), "cooling_s": round(ctx.pool.cooling(name), 1), "last_error": h.last_error}
              for name, h in ctx.pool.health.items()}
    return {"models": traffic(ctx.bus).snapshot(), "nodes": health}


async def _pull(args: Json, ctx: ToolContext) -> Json:
    node = args.get("node") or next((n.name for n in ctx.config.nodes if n.kind == "ollama"), None)
    if node is None:
        raise ToolError("no Ollama node is configured")
    return await _with_admin(ctx, "pull", _node(ctx, node), args["model"])


TOOLS = [
    Tool("lm_load_model", "models", "Load a model into a node's memory (LM Studio, Ollama).", params(("node", "model"), node=NODE, model=MODEL), Tier.ACT, _load, timeout_s=900),
    Tool("lm_unload_model", "models", "Unload a model from a node's memory.", params(("node", "model"), node=NODE, model=MODEL), Tier.ACT, _unload, timeout_s=300),
    Tool("lm_switch_coder", "models", "Switch a node (M1 by default) to the coding model (qwen3-coder-30b).", params(node=NODE), Tier.ACT, _switch_coder, timeout_s=900),
    Tool("lm_switch_dev", "models", "Switch a node (M1 by default) to the dev-tasks model (devstral-small-2).", params(node=NODE), Tier.ACT, _switch_dev, timeout_s=900),
    Tool("lm_gpu_stats", "models", "GPU temperature, memory and load of the nodes that export them.", params(node=NODE), Tier.READ, _gpu_stats),
    Tool("lm_benchmark", "models", "Time to first token and tokens per second of one node on a fixed prompt.", params(("node",), node=NODE, model=MODEL), Tier.READ, _benchmark, timeout_s=900),
    Tool("lm_perf_metrics", "models", "Latency (average, p95), time to first token and tokens/s per node and model, from real traffic.", params(), Tier.READ, _perf_metrics),
]
PULL = Tool("ollama_pull", "ollama", "Download a model onto an Ollama node.", params(("model",), model=MODEL, node=NODE), Tier.ACT, _pull, timeout_s=3600)
