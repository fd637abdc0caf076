"""The cockpit over its one Runtime: the governor that routes is the one
that draws, so a node that went critical stays out inside the hysteresis
band for the next request; and a Claude-commanded request unfolds unit by
unit in the Plan (every dispatched unit with its node, stream and score)."""

from __future__ import annotations

import time
from typing import Any

from jarvis_tui.app import make_app
from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading, StaticReadings
from jarvis_tui.core.config import load_config
from jarvis_tui.widgets.plan_tree import PlanTree
from jarvis_tui.widgets.streams import AgentStreams
from tests.integration.test_agents_commander import KEY, claude_brain
from tests.servers.anthropic_api import AnthropicNode

from .helpers import finish, screen_text, submit, wait_for

ANALYSE = "analyse en profondeur les avantages du télétravail"


def reading(temp: float) -> NodeReading:
    return NodeReading("M1", (GpuReading(0, "RTX 3080", temp),), ts=time.time())


async def test_a_critical_node_stays_out_inside_the_band_for_the_next_request(make_cluster) -> None:
    cluster = make_cluster(label="analyse")
    readings = StaticReadings({"M1": reading(90.0)})
    app = make_app(load_config(cluster.config_path), cursor_blink=False, readings=readings, monitor=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot, ANALYSE)
        await finish(pilot)
        first = app.book.current
        assert first is not None and first.thermal_level == "critical"
        readings.set(reading(84.0))  # under 85 °C, inside the 2 °C band
        await submit(pilot, ANALYSE)
        await wait_for(pilot, lambda: app.book.current is not first, what="the second request")
        await finish(pilot)
        second = app.book.current
        assert second.thermal_level == "critical"
        assert all(u.node != "M1" for u in second.units.values())
        # The status bar draws the same governor's level.
        assert "critical" in screen_text(app)
    assert not cluster.chats("M1", "analyzer") and not cluster.chats("M1", "classifier") and not cluster.chats("M1", "checker")


async def test_a_claude_commanded_request_unfolds_unit_by_unit(make_cluster, monkeypatch) -> None:
    claude = AnthropicNode(api_key=KEY).start()
    try:
        claude.set(**claude_brain())
        monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
        cluster = make_cluster(extra=f'\n[claude]\nurl = "{claude.url}"\n')
        app = make_app(load_config(cluster.config_path), cursor_blink=False, monitor=False)
        async with app.run_test(size=(160, 48)) as pilot:
            await wait_for(pilot, app.ready.is_set)
            await submit(pilot)
            await finish(pilot)
            view = app.book.current
            assert view is not None and view.status == "ok"
            tree = app.query_one(PlanTree)
            labels = {str(node.data): str(node.label) for node in tree.root.children}
            # The commander's own unit, then each unit it dispatched, with node and score.
            assert set(labels) == {"c1", "t1", "t2"}
            assert labels["t1"].startswith("✓ t1 coder") and "score 0.92" in labels["t1"]
            assert labels["t2"].startswith("✓ t2 query") and "score 0.92" in labels["t2"]
            units = view.units
            assert (units["t1"].agent, units["t1"].node) == ("ia-fast", "CLAUDE") and (units["t2"].node, units["t2"].model) == ("M1", "qwen3-30b")
            assert "[ia-fast/CLAUDE:" in screen_text(app) and "[-/M1:qwen3-30b]" in screen_text(app)
            streams: dict[str, Any] = app.query_one(AgentStreams).streams
            assert "reverse" in streams["t1"].text and "M1 did" in streams["t2"].text
    finally:
        claude.stop()
