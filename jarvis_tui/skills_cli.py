"""`jarvis-tui --skill NAME [--param KEY=VALUE ...] [--yes] [--json]` runs
one of the user's skills headless; `jarvis-tui --skills [--json]` lists them.

The skill runs through the tool registry as the user, with the one-shot's
permissions: read steps run; a step whose tool acts runs only when the tool
is in `[tools] allow` or with `--yes` (danger tools also need
`[tools] danger_enabled`); otherwise it is refused, the skill stops there and
the report says how to allow it. Nothing acts silently.

Skills live in the database, so it is opened (and the run recorded) even
with `--no-store`. Exit codes: 0 every step ok; 1 a step failed or was
refused; 2 usage (no such skill, a bad --param, a missing value).
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import sys
from typing import Any

from jarvis_tui.core.config import Config
from jarvis_tui.core.events import Event
from jarvis_tui.core.runtime import Runtime
from jarvis_tui.core.secrets import redact, redact_json
from jarvis_tui.core.skills.model import Skill, SkillError
from jarvis_tui.core.skills.runner import SkillReport
from jarvis_tui.core.text import printable
from jarvis_tui.core.tools import Caller, Policy
from jarvis_tui.core.tools.base import ToolCalled
from jarvis_tui.printer import Printer

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
CLI_CALLER = Caller("user", "cli")


def _say(line: str) -> None:
    sys.stderr.write(f"jarvis-tui: {printable(redact(line))}\n")
    sys.stderr.flush()


def _emit(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(redact_json(doc), ensure_ascii=True) + "\n")
    sys.stdout.flush()


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """`KEY=VALUE` pairs as typed; SkillError names the first that is not one."""
    values: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise SkillError(f"--param {pair!r}: expected KEY=VALUE, e.g. --param query=\"llama.cpp\"")
        if key.strip() in values:
            raise SkillError(f"--param {key.strip()!r} is given twice")
        values[key.strip()] = value
    return values


def skills_table(skills: list[Skill]) -> str:
    """The `--skills` listing: name, parameters, steps, trigger phrases."""
    if not skills:
        return "no skills yet (create one with the create_skill tool, or accept one that brain_suggest proposes)"
    rows = []
    for skill in skills:
        params = " ".join(f"{p.name}" if p.required else f"{p.name}={json.dumps(p.default, ensure_ascii=False)}" for p in skill.params) or "-"
        rows.append(f"{skill.name}  ({len(skill.steps)} steps; params: {params})")
        if skill.description:
            rows.append(f"    {skill.description}")
        if skill.triggers:
            rows.append(f"    say: {' / '.join(skill.triggers)}")
    return "\n".join(rows)


def _progress(event: Event) -> None:
    """One stderr line per step's tool call, as it ends."""
    if isinstance(event, ToolCalled) and event.caller.startswith("user:skill:"):
        why = f": {event.error}" if event.error else ""
        _say(f"· {event.tool}: {event.status} ({event.elapsed_ms:.0f} ms){why}")


async def _run(args: argparse.Namespace, config: Config) -> int:
    values_text = parse_params(args.param)
    policy = Policy(config.tools, assume_yes=args.yes)
    runtime = Runtime(config, monitor="gpus", policy=policy, services=("brain", "skills", "trading"))
    runtime.bus.subscribe(_progress)
    runtime.bus.subscribe(Printer(sys.stdout, sys.stderr, stream_answer=False))  # an `ask` step's trace, on stderr
    async with runtime:
        if runtime.store_error:
            _say(f"warning: the database could not be opened, so only the built-in skills are known: {runtime.store_error}")
        skills = runtime.skills
        assert skills is not None
        everything = await skills.all_skills()
        if args.skills:
            if args.json:
                _emit({"skills": [s.to_json() for s in everything]})
            else:
                sys.stdout.write(printable(skills_table(everything)) + "\n")
            return EXIT_OK
        skill = await skills.get(args.skill) or await skills.match(args.skill)
        if skill is None:
            close = difflib.get_close_matches(args.skill, [s.name for s in everything], 1, 0.6)
            hint = f"; did you mean {close[0]!r}?" if close else "; `jarvis-tui --skills` lists them"
            _say(f"no skill named {args.skill!r}{hint}")
            return EXIT_USAGE
        values = skill.values_from_text(values_text)
        skill.bind(values)  # a missing or unknown parameter is a usage error, said before anything runs
        _say(f"running skill {skill.name!r} ({len(skill.steps)} steps)")
        report = await skills.run(skill.name, values, toolbox=runtime.toolbox, caller=CLI_CALLER)
    return _report(report, as_json=args.json)


def _report(report: SkillReport, *, as_json: bool) -> int:
    if as_json:
        _emit({**report.to_json(), "text": report.text()})
    else:
        sys.stdout.write(printable(redact(report.text())) + "\n")
    return EXIT_OK if report.status == "ok" else EXIT_FAILED


def run(args: argparse.Namespace, config: Config) -> int:
    """List the skills (`--skills`) or run one (`--skill`): 0 done, 1 a step failed, 2 usage."""
    try:
        return asyncio.run(_run(args, config))
    except SkillError as exc:
        _say(str(exc))
        return EXIT_USAGE
