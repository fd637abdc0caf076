"""The user's skills, said aloud. The catalogue's `skills.run` command
("lance la skill {skill}", "run the {skill} skill") takes any words as its
`{skill}`: which skill they name is looked up here, when it runs, among the
user's skills (their names and trigger phrases), compared exactly in the
matcher's spelling. A trigger phrase said alone runs its skill too, below
the catalogue: only when the catalogue has no certain match.

Never the wrong skill: words no skill answers to, or that two skills answer
to, run none; they go to the commander as a request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from ..skills.model import Skill
from .matcher import Decision
from .normalise import normalise

SKILL_COMMAND = "skills.run"


class SkillFinder(Protocol):
    """The skills service's lookup (core/skills/service.py, `Skills.match`)."""

    async def match(self, text: str, *, key: Callable[[str], str] | None = None) -> Skill | None: ...


def _runs(skill: Skill) -> dict[str, object]:
    return {"kind": "tool", "name": "run_skill", "args": {"name": skill.name}}


async def resolve_skill(decision: Decision, skills: SkillFinder | None) -> Decision:
    """`decision` with the user's skills taken into account: `skills.run`
    names an existing skill (its exact name) or is rejected; a phrase the
    catalogue is not certain of that is a skill's name or trigger phrase
    becomes a certain `skills.run` of that skill."""
    if decision.command == SKILL_COMMAND and decision.action is not None:
        said = str(decision.slots.get("skill", ""))
        skill = await skills.match(said, key=normalise) if skills is not None else None
        if skill is None:
            why = f"no skill is called {said!r}" if skills is not None else "no skills service in this session"
            return replace(decision, slots={}, score=0.0, decision="reject", stage="none", reason=why, action=None, certain=False)
        return replace(decision, slots={"skill": skill.name}, action=_runs(skill))
    if skills is None or decision.certain or not decision.normalised:
        return decision
    skill = await skills.match(decision.text, key=normalise)
    if skill is None:
        return decision
    return Decision(decision.text, decision.normalised, SKILL_COMMAND, {"skill": skill.name}, 1.0, "run", "exact",
                    f"the name or a trigger phrase of skill {skill.name!r}", _runs(skill), decision.command, decision.lang, certain=True)
