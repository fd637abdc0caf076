"""The brain's tools, with the names, arguments and tiers the registry has
always announced. They reach the service as
`ctx.runtime.brain`, and `brain_learn` reaches the skills as `ctx.runtime.skills`."""

from __future__ import annotations

from typing import Any

from ..tools.base import Json, Tier, Tool, ToolContext, ToolError, integer, params, string
from .service import Brain

RELEARN = "all"


def service(ctx: ToolContext, name: str) -> Any:
    """The Runtime's `name` service, or a clear "not configured" error."""
    found = getattr(ctx.runtime, name, None)
    if found is None:
        raise ToolError(f"not configured: this session runs no {name} service")
    return found


def _brain(ctx: ToolContext) -> Brain:
    brain: Brain = service(ctx, "brain")
    return brain


async def _status(args: Json, ctx: ToolContext) -> Json:
    status = _brain(ctx).status()
    return {**status.to_json(), "text": status.text()}


async def _analyze(args: Json, ctx: ToolContext) -> Json:
    return (await _brain(ctx).analyze()).to_json()


async def _suggest(args: Json, ctx: ToolContext) -> Json:
    limit = int(args.get("limit", 10))
    analysis = await _brain(ctx).analyze()
    skills = getattr(ctx.runtime, "skills", None)
    existing = {tuple(s.tool for s in skill.steps) for skill in await skills.all_skills()} if skills is not None else set()
    fresh = [p for p in analysis.sequences if p.tools not in existing]
    return {
        "routes": [r.to_json() for r in analysis.routes[:limit]],
        "skills": [p.to_json() for p in fresh[:limit]],
        "hint": f"brain_learn with a skills[].id saves that sequence as a skill; pattern_id {RELEARN!r} relearns routing from the whole history; routes[].toml is the [routing] line to write in the config",
    }


async def _learn(args: Json, ctx: ToolContext) -> Json:
    brain = _brain(ctx)
    pattern_id = str(args["pattern_id"])
    if pattern_id == RELEARN:
        learnt = await brain.learn()
        return {"relearnt": learnt, "tables": len(brain.tables)}
    pattern = await brain.pattern(pattern_id)
    if pattern is None:
        raise ToolError(f"no pattern {pattern_id!r} in the action history (brain_suggest lists them; {RELEARN!r} relearns routing)")
    skills = service(ctx, "skills")
    from ..skills.model import SkillError  # noqa: PLC0415

    try:
        skill = await skills.create({"name": pattern.name, "description": f"mined: repeated {pattern.support} times, {pattern.success_rate:.0%} successful", "steps": list(pattern.steps)}, source="mined")
    except SkillError as exc:
        raise ToolError(str(exc)) from None
    return {"created": skill.to_json()}


TOOLS = [
    Tool("brain_status", "brain", "What the brain has learnt: per task type and role, the candidate nodes, observations, mean score, latency, current order and why.", params(), Tier.READ, _status),
    Tool("brain_analyze", "brain", "Analyse the history for patterns: nodes that fail, score low or are slow; routing changes; repeated tool-call sequences.", params(), Tier.READ, _analyze),
    Tool("brain_suggest", "brain", "Suggest routing-matrix changes and new skills from the patterns found.", params(limit=integer("at most this many", minimum=1, maximum=50)), Tier.READ, _suggest),
    Tool("brain_learn", "brain", f"Turn a suggested pattern into a skill; pattern_id {RELEARN!r} relearns routing from the whole history.", params(("pattern_id",), pattern_id=string("the pattern's id", min_length=1, max_length=64)), Tier.ACT, _learn),
]
