"""The brain against recorded history in a real store and live events on a
real bus: the matrix's order without history, a better node first when one
keeps scoring low, the reason in brain_status, exploration within its floor,
decay letting a recovered node come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from jarvis_tui.core.brain import Brain, Observation
from jarvis_tui.core.config import BrainConfig, Config, load_config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.store import Store

from .history import publish_request

CANDIDATES = ["M2", "M1", "M3"]  # the default matrix: code's coder on M2, then the fallback M3


def config(**brain: object) -> Config:
    base = load_config()
    return base.model_copy(update={"brain": BrainConfig(**{"seed": 1, **brain})})  # type: ignore[arg-type]


def obs(node: str, score: float, latency: float | None = 1000.0, role: str = "coder", outcome: str = "ok") -> Observation:
    return Observation("code", role, node, f"{node}-model", score, latency, outcome)


def test_no_history_keeps_the_matrix_order_every_time() -> None:
    brain = Brain(config(exploration=0.5))
    for _ in range(200):
        assert brain.order("code", "coder", CANDIDATES) == CANDIDATES
    table = brain.status().tables[0]
    assert (table.task_type, table.role) == ("code", "coder")
    assert list(table.order) == list(table.candidates)
    assert table.why == "no history: the matrix's order"


def test_order_only_reorders_never_adds_or_drops() -> None:
    brain = Brain(config())
    brain.observe(obs("M9", 1.0))  # a node seen in history but not a candidate now
    for _ in range(50):
        brain.observe(obs("M2", 0.1))
    assert sorted(brain.order("code", "coder", CANDIDATES)) == sorted(CANDIDATES)
    assert brain.order("code", "coder", ["M2"]) == ["M2"]


async def test_a_node_that_keeps_scoring_low_for_code_loses_its_place(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "jarvis.db")
    bus = EventBus()
    store.attach(bus, "c1")
    for i in range(8):
        publish_request(bus, "code", "coder", [("M2", 0.25, 2.0)], ts=1000.0 + i * 10)
        publish_request(bus, "code", "coder", [("M1", 0.9, 3.0)], ts=1005.0 + i * 10)
    await store.flush()
    brain = Brain(config(exploration=0.0), store=store)
    await brain.start()
    assert brain.order("code", "coder", CANDIDATES)[0] == "M1"
    status = brain.status()
    table = next(t for t in status.tables if (t.task_type, t.role) == ("code", "coder"))
    assert table.order[0] == "M1" and table.candidates[0] == "M2"
    assert "M1 first instead of the matrix's M2" in table.why
    assert "M2 scored 0.25 over 8 observations" in table.why
    arms = {a.node: a for a in table.arms}
    assert arms["M1"].observations == 8 and arms["M1"].mean_score == pytest.approx(0.9)
    assert arms["M1"].latency_ms == pytest.approx(3000.0)  # to the last token, not the checker's answer
    assert "code" in status.text() and "M1 first" in status.text()
    # Other types and roles are untouched.
    assert brain.order("analyse", "analyzer", ["M1", "M2"]) == ["M1", "M2"]
    suggestions = brain.suggest()
    assert [(s.task_type, s.role, s.current, s.proposed) for s in suggestions] == [("code", "coder", "M2", "M1")]
    assert 'node = "M1", role = "coder"' in suggestions[0].toml
    await store.close()


async def test_it_learns_online_from_the_bus_and_failures_count_zero() -> None:
    bus = EventBus()
    brain = Brain(config(exploration=0.0), bus=bus)
    await brain.start()
    for _ in range(6):
        publish_request(bus, "code", "coder", [("M2", None, 5.0), ("M1", 0.8, 1.0)])
    table = brain.tables[("code", "coder")]
    assert table.arms["M2"].count == 6 and table.arms["M2"].failures == 6 and table.arms["M2"].mean_score == 0.0
    assert table.arms["M1"].mean_score == pytest.approx(0.8)
    assert brain.order("code", "coder", CANDIDATES)[0] == "M1"
    await brain.aclose()
    publish_request(bus, "code", "coder", [("M1", 0.1, 1.0)])
    assert table.arms["M1"].count == 6  # unsubscribed


def test_a_heuristic_score_is_not_learnt_from() -> None:
    bus = EventBus()
    brain = Brain(config(), bus=bus)
    bus.subscribe(brain.on_event)
    publish_request(bus, "code", "coder", [("M2", 0.5, 1.0)], method="heuristic")
    assert ("code", "coder") not in brain.tables


def test_exploration_stays_within_its_floor() -> None:
    brain = Brain(config(exploration=0.05))
    for _ in range(30):
        brain.observe(obs("M2", 0.9))
        brain.observe(obs("M1", 0.5))
    firsts = [brain.order("code", "coder", CANDIDATES)[0] for _ in range(4000)]
    explored = sum(f != "M2" for f in firsts) / len(firsts)
    assert 0.035 <= explored <= 0.065
    assert {"M1", "M3"} <= set(firsts)  # every other candidate gets tried
    assert brain.status().explored == sum(f != "M2" for f in firsts)


def test_the_same_seed_gives_the_same_orders() -> None:
    def run() -> list[list[str]]:
        brain = Brain(config(exploration=0.3, seed=42))
        brain.observe(obs("M1", 0.9))
        return [brain.order("code", "coder", CANDIDATES) for _ in range(100)]

    assert run() == run()


def test_decay_lets_a_recovered_node_come_back() -> None:
    def history(brain: Brain) -> None:
        for _ in range(20):
            brain.observe(obs("M2", 0.1))  # M2 was broken...
        for _ in range(60):
            brain.observe(obs("M1", 0.75))
        for _ in range(6):
            brain.observe(obs("M2", 0.95))  # ...and, tried again by exploration, it is good now

    forgetful, stubborn = Brain(config()), Brain(config(half_life=100_000))
    history(forgetful)
    history(stubborn)
    assert forgetful.ranking("code", "coder", CANDIDATES)[0] == "M2"
    assert stubborn.ranking("code", "coder", CANDIDATES)[0] == "M1"


def test_latency_breaks_a_tie_in_score() -> None:
    brain = Brain(config(latency_weight=0.2))
    for _ in range(20):
        brain.observe(obs("M2", 0.8, latency=9000))
        brain.observe(obs("M1", 0.8, latency=1000))
    assert brain.ranking("code", "coder", CANDIDATES)[:2] == ["M1", "M2"]
    assert Brain(config(latency_weight=0.0)).ranking("code", "coder", CANDIDATES) == CANDIDATES


def test_disabled_brain_keeps_the_matrix_order() -> None:
    brain = Brain(config(enabled=False))
    for _ in range(20):
        brain.observe(obs("M2", 0.0))
    assert brain.order("code", "coder", CANDIDATES) == CANDIDATES


def test_node_patterns_flag_failing_and_weak_nodes() -> None:
    brain = Brain(config())
    for _ in range(10):
        brain.observe(obs("M2", 0.0, outcome="timeout"))
        brain.observe(obs("M1", 0.9))
    patterns = {p.node: p for p in brain.node_patterns()}
    assert patterns["M2"].flags == ("fails often", "scores low")
    assert patterns["M1"].flags == ()


@pytest.mark.parametrize(("toml", "message"), [
    ("[brain]\nexploration = 2\n", "brain.exploration"),
    ("[brain]\nhalf_life = 0\n", "brain.half_life"),
    ("[skills]\nmin_success = 1.5\n", "skills.min_success"),
    ("[brain]\ncuriosity = 1\n", "unknown key 'brain.curiosity'"),
])
def test_bad_brain_and_skills_settings_name_the_file_and_key(tmp_path: Path, toml: str, message: str) -> None:
    from jarvis_tui.core.config import ConfigError

    path = tmp_path / "config.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert str(path) in str(caught.value)
