"""The matcher's three rates on a labelled file, as the issue states them:

- wrongly run: the decision is `run` and the command or a labelled slot is
  wrong (or the phrase was out of scope), over all utterances (target <= 0.5 %);
- in-scope matched: run or confirm with the labelled command and slots, over
  in-scope utterances (target >= 95 %);
- out-of-scope rejected: over out-of-scope utterances (target >= 95 %).

Also reported: wrongly *certain* (an exact or confident fuzzy match to the
wrong command, whatever the command's own confirmation need), the stricter
figure, since commands that ask first would hide a wrong match in "wrongly run".

The file holds one JSON object a line: {"text", "lang": "fr"|"en",
"command": ID or null, "slots": {...}}; more fields are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .matcher import Decision, Matcher

TARGET_WRONG_RUN = 0.005
TARGET_IN_SCOPE = 0.95
TARGET_OUT_REJECTED = 0.95


class LabelError(ValueError):
    """A labelled file that cannot be read: the message names the line."""


@dataclass(frozen=True)
class Labelled:
    text: str
    lang: str
    command: str | None
    slots: dict[str, Any]


@dataclass(frozen=True)
class Miss:
    """One utterance the matcher got wrong, for reports."""

    item: Labelled
    decision: Decision
    kind: str  # wrong_run | wrong_certain | missed | not_rejected


@dataclass
class Rates:
    total: int = 0
    in_scope: int = 0
    out_of_scope: int = 0
    matched: int = 0
    rejected: int = 0
    wrong_run: int = 0
    wrong_certain: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def wrong_run_rate(self) -> float:
        return self.wrong_run / self.total if self.total else 0.0

    @property
    def wrong_certain_rate(self) -> float:
        return self.wrong_certain / self.total if self.total else 0.0

    @property
    def in_scope_rate(self) -> float:
        return self.matched / self.in_scope if self.in_scope else 1.0

    @property
    def out_rejected_rate(self) -> float:
        return self.rejected / self.out_of_scope if self.out_of_scope else 1.0

    def meets_targets(self) -> bool:
        return self.wrong_run_rate <= TARGET_WRONG_RUN and self.in_scope_rate >= TARGET_IN_SCOPE and self.out_rejected_rate >= TARGET_OUT_REJECTED

    def summary(self) -> str:
        return (f"{self.total} utterances ({self.in_scope} in scope, {self.out_of_scope} out): wrongly run {self.wrong_run_rate:.2%} "
                f"({self.wrong_run}), wrongly certain {self.wrong_certain_rate:.2%} ({self.wrong_certain}), in-scope matched "
                f"{self.in_scope_rate:.2%}, out-of-scope rejected {self.out_rejected_rate:.2%}")


def load_labelled(path: str | Path) -> list[Labelled]:
    """The utterances of a labelled JSONL file; LabelError names a bad line."""
    items: list[Labelled] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                text, lang, command, slots = doc["text"], doc.get("lang", ""), doc.get("command"), doc.get("slots") or {}
            except (ValueError, KeyError, TypeError) as exc:
                raise LabelError(f"{path}:{number}: not a labelled utterance ({exc})") from None
            if not isinstance(text, str) or (command is not None and not isinstance(command, str)) or not isinstance(slots, dict):
                raise LabelError(f"{path}:{number}: text must be a string, command a string or null, slots an object")
            items.append(Labelled(text, str(lang), command, slots))
    return items


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return float(expected) == float(got)
    if isinstance(expected, str) and isinstance(got, str):
        return expected.strip().casefold() == got.strip().casefold()
    return bool(expected == got)


def correct(item: Labelled, decision: Decision) -> bool:
    """The decision names the labelled command with every labelled slot value."""
    return decision.command == item.command and all(_same(v, decision.slots.get(k)) for k, v in item.slots.items())


def evaluate(matcher: Matcher, path: str | Path) -> Rates:
    """The rates of `matcher` on the labelled file at `path`."""
    rates = Rates()
    for item in load_labelled(path):
        decision = matcher.match(item.text)
        acted = decision.decision != "reject"
        right = item.command is not None and correct(item, decision)
        rates.total += 1
        if item.command is None:
            rates.out_of_scope += 1
            rates.rejected += not acted
        else:
            rates.in_scope += 1
            rates.matched += acted and right
        kind = ""
        if acted and not right:
            wrong_run, wrong_certain = decision.decision == "run", decision.certain
            rates.wrong_run += wrong_run
            rates.wrong_certain += wrong_certain
            kind = "wrong_run" if wrong_run else "wrong_certain" if wrong_certain else "not_rejected" if item.command is None else "missed"
        elif not acted and item.command is not None:
            kind = "missed"
        if kind:
            rates.misses.append(Miss(item, decision, kind))
    return rates
