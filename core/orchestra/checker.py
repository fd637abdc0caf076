"""The checker (ia-check): scores a unit's result between 0 and 1.

Models answer a request for a score in every shape: "Score: 8/10", JSON,
"85%", "0.9", a French "note : 8,5/10", prose with a number in it, or
nothing usable at all. `parse_score` reads them all and returns None when it
finds no score, so the caller can tell a judgment from a guess.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from jarvis_tui.core.backends.base import BackendError, Message
from jarvis_tui.core.config import CLAUDE, Config

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.nodes import NodePool

THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)
_NUM = r"(\d+(?:[.,]\d+)?)"
_JSON_OBJ = re.compile(r"\{[^{}]*\}")
_LABELLED = re.compile(
    r"(?:score|note|rating|quality|qualit[eé]|grade)\s*(?:global[e]?\s*)?[\"']?\s*[:=]?\s*[\"']?\s*" + _NUM + r"\s*(?:/\s*(\d+)|(%))?",
    re.I,
)
_FRACTION = re.compile(_NUM + r"\s*(?:(?:/|out of|sur)\s*(10|100|5|1)\b|(%))", re.I)
_BARE = re.compile(r"^\s*" + _NUM + r"\s*\.?\s*$")
# The checker sees at most this much of an answer: scoring must stay cheap.
MAX_ANSWER_CHARS = 6000
CHECKER_AGENT = "ia-check"
CHECKER_MAX_TOKENS = 200


def strip_thinking(text: str) -> str:
    """Remove <think>…</think> blocks that reasoning models put before their answer."""
    return THINK.sub("", text).strip()


def _to_unit(value: str, scale: str | None, percent: str | None) -> float | None:
    number = float(value.replace(",", "."))
    if percent:
        number /= 100
    elif scale:
        if float(scale) == 0:
            return None
        number /= float(scale)
    elif number > 1:
        # An unscaled number above 1 is read on the scale it most likely uses.
        number = number / 10 if number <= 10 else number / 100 if number <= 100 else -1
    return number if 0 <= number <= 1 else None


def parse_score(text: str) -> float | None:
    """The score in a checker's reply, in [0, 1], or None when there is none."""
    text = strip_thinking(text or "")[:4000]
    for match in _JSON_OBJ.finditer(text):
        try:
            data = json.loads(match.group(0))
        except ValueError:
            continue
        for key in ("score", "note", "rating", "quality"):
            value = data.get(key) if isinstance(data, dict) else None
            if isinstance(value, int | float) and not isinstance(value, bool):
                return _to_unit(str(value), None, None)
            if isinstance(value, str) and "{" not in value:
                return parse_score(value)
    for pattern in (_LABELLED, _FRACTION, _BARE):
        found = pattern.search(text)
        if found:
            groups = (*found.groups(), None, None)
            score = _to_unit(str(groups[0]), groups[1], groups[2])
            if score is not None:
                return score
    return None


def heuristic_score(text: str) -> float:
    """A stand-in when no checker could judge: says only whether there is an
    answer at all. It never triggers a re-dispatch on its own (see dispatch)."""
    return 0.5 if strip_thinking(text) else 0.0


def checker_messages(prompt: str, system: str, role: str, answer: str) -> list[Message]:
    """The request to score, with the answer fenced off as data."""
    answer = strip_thinking(answer)[:MAX_ANSWER_CHARS]
    user = f"ROLE: {role}\n\nREQUEST:\n<<<\n{prompt[:MAX_ANSWER_CHARS]}\n>>>\n\nANSWER:\n<<<\n{answer}\n>>>"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


@dataclass(frozen=True)
class Score:
    """A judgment: `method` says whether a checker model gave it or the heuristic stood in."""

    value: float
    method: Literal["llm", "heuristic"]
    checker: str | None  # the node that judged


class Checker:
    """ia-check, the one scoring path for every result: a unit's, the work a
    tool-using commander dispatched, a synthesis. It runs on Claude when
    present, else on the checker node and its fallbacks, through the pool's
    thermal and health decision; never on EMBEDDED, whose judgment would be noise."""

    def __init__(self, config: Config, pool: NodePool, system: str) -> None:
        self.config = config
        self.pool = pool
        self.system = system

    async def score(self, prompt: str, role: str, text: str, *, request_id: str = "", call: str = "checker") -> Score:
        """Score `text` as the answer of `role` to `prompt`."""
        cfg = self.config.commander
        messages = checker_messages(prompt, self.system, role, text)
        preferred = [CLAUDE] if self.pool.claude_on else []
        agent = self.config.agents.get(CHECKER_AGENT)
        for node in self.pool.candidates(*preferred, cfg.checker_node, allow_embedded=False, call=call, request_id=request_id)[:2]:
            model = agent.claude_model if node == CLAUDE and agent else self.pool.default_model(node)
            try:
                async with asyncio.timeout(cfg.checker_timeout_s):
                    reply = await self.pool.complete(node, messages, model=model, max_tokens=CHECKER_MAX_TOKENS, temperature=0.0)
            except BackendError as exc:
                self.pool.record_failure(node, exc, request_id)
                continue
            except TimeoutError:
                self.pool.record_failure(node, BackendError(node, "timeout", "checker timed out"), request_id)
                continue
            score = parse_score(reply)
            if score is not None:
                return Score(score, "llm", node)
            break  # it answered without a score: asking elsewhere costs more than it tells
        return Score(heuristic_score(text), "heuristic", None)
