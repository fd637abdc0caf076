"""Fixed inputs for snapshots: a cluster status document, GPU readings and a
whole request as the bus would carry it, with fixed times."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from jarvis_tui.core import events as ev
from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading, StaticReadings

T0 = 1_750_000_000.0
CONFIG = """
[[nodes]]
name = "M1"
kind = "openai"
url = "http://127.0.0.1:9"
model = "qwen3-30b"
gpu_metrics = "http://127.0.0.1:9/metrics"

[[nodes]]
name = "M2"
kind = "openai"
url = "http://127.0.0.1:9"
model = "deepseek-coder-v2-lite"
gpu_metrics = "local"

[[nodes]]
name = "M3"
kind = "openai"
url = "http://127.0.0.1:9"
model = "mistral-7b"

[[nodes]]
name = "OL1"
kind = "ollama"
url = "http://127.0.0.1:9"
model = "qwen3:1.7b"

[embedded]
enabled = false
"""


def write_config(directory: Path) -> Path:
    path = directory / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def cluster_doc() -> dict[str, Any]:
    """Three nodes up, one down, as the monitor reports them."""

    def node(name: str, reachable: bool, latency: float | None, loaded: list[str], error: str | None = None) -> dict[str, Any]:
        return {"name": name, "reachable": reachable, "latency_ms": latency, "loaded": loaded, "models": loaded, "error": error, "gpu": None}

    return {
        "nodes": [
            node("M1", True, 41.0, ["qwen3-30b"]),
            node("M2", True, 23.0, ["deepseek-coder-v2-lite"]),
            node("M3", False, None, [], "unreachable: connection refused"),
            node("OL1", True, 12.0, ["qwen3:1.7b"]),
            {"name": "EMBEDDED", "reachable": False, "error": "the embedded node is disabled in the config"},
        ]
    }


def hot_readings() -> StaticReadings:
    """M1 has a GPU past the critical threshold; M2 runs cool; the others have no data."""
    now = time.time()
    m1 = NodeReading("M1", (
        GpuReading(0, "RTX 3090", 88.0, 97.0, 22_800, 24_576, 342.0, 90.0),
        GpuReading(1, "RTX 3090", 79.0, 71.0, 18_100, 24_576, 301.0, 70.0),
        GpuReading(2, "RTX 3080", 64.0, 12.0, 2_300, 10_240, 95.0, 40.0),
    ), ts=now)
    m2 = NodeReading("M2", (GpuReading(0, "RTX 4070", 58.0, 35.0, 6_200, 12_282, 120.0, 35.0),), ts=now)
    return StaticReadings({"M1": m1, "M2": m2})


def finished_request(rid: str = "r1") -> list[ev.Event]:
    """A code request: u2 moved off hot M1, u1 failing over from M2 to M3, both scored."""
    coder = "def reverse(xs):\n    return xs[::-1]"
    review = "The function is correct and idiomatic."
    answer = f"## coder [ia-fast/M3:mistral-7b]\n\n{coder}\n\n## reviewer [ia-check/M2:deepseek-coder-v2-lite]\n\n{review}"

    def tokens(unit: str, attempt: int, text: str, t: float) -> list[ev.Event]:
        return [ev.UnitToken(rid, unit_id=unit, attempt=attempt, text=piece, ts=t) for piece in re.findall(r"\S+\s*", text)]

    return [
        ev.RequestStarted(rid, prompt="écris une fonction python qui inverse une liste", source="tui", ts=T0),
        ev.Classified(rid, type="code", method="llm", confidence=0.9, ms=0.2, heuristic_type="code", total_ms=35.0, ts=T0 + 0.04),
        ev.ThermalChecked(rid, level="critical", max_c=88.0, moved=(ev.ThermalMove("u2", "M1", "M2", 88.0, "critical"),), ts=T0 + 0.05),
        ev.Planned(rid, units=(
            ev.PlanUnit("u1", "coder", "ia-fast", "M2", "deepseek-coder-v2-lite"),
            ev.PlanUnit("u2", "reviewer", "ia-check", "M2", "deepseek-coder-v2-lite", ("u1",)),
        ), ts=T0 + 0.05),
        ev.UnitStarted(rid, unit_id="u1", node="M2", model="deepseek-coder-v2-lite", attempt=1, cycle=1, ts=T0 + 0.06),
        *tokens("u1", 1, "def reverse(xs):", T0 + 0.2),
        ev.UnitFailover(rid, unit_id="u1", from_node="M2", to_node="M3", reason="dropped: connection closed mid-stream", ts=T0 + 0.3),
        ev.UnitStarted(rid, unit_id="u1", node="M3", model="mistral-7b", attempt=2, cycle=1, ts=T0 + 0.31),
        *tokens("u1", 2, coder, T0 + 0.5),
        ev.UnitScored(rid, unit_id="u1", score=0.86, method="llm", cycle=1, checker="M1", ts=T0 + 1.0),
        ev.UnitFinished(rid, unit_id="u1", node="M3", model="mistral-7b", status="ok", text=coder, latency_ms=812.0, attempts=2, error=None, ts=T0 + 1.0),
        ev.UnitStarted(rid, unit_id="u2", node="M2", model="deepseek-coder-v2-lite", attempt=1, cycle=1, ts=T0 + 1.01),
        *tokens("u2", 1, review, T0 + 1.5),
        ev.UnitScored(rid, unit_id="u2", score=0.92, method="llm", cycle=1, checker="M1", ts=T0 + 2.2),
        ev.UnitFinished(rid, unit_id="u2", node="M2", model="deepseek-coder-v2-lite", status="ok", text=review, latency_ms=1190.0, attempts=1, error=None, ts=T0 + 2.2),
        ev.RequestFinished(rid, status="ok", answer=answer, score=0.89, attribution=("[ia-fast/M3:mistral-7b]", "[ia-check/M2:deepseek-coder-v2-lite]"), cycles=1, elapsed_ms=2345.0, ts=T0 + 2.3,
                           document={"results": [{"id": "u1", "score": 0.86}, {"id": "u2", "score": 0.92}]}),
    ]
