"""The skills service of the Runtime: skills stored in the database (or in
memory without one), JSON export and import, runs, the action history and
suggestions drawn from it."""

from __future__ import annotations

import itertools
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..brain.mining import META_TOOLS, Action, mine
from ..config import SkillsConfig
from ..store import Store
from ..tools.base import Caller
from .model import Skill, SkillError
from .runner import Ask, SkillReport, ToolCaller, run_skill

log = logging.getLogger(__name__)

EXPORT_VERSION = 1
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE skills (
        name TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '',
        triggers_json TEXT NOT NULL DEFAULT '[]', steps_json TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'user', created_at REAL NOT NULL, updated_at REAL NOT NULL);
    CREATE TABLE skills_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
_WORD = re.compile(r"\w+")


# The audit writes a call's row before it runs: a call still running (the one asking, say) is not an action yet.
FINISHED_CALLS = "SELECT * FROM tool_calls WHERE status != 'running' ORDER BY id DESC LIMIT ?"


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]
    replaced: tuple[str, ...]
    skipped: tuple[str, ...]  # already present, not replaced

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class ActionRecord:
    """One entry of the action history (an audited tool call)."""

    ts: float
    caller: str
    tool: str
    arguments: Any
    decision: str
    status: str
    error: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ActionSuggestion:
    kind: str  # skill | tool | pattern
    name: str
    reason: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "score": round(self.score, 3)}


def _spacing_and_case(text: str) -> str:
    return " ".join(text.lower().split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2}


def load_seed(path: str = "") -> list[Skill]:
    """The seed skills: `path`, or the built-in data/skills_seed.json."""
    text = Path(path).expanduser().read_text(encoding="utf-8") if path else resources.files("jarvis_tui.data").joinpath("skills_seed.json").read_text(encoding="utf-8")
    return parse_export(json.loads(text), source="seed")


def parse_export(doc: Any, *, max_steps: int = 50, source: str | None = None) -> list[Skill]:
    """Skills of an export document `{"version": 1, "skills": [...]}`; SkillError says what is wrong."""
    if not isinstance(doc, dict) or not isinstance(doc.get("skills"), list):
        raise SkillError('expected a JSON object {"version": 1, "skills": [...]}')
    if doc.get("version", EXPORT_VERSION) != EXPORT_VERSION:
        raise SkillError(f"skills export version {doc.get('version')!r} is not supported (this jarvis-tui reads version {EXPORT_VERSION})")
    skills = [Skill.from_json(item, max_steps=max_steps, source=source) for item in doc["skills"]]
    names = [s.name for s in skills]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SkillError(f"skill {dupes[0]!r} appears twice in the file")
    return skills


class Skills:
    """The Runtime's skills service. `ask` answers commander requests (the
    lead wires it to the commander); `known_tools` lists the registry's
    tool names so a skill naming an unknown tool is refused when created."""

    def __init__(self, config: SkillsConfig, store: Store | None = None, *, ask: Ask | None = None, known_tools: Iterable[str] | None = None) -> None:
        self.config = config
        self.store = store
        self.ask = ask
        self.known_tools = frozenset(known_tools) if known_tools is not None else None
        self._memory: dict[str, Skill] = {}  # the skills when there is no database

    async def start(self) -> None:
        """Create the tables and load the seed skills once, into an empty database."""
        if self.store is not None:
            await self.store.ensure_schema("skills", MIGRATIONS)
            seeded = await self.store.fetchall("SELECT value FROM skills_meta WHERE key = 'seeded'")
            if seeded:
                return
        try:
            seed = load_seed(self.config.seed_file)
        except (OSError, ValueError) as exc:
            log.warning("skills: the seed file could not be loaded: %s", exc)
            seed = []
        for skill in seed:
            if await self.get(skill.name) is None:
                await self._save(skill)
        if self.store is not None:
            await self.store.execute("INSERT OR REPLACE INTO skills_meta VALUES ('seeded', ?)", (str(time.time()),))

    async def aclose(self) -> None:
        """Nothing to release: the store belongs to the Runtime."""

    async def all_skills(self) -> list[Skill]:
        """Every skill, by name."""
        if self.store is None:
            return sorted(self._memory.values(), key=lambda s: s.name.lower())
        rows = await self.store.fetchall("SELECT * FROM skills ORDER BY name COLLATE NOCASE")
        return [self._from_row(row) for row in rows]

    async def get(self, name: str) -> Skill | None:
        if self.store is None:
            return self._memory.get(name)
        rows = await self.store.fetchall("SELECT * FROM skills WHERE name = ?", (name,))
        return self._from_row(rows[0]) if rows else None

    def _from_row(self, row: dict[str, Any]) -> Skill:
        return Skill.from_json({"name": row["name"], "description": row["description"], "triggers": row["triggers"], "steps": row["steps"], "source": row["source"], "created_at": row["created_at"]}, max_steps=10_000)

    def check(self, skill: Skill) -> None:
        """Refuse a skill that names a tool the registry does not have."""
        if self.known_tools is None:
            return
        for i, step in enumerate(skill.steps, start=1):
            if step.tool is not None and step.tool not in self.known_tools:
                raise SkillError(f"skill {skill.name!r} step {i}: unknown tool {step.tool!r}")

    async def create(self, data: Mapping[str, Any] | Skill, *, replace: bool = False, source: str | None = None) -> Skill:
        """Validate and store a skill; SkillError when invalid or when the name exists and `replace` is false."""
        skill = data if isinstance(data, Skill) else Skill.from_json(dict(data), max_steps=self.config.max_steps, source=source)
        if len(skill.steps) > self.config.max_steps:
            raise SkillError(f"skill {skill.name!r}: {len(skill.steps)} steps; the limit is {self.config.max_steps} ([skills] max_steps)")
        self.check(skill)
        if not replace and await self.get(skill.name) is not None:
            raise SkillError(f"a skill named {skill.name!r} already exists (remove it first, or import with replace)")
        await self._save(skill)
        return skill

    async def _save(self, skill: Skill) -> None:
        if self.store is None:
            self._memory[skill.name] = skill
            return
        await self.store.execute(
            "INSERT INTO skills (name, description, triggers_json, steps_json, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET description = excluded.description, triggers_json = excluded.triggers_json,"
            " steps_json = excluded.steps_json, source = excluded.source, updated_at = excluded.updated_at",
            (skill.name, skill.description, json.dumps(list(skill.triggers), ensure_ascii=False), json.dumps([s.to_json() for s in skill.steps], ensure_ascii=False),
             skill.source, skill.created_at, time.time()),
        )

    async def remove(self, name: str) -> bool:
        """Delete a skill; False when there was none of that name."""
        if self.store is None:
            return self._memory.pop(name, None) is not None
        if await self.get(name) is None:
            return False
        await self.store.execute("DELETE FROM skills WHERE name = ?", (name,))
        return True

    async def export(self) -> dict[str, Any]:
        """Every skill as one JSON document (what `import_` reads back)."""
        skills = [{k: v for k, v in s.to_json().items() if k != "params"} for s in await self.all_skills()]
        return {"version": EXPORT_VERSION, "skills": skills}

    async def import_(self, doc: Any, *, replace: bool = False) -> ImportReport:
        """Add the skills of an export document; all are validated before any is written."""
        skills = parse_export(doc, max_steps=self.config.max_steps)
        for skill in skills:
            self.check(skill)
        added: list[str] = []
        replaced: list[str] = []
        skipped: list[str] = []
        for skill in skills:
            exists = await self.get(skill.name) is not None
            if exists and not replace:
                skipped.append(skill.name)
                continue
            await self._save(skill)
            (replaced if exists else added).append(skill.name)
        return ImportReport(tuple(added), tuple(replaced), tuple(skipped))

    async def run(self, name: str, values: Mapping[str, Any], *, toolbox: ToolCaller, caller: Caller, request_id: str = "") -> SkillReport:
        """Run a skill by name through `toolbox`, as `caller`."""
        skill = await self.get(name)
        if skill is None:
            return SkillReport(name, "failed", (), None, f"no skill named {name!r}", 0.0)
        return await run_skill(skill, values, toolbox, caller, ask=self.ask, request_id=request_id)

    async def match(self, text: str, *, key: Callable[[str], str] | None = None) -> Skill | None:
        """The skill the text names, or whose trigger phrase it is, compared in
        `key`'s spelling (by default case and spacing aside; the voice passes
        its own). A name beats a trigger; a phrase two skills answer to
        matches none: never the wrong skill."""
        fold = key or _spacing_and_case
        wanted = fold(text)
        if not wanted:
            return None
        skills = await self.all_skills()
        named = [s for s in skills if fold(s.name) == wanted]
        if named:
            return named[0] if len(named) == 1 else None
        triggered = [s for s in skills if any(fold(t) == wanted for t in s.triggers)]
        return triggered[0] if len(triggered) == 1 else None

    async def history(self, limit: int = 50) -> list[ActionRecord]:
        """The latest audited tool calls, newest first (calls still running, this one among them, are not actions yet)."""
        if self.store is None:
            return []
        rows = await self.store.fetchall(FINISHED_CALLS, (limit,))
        return [ActionRecord(r["ts"], f"{r['caller_kind']}:{r['caller']}" if r["caller"] else r["caller_kind"], r["tool"], r["arguments"], r["decision"], r["status"], r["error"]) for r in rows]

    async def actions(self, limit: int = 5000) -> list[Action]:
        """The latest finished audited tool calls as mining reads them, oldest first."""
        if self.store is None:
            return []
        rows = await self.store.fetchall(FINISHED_CALLS, (limit,))
        return [Action.from_row(r) for r in reversed(rows)]

    async def suggest(self, context: str = "", limit: int = 10) -> list[ActionSuggestion]:
        """Skills whose name or triggers share words with `context`, the tools
        most often used right after the latest action, and mined sequences
        not yet saved as skills."""
        found: list[ActionSuggestion] = []
        words = _words(context)
        skills = await self.all_skills()
        for skill in skills:
            overlap = words & _words(" ".join((skill.name, skill.description, *skill.triggers)))
            if overlap:
                found.append(ActionSuggestion("skill", skill.name, f"matches {', '.join(sorted(overlap))}", len(overlap) / max(len(words), 1)))
        actions = [a for a in await self.actions() if a.tool not in META_TOOLS]
        if actions:
            last = actions[-1].tool
            following = Counter(b.tool for a, b in itertools.pairwise(actions) if a.tool == last and b.tool != last)
            total = sum(following.values())
            for tool, count in following.most_common(3):
                found.append(ActionSuggestion("tool", tool, f"followed {last} {count} of {total} times", 0.5 * count / total))
        existing = {tuple(s.tool for s in skill.steps) for skill in skills}
        for pattern in mine(actions, self.config):
            if pattern.tools not in existing:
                found.append(ActionSuggestion("pattern", pattern.name, f"{pattern.id}: repeated {pattern.support} times, {pattern.success_rate:.0%} successful", 0.3))
        return sorted(found, key=lambda s: -s.score)[:limit]
