"""The cluster status: DESIGN.md's `-s --json` document, built from the
node monitor's state (one poll of it for `jarvis-tui -s`)."""

from __future__ import annotations

import time
from typing import Any

from jarvis_tui.core.cluster.gpu.readings import NodeReading
from jarvis_tui.core.cluster.monitor import NodeMonitor
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.thermal import cluster_level
from jarvis_tui.core.config import CLAUDE


def _entry(monitor: NodeMonitor, name: str, reading: NodeReading | None, levels: dict[str, tuple[str, float]], now: float) -> dict[str, Any]:
    pool = monitor.pool
    node = pool.config.node(name)
    state = monitor.nodes[name]
    health = pool.state(name)
    entry: dict[str, Any] = {
        "name": name,
        "kind": node.kind if node else ("anthropic" if name == CLAUDE else "embedded"),
        "url": node.url if node else (pool.config.claude.url if name == CLAUDE else None),
        "model": None if monitor.why_unusable(name) else pool.default_model(name),
        "reachable": state.reachable,  # None: not probed yet
        "models": state.models,
        "loaded": state.loaded,
        "latency_ms": None if state.last_ms is None else round(state.last_ms, 1),
        "probe": state.probes.to_json(),
        "requests": monitor.traffic.nodes[name].to_json() if name in monitor.traffic.nodes else None,
        "in_flight": health.in_flight,
        "failures": len(health.failures),  # within the cooldown window
        "cooldown_s": round(pool.cooling(name), 1),
        "error": state.error,
        "gpus": [g.to_json() for g in reading.gpus] if reading else [],
        "gpu": None,
        "thermal": levels[name][0] if name in levels else "unknown",
    }
    if monitor.gpu_configured(name):
        stale = reading is not None and reading.age_s(now) > monitor.governor.stale_after_s
        entry["gpu"] = {
            "source": reading.source if reading else None,
            "age_s": round(reading.age_s(now), 1) if reading else None,
            "max_c": reading.max_c if reading else None,
            "stale": stale,
            "error": state.gpu_error,
        }
    return entry


def report(monitor: NodeMonitor, now: float | None = None) -> dict[str, Any]:
    """The status document from what the monitor knows now. Every
    configured node is listed, usable or not, so the user sees what is
    missing and why."""
    now = time.time() if now is None else now
    latest = monitor.latest()
    levels = monitor.governor.assess(latest, now)
    level, max_c = cluster_level(levels)
    nodes = [_entry(monitor, name, latest.get(name), levels, now) for name in monitor.nodes]
    return {"nodes": nodes, "thermal": {"level": level, "max_c": max_c, "nodes": {n: {"level": lv, "max_c": t} for n, (lv, t) in levels.items()}}}


async def status(pool: NodePool) -> dict[str, Any]:
    """One poll of every node and GPU source, as the status document."""
    monitor = NodeMonitor(pool)
    try:
        await monitor.poll_once()
        return report(monitor)
    finally:
        await monitor.aclose()
