"""The skills' tools (`list_skills`, `create_skill`, `remove_skill`,
`suggest_actions`, `action_history`, as the seed named them) and `run_skill`. They reach the
service as `ctx.runtime.skills`. A skill's steps run through the same
Toolbox as the caller of `run_skill`, so every step keeps its own tier:
over MCP an `act` step is refused unless allow-listed."""

from __future__ import annotations

from ..tools.base import Json, Tier, Tool, ToolContext, ToolError, integer, params, string
from .model import SkillError
from .service import Skills

NAME = string("skill name", min_length=1, max_length=100)


def _skills(ctx: ToolContext) -> Skills:
    skills = getattr(ctx.runtime, "skills", None)
    if skills is None:
        raise ToolError("not configured: this session runs no skills service")
    found: Skills = skills
    return found


async def _list(args: Json, ctx: ToolContext) -> Json:
    return {"skills": [s.to_json() for s in await _skills(ctx).all_skills()]}


async def _create(args: Json, ctx: ToolContext) -> Json:
    try:
        skill = await _skills(ctx).create(args)
    except SkillError as exc:
        raise ToolError(str(exc)) from None
    return {"created": skill.to_json()}


async def _remove(args: Json, ctx: ToolContext) -> Json:
    if not await _skills(ctx).remove(args["name"]):
        raise ToolError(f"no skill named {args['name']!r}")
    return {"removed": args["name"]}


async def _suggest(args: Json, ctx: ToolContext) -> Json:
    return {"suggestions": [s.to_json() for s in await _skills(ctx).suggest(args.get("context", ""))]}


async def _history(args: Json, ctx: ToolContext) -> Json:
    return {"actions": [a.to_json() for a in await _skills(ctx).history(int(args.get("limit", 50)))]}


async def _run(args: Json, ctx: ToolContext) -> Json:
    report = await _skills(ctx).run(args["name"], args.get("params", {}), toolbox=ctx.toolbox, caller=ctx.caller, request_id=ctx.request_id)
    if report.status != "ok":
        # The model and the user read the whole report, step by step, not only "failed".
        raise ToolError(report.text())
    return {**report.to_json(), "text": report.text()}


TOOLS = [
    Tool("list_skills", "skills", "The skills (named sequences of tool calls and commander requests) the user has.", params(), Tier.READ, _list),
    Tool("create_skill", "skills", "Create a skill from a name, trigger phrases and steps ({tool, arguments} or {ask}; {param} or {param=default} placeholders).", params(
        ("name", "steps"),
        name=NAME,
        triggers={"type": "array", "items": {"type": "string", "maxLength": 200}, "maxItems": 20, "description": "phrases that run it"},
        steps={"type": "array", "items": {"type": "object"}, "minItems": 1, "maxItems": 50, "description": "tool calls: {tool, arguments}"},
    ), Tier.ACT, _create),
    Tool("remove_skill", "skills", "Remove a skill.", params(("name",), name=NAME), Tier.ACT, _remove),
    Tool("suggest_actions", "skills", "Actions likely useful now, from the history.", params(context=string("what the user is doing", max_length=2000)), Tier.READ, _suggest),
    Tool("action_history", "skills", "The latest actions run, newest first.", params(limit=integer("at most this many", minimum=1, maximum=500)), Tier.READ, _history),
    Tool("run_skill", "skills", "Run a skill by name with values for its parameters; each step keeps its own permission tier.",
         params(("name",), name=NAME, params={"type": "object", "description": "values of the skill's {placeholders}", "maxProperties": 50}), Tier.READ, _run, timeout_s=3600),
]
