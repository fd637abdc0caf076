"""Decomposition through the routing matrix and the seed's thermal rules."""

import time

import pytest

from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading
from jarvis_tui.core.cluster.thermal import ThermalGovernor, cluster_level
from jarvis_tui.core.config import CLAUDE, EMBEDDED, load_config
from jarvis_tui.core.orchestra.plan import apply_thermal, decompose


@pytest.fixture()
def config(monkeypatch):
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    return load_config()


def plan(config, task_type, available=lambda n: True, claude_on=False):
    return decompose(config, task_type, available=available, default_model=lambda n: f"{n}-model", claude_on=claude_on)


def reading(node, *temps, age=0.0):
    return NodeReading(node, tuple(GpuReading(i, "RTX", t) for i, t in enumerate(temps)), ts=time.time() - age)


def test_code_plan_coder_then_reviewer(config):
    units = plan(config, "code")
    assert [(u.id, u.role, u.agent, u.node, u.depends_on) for u in units] == [
        ("u1", "coder", "ia-fast", "M2", []),
        ("u2", "reviewer", "ia-check", "M1", ["u1"]),
    ]


def test_trading_validator_waits_for_both(config):
    units = plan(config, "trading")
    assert [u.role for u in units] == ["scanner", "web_data", "validator"]
    assert units[2].depends_on == ["u1", "u2"]
    assert units[1].agent == "" and units[1].node == "OL1"


def test_agent_only_unit_runs_on_the_agents_home_node(config):
    (unit,) = plan(config, "systeme")
    assert unit.agent == "ia-system" and unit.node == "M1"


def test_unavailable_node_goes_to_fallback_then_embedded(config):
    units = plan(config, "code", available=lambda n: n == "M3")
    assert [u.node for u in units] == ["M3", "M3"]
    units = plan(config, "code", available=lambda n: False)
    assert [u.node for u in units] == [EMBEDDED, EMBEDDED]


def test_claude_runs_agent_units_only(config):
    units = plan(config, "web", claude_on=True)
    assert (units[0].node, units[1].node) == ("OL1", CLAUDE)
    assert units[1].model == config.agents["ia-deep"].claude_model


def test_levels_and_hysteresis(config):
    gov = ThermalGovernor(config.thermal)
    assert gov.level("M1", 60) == "normal"
    assert gov.level("M1", 75) == "warning"
    assert gov.level("M1", 85.1) == "critical"
    # Hovering around the threshold does not flap.
    assert [gov.level("M1", t) for t in (84.9, 85.1, 84.9, 83.5)] == ["critical"] * 4
    assert gov.level("M1", 82.9) == "warning"
    assert gov.level("M1", 74.0) == "warning"
    assert gov.level("M1", 72.9) == "normal"


def test_stale_and_empty_readings_are_unknown_not_cool(config):
    gov = ThermalGovernor(config.thermal, stale_after_s=30)
    levels = gov.assess({"M1": reading("M1", 95, age=120), "M2": NodeReading("M2", ())})
    assert levels == {}
    assert cluster_level(levels) == ("normal", None)


def test_critical_moves_m1_units_to_m2(config):
    units = plan(config, "analyse")
    levels = ThermalGovernor(config.thermal).assess({"M1": reading("M1", 60, 90.5), "M2": reading("M2", 50)})
    moves = apply_thermal(units, "analyse", levels, config, healthy=lambda n: True, default_model=lambda n: f"{n}-model")
    assert [(m.unit, m.from_node, m.to_node, m.temperature_c, m.level) for m in moves] == [("u1", "M1", "M2", 90.5, "critical")]
    assert units[0].node == "M2" and units[0].model == "M2-model"
    assert cluster_level(levels) == ("critical", 90.5)


def test_critical_skips_unhealthy_and_hot_targets(config):
    units = plan(config, "analyse")
    levels = ThermalGovernor(config.thermal).assess({"M1": reading("M1", 88), "M2": reading("M2", 86)})
    moves = apply_thermal(units, "analyse", levels, config, healthy=lambda n: n != "OL1", default_model=str)
    assert moves[0].to_node == "GEMINI"


def test_warning_moves_code_units_to_m2_only_for_code(config):
    levels = ThermalGovernor(config.thermal).assess({"M1": reading("M1", 78)})
    code = plan(config, "code")
    moves = apply_thermal(code, "code", levels, config, healthy=lambda n: True, default_model=str)
    assert [(m.unit, m.to_node, m.level) for m in moves] == [("u2", "M2", "warning")]
    analyse = plan(config, "analyse")
    assert apply_thermal(analyse, "analyse", levels, config, healthy=lambda n: True, default_model=str) == []
