"""The commander: classify, decompose, thermal check, enrich, dispatch,
check, synthesise — the seed's "Mode Commandant" pipeline, as one request
that publishes every step on the event bus and returns DESIGN.md's document."""

from __future__ import annotations

import asyncio
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from .backends.base import BackendError
from .checker import strip_thinking
from .classifier import classify_heuristic, normalise
from .config import TASK_TYPES, Config
from .dispatch import Dispatcher, UnitResult
from .enrich import commander_prompt, load_prompts, plan_summary
from .events import Classified, Enriched, EventBus, Planned, RequestFinished, RequestStarted, ThermalChecked
from .gpu import NoReadings, ReadingSource
from .nodes import NodePool
from .plan import Unit, apply_thermal, decompose
from .thermal import ThermalGovernor, cluster_level

MAX_PROMPT_CHARS = 100_000
_SURROGATES = re.compile("[\ud800-\udfff]")
_LABEL_ALIASES = {"analysis": "analyse", "analyze": "analyse", "system": "systeme", "systeme": "systeme", "search": "web"}


class PromptError(ValueError):
    """The prompt cannot be sent: empty, too long, or no readable text."""


def clean_prompt(prompt: str, max_chars: int = MAX_PROMPT_CHARS) -> str:
    """Make arbitrary input safe to send and to store, or say why it is not."""
    # Undecodable bytes arrive from argv as lone surrogates: make them visible replacement characters.
    text = _SURROGATES.sub("\ufffd", prompt)
    readable = sum(c.isspace() or (c != "\ufffd" and unicodedata.category(c)[0] in "LNPS") for c in text)
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
    if not kept:
        raise PromptError("the prompt is empty" if not prompt.strip() else "the prompt has no readable text")
    if readable < len(text) * 0.6:
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


class Commander:
    """One per session; `run()` serves one request at a time or several at once."""

    def __init__(self, config: Config, bus: EventBus, *, pool: NodePool | None = None, readings: ReadingSource | None = None) -> None:
        self.config = config
        self.bus = bus
        self.pool = pool or NodePool(config, bus)
        self.readings = readings or NoReadings()
        self.governor = ThermalGovernor(config.thermal)
        self.prompts = load_prompts()
        self.dispatcher = Dispatcher(config, self.pool, bus, self.prompts)

    async def classify(self, prompt: str, *, use_llm: bool) -> Classification:
        """The heuristic always runs; the classifier node may override it when it answers in time."""
        start = time.perf_counter()
        heuristic = classify_heuristic(prompt)
        heuristic_ms = (time.perf_counter() - start) * 1000
        node = self.config.commander.classifier_node
        if use_llm and self.pool.healthy(node):
            llm_start = time.perf_counter()
            label = await self._llm_label(node, prompt)
            now = time.perf_counter()
            if label is not None:
                confidence = 0.9 if label == heuristic.type else 0.7
                return Classification(label, "llm", confidence, (now - llm_start) * 1000, heuristic.type, (now - start) * 1000)
        total_ms = (time.perf_counter() - start) * 1000
        return Classification(heuristic.type, "heuristic", heuristic.confidence, heuristic_ms, heuristic.type, total_ms)

    async def _llm_label(self, node: str, prompt: str) -> str | None:
        messages = [{"role": "system", "content": self.prompts.classifier}, {"role": "user", "content": prompt[:4000]}]
        try:
            async with asyncio.timeout(self.config.commander.classifier_timeout_s):
                reply = await self.pool.complete(node, messages, max_tokens=64, temperature=0.0)
        except BackendError as exc:
            self.pool.record_failure(node, exc)
            return None
        except TimeoutError:
            return None  # slow is not broken: the heuristic decides this time
        return parse_label(reply)

    async def preanalysis(self, prompt: str) -> str | None:
        """A short pre-analysis by the classifier node, when the config asks for one."""
        node = self.config.commander.classifier_node
        if not (self.config.commander.preanalysis and self.pool.healthy(node)):
            return None
        messages = [{"role": "system", "content": self.prompts.preanalysis}, {"role": "user", "content": prompt}]
        try:
            async with asyncio.timeout(self.config.commander.checker_timeout_s):
                return strip_thinking(await self.pool.complete(node, messages, max_tokens=300)) or None
        except (BackendError, TimeoutError):
            return None

    def plan(self, task_type: str) -> tuple[list[Unit], dict[str, Any]]:
        """Decompose and apply the thermal rules: (units, the thermal report)."""
        units = decompose(
            self.config, task_type, available=self.pool.healthy, default_model=self.pool.default_model, claude_on=self.pool.claude_on
        )
        levels = self.governor.assess(self.readings.latest())
        moves = apply_thermal(units, task_type, levels, self.config, healthy=self.pool.healthy, default_model=self.pool.default_model)
        level, max_c = cluster_level(levels)
        thermal = {"level": level, "max_c": max_c, "moved": [m.to_json() for m in moves], "nodes": {n: {"level": lv, "max_c": t} for n, (lv, t) in levels.items()}}
        return units, thermal

    async def run(self, prompt: str, *, source: str = "oneshot", dry_run: bool = False) -> dict[str, Any]:
        """Serve one request; returns DESIGN.md's one-shot document."""
        start = time.perf_counter()
        prompt = clean_prompt(prompt)
        request_id = uuid.uuid4().hex[:12]
        self.bus.publish(RequestStarted(request_id, prompt=prompt, source=source, dry_run=dry_run))
        classification = await self.classify(prompt, use_llm=not dry_run)
        self.bus.publish(Classified(request_id, **classification.__dict__))
        units, thermal = self.plan(classification.type)
        self.bus.publish(ThermalChecked(request_id, level=thermal["level"], max_c=thermal["max_c"], moved=tuple(thermal["moved"])))
        self.bus.publish(Planned(request_id, units=tuple(u.to_json() for u in units)))
        doc: dict[str, Any] = {
            "request_id": request_id,
            "prompt": prompt,
            "classification": classification.to_json(),
            "thermal": thermal,
            "plan": [u.to_json() for u in units],
        }
        preanalysis = None if dry_run else await self.preanalysis(prompt)
        summary = plan_summary(classification.type, classification.method, units, preanalysis)
        self.bus.publish(Enriched(request_id, commander_prompt=commander_prompt(prompt, summary), preanalysis=preanalysis is not None))
        if dry_run:
            doc["elapsed_ms"] = round((time.perf_counter() - start) * 1000, 3)
            self.bus.publish(RequestFinished(request_id, status="planned", answer="", score=None, attribution=(), cycles=0, elapsed_ms=doc["elapsed_ms"], document=doc))
            return doc
        results = await self.dispatcher.run(request_id, prompt, units, summary)
        doc.update(synthesise(units, results))
        doc["elapsed_ms"] = round((time.perf_counter() - start) * 1000, 1)
        self.bus.publish(
            RequestFinished(
                request_id,
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

    async def aclose(self) -> None:
        await self.pool.aclose()


def synthesise(units: list[Unit], results: list[UnitResult]) -> dict[str, Any]:
    """One answer from the units' results, each part attributed
    `[agent/node:model]`, and a global score: the mean of the units' scores,
    a failed unit counting 0."""
    ok = [(u, r) for u, r in zip(units, results, strict=True) if r.status == "ok"]
    attribution = [u.attribution(r.node, r.model) for u, r in ok]
    if len(ok) == 1:
        (unit, result), = ok
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
    }
