"""Loading the scenario file and running its scenarios: each is validated
before any runs, skipped with a reason when its kind needs a service this
session lacks, and timed; a crash in one is its failure, never the run's."""

from __future__ import annotations

import asyncio
import time
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .kinds import KINDS
from .model import Outcome, Scenario, ScenarioEnv, ScenarioError, ScenarioKind, Status


def parse(data: Mapping[str, Any], source: str = "scenarios", kinds: Mapping[str, ScenarioKind] | None = None) -> list[Scenario]:
    """The `[[scenario]]` entries of a parsed TOML document, validated."""
    known = KINDS if kinds is None else kinds
    entries = data.get("scenario")
    if not isinstance(entries, list) or not entries:
        raise ScenarioError(f"{source}: no [[scenario]] entries")
    out: list[Scenario] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        sid, kind = entry.get("id"), entry.get("kind")
        if not isinstance(sid, str) or not sid:
            raise ScenarioError(f"{source}: scenario[{i}].id: a non-empty string is required")
        if sid in seen:
            raise ScenarioError(f"{source}: scenario {sid}: the id is used twice")
        seen.add(sid)
        if kind not in known:
            raise ScenarioError(f"{source}: scenario {sid}: kind: unknown kind {kind!r} (known: {', '.join(sorted(known))})")
        spec = {k: v for k, v in entry.items() if k not in ("id", "kind", "description")}
        scenario = Scenario(sid, kind, spec, str(entry.get("description", "")))
        known[kind].validate(scenario)
        out.append(scenario)
    return out


def load(path: str | Path | None = None) -> list[Scenario]:
    """The scenarios of `path`, or the built-in data/scenarios.toml."""
    if path is None:
        text, source = resources.files("jarvis_tui.data").joinpath("scenarios.toml").read_text(encoding="utf-8"), "data/scenarios.toml"
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ScenarioError(f"{source}: cannot read the file: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{source}: not valid TOML: {exc}") from None
    return parse(data, source)


@dataclass(frozen=True)
class RunReport:
    outcomes: tuple[Outcome, ...]
    elapsed_ms: float

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    def to_json(self) -> dict[str, Any]:
        return {
            "scenarios": [o.to_json() for o in self.outcomes],
            "passed": self.count("pass"),
            "failed": self.count("fail"),
            "skipped": self.count("skip"),
            "elapsed_ms": round(self.elapsed_ms, 1),
        }

    def table(self) -> str:
        """The report as the seed's benchmark table (Markdown)."""
        rows = ["| Scenario | Kind | Result | ms | Detail |", "|----------|------|--------|----|--------|"]
        for o in self.outcomes:
            detail = o.detail.replace("|", "\\|").replace("\n", " ")[:100]
            rows.append(f"| {o.id} | {o.kind} | {o.status.upper()} | {o.ms:.0f} | {detail} |")
        rows.append(f"\n{self.count('pass')} passed, {self.count('fail')} failed, {self.count('skip')} skipped in {self.elapsed_ms / 1000:.1f} s")
        return "\n".join(rows)


async def run_one(scenario: Scenario, env: ScenarioEnv, kinds: Mapping[str, ScenarioKind] | None = None) -> Outcome:
    kind = (KINDS if kinds is None else kinds)[scenario.kind]
    missing = [name for name in kind.requires if env.get(name) is None]
    if missing:
        return Outcome(scenario.id, scenario.kind, "skip", 0.0, kind.absent)
    start = time.perf_counter()
    status: Status
    try:
        verdict = await kind.run(scenario, env)
        status, detail = ("pass" if verdict.passed else "fail"), verdict.detail
    except Exception as exc:  # noqa: BLE001 - one scenario's crash is its failure, with the reason
        status, detail = "fail", f"{type(exc).__name__}: {exc}"
    return Outcome(scenario.id, scenario.kind, status, (time.perf_counter() - start) * 1000, detail)


async def run_all(scenarios: Sequence[Scenario], env: ScenarioEnv, *, concurrency: int = 1, progress: Any = None) -> RunReport:
    """Run every scenario (`concurrency` at once); outcomes in the file's order.
    `progress(outcome)` is called as each finishes."""
    start = time.perf_counter()
    limit = asyncio.Semaphore(max(1, concurrency))

    async def one(scenario: Scenario) -> Outcome:
        async with limit:
            outcome = await run_one(scenario, env)
        if progress is not None:
            progress(outcome)
        return outcome

    outcomes = await asyncio.gather(*(one(s) for s in scenarios))
    return RunReport(tuple(outcomes), (time.perf_counter() - start) * 1000)
