"""A one-off look at every node: reachable, models, latency. The cluster
issue grows this into the live monitor."""

from __future__ import annotations

import asyncio
from typing import Any

from .backends.base import BackendError
from .config import CLAUDE, EMBEDDED
from .gpu import NoReadings, ReadingSource
from .nodes import NodePool
from .thermal import ThermalGovernor, cluster_level


async def _probe(pool: NodePool, name: str) -> dict[str, Any]:
    node = pool.config.node(name)
    entry: dict[str, Any] = {
        "name": name,
        "kind": node.kind if node else ("anthropic" if name == CLAUDE else "embedded"),
        "url": node.url if node else (pool.config.claude.url if name == CLAUDE else None),
        "model": pool.default_model(name) if name != EMBEDDED or pool.embedded_on else None,
        "reachable": False,
        "models": [],
        "loaded": [],
        "latency_ms": None,
        "error": None,
        "gpus": [],
    }
    if node is not None and not node.available:
        entry["error"] = "disabled" if not node.enabled else f"{node.api_key_env} is not set"
        return entry
    if name == EMBEDDED and not pool.embedded_on:
        entry["error"] = pool.embedded_reason
        return entry
    try:
        backend = pool.backend(name)
        health = await backend.health()
        entry["reachable"], entry["latency_ms"], entry["error"] = health.reachable, health.latency_ms, health.error
        if health.reachable:
            models = await backend.list_models()
            entry["models"] = [m.id for m in models]
            entry["loaded"] = [m.id for m in models if m.loaded]
    except BackendError as exc:
        entry["error"] = f"{exc.kind}: {exc.detail}"
    if entry["latency_ms"] is not None:
        entry["latency_ms"] = round(entry["latency_ms"], 1)
    return entry


async def status(pool: NodePool, readings: ReadingSource | None = None) -> dict[str, Any]:
    """DESIGN.md's `-s --json` document. Every configured node is listed,
    available or not, so the user sees what is missing and why."""
    names = [n.name for n in pool.config.nodes]
    names += [CLAUDE] if pool.claude_on else []
    names.append(EMBEDDED)
    entries = await asyncio.gather(*(_probe(pool, n) for n in names))
    latest = (readings or NoReadings()).latest()
    levels = ThermalGovernor(pool.config.thermal).assess(latest)
    for entry in entries:
        reading = latest.get(entry["name"])
        if reading is not None:
            entry["gpus"] = [dict(g.__dict__) for g in reading.gpus]
        entry["thermal"] = levels.get(entry["name"], ("unknown", None))[0]
    level, max_c = cluster_level(levels)
    return {"nodes": list(entries), "thermal": {"level": level, "max_c": max_c}}
