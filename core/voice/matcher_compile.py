"""The catalogue turned into what the matcher looks things up in: every
literal phrasing in its normalised spelling, and the phrasings with open
number or text slots as regular expressions. Compiling normalises some
8,000 sentences (about a third of a second on 2 cores); `load_matcher`
keeps the result in a JSON cache keyed by the catalogue and this code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .catalogue import Catalogue, TextSlot
from .catalogue_templates import Slot
from .normalise import normalise, tokens

NUMBER_PATTERN = r"(\d+(?:\.\d+)?|un|une|one)"


class CompileError(ValueError):
    """Two commands share a phrasing: the catalogue is ambiguous."""


@dataclass(frozen=True)
class Target:
    """Which command a phrasing belongs to, in which language, with the values its list slots took."""

    command: str
    lang: str
    bound: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Pattern:
    """A phrasing with open slots. `pieces` holds normalised text, or None where a slot goes."""

    target: Target
    regex: str
    slots: tuple[str, ...]
    has_text: bool
    pieces: tuple[str | None, ...]

    @property
    def prefix(self) -> str:
        """The normalised words before the first open slot."""
        words: list[str] = []
        for piece in self.pieces:
            if piece is None:
                break
            words.append(piece)
        return " ".join(words)


@dataclass(frozen=True)
class Compiled:
    literal: dict[str, Target]
    patterns: tuple[Pattern, ...]

    def to_json(self) -> dict[str, Any]:
        def target(t: Target) -> list[Any]:
            return [t.command, t.lang, [list(b) for b in t.bound]]

        return {
            "literal": {k: target(t) for k, t in self.literal.items()},
            "patterns": [[target(p.target), p.regex, list(p.slots), p.has_text, list(p.pieces)] for p in self.patterns],
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Compiled:
        def target(raw: list[Any]) -> Target:
            return Target(raw[0], raw[1], tuple((a, b) for a, b in raw[2]))

        return cls(
            {k: target(v) for k, v in doc["literal"].items()},
            tuple(Pattern(target(t), regex, tuple(slots), bool(has_text), tuple(pieces)) for t, regex, slots, has_text, pieces in doc["patterns"]),
        )


def compile_catalogue(catalogue: Catalogue) -> Compiled:
    """Normalise every phrasing; CompileError when one belongs to two commands."""
    literal: dict[str, Target] = {}
    patterns: list[Pattern] = []
    pattern_owner: dict[str, str] = {}
    for phrasing in catalogue.phrasings:
        target = Target(phrasing.command, phrasing.lang, phrasing.bound)
        if not any(isinstance(p, Slot) for p in phrasing.pieces):
            key = normalise(" ".join(p for p in phrasing.pieces if isinstance(p, str)))
            other = literal.get(key)
            if other is not None and other.command != target.command:
                raise CompileError(f"{catalogue.source}: {key!r} is a phrasing of both {other.command!r} and {target.command!r}")
            literal.setdefault(key, target)
            continue
        pieces: list[str | None] = []
        parts: list[str] = []
        names: list[str] = []
        has_text = False
        for piece in phrasing.pieces:
            if isinstance(piece, str):
                text = " ".join(tokens(piece, drop_fillers=False))
                if text:
                    pieces.append(text)
                    parts.append(re.escape(text))
                continue
            names.append(piece.name)
            pieces.append(None)
            if isinstance(catalogue.slots[piece.name], TextSlot):
                has_text = True
                parts.append("(.+)")
            else:
                parts.append(NUMBER_PATTERN)
        regex = " ".join(parts)
        owner = pattern_owner.get(regex)
        if owner is not None:
            if owner != target.command:
                raise CompileError(f"{catalogue.source}: {' '.join(p or '{slot}' for p in pieces)!r} is a phrasing of both {owner!r} and {target.command!r}")
            continue
        pattern_owner[regex] = target.command
        patterns.append(Pattern(target, regex, tuple(names), has_text, tuple(pieces)))
    return Compiled(literal, tuple(patterns))
