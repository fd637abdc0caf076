"""The scenario runner: the shipped file is valid and large enough, bad
entries are refused with a clear message, a kind whose service is absent is
skipped with its reason, a crashing scenario is a failure, and a new kind
plugs in through the extension point."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest

from jarvis_tui.core.scenarios import KINDS, Scenario, ScenarioEnv, ScenarioError, Verdict, load, parse, run_all
from jarvis_tui.core.scenarios.kinds import register


def test_the_shipped_scenarios_cover_every_type_in_both_languages() -> None:
    scenarios = load()
    assert len(scenarios) >= 80
    prompts = Counter((s.spec["expect"]["type"], s.spec.get("lang")) for s in scenarios if s.kind == "prompt")
    for task_type in ("code", "analyse", "trading", "systeme", "web", "simple"):
        assert prompts[(task_type, "fr")] >= 4 and prompts[(task_type, "en")] >= 4, task_type
    assert {s.kind for s in scenarios} == {"prompt", "tool", "skill", "voice", "trading"}


@pytest.mark.parametrize(("entry", "message"), [
    ({"id": "a", "kind": "nope"}, "unknown kind 'nope'"),
    ({"id": "a", "kind": "prompt", "prompt": "hi"}, "expect: a table of expectations is required"),
    ({"id": "a", "kind": "prompt", "prompt": "hi", "expect": {"colour": "red"}}, "expect.colour: unknown expectation"),
    ({"id": "a", "kind": "tool", "tool": "x", "caller": "root", "expect": {"status": "ok"}}, "caller: expected one of"),
    ({"kind": "tool"}, "scenario\\[0\\].id"),
])
def test_bad_entries_are_refused_with_a_clear_message(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(ScenarioError, match=message):
        parse({"scenario": [entry]}, "test.toml")


def test_duplicate_ids_are_refused() -> None:
    entry = {"id": "a", "kind": "voice", "text": "x", "expect": {"decision": "run"}}
    with pytest.raises(ScenarioError, match="used twice"):
        parse({"scenario": [entry, entry]})


async def test_skip_crash_pass_and_fail_in_one_run() -> None:
    scenarios = parse({"scenario": [
        {"id": "v", "kind": "voice", "text": "x", "expect": {"decision": "run"}},
        {"id": "p", "kind": "prompt", "prompt": "hi", "expect": {"type": "simple", "units": 1}},
        {"id": "q", "kind": "prompt", "prompt": "code", "expect": {"type": "code"}},
        {"id": "t", "kind": "tool", "tool": "x", "expect": {"status": "ok"}},
    ]})

    async def ask(prompt: str, dry_run: bool) -> dict[str, Any]:
        return {"classification": {"type": "simple"}, "plan": [{"role": "responder"}]}

    async def call_tool(name: str, arguments: dict[str, Any], caller: str) -> dict[str, Any]:
        raise RuntimeError("boom")

    report = await run_all(scenarios, ScenarioEnv(ask=ask, call_tool=call_tool), concurrency=2)
    by_id = {o.id: o for o in report.outcomes}
    assert [o.id for o in report.outcomes] == ["v", "p", "q", "t"]
    assert by_id["v"].status == "skip" and "no voice service" in by_id["v"].detail
    assert by_id["p"].status == "pass"
    assert by_id["q"].status == "fail" and by_id["q"].detail == "type: expected 'code', got 'simple'"
    assert by_id["t"].status == "fail" and by_id["t"].detail == "RuntimeError: boom"
    doc = report.to_json()
    assert (doc["passed"], doc["failed"], doc["skipped"]) == (1, 2, 1)
    assert "| q | prompt | FAIL |" in report.table() and "1 passed, 2 failed, 1 skipped" in report.table()


async def test_a_new_kind_plugs_in() -> None:
    @dataclass(frozen=True)
    class Echo:
        name: str = "echo"
        requires: tuple[str, ...] = ("echo",)
        absent: str = "no echo service"

        def validate(self, scenario: Scenario) -> None:
            if "text" not in scenario.spec:
                raise ScenarioError("text needed")

        async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
            service = env.get("echo")
            assert service is not None
            return Verdict(await service(scenario.spec["text"]) == scenario.spec["text"], "echoed")

    async def echo(text: str) -> str:
        return text

    register(Echo())
    try:
        scenarios = parse({"scenario": [{"id": "e", "kind": "echo", "text": "salut"}]})
        assert (await run_all(scenarios, ScenarioEnv(services={"echo": echo}))).outcomes[0].status == "pass"
        assert (await run_all(scenarios, ScenarioEnv())).outcomes[0].detail == "no echo service"
    finally:
        del KINDS["echo"]
