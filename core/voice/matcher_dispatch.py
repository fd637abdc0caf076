"""Carrying out a matcher's decision: a tool through the registry and its
permission model (`Toolbox.call`, like any other call), a cockpit action
through the shell, a rejected phrase to the commander as a request.

Confirmation: a command that asks first is asked by the permission model
itself (the cockpit's permission dialog shows exactly what will run), so the
user answers once. A "did you mean ...?" must be answered yes by the user
before anything runs (`confirmed=True`); then the permission model still
decides, as for any call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..tools.base import Caller, ToolResult
from ..tools.registry import Toolbox
from .matcher import Decision

VOICE_CALLER = Caller("user", "voice")
OutcomeKind = Literal["tool", "cockpit", "commander", "ask_user", "nothing"]


@dataclass(frozen=True)
class Outcome:
    """What happened: `tool` (with the registry's result), `cockpit`,
    `commander` (with its answer), `ask_user` (a "did you mean" not yet
    answered: nothing ran), or `nothing` (a reject with no commander)."""

    kind: OutcomeKind
    decision: Decision
    result: ToolResult | None = None
    answer: Any = None


async def dispatch(decision: Decision, toolbox: Toolbox, *, confirmed: bool = False, cockpit: Callable[[str], Awaitable[None]] | None = None,
                   commander: Callable[[str], Awaitable[Any]] | None = None, request_id: str = "") -> Outcome:
    """Carry out `decision`. Never runs an uncertain match the user has not
    confirmed. The user's skills are already in `decision`: the voice service
    resolves them before it shows its decision (skill_lookup.resolve_skill)."""
    if decision.decision == "reject" or decision.action is None:
        if commander is None or not decision.normalised:
            return Outcome("nothing", decision)
        return Outcome("commander", decision, answer=await commander(decision.text))
    if not decision.certain and not confirmed:
        return Outcome("ask_user", decision)
    if decision.action["kind"] == "cockpit":
        if cockpit is None:
            return Outcome("nothing", decision)
        await cockpit(decision.action["name"])
        return Outcome("cockpit", decision)
    result = await toolbox.call(decision.action["name"], decision.action["args"], caller=VOICE_CALLER, request_id=request_id)
    return Outcome("tool", decision, result=result)
