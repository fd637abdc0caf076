"""Skills in a real SQLite store, run through a real Toolbox: creation,
runs with parameters, a failure mid-way, a permission refusal inside a
skill, JSON export/import round trip, and the nine brain and skills tools
(plus run_skill) called as the user and as an MCP client."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from jarvis_tui.core.brain import Brain
from jarvis_tui.core.brain.tools import TOOLS as BRAIN_TOOLS
from jarvis_tui.core.config import Config, ToolsConfig, load_config
from jarvis_tui.core.skills import Skill, SkillError, Skills
from jarvis_tui.core.skills.service import load_seed
from jarvis_tui.core.skills.tools import TOOLS as SKILL_TOOLS
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Caller, Policy, Toolbox, default_registry

USER, MCP = Caller("user"), Caller("mcp", "claude-desktop")
REGISTRY = default_registry()
REPORT = {"name": "report", "triggers": ["fais le rapport"], "steps": [
    {"tool": "list_project_paths", "arguments": {}},
    {"tool": "action_history", "arguments": {"limit": "{limit=3}"}},
    {"ask": "résume {topic}"},
]}


@pytest.fixture()
async def store(tmp_path: Path) -> Any:
    store = await Store.open(tmp_path / "jarvis.db")
    yield store
    await store.close()


async def make(config: Config, store: Store, *, allow: list[str] | None = None, asked: list[str] | None = None) -> tuple[Toolbox, Skills, Brain]:
    tools = ToolsConfig(allow=allow or [])
    config = config.model_copy(update={"tools": tools})
    prompts = asked if asked is not None else []

    async def ask(prompt: str) -> str:
        prompts.append(prompt)
        return f"answer to {prompt}"

    skills = Skills(config.skills, store, ask=ask, known_tools=[t.name for t in REGISTRY])
    brain = Brain(config, store=store)
    toolbox = Toolbox(config, policy=Policy(tools), registry=REGISTRY, audit=store, runtime=SimpleNamespace(skills=skills, brain=brain))
    await skills.start()
    return toolbox, skills, brain


SEED_TOOLS = {"brain_status", "brain_analyze", "brain_suggest", "brain_learn", "list_skills", "create_skill", "remove_skill", "suggest_actions", "action_history"}


async def test_the_registry_serves_the_seed_names_from_the_brain_and_the_skills() -> None:
    mine = {t.name: t for t in [*BRAIN_TOOLS, *SKILL_TOOLS]}
    assert set(mine) >= SEED_TOOLS
    for name, tool in mine.items():
        assert REGISTRY.get(name) is tool, name


async def test_create_run_with_parameters_and_ask(store: Store) -> None:
    asked: list[str] = []
    toolbox, skills, _ = await make(load_config(), store, asked=asked)
    skill = await skills.create(REPORT)
    assert [(p.name, p.required, p.default) for p in skill.params] == [("limit", False, 3), ("topic", True, None)]
    report = await skills.run("report", {"topic": "le cluster"}, toolbox=toolbox, caller=USER)
    assert report.status == "ok", report.summary()
    assert [s.status for s in report.steps] == ["ok", "ok", "ok"]
    assert asked == ["résume le cluster"]
    audited = await store.tool_calls(10)
    assert [(c["tool"], c["caller"], c["arguments"]) for c in reversed(audited)] == [
        ("list_project_paths", "skill:report", {}), ("action_history", "skill:report", {"limit": 3})]
    missing = await skills.run("report", {}, toolbox=toolbox, caller=USER)
    assert missing.status == "failed" and missing.stopped_at is None and "needs a value for topic" in (missing.error or "")
    await toolbox.aclose()


async def test_a_failed_step_stops_the_skill_with_a_clear_report(store: Store) -> None:
    toolbox, skills, _ = await make(load_config(), store)
    await skills.create({"name": "broken", "steps": [{"tool": "list_scripts"}, {"tool": "ping", "arguments": {}}, {"tool": "list_skills"}]})
    report = await skills.run("broken", {}, toolbox=toolbox, caller=USER)
    assert report.status == "failed" and report.stopped_at == 2
    assert [s.status for s in report.steps] == ["ok", "error", "not run"]
    assert "stopped at step 2/3 (ping)" in report.summary() and "invalid arguments" in report.summary() and "1 later step not run" in report.summary()
    assert [c["tool"] for c in await store.tool_calls(10)] == ["ping", "list_scripts"]  # the third never ran
    await toolbox.aclose()


async def test_a_permission_refusal_inside_a_skill(store: Store) -> None:
    toolbox, skills, _ = await make(load_config(), store)
    await skills.create({"name": "load", "steps": [{"tool": "list_scripts"}, {"tool": "lm_load_model", "arguments": {"node": "M1", "model": "{model}"}}]})
    result = await toolbox.call("run_skill", {"name": "load", "params": {"model": "qwen3-coder-30b"}}, caller=MCP)
    assert result.status == "error"
    assert "stopped at step 2/2 (lm_load_model): refused" in (result.error or "") and "MCP clients are headless" in (result.error or "")
    calls = {c["tool"]: c for c in await store.tool_calls(10)}
    assert calls["lm_load_model"]["decision"] == "refused" and calls["lm_load_model"]["caller_kind"] == "mcp"
    assert calls["lm_load_model"]["caller"] == "skill:load"
    await toolbox.aclose()
    # Allow-listed, the same step runs past the permission check (and fails on the absent node instead).
    toolbox, skills, _ = await make(load_config(), store, allow=["lm_load_model"])
    await skills.start()
    report = await skills.run("load", {"model": "x"}, toolbox=toolbox, caller=MCP)
    assert report.steps[1].status != "refused"
    await toolbox.aclose()


async def test_export_import_round_trip(store: Store, tmp_path: Path) -> None:
    _, skills, _ = await make(load_config(), store)
    await skills.start()
    await skills.create(REPORT)
    doc = json.loads(json.dumps(await skills.export()))
    other = await Store.open(tmp_path / "other.db")
    copy = Skills(load_config().skills, other)
    await copy.start()
    report = await copy.import_(doc)
    assert "report" in report.added and set(report.skipped) == {s.name for s in load_seed()}
    original, copied = await skills.get("report"), await copy.get("report")
    assert copied is not None and original is not None and copied.to_json() == original.to_json()
    assert [s.name for s in await copy.all_skills()] == [s.name for s in await skills.all_skills()]
    again = await copy.import_(doc, replace=True)
    assert again.added == () and "report" in again.replaced
    with pytest.raises(SkillError, match="appears twice"):
        await copy.import_({"version": 1, "skills": [REPORT, REPORT]})
    with pytest.raises(SkillError, match="version 9"):
        await copy.import_({"version": 9, "skills": []})
    await other.close()


async def test_seed_loads_once_and_a_removed_seed_skill_stays_removed(store: Store) -> None:
    _, skills, _ = await make(load_config(), store)
    await skills.start()
    assert {s.name for s in await skills.all_skills()} == {s.name for s in load_seed()}
    assert await skills.remove("bilan cluster") and not await skills.remove("bilan cluster")
    await skills.start()
    assert await skills.get("bilan cluster") is None
    assert (await skills.match("  Mode   TRADING ")) is not None


@pytest.mark.parametrize(("data", "message"), [
    ({"name": "x", "steps": []}, "non-empty list"),
    ({"name": "x", "steps": [{"tool": "run_skill"}]}, "cannot call run_skill"),
    ({"name": "x", "steps": [{"tool": "a", "ask": "b"}]}, "exactly one of tool or ask"),
    ({"name": "x", "steps": [{"tool": "nope"}]}, "unknown tool 'nope'"),
    ({"name": "", "steps": [{"ask": "b"}]}, "skill name"),
    ({"name": "x", "steps": [{"ask": "b"}], "colour": 1}, "unknown key 'colour'"),
])
async def test_bad_skills_are_refused_with_a_clear_message(store: Store, data: dict[str, Any], message: str) -> None:
    _, skills, _ = await make(load_config(), store)
    with pytest.raises(SkillError, match=message):
        await skills.create(data)
    assert await skills.get("x") is None


async def test_the_tools_through_a_real_toolbox(store: Store) -> None:
    toolbox, skills, _ = await make(load_config(), store, allow=["create_skill", "remove_skill", "brain_learn"])
    await skills.start()
    created = await toolbox.call("create_skill", {"name": "scan", "triggers": ["scan"], "steps": [{"tool": "list_scripts", "arguments": {}}]}, caller=MCP)
    assert created.ok, created.error
    listed = await toolbox.call("list_skills", {}, caller=MCP)
    assert "scan" in [s["name"] for s in listed.data["skills"]]
    duplicate = await toolbox.call("create_skill", {"name": "scan", "steps": [{"tool": "list_scripts"}]}, caller=MCP)
    assert duplicate.status == "error" and "already exists" in (duplicate.error or "")
    for _ in range(3):
        await toolbox.call("list_project_paths", {}, caller=USER)
        await toolbox.call("list_scripts", {}, caller=USER)
    history = await toolbox.call("action_history", {"limit": 3}, caller=MCP)
    assert [a["tool"] for a in history.data["actions"]] == ["list_scripts", "list_project_paths", "list_scripts"]
    suggested = await toolbox.call("suggest_actions", {"context": "scan the market"}, caller=MCP)
    kinds = {(s["kind"], s["name"]) for s in suggested.data["suggestions"]}
    assert ("skill", "scan") in kinds and ("pattern", "list_project_paths then list_scripts") in kinds
    suggest = await toolbox.call("brain_suggest", {"limit": 5}, caller=MCP)
    pattern = suggest.data["skills"][0]
    assert pattern["support"] == 3 and pattern["tools"] == ["list_project_paths", "list_scripts"]
    learnt = await toolbox.call("brain_learn", {"pattern_id": pattern["id"]}, caller=MCP)
    assert learnt.ok, learnt.error
    assert (await skills.get(pattern["name"])).source == "mined"  # type: ignore[union-attr]
    relearn = await toolbox.call("brain_learn", {"pattern_id": "all"}, caller=MCP)
    assert relearn.ok and relearn.data["relearnt"] == 0
    status = await toolbox.call("brain_status", {}, caller=MCP)
    assert status.ok and "no history" in status.data["text"]
    analyze = await toolbox.call("brain_analyze", {}, caller=MCP)
    assert analyze.ok and analyze.data["tool_calls"] >= 6
    removed = await toolbox.call("remove_skill", {"name": "scan"}, caller=MCP)
    assert removed.ok and await skills.get("scan") is None
    gone = await toolbox.call("remove_skill", {"name": "scan"}, caller=MCP)
    assert gone.status == "error" and "no skill named 'scan'" in (gone.error or "")
    await toolbox.aclose()


async def test_act_tools_are_refused_to_mcp_without_the_allow_list(store: Store) -> None:
    toolbox, skills, _ = await make(load_config(), store)
    for name, args in [("create_skill", {"name": "x", "steps": [{"tool": "list_scripts"}]}), ("remove_skill", {"name": "x"}), ("brain_learn", {"pattern_id": "all"})]:
        result = await toolbox.call(name, args, caller=MCP)
        assert result.status == "refused", name
    assert await skills.get("x") is None
    await toolbox.aclose()


async def test_without_the_services_the_tools_say_not_configured() -> None:
    toolbox = Toolbox(load_config(), registry=REGISTRY, runtime=SimpleNamespace())
    for name in ("brain_status", "list_skills"):
        result = await toolbox.call(name, {}, caller=USER)
        assert result.status == "error" and "not configured" in (result.error or "")
    await toolbox.aclose()


def test_skill_json_round_trip_keeps_every_field() -> None:
    skill = Skill.from_json({**REPORT, "description": "d"})
    again = Skill.from_json(json.loads(json.dumps(skill.to_json())))
    assert again == skill
