"""Mining the action history (the audit trail of tool calls) for sequences
a user repeats, to propose them as skills.

A session is one caller's calls with no pause longer than `session_gap_s`.
Within sessions every run of 2 to `max_sequence` consecutive calls is a
candidate; one that recurs at least `min_support` times with at least
`min_success` of its occurrences fully successful is a pattern. A pattern
contained in a longer one that recurs as often is dropped: the longer one
says more. Arguments that stay the same become fixed arguments of the
proposed steps; arguments that vary become `{param=most common value}`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..config import SkillsConfig
from .report import SequencePattern

# Calls about skills and the brain themselves, and the calls a skill makes,
# are not new habits: mining them would propose skills of skills.
META_TOOLS = frozenset(
    {"brain_status", "brain_analyze", "brain_suggest", "brain_learn", "list_skills", "create_skill", "remove_skill", "suggest_actions", "action_history", "run_skill"}
)
SKILL_CALLER_PREFIX = "skill:"
_PARAM_NAME = re.compile(r"[^A-Za-z0-9_]")
_SIMPLE_DEFAULT = re.compile(r"^[^{}=]*$")


@dataclass(frozen=True)
class Action:
    """One audited tool call, as mining reads it."""

    ts: float
    caller: str
    tool: str
    arguments: dict[str, Any]
    ok: bool

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Action:
        """From a `tool_calls` row (`Store.fetchall` parses `arguments_json`)."""
        arguments = row.get("arguments")
        return cls(float(row["ts"]), f"{row['caller_kind']}:{row.get('caller') or ''}", str(row["tool"]), arguments if isinstance(arguments, dict) else {}, row["status"] == "ok")


def sessions(actions: Iterable[Action], gap_s: float) -> list[list[Action]]:
    """Split oldest-first actions into per-caller sessions."""
    open_: dict[str, list[Action]] = {}
    done: list[list[Action]] = []
    for action in actions:
        if action.tool in META_TOOLS or action.caller.split(":", 1)[1].startswith(SKILL_CALLER_PREFIX):
            continue
        current = open_.get(action.caller)
        if current and action.ts - current[-1].ts > gap_s:
            done.append(current)
            current = None
        if current is None:
            current = open_[action.caller] = []
        current.append(action)
    return done + [s for s in open_.values() if s]


def pattern_id(tools: Sequence[str]) -> str:
    """A stable id: the same sequence always gets the same id."""
    return "seq-" + hashlib.sha1("\x1f".join(tools).encode()).hexdigest()[:10]


def mine(actions: Iterable[Action], config: SkillsConfig) -> list[SequencePattern]:
    """The recurring sequences, most frequent first."""
    occurrences: dict[tuple[str, ...], list[list[Action]]] = defaultdict(list)
    for session in sessions(actions, config.session_gap_s):
        tools = [a.tool for a in session]
        for length in range(2, config.max_sequence + 1):
            last_end: dict[tuple[str, ...], int] = {}
            for start in range(len(session) - length + 1):
                key = tuple(tools[start : start + length])
                if start < last_end.get(key, 0):
                    continue  # overlaps the previous occurrence of the same sequence (A B A B A)
                last_end[key] = start + length
                occurrences[key].append(session[start : start + length])
    found: list[SequencePattern] = []
    for tools_key, runs in occurrences.items():
        successes = sum(all(a.ok for a in run) for run in runs)
        if len(runs) < config.min_support or successes / len(runs) < config.min_success or len(set(tools_key)) == 1:
            continue
        found.append(SequencePattern(pattern_id(tools_key), tools_key, len(runs), successes, proposed_steps(runs)))
    kept = [p for p in found if not any(_inside(p, q) for q in found)]
    return sorted(kept, key=lambda p: (-p.support, -len(p.tools), p.tools))


def _inside(small: SequencePattern, big: SequencePattern) -> bool:
    if len(big.tools) <= len(small.tools) or big.support < small.support:
        return False
    n = len(small.tools)
    return any(big.tools[i : i + n] == small.tools for i in range(len(big.tools) - n + 1))


def proposed_steps(runs: list[list[Action]]) -> tuple[dict[str, Any], ...]:
    """The steps of the skill a pattern becomes: fixed arguments where every
    occurrence agreed, `{param=most common}` where they varied."""
    steps: list[dict[str, Any]] = []
    used: set[str] = set()
    for position in range(len(runs[0])):
        calls = [run[position] for run in runs]
        common = Counter(json.dumps(c.arguments, sort_keys=True, default=str) for c in calls).most_common(1)[0][0]
        arguments: dict[str, Any] = json.loads(common)
        for key in list(arguments):
            values = Counter(json.dumps(c.arguments.get(key), sort_keys=True, default=str) for c in calls)
            if len(values) == 1:
                continue
            name = _PARAM_NAME.sub("_", key) or "value"
            if name in used:
                name = f"{name}_{position + 1}"
            used.add(name)
            default = json.loads(values.most_common(1)[0][0])
            text = default if isinstance(default, str) else json.dumps(default)
            arguments[key] = f"{{{name}={text}}}" if text and _SIMPLE_DEFAULT.match(text) else f"{{{name}}}"
        steps.append({"tool": calls[0].tool, "arguments": arguments})
    return tuple(steps)
