"""The commander: the one pipeline every request goes through.

classify → decompose → thermal check → enrich run once, here; then one of
two strategies does the work — the local dispatcher (units on the cluster's
nodes), or a tool-using commander model (Claude, or an Ollama model with -o)
that dispatches through `dispatch_agent`, `lm_query` and `consensus` — and
both share one checker and one failover path. Every step is an event on the
bus; the result is DESIGN.md's one-shot document.
"""

from __future__ import annotations

import asyncio
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from jarvis_tui.core.backends.base import BackendError
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.thermal import ThermalGovernor, ThermalGuard, ThermalReport, cluster_level
from jarvis_tui.core.config import CLAUDE, TASK_TYPES, Config
from jarvis_tui.core.events import (
    CallMoved,
    Classified,
    Enriched,
    EventBus,
    Planned,
    PlanUnit,
    RequestFinished,
    RequestStarted,
    ThermalChecked,
    UnitAdded,
)
from jarvis_tui.core.orchestra.checker import Checker, strip_thinking
from jarvis_tui.core.orchestra.classifier import classify_heuristic, normalise
from jarvis_tui.core.orchestra.dispatch import Dispatcher, UnitResult
from jarvis_tui.core.orchestra.enrich import Prompts, commander_prompt, load_prompts, plan_summary, synthesis_messages
from jarvis_tui.core.orchestra.plan import Unit, apply_thermal, decompose
from jarvis_tui.core.orchestra.units import UnitRunner, close_unit

if TYPE_CHECKING:
    from jarvis_tui.core.brain.service import Brain
    from jarvis_tui.core.cluster.gpu.readings import ReadingSource
    from jarvis_tui.core.tools.registry import Toolbox

MAX_PROMPT_CHARS = 100_000
_SURROGATES = re.compile("[\ud800-\udfff]")
_LABEL_ALIASES = {"analysis": "analyse", "analyze": "analyse", "system": "systeme", "systeme": "systeme", "search": "web"}
Mode = Literal["auto", "claude", "ollama", "local"]
SYNTHESIS_UNIT = "s1"  # the merged answer, as the plan, the printer and the store see it


class PromptError(ValueError):
    """The prompt cannot be sent: empty, too long, or no readable text."""


def clean_prompt(prompt: str, max_chars: int = MAX_PROMPT_CHARS) -> str:
    """Make arbitrary input safe to send and to store, or say why it is not.

    Text is judged by Unicode categories, whatever the script: letters,
    combining marks (Hindi's vowel signs, Thai's tone marks, Hebrew points),
    numbers, punctuation, symbols, separators and format characters (the
    joiners Indic scripts and emoji need) are text. What is not: control
    characters other than whitespace, and the replacement characters that
    undecodable bytes become. Controls are dropped; format characters stay."""
    # Undecodable bytes arrive from argv as lone surrogates: make them visible replacement characters.
    text = _SURROGATES.sub("\ufffd", prompt)
    binary = sum(c == "\ufffd" or (unicodedata.category(c) == "Cc" and not c.isspace()) for c in text)
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc").strip()
    if not any(unicodedata.category(c)[0] in "LMNPS" for c in kept):
        raise PromptError("the prompt is empty" if not prompt.strip() else "the prompt has no readable text")
    if binary > len(text) * 0.4:
        raise PromptError("the prompt looks like binary data, not text")
    if len(kept) > max_chars:
        raise PromptError(f"the prompt is {len(kept):,} characters long; the limit is {max_chars:,}")
    return kept


@dataclass
class Classification:
    type: str
    method: str
    confidence: float
    ms: float  # the deciding method's own time
    heuristic_type: str
    total_ms: float  # the whole step, including a classifier call that did not decide

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "ms": round(self.ms, 3),
            "total_ms": round(self.total_ms, 3),
        }


def parse_label(reply: str) -> str | None:
    """The one task type a classifier model named, or None when it named none or several."""
    words = set(normalise(strip_thinking(reply)).replace(".", " ").split())
    found = {_LABEL_ALIASES.get(w, w) for w in words} & set(TASK_TYPES)
    return found.pop() if len(found) == 1 else None


@dataclass
class Prepared:
    """A request after the steps every strategy shares."""

    request_id: str
    prompt: str
    classification: Classification
    units: list[Unit]
    thermal: ThermalReport
    summary: str  # the plan as the units and a commander model read it
    enriched: str  # the commander prompt
    started: float

    def document(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "prompt": self.prompt,
            "classification": self.classification.to_json(),
            "thermal": self.thermal.to_json(),
            "plan": [u.to_json() for u in self.units],
        }


class Commander:
    """One per process (the Runtime's), long-lived: the thermal governor's
    hysteresis and the nodes' health carry from one request to the next.
    `run()` serves one request at a time or several at once."""

    def __init__(
        self,
        config: Config,
        bus: EventBus,
        *,
        pool: NodePool | None = None,
        thermal: ThermalGuard | None = None,
        readings: ReadingSource | None = None,
        toolbox: Toolbox | None = None,
    ) -> None:
        self.config = config
        self.bus = bus
        self.pool = pool or NodePool(config, bus)
        self.thermal = thermal or self.pool.thermal or ThermalGuard(ThermalGovernor(config.thermal), readings)
        if readings is not None:
            self.thermal.readings = readings
        if self.pool.thermal is None:
            self.pool.thermal = self.thermal  # every call to a node weighs the same heat
        self.toolbox = toolbox
        # The routing brain, when the runtime runs one: it reorders a unit's candidates, never adds one.
        self.brain: Brain | None = None
        self.prompts: Prompts = load_prompts()
        self.checker = Checker(config, self.pool, self.prompts.checker)
        self.runner = UnitRunner(self.pool, bus, max_tokens=config.commander.max_tokens)
        self.dispatcher = Dispatcher(config, self.pool, bus, self.prompts, self.checker, self.runner)

    @property
    def governor(self) -> ThermalGovernor:
        return self.thermal.governor

    def mode_for(self, mode: Mode) -> Mode:
        """`auto`: Claude when its key is set, otherwise the local pipeline."""
        if mode == "auto":
            return "claude" if self.pool.claude_on and self.toolbox is not None else "local"
        return mode

    async def classify(self, prompt: str, *, use_llm: bool, request_id: str = "") -> Classification:
        """The heuristic always runs; the classifier node may override it when
        it answers in time. A hot or unhealthy classifier node is replaced by
        the next cool one, or left out (the heuristic decides)."""
        start = time.perf_counter()
        heuristic = classify_heuristic(prompt)
        heuristic_ms = (time.perf_counter() - start) * 1000
        node = self._cool(self.config.commander.classifier_node, "classifier", request_id) if use_llm else None
        if node is not None:
            llm_start = time.perf_counter()
            label = await self._llm_label(node, prompt, request_id)
            now = time.perf_counter()
            if label is not None:
                confidence = 0.9 if label == heuristic.type else 0.7
                return Classification(label, "llm", confidence, (now - llm_start) * 1000, heuristic.type, (now - start) * 1000)
        total_ms = (time.perf_counter() - start) * 1000
        return Classification(heuristic.type, "heuristic", heuristic.confidence, heuristic_ms, heuristic.type, total_ms)

    def _cool(self, node: str, call: str, request_id: str) -> str | None:
        """`node` for a short helper call (classifier, pre-analysis) when it is
        healthy and not critical; otherwise None and a CallMoved event saying
        why: the call is skipped, never sent to a hot GPU or elsewhere."""
        levels = self.thermal.levels()
        if self.pool.healthy(node) and levels.get(node, ("normal", 0.0))[0] != "critical":
            return node
        if node in self.pool.names():  # configured and enabled, but out: say so
            self.bus.publish(CallMoved(request_id, call=call, from_node=node, to_node=None, reason=self.pool.why_not(node, levels)))
        return None

    async def _llm_label(self, node: str, prompt: str, request_id: str) -> str | None:
        messages = [{"role": "system", "content": self.prompts.classifier}, {"role": "user", "content": prompt[:4000]}]
        try:
            async with asyncio.timeout(self.config.commander.classifier_timeout_s):
                reply = await self.pool.complete(node, messages, max_tokens=64, temperature=0.0)
        except BackendError as exc:
            self.pool.record_failure(node, exc, request_id)
            return None
        except TimeoutError:
            return None  # slow is not broken: the heuristic decides this time
        return parse_label(reply)

    async def preanalysis(self, prompt: str, request_id: str = "") -> str | None:
        """A short pre-analysis by the classifier node, when the config asks for one."""
        if not self.config.commander.preanalysis:
            return None
        node = self._cool(self.config.commander.classifier_node, "preanalysis", request_id)
        if node is None:
            return None
        messages = [{"role": "system", "content": self.prompts.preanalysis}, {"role": "user", "content": prompt}]
        try:
            async with asyncio.timeout(self.config.commander.checker_timeout_s):
                return strip_thinking(await self.pool.complete(node, messages, max_tokens=300)) or None
        except (BackendError, TimeoutError):
            return None

    def plan(self, task_type: str) -> tuple[list[Unit], ThermalReport]:
        """Decompose and apply the thermal rules: (units, the thermal report)."""
        units = decompose(
            self.config, task_type, available=self.pool.healthy, default_model=self.pool.default_model, claude_on=self.pool.claude_on
        )
        if self.brain is not None:
            self._learned_order(task_type, units)
        levels = self.thermal.levels()
        moves = apply_thermal(units, task_type, levels, self.config, healthy=self.pool.healthy, default_model=self.pool.default_model)
        level, max_c = cluster_level(levels)
        return units, ThermalReport(level, max_c, tuple(moves), levels)

    def _learned_order(self, task_type: str, units: list[Unit]) -> None:
        """Let the brain reorder each unit's allowed nodes (its routed node and
        the fallbacks that are healthy); the thermal step still follows."""
        assert self.brain is not None
        for unit in units:
            if unit.node == CLAUDE:
                continue
            options = [n for n in dict.fromkeys((unit.routed_node, *self.config.commander.fallbacks)) if n and self.pool.healthy(n)]
            if len(options) < 2:
                continue
            best = self.brain.order(task_type, unit.role, options)[0]
            if best != unit.node:
                unit.note = f"brain: {self.brain.table_status(task_type, unit.role).why}"
                unit.node, unit.model = best, self.pool.default_model(best)

    async def prepare(self, prompt: str, *, source: str, dry_run: bool) -> Prepared:
        """The steps every strategy shares, each published once. The plan is
        published by the strategy that carries it out (Planned, once)."""
        start = time.perf_counter()
        prompt = clean_prompt(prompt)
        request_id = uuid.uuid4().hex[:12]
        self.bus.publish(RequestStarted(request_id, prompt=prompt, source=source, dry_run=dry_run))
        classification = await self.classify(prompt, use_llm=not dry_run, request_id=request_id)
        self.bus.publish(Classified(request_id, **classification.__dict__))
        units, thermal = self.plan(classification.type)
        self.bus.publish(ThermalChecked(request_id, level=thermal.level, max_c=thermal.max_c, moved=thermal.moves))
        preanalysis = None if dry_run else await self.preanalysis(prompt, request_id)
        summary = plan_summary(classification.type, classification.method, units, preanalysis)
        enriched = commander_prompt(prompt, summary)
        self.bus.publish(Enriched(request_id, commander_prompt=enriched, preanalysis=preanalysis is not None))
        return Prepared(request_id, prompt, classification, units, thermal, summary, enriched, start)

    async def run(self, prompt: str, *, mode: Mode = "auto", source: str = "oneshot", dry_run: bool = False) -> dict[str, Any]:
        """Serve one request; returns DESIGN.md's one-shot document with a
        `commander` section saying which strategy did the work."""
        request = await self.prepare(prompt, source=source, dry_run=dry_run)
        doc = request.document()
        mode = "local" if dry_run else self.mode_for(mode)
        outcome: dict[str, Any] | None = None
        section: dict[str, Any] = {"mode": mode}
        if mode in ("claude", "ollama") and self.toolbox is not None:
            from jarvis_tui.core.orchestra.tool_commander import ToolCommander  # noqa: PLC0415 - loads the chat wires

            outcome = await ToolCommander(self, self.toolbox, mode).execute(request, section)
        else:
            self.bus.publish(Planned(request.request_id, units=tuple(u.spec() for u in request.units), answer=not self.merges(request.units)))
        if dry_run:
            doc["elapsed_ms"] = round((time.perf_counter() - request.started) * 1000, 3)
            doc["commander"] = section
            self.bus.publish(RequestFinished(request.request_id, status="planned", answer="", score=None, attribution=(), cycles=0, elapsed_ms=doc["elapsed_ms"], document=doc))
            return doc
        if outcome is None:
            results = await self.dispatcher.run(request.request_id, request.prompt, request.units, request.summary)
            outcome = synthesise(request.units, results)
            if self.merges(request.units) and sum(r.status == "ok" for r in results) > 1:
                outcome = await self._merge(request, results, outcome)
        doc.update(outcome)
        doc["commander"] = section
        doc["elapsed_ms"] = round((time.perf_counter() - request.started) * 1000, 1)
        self.bus.publish(
            RequestFinished(
                request.request_id,
                status=doc["status"],
                answer=doc["answer"],
                score=doc["score"],
                attribution=tuple(doc["attribution"]),
                cycles=doc["cycles"],
                elapsed_ms=doc["elapsed_ms"],
                error=doc["error"],
                document=doc,
            )
        )
        return doc

    def merges(self, units: list[Unit]) -> bool:
        """Whether a synthesis call writes this plan's answer (several units, `synthesis = "merge"`)."""
        return self.config.commander.synthesis == "merge" and len(units) > 1

    async def _merge(self, request: Prepared, results: list[UnitResult], parts: dict[str, Any]) -> dict[str, Any]:
        """The seed's final synthesis: the commander's node merges the units'
        parts into one attributed answer (thermal and health decide where it
        runs, like any call), and the checker judges the merged answer. When
        no node can merge, the parts stand as written."""
        rid, node = request.request_id, self.config.commander.classifier_node
        ok = [(u, r) for u, r in zip(request.units, results, strict=True) if r.status == "ok"]
        candidates = self.pool.candidates(node, call="synthesis", request_id=rid)
        first = candidates[0] if candidates else node
        self.bus.publish(UnitAdded(rid, unit=PlanUnit(SYNTHESIS_UNIT, "synthesis", None, first, self.pool.default_model(first)), answer=True))
        messages = synthesis_messages(self.prompts, request.prompt, [(u.role, u.attribution(r.node, r.model), r.text) for u, r in ok])
        attempt, attempts = await self.runner.run(rid, SYNTHESIS_UNIT, candidates, messages, model_for=self.pool.default_model, fallback=(first, ""))
        judged = await close_unit(self.bus, self.checker, rid, request.prompt, "synthesis", unit_id=SYNTHESIS_UNIT, node=attempt.node, model=attempt.model,
                                  text="" if attempt.error else attempt.text, latency_ms=0.0 if attempt.error else attempt.latency_ms, attempts=attempts,
                                  error=attempt.error)
        if judged is None:
            return {**parts, "synthesis": {"status": "failed", "error": attempt.error}}
        answer = attempt.text.strip()
        if not any(tag in answer for tag in parts["attribution"]):
            answer += "\n\n— " + ", ".join(parts["attribution"])  # a synthesis always says who did the work
        synthesis = {"status": "ok", "node": attempt.node, "model": attempt.model, "latency_ms": round(attempt.latency_ms, 1),
                     "score": round(judged.value, 3), "score_method": judged.method, "parts_score": parts["score"]}
        return {**parts, "answer": answer, "score": round(judged.value, 3), "score_method": judged.method, "synthesis": synthesis}

    async def aclose(self) -> None:
        await self.pool.aclose()


def synthesise(units: list[Unit], results: list[UnitResult]) -> dict[str, Any]:
    """One answer from the units' results, each part attributed
    `[agent/node:model]`, and a global score: the mean of the units' scores,
    a failed unit counting 0."""
    ok = [(u, r) for u, r in zip(units, results, strict=True) if r.status == "ok"]
    attribution = [u.attribution(r.node, r.model) for u, r in ok]
    if len(ok) == 1:
        (_unit, result), = ok
        answer = f"{result.text}\n\n— {attribution[0]}"
    else:
        answer = "\n\n".join(f"## {u.role} {u.attribution(r.node, r.model)}\n\n{r.text}" for u, r in ok)
    failed = [r for r in results if r.status != "ok"]
    if failed and ok:
        answer += "\n\n" + "\n".join(f"(unit {r.id} failed: {r.error})" for r in failed)
    scores = [(r.score or 0.0) if r.status == "ok" else 0.0 for r in results]
    return {
        "results": [r.to_json() for r in results],
        "answer": answer if ok else "",
        "score": round(sum(scores) / len(scores), 3) if ok else 0.0,
        "attribution": attribution,
        "cycles": max((r.cycles for r in results), default=0),
        "status": "ok" if ok else "failed",
        "error": None if ok else "; ".join(dict.fromkeys(r.error or "failed" for r in failed)),
        # Some part of the answer was cut by a node's token limit: it is incomplete.
        "truncated": any(r.truncated for _, r in ok),
    }
