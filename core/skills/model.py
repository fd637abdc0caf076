"""What a skill is: a name, trigger phrases and steps, each step a tool call
`{"tool": NAME, "arguments": {...}}` or a commander request `{"ask": TEXT}`.

Parameters are the placeholders the steps use: `{pair}` must be given when
the skill runs, `{pair=BTC}` has a default. A string that is exactly one
placeholder takes the value as given (a number stays a number); a
placeholder inside a longer string is replaced by the value's text.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:=([^{}]*))?\}")
NAME_MAX = 100
TRIGGER_MAX = 200
# A skill that runs a skill could loop; composing skills is done by copying their steps.
FORBIDDEN_STEP_TOOLS = frozenset({"run_skill"})
SOURCES = ("user", "seed", "mined", "import")


class SkillError(ValueError):
    """A skill definition or a run's parameters are not valid, phrased for the user."""


@dataclass(frozen=True)
class Param:
    name: str
    default: Any = None
    required: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "required": self.required, "default": self.default}


@dataclass(frozen=True)
class Step:
    """One step: a tool call (tool set) or a commander request (ask set)."""

    tool: str | None = None
    arguments: Mapping[str, Any] = field(default_factory=dict)
    ask: str | None = None

    @property
    def kind(self) -> str:
        return "tool" if self.tool is not None else "ask"

    @property
    def target(self) -> str:
        return self.tool if self.tool is not None else (self.ask or "")

    def to_json(self) -> dict[str, Any]:
        return {"tool": self.tool, "arguments": dict(self.arguments)} if self.tool is not None else {"ask": self.ask}

    @classmethod
    def from_json(cls, data: Any, where: str) -> Step:
        if not isinstance(data, dict):
            raise SkillError(f"{where}: a step is an object {{tool, arguments}} or {{ask}}, not {type(data).__name__}")
        unknown = sorted(set(data) - {"tool", "arguments", "ask"})
        if unknown:
            raise SkillError(f"{where}: unknown key {unknown[0]!r} (a step has tool and arguments, or ask)")
        if ("tool" in data) == ("ask" in data):
            raise SkillError(f"{where}: a step needs exactly one of tool or ask")
        if "ask" in data:
            if "arguments" in data:
                raise SkillError(f"{where}: an ask step takes no arguments")
            ask = data["ask"]
            if not isinstance(ask, str) or not ask.strip():
                raise SkillError(f"{where}.ask: expected a non-empty request text")
            return cls(ask=ask.strip())
        tool, arguments = data["tool"], data.get("arguments", {})
        if not isinstance(tool, str) or not tool.strip():
            raise SkillError(f"{where}.tool: expected a tool name")
        if tool in FORBIDDEN_STEP_TOOLS:
            raise SkillError(f"{where}.tool: a skill cannot call {tool} (copy the other skill's steps instead)")
        if not isinstance(arguments, dict):
            raise SkillError(f"{where}.arguments: expected an object, not {type(arguments).__name__}")
        return cls(tool=tool.strip(), arguments=arguments)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _literal(text: str) -> Any:
    """A default as written: numbers and booleans become values, the rest stays text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, (int, float, bool)) else text


@dataclass(frozen=True)
class Skill:
    name: str
    steps: tuple[Step, ...]
    triggers: tuple[str, ...] = ()
    description: str = ""
    source: str = "user"
    created_at: float = field(default_factory=time.time, compare=False)

    @property
    def params(self) -> tuple[Param, ...]:
        """The placeholders of the steps, in order of first use."""
        found: dict[str, Param] = {}
        for step in self.steps:
            texts = _strings(step.arguments) if step.tool is not None else iter([step.ask or ""])
            for text in texts:
                for match in PLACEHOLDER.finditer(text):
                    name, default = match.group(1), match.group(2)
                    known = found.get(name)
                    if known is None or (known.required and default is not None):
                        found[name] = Param(name, None if default is None else _literal(default), default is None)
        return tuple(found.values())

    def bind(self, values: Mapping[str, Any]) -> tuple[Step, ...]:
        """The steps with every placeholder replaced; SkillError names a missing or unknown parameter."""
        params = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(params))
        if unknown:
            raise SkillError(f"skill {self.name!r} has no parameter {unknown[0]!r}; its parameters are {', '.join(params) or 'none'}")
        missing = [p.name for p in params.values() if p.required and p.name not in values]
        if missing:
            raise SkillError(f"skill {self.name!r} needs a value for {', '.join(missing)}")
        resolved = {name: values.get(name, p.default) for name, p in params.items()}
        return tuple(Step(s.tool, _substitute(dict(s.arguments), resolved), None) if s.tool is not None else Step(ask=_substitute(s.ask or "", resolved)) for s in self.steps)

    def values_from_text(self, texts: Mapping[str, str]) -> dict[str, Any]:
        """Parameter values typed as text (the command line, the cockpit's
        dialog): a parameter whose default is a number or true/false takes
        one, the others keep the text as typed. SkillError names a value that
        is not of its default's type; unknown names are left to `bind`."""
        params = {p.name: p for p in self.params}
        values: dict[str, Any] = {}
        for name, text in texts.items():
            default = params[name].default if name in params else None
            if isinstance(default, (bool, int, float)):
                value = _literal(text.strip())
                if isinstance(default, bool):
                    fits, expected = isinstance(value, bool), "true or false"
                else:
                    fits, expected = isinstance(value, (int, float)) and not isinstance(value, bool), "a number"
                if not fits:
                    raise SkillError(f"skill {self.name!r}: {name} takes {expected} (its default is {json.dumps(default)}), not {text!r}")
                values[name] = value
            else:
                values[name] = text
        return values

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "triggers": list(self.triggers),
            "steps": [s.to_json() for s in self.steps],
            "params": [p.to_json() for p in self.params],
            "source": self.source,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: Any, *, max_steps: int = 50, source: str | None = None) -> Skill:
        """Validate a skill written as JSON (the export format, create_skill's arguments)."""
        if not isinstance(data, dict):
            raise SkillError(f"a skill is a JSON object, not {type(data).__name__}")
        unknown = sorted(set(data) - {"name", "description", "triggers", "steps", "params", "source", "created_at"})
        if unknown:
            raise SkillError(f"skill: unknown key {unknown[0]!r}")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip() or len(name.strip()) > NAME_MAX:
            raise SkillError(f"skill name: expected 1 to {NAME_MAX} characters")
        name = name.strip()
        where = f"skill {name!r}"
        triggers = data.get("triggers", [])
        if not isinstance(triggers, list) or not all(isinstance(t, str) and 0 < len(t.strip()) <= TRIGGER_MAX for t in triggers):
            raise SkillError(f"{where}.triggers: expected a list of phrases of 1 to {TRIGGER_MAX} characters")
        description = data.get("description", "")
        if not isinstance(description, str):
            raise SkillError(f"{where}.description: expected text")
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            raise SkillError(f"{where}.steps: expected a non-empty list of steps")
        if len(steps) > max_steps:
            raise SkillError(f"{where}.steps: {len(steps)} steps; the limit is {max_steps} ([skills] max_steps)")
        origin = source or data.get("source") or "user"
        if origin not in SOURCES:
            raise SkillError(f"{where}.source: expected one of {', '.join(SOURCES)}")
        created = data.get("created_at")
        return cls(
            name,
            tuple(Step.from_json(s, f"{where}.steps[{i}]") for i, s in enumerate(steps)),
            tuple(t.strip() for t in triggers),
            description.strip(),
            origin,
            **({"created_at": float(created)} if isinstance(created, (int, float)) else {}),
        )


def _substitute(value: Any, values: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value)
        if whole is not None:
            return values[whole.group(1)]
        return PLACEHOLDER.sub(lambda m: _text(values[m.group(1)]), value)
    if isinstance(value, Mapping):
        return {key: _substitute(item, values) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_substitute(item, values) for item in value]
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
