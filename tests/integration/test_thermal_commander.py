"""The thermal step inside a real request: injected GPU readings move units
off hot nodes, and the move is in the document and the event stream."""

from __future__ import annotations

import json
import time

from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading, StaticReadings
from jarvis_tui.core.config import load_config
from jarvis_tui.core.events import EventBus, ThermalChecked
from jarvis_tui.core.orchestra.commander import Commander

PROMPT = "écris une fonction python qui inverse une liste"


def hot(node: str, *temps: float) -> NodeReading:
    return NodeReading(node, tuple(GpuReading(i, "GTX 1660 SUPER", t) for i, t in enumerate(temps)), ts=time.time())


async def test_critical_m1_moves_the_reviewer_to_m2_and_says_so(make_cluster):
    cluster = make_cluster()
    bus = EventBus()
    seen = []
    bus.subscribe(seen.append)
    readings = StaticReadings({"M1": hot("M1", 61.0, 90.0, 70.0), "M2": hot("M2", 55.0)})
    commander = Commander(load_config(cluster.config_path), bus, readings=readings)
    try:
        doc = await commander.run(PROMPT)
    finally:
        await commander.aclose()
    assert doc["thermal"]["level"] == "critical" and doc["thermal"]["max_c"] == 90.0
    assert doc["thermal"]["moved"] == [{"unit": "u2", "from": "M1", "to": "M2", "temperature_c": 90.0, "level": "critical"}]
    assert [u["node"] for u in doc["plan"]] == ["M2", "M2"]
    assert [r["node"] for r in doc["results"]] == ["M2", "M2"]
    # While critical, M1 gets no call at all: no unit, no classification, no checking.
    assert not cluster.chats("M1", "reviewer") and cluster.chats("M2", "reviewer")
    assert not cluster.chats("M1", "classifier") and not cluster.chats("M1", "checker")
    assert cluster.chats("M3", "checker")  # the configured fallback judged instead
    assert doc["classification"]["method"] == "heuristic"
    (event,) = [e for e in seen if isinstance(e, ThermalChecked)]
    assert event.moved[0].temperature_c == 90.0
    json.dumps(doc)  # the document stays serialisable


async def test_warning_on_m1_leaves_an_analysis_on_m1(make_cluster):
    cluster = make_cluster(label="analyse")
    readings = StaticReadings({"M1": hot("M1", 78.0)})
    commander = Commander(load_config(cluster.config_path), EventBus(), readings=readings)
    try:
        analysis = await commander.run("compare en détail postgres et mongodb")
    finally:
        await commander.aclose()
    assert analysis["thermal"]["level"] == "warning" and analysis["thermal"]["moved"] == []
    assert analysis["plan"][0]["node"] == "M1"


async def test_stale_readings_move_nothing(make_cluster):
    cluster = make_cluster()
    old = NodeReading("M1", (GpuReading(0, "RTX 3080", 95.0),), ts=time.time() - 600)
    commander = Commander(load_config(cluster.config_path), EventBus(), readings=StaticReadings({"M1": old}))
    try:
        doc = await commander.run(PROMPT, dry_run=True)
    finally:
        await commander.aclose()
    assert doc["thermal"]["moved"] == [] and doc["thermal"]["max_c"] is None
