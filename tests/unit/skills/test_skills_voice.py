"""Skills said aloud, as text through the real matcher (the built-in
catalogue) and the voice dispatch, with a real skills service and the real
tool registry: "lance la skill X" / "run the X skill" run the skill the
words name, a trigger phrase said alone runs its skill below the
catalogue, and words no skill (or two skills) answer to run none: they go
to the commander."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from jarvis_tui.core.config import load_config
from jarvis_tui.core.skills import Skills
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Policy, Toolbox, default_registry
from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_dispatch import Outcome, dispatch
from jarvis_tui.core.voice.matcher_load import load_matcher
from jarvis_tui.core.voice.skill_lookup import resolve_skill

REGISTRY = default_registry()
RAPPORT = {"name": "Rapport projet", "triggers": ["fais le rapport", "project report"], "steps": [{"tool": "list_project_paths", "arguments": {}}]}
# Its trigger is also a catalogue phrase (system.processes): the catalogue wins.
SHADOWED = {"name": "processus", "triggers": ["liste les processus"], "steps": [{"tool": "list_skills", "arguments": {}}]}
TWINS = [{"name": f"twin {i}", "triggers": ["lance les jumeaux"], "steps": [{"tool": "list_skills", "arguments": {}}]} for i in (1, 2)]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher(use_cache=False, platform="linux")


@pytest.fixture()
async def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[Toolbox, Skills, Store]]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    config = load_config()
    store = await Store.open(tmp_path / "jarvis.db")
    skills = Skills(config.skills, store, known_tools=[t.name for t in REGISTRY])
    await skills.start()
    for doc in (RAPPORT, SHADOWED, *TWINS):
        await skills.create(doc)
    toolbox = Toolbox(config, policy=Policy(config.tools), registry=REGISTRY, audit=store, runtime=type("R", (), {"skills": skills})())
    yield toolbox, skills, store
    await toolbox.aclose()
    await store.close()


async def say(matcher: Matcher, text: str, toolbox: Toolbox, skills: Skills | None, requests: list[str]) -> Outcome:
    async def commander(words: str) -> str:
        requests.append(words)
        return "answered"

    return await dispatch(await resolve_skill(matcher.match(text), skills), toolbox, commander=commander)  # as the voice service resolves


@pytest.mark.parametrize("text", [
    "lance la skill rapport projet",
    "exécute la compétence Rapport projet",
    "Jarvis, lance la compétence rapport projet s'il te plaît",
    "run the rapport projet skill",
    "run skill rapport projet",
    "run the skill project report",  # a trigger phrase names it too
])
async def test_the_skill_the_words_name_runs(matcher: Matcher, world, text: str) -> None:  # type: ignore[no-untyped-def]
    toolbox, skills, store = world
    requests: list[str] = []
    outcome = await say(matcher, text, toolbox, skills, requests)
    assert outcome.kind == "tool" and outcome.result is not None, outcome.decision.summary()
    assert outcome.result.tool == "run_skill" and outcome.result.ok, outcome.result.error
    assert outcome.decision.command == "skills.run" and outcome.decision.slots == {"skill": "Rapport projet"}
    assert outcome.result.data["skill"] == "Rapport projet" and requests == []
    calls = await store.tool_calls(10)
    assert [(c["tool"], c["caller"]) for c in calls] == [("list_project_paths", "skill:Rapport projet"), ("run_skill", "voice")]


@pytest.mark.parametrize("text", ["lance la skill rapport inconnu", "run the weather skill", "run skill lance les jumeaux"])
async def test_words_no_skill_answers_to_run_nothing_and_go_to_the_commander(matcher: Matcher, world, text: str) -> None:  # type: ignore[no-untyped-def]
    toolbox, skills, store = world
    requests: list[str] = []
    decision = matcher.match(text)
    assert decision.command == "skills.run" and decision.decision == "run"  # the catalogue alone would run it
    outcome = await say(matcher, text, toolbox, skills, requests)
    assert outcome.kind == "commander" and requests == [text]
    assert outcome.decision.decision == "reject" and "no skill is called" in outcome.decision.reason
    assert await store.tool_calls(10) == []


async def test_without_a_skills_service_no_skill_runs(matcher: Matcher, world) -> None:  # type: ignore[no-untyped-def]
    toolbox, _, store = world
    requests: list[str] = []
    outcome = await say(matcher, "lance la skill rapport projet", toolbox, None, requests)
    assert outcome.kind == "commander" and requests == ["lance la skill rapport projet"]
    assert await store.tool_calls(10) == []


@pytest.mark.parametrize("text", ["fais le rapport", "Jarvis, fais le rapport.", "Project report", "rapport projet"])
async def test_a_trigger_phrase_said_alone_runs_its_skill(matcher: Matcher, world, text: str) -> None:  # type: ignore[no-untyped-def]
    toolbox, skills, _ = world
    assert not matcher.match(text).certain  # the catalogue does not know it
    requests: list[str] = []
    outcome = await say(matcher, text, toolbox, skills, requests)
    assert outcome.kind == "tool" and outcome.result is not None and outcome.result.ok
    assert outcome.decision.slots == {"skill": "Rapport projet"} and requests == []


async def test_the_catalogue_comes_before_a_trigger_phrase(matcher: Matcher, world) -> None:  # type: ignore[no-untyped-def]
    toolbox, skills, _ = world
    outcome = await say(matcher, "liste les processus", toolbox, skills, [])
    assert outcome.kind == "tool" and outcome.result is not None
    assert outcome.decision.command == "system.processes" and outcome.result.tool == "list_processes"


async def test_a_phrase_two_skills_answer_to_runs_neither(matcher: Matcher, world) -> None:  # type: ignore[no-untyped-def]
    toolbox, skills, store = world
    requests: list[str] = []
    outcome = await say(matcher, "lance les jumeaux", toolbox, skills, requests)
    assert outcome.kind == "commander" and requests == ["lance les jumeaux"]
    assert await store.tool_calls(10) == []
