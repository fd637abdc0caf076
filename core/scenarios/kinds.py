"""The built-in scenario kinds: prompts (classification, plan, output shape),
tool calls (status and permission decision), skills (status, where they
stop), voice phrases and paper trading (run when their services exist).

A new kind plugs in with `register(kind)`: any object with the
ScenarioKind attributes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .model import Scenario, ScenarioEnv, ScenarioError, ScenarioKind, Verdict

CALLERS = ("user", "agent", "mcp", "commander")


def _expect(scenario: Scenario, allowed: set[str]) -> Mapping[str, Any]:
    expect = scenario.spec.get("expect")
    if not isinstance(expect, Mapping) or not expect:
        raise ScenarioError(f"scenario {scenario.id}: expect: a table of expectations is required")
    unknown = sorted(set(expect) - allowed)
    if unknown:
        raise ScenarioError(f"scenario {scenario.id}: expect.{unknown[0]}: unknown expectation (known: {', '.join(sorted(allowed))})")
    return expect


def _text(scenario: Scenario, key: str) -> str:
    value = scenario.spec.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ScenarioError(f"scenario {scenario.id}: {key}: a non-empty string is required")
    return value


def _caller(scenario: Scenario) -> str:
    caller = scenario.spec.get("caller", "user")
    if caller not in CALLERS:
        raise ScenarioError(f"scenario {scenario.id}: caller: expected one of {', '.join(CALLERS)}")
    return str(caller)


def _compare(checks: list[tuple[str, Any, Any]]) -> Verdict:
    """(what, expected, got) triples: pass when all agree, else say the first that does not."""
    for what, expected, got in checks:
        if expected != got:
            return Verdict(False, f"{what}: expected {expected!r}, got {got!r}")
    return Verdict(True, "; ".join(f"{what} {got!r}" for what, _, got in checks[:3]))


def _contains(what: str, needle: str | None, haystack: str | None) -> list[tuple[str, Any, Any]]:
    if needle is None:
        return []
    found = needle.lower() in (haystack or "").lower()
    return [(f"{what} mentions {needle!r}", True, found)]


@dataclass(frozen=True)
class PromptKind:
    """A request through the commander: dry run by default (classify and plan,
    no node called); `dry_run = false` also checks the answer's shape."""

    name: str = "prompt"
    requires: tuple[str, ...] = ("ask",)
    absent: str = "no commander in this session"

    def validate(self, scenario: Scenario) -> None:
        _text(scenario, "prompt")
        _expect(scenario, {"type", "method", "roles", "units", "nodes", "status", "has", "min_score"})
        if scenario.spec.get("lang") not in (None, "fr", "en"):
            raise ScenarioError(f"scenario {scenario.id}: lang: expected fr or en")

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        ask = env.ask
        assert ask is not None  # the runner skips a kind whose requirement is missing
        expect = scenario.spec["expect"]
        doc = await ask(scenario.spec["prompt"], bool(scenario.spec.get("dry_run", True)))
        plan = doc.get("plan") or []
        checks: list[tuple[str, Any, Any]] = []
        if "type" in expect:
            checks.append(("type", expect["type"], (doc.get("classification") or {}).get("type")))
        if "method" in expect:
            checks.append(("method", expect["method"], (doc.get("classification") or {}).get("method")))
        if "roles" in expect:
            checks.append(("roles", list(expect["roles"]), [u.get("role") for u in plan]))
        if "units" in expect:
            checks.append(("units", expect["units"], len(plan)))
        if "nodes" in expect:
            checks.append(("nodes", list(expect["nodes"]), [u.get("node") for u in plan]))
        if "status" in expect:
            checks.append(("status", expect["status"], doc.get("status")))
        for key in expect.get("has", []):
            checks.append((f"has {key}", True, doc.get(key) not in (None, "", [])))
        if "min_score" in expect:
            checks.append((f"score >= {expect['min_score']}", True, (doc.get("score") or 0) >= expect["min_score"]))
        return _compare(checks)


@dataclass(frozen=True)
class ToolKind:
    """A tool call as a given caller: its status, permission decision, error text or result keys."""

    name: str = "tool"
    requires: tuple[str, ...] = ("call_tool",)
    absent: str = "no tool registry in this session"

    def validate(self, scenario: Scenario) -> None:
        _text(scenario, "tool")
        _caller(scenario)
        if not isinstance(scenario.spec.get("arguments", {}), Mapping):
            raise ScenarioError(f"scenario {scenario.id}: arguments: expected a table")
        _expect(scenario, {"status", "decision", "error_contains", "keys"})

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        call = env.call_tool
        assert call is not None
        expect = scenario.spec["expect"]
        result = await call(scenario.spec["tool"], dict(scenario.spec.get("arguments", {})), _caller(scenario))
        return _tool_verdict(expect, result)


def _tool_verdict(expect: Mapping[str, Any], result: Mapping[str, Any]) -> Verdict:
    checks: list[tuple[str, Any, Any]] = []
    if "status" in expect:
        checks.append(("status", expect["status"], result.get("status")))
    if "decision" in expect:
        checks.append(("decision", expect["decision"], result.get("decision")))
    checks += _contains("error", expect.get("error_contains"), result.get("error"))
    data = result.get("data")
    for key in expect.get("keys", []):
        checks.append((f"result has {key}", True, isinstance(data, Mapping) and key in data))
    verdict = _compare(checks)
    if not verdict.passed and result.get("error"):
        return Verdict(False, f"{verdict.detail} ({str(result['error'])[:200]})")
    return verdict


@dataclass(frozen=True)
class SkillKind:
    """A skill defined by the scenario, run with parameters as a caller: its status and where it stops."""

    name: str = "skill"
    requires: tuple[str, ...] = ("run_skill",)
    absent: str = "no skills service in this session"

    def validate(self, scenario: Scenario) -> None:
        if not isinstance(scenario.spec.get("define"), Mapping):
            raise ScenarioError(f"scenario {scenario.id}: define: the skill to run is required (name, steps)")
        _caller(scenario)
        _expect(scenario, {"status", "stopped_at", "error_contains", "steps"})

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        run = env.run_skill
        assert run is not None
        expect = scenario.spec["expect"]
        report = await run(dict(scenario.spec["define"]), dict(scenario.spec.get("params", {})), _caller(scenario))
        checks: list[tuple[str, Any, Any]] = []
        if "status" in expect:
            checks.append(("status", expect["status"], report.get("status")))
        if "stopped_at" in expect:
            checks.append(("stopped at", expect["stopped_at"], report.get("stopped_at")))
        if "steps" in expect:
            checks.append(("steps", expect["steps"], len(report.get("steps") or [])))
        checks += _contains("error", expect.get("error_contains"), report.get("error"))
        verdict = _compare(checks)
        return verdict if verdict.passed else Verdict(False, f"{verdict.detail} ({report.get('summary', '')[:200]})")


@dataclass(frozen=True)
class VoiceKind:
    """A spoken phrase through the command matcher (the voice service's `--match` document)."""

    name: str = "voice"
    requires: tuple[str, ...] = ("voice",)
    absent: str = "no voice service in this session"

    def validate(self, scenario: Scenario) -> None:
        _text(scenario, "text")
        _expect(scenario, {"command", "decision", "slots"})

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        match = env.get("voice")
        assert match is not None
        expect = scenario.spec["expect"]
        doc = await match(scenario.spec["text"])
        checks = [(key, expect[key], doc.get(key)) for key in ("command", "decision") if key in expect]
        checks += [(f"slot {k}", v, (doc.get("slots") or {}).get(k)) for k, v in dict(expect.get("slots", {})).items()]
        return _compare(checks)


@dataclass(frozen=True)
class TradingKind:
    """A trading tool in paper mode, through the trading service."""

    name: str = "trading"
    requires: tuple[str, ...] = ("trading",)
    absent: str = "no trading service in this session"

    def validate(self, scenario: Scenario) -> None:
        tool = _text(scenario, "tool")
        if not tool.startswith("trading_"):
            raise ScenarioError(f"scenario {scenario.id}: tool: a trading scenario calls a trading_* tool")
        _expect(scenario, {"status", "decision", "error_contains", "keys"})

    async def run(self, scenario: Scenario, env: ScenarioEnv) -> Verdict:
        trade = env.get("trading")
        assert trade is not None
        result = await trade(scenario.spec["tool"], dict(scenario.spec.get("arguments", {})))
        return _tool_verdict(scenario.spec["expect"], result)


KINDS: dict[str, ScenarioKind] = {k.name: k for k in (PromptKind(), ToolKind(), SkillKind(), VoiceKind(), TradingKind())}


def register(kind: ScenarioKind) -> None:
    """Add (or replace) a kind: how the voice and trading services can bring their own."""
    KINDS[kind.name] = kind
