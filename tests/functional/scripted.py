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


def write_config(directory: Path, *, embedded: bool = False) -> Path:
    """The snapshots' cluster; `embedded` turns the offline fallback node on."""
    path = directory / "config.toml"
    path.write_text(CONFIG.replace("enabled = false", f"enabled = {str(embedded).lower()}"), encoding="utf-8")
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


def offline_doc() -> dict[str, Any]:
    """Every configured node down; the embedded fallback up."""
    down = "unreachable: connection refused"
    nodes = [{"name": n, "reachable": False, "latency_ms": None, "loaded": [], "models": [], "error": down, "gpu": None} for n in ("M1", "M2", "M3", "OL1")]
    embedded = {"name": "EMBEDDED", "reachable": True, "latency_ms": None, "loaded": ["SmolLM2-135M-Instruct.Q4_1"], "models": [], "error": None, "gpu": None}
    return {"nodes": [*nodes, embedded]}


def offline_request(rid: str = "r2") -> list[ev.Event]:
    """A simple request the offline fallback answered: the unit moved off a
    down node to EMBEDDED, the classifier and checker skipped, a heuristic score."""
    answer = "Bonjour ! Comment puis-je vous aider ?"
    model = "SmolLM2-135M-Instruct.Q4_1"
    return [
        ev.RequestStarted(rid, prompt="bonjour", source="tui", ts=T0),
        ev.CallMoved(rid, call="classifier", from_node="M1", to_node=None, reason="down for 12 s more (unreachable: connection refused)", ts=T0 + 0.01),
        ev.Classified(rid, type="simple", method="heuristic", confidence=0.49, ms=0.1, heuristic_type="simple", total_ms=0.1, ts=T0 + 0.01),
        ev.ThermalChecked(rid, level="normal", max_c=None, moved=(), ts=T0 + 0.02),
        ev.Planned(rid, units=(ev.PlanUnit("u1", "responder", None, "M3", "mistral-7b"),), ts=T0 + 0.02),
        ev.CallMoved(rid, call="u1", from_node="M3", to_node="EMBEDDED", reason="down for 12 s more (unreachable: connection refused)", ts=T0 + 0.03),
        ev.UnitStarted(rid, unit_id="u1", node="EMBEDDED", model=model, attempt=1, cycle=1, ts=T0 + 0.03),
        *[ev.UnitToken(rid, unit_id="u1", attempt=1, text=piece, ts=T0 + 1.0) for piece in re.findall(r"\S+\s*", answer)],
        ev.CallMoved(rid, call="checker", from_node="M1", to_node=None, reason="down for 8 s more (unreachable: connection refused)", ts=T0 + 4.0),
        ev.UnitScored(rid, unit_id="u1", score=0.5, method="heuristic", cycle=1, checker=None, ts=T0 + 4.0),
        ev.UnitFinished(rid, unit_id="u1", node="EMBEDDED", model=model, status="ok", text=answer, latency_ms=3900.0, attempts=1, error=None, ts=T0 + 4.0),
        ev.RequestFinished(rid, status="ok", answer=answer, score=0.5, attribution=(f"[-/EMBEDDED:{model}]",), cycles=1, elapsed_ms=4010.0, ts=T0 + 4.01,
                           document={"results": [{"id": "u1", "score": 0.5, "score_method": "heuristic"}]}),
    ]


def gpu_history(points: int = 60, interval_s: float = 2.0) -> list[NodeReading]:
    """Readings of M1 and M2 over the last `points` polls, every value moving
    on its own curve, the newest now: what the zoomed heat map charts."""
    import math

    now = time.time()
    out = []
    for i in range(points):
        ts = now - (points - 1 - i) * interval_s
        wave = math.sin(i / 6)
        m1 = NodeReading("M1", (
            GpuReading(0, "RTX 3090", 70 + 18 * wave, 60 + 37 * math.sin(i / 4), 22_800, 24_576, 250 + 90 * wave, 90.0),
            GpuReading(1, "RTX 3090", 65 + 10 * math.cos(i / 5), 50 + 20 * wave, 18_100, 24_576, 200 + 80 * math.cos(i / 5), 70.0),
        ), ts=ts)
        m2 = NodeReading("M2", (GpuReading(0, "RTX 4070", 50 + i / 6, min(100.0, i * 1.6), 6_200, 12_282, 60 + i * 1.5, 35.0),), ts=ts)
        out += [m1, m2]
    return out
