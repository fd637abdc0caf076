"""`jarvis-tui --scenarios [--json]`: run the validation scenarios against
the configured cluster and report pass/fail per scenario with timings.

Prompts go through the real command line (`--oneshot --json`, in a child
process, never recorded); tool calls and skills through a Toolbox whose
policy has no allow-list, no --yes and danger tools off, so no scenario acts
on the machine; skills live in memory, so none reaches the database. Voice
phrases go through the command matcher and the seed skills' names and
trigger phrases (what the cockpit's voice key does before running anything);
trading tools through a paper book in memory (never live, never recorded).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from types import SimpleNamespace
from typing import Any, cast

from jarvis_tui.core.brain import Brain
from jarvis_tui.core.config import Config
from jarvis_tui.core.scenarios import Outcome, ScenarioEnv, ScenarioError, load, run_all
from jarvis_tui.core.skills import SkillError, Skills
from jarvis_tui.core.tools import Caller, Policy, Toolbox, default_registry
from jarvis_tui.core.tools.base import CallerKind

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Prompts run as child processes: two at once keeps a 2-core machine responsive.
CONCURRENCY = 2


def _oneshot_ask(args: argparse.Namespace) -> Any:
    async def ask(prompt: str, dry_run: bool) -> dict[str, Any]:
        argv = [sys.executable, "-m", "jarvis_tui", "--oneshot", "-", "--json", "--no-store"]
        argv += ["--dry-run"] if dry_run else []
        argv += ["--config", args.config] if args.config else []
        proc = await asyncio.create_subprocess_exec(*argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate(prompt.encode())
        try:
            doc: dict[str, Any] = json.loads(out)
        except ValueError:
            last = err.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
            raise RuntimeError(f"the one-shot request exited {proc.returncode}: {last[0]}") from None
        return doc

    return ask


def build_env(args: argparse.Namespace, config: Config) -> tuple[ScenarioEnv, Toolbox]:
    """The scenarios' view of this session (the Runtime's lead may build a richer one)."""
    tools = config.tools.model_copy(update={"allow": [], "danger_enabled": False})
    safe = config.model_copy(update={"tools": tools})
    registry = default_registry()
    ask = _oneshot_ask(args)

    async def ask_text(prompt: str) -> str:
        doc = await ask(prompt, False)
        if doc.get("status") != "ok":
            raise RuntimeError(doc.get("error") or "the request failed")
        return str(doc.get("answer", ""))

    skills = Skills(config.skills, None, ask=ask_text, known_tools=[t.name for t in registry])
    runtime = SimpleNamespace(brain=Brain(config), skills=skills, trading=_paper_trading(config))
    toolbox = Toolbox(safe, policy=Policy(tools), registry=registry, runtime=runtime)

    async def call_tool(name: str, arguments: dict[str, Any], caller: str) -> dict[str, Any]:
        result = await toolbox.call(name, arguments, caller=Caller(cast(CallerKind, caller)))
        return {"status": result.status, "decision": result.decision, "data": result.data, "error": result.error}

    async def run_skill(define: dict[str, Any], params: dict[str, Any], caller: str) -> dict[str, Any]:
        scratch = Skills(config.skills, None, ask=ask_text, known_tools=[t.name for t in registry])
        try:
            skill = await scratch.create(define)
        except SkillError as exc:
            return {"status": "failed", "error": str(exc), "steps": [], "stopped_at": None, "summary": str(exc)}
        report = await scratch.run(skill.name, params, toolbox=toolbox, caller=Caller(cast(CallerKind, caller)))
        doc: dict[str, Any] = report.to_json()
        return doc

    async def trade(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        return await call_tool(name, arguments, "user")

    services = {"voice": _voice_match(config, ask_text, [t.name for t in registry]), "trading": trade}
    return ScenarioEnv(ask=ask, call_tool=call_tool, run_skill=run_skill, services=services), toolbox


def _voice_match(config: Config, ask_text: Any, known_tools: list[str]) -> Any:
    """A phrase's decision document: the matcher's, then the seed skills' lookup."""
    from jarvis_tui.core.voice.matcher_load import matcher_from_config
    from jarvis_tui.core.voice.skill_lookup import resolve_skill

    matcher, skills = matcher_from_config(config.voice), Skills(config.skills, None, ask=ask_text, known_tools=known_tools)
    started: list[bool] = []

    async def match(text: str) -> dict[str, Any]:
        if not started:
            await skills.start()  # the seed skills, in memory
            started.append(True)
        doc: dict[str, Any] = (await resolve_skill(matcher.match(text), skills)).to_json()
        return doc

    return match


def _paper_trading(config: Config) -> Any:
    """The trading service on a paper book in memory (never live, never recorded, no scan)."""
    from jarvis_tui.core.events import EventBus
    from jarvis_tui.core.trading.wiring import trading_service

    async def no_review(_prompt: str) -> str:
        raise RuntimeError("no cluster review in scenarios")

    paper = config.trading.model_copy(update={"mode": "paper"})
    return trading_service(paper, bus=EventBus(), store=None, review=no_review, scan_loop=False)


def _progress(outcome: Outcome) -> None:
    sys.stderr.write(f"· {outcome.status:<4} {outcome.id} ({outcome.ms:.0f} ms){': ' + outcome.detail if outcome.status == 'fail' else ''}\n")


async def _run(args: argparse.Namespace, config: Config) -> int:
    try:
        scenarios = load()
    except ScenarioError as exc:
        sys.stderr.write(f"jarvis-tui: {exc}\n")
        return EXIT_USAGE
    env, toolbox = build_env(args, config)
    sys.stderr.write(f"jarvis-tui: running {len(scenarios)} scenarios against {config.source}\n")
    try:
        report = await run_all(scenarios, env, concurrency=CONCURRENCY, progress=_progress)
    finally:
        await toolbox.aclose()
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=True) + "\n")
    else:
        sys.stdout.write(report.table() + "\n")
    return EXIT_OK if report.count("fail") == 0 else EXIT_FAILED


def run(args: argparse.Namespace, config: Config) -> int:
    """Run every scenario: 0 when none failed, 1 when one did, 2 on a bad scenario file."""
    return asyncio.run(_run(args, config))
