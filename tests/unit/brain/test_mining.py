"""Mining the audit trail of a real Toolbox in a real store: repeated
sequences with support >= 3 and success >= 80 % are proposed with their
counts; varying arguments become parameters."""

from __future__ import annotations

from pathlib import Path

from jarvis_tui.core.brain import Brain
from jarvis_tui.core.brain.mining import Action, mine, pattern_id
from jarvis_tui.core.config import SkillsConfig, load_config
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Caller, Toolbox


def action(ts: float, tool: str, ok: bool = True, caller: str = "user:", **arguments: object) -> Action:
    return Action(ts, caller, tool, dict(arguments), ok)


def test_a_sequence_seen_three_times_is_proposed_with_its_counts() -> None:
    actions: list[Action] = []
    t = 0.0
    for pair in ("BTC", "ETH", "BTC", "SOL"):
        for tool in ("lm_cluster_status", "trading_status"):
            actions.append(action(t, tool))
            t += 5
        actions.append(action(t, "trading_pending_signals", min_score=70, pair=pair))
        t += 1000  # a new session
    found = mine(actions, SkillsConfig())
    assert [p.tools for p in found] == [("lm_cluster_status", "trading_status", "trading_pending_signals")]
    pattern = found[0]
    assert (pattern.support, pattern.successes) == (4, 4)
    assert pattern.id == pattern_id(pattern.tools)
    assert pattern.steps[2] == {"tool": "trading_pending_signals", "arguments": {"min_score": 70, "pair": "{pair=BTC}"}}


def test_support_and_success_thresholds() -> None:
    twice = [action(i * 1000.0 + j, tool) for i in range(2) for j, tool in enumerate(("a", "b"))]
    assert mine(twice, SkillsConfig()) == []
    # 4 occurrences, 1 failing: 75 % < 80 %.
    flaky = [action(i * 1000.0 + j, tool, ok=not (i == 0 and tool == "b")) for i in range(4) for j, tool in enumerate(("a", "b"))]
    assert mine(flaky, SkillsConfig()) == []
    assert [p.support for p in mine(flaky, SkillsConfig(min_success=0.75))] == [4]


def test_calls_made_by_skills_and_meta_tools_are_not_habits() -> None:
    runs = [action(i * 1000.0 + j, tool, caller="user:skill:bilan") for i in range(5) for j, tool in enumerate(("a", "b"))]
    meta = [action(i * 1000.0 + j, tool) for i in range(5) for j, tool in enumerate(("list_skills", "brain_status"))]
    assert mine(runs + meta, SkillsConfig()) == []


async def test_brain_analyze_reads_the_real_audit_trail(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "jarvis.db")
    toolbox = Toolbox(load_config(), audit=store)
    for _ in range(3):
        await toolbox.call("list_project_paths", {}, caller=Caller("mcp", "claude-desktop"))
        await toolbox.call("list_scripts", {}, caller=Caller("mcp", "claude-desktop"))
    await toolbox.aclose()
    brain = Brain(load_config(), store=store)
    analysis = await brain.analyze()
    assert analysis.tool_calls == 6
    assert [(s.tools, s.support) for s in analysis.sequences] == [(("list_project_paths", "list_scripts"), 3)]
    assert await brain.pattern(analysis.sequences[0].id) == analysis.sequences[0]
    await store.close()
