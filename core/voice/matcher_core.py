"""The matcher's second stage: the catalogue's phrasings reduced to their
core (see `lexicon`), looked up exactly. "set the sound to 80 percent" and
"tu peux mettre le son à 80" reach volume.set this way, though no template
says them word for word.

A core that two commands (or one command with two slot values) share is
ambiguous and left out: this stage never picks between commands, it only
forgives articles, possessives, verb forms and true synonyms. A core of one
word is kept only when the phrasing itself is that word ("pause"): "monte un
peu" reduces to "monte", and "monte" said alone is no order to raise the volume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import NUMBER_WORDS, core
from .matcher_compile import NUMBER_PATTERN, Compiled, Pattern, Target


@dataclass(frozen=True)
class CoreIndex:
    """Cores of literal phrasings (unambiguous ones) and of number patterns."""

    literal: dict[str, Target]
    patterns: tuple[tuple[Pattern, re.Pattern[str]], ...]

    def lookup(self, core_text: str) -> Target | None:
        """The one command whose phrasing has this core, if any."""
        return self.literal.get(core_text)


def build_core_index(compiled: Compiled) -> CoreIndex:
    """Index `compiled` by core; ambiguous cores are dropped."""
    found: dict[str, Target | None] = {}
    for key, target in compiled.literal.items():
        c = core(key.split())
        if not c or (" " not in c and " " in key):
            continue
        other = found.get(c, target)
        # The same command said in French and in English is one command.
        found[c] = other if other is not None and (other.command, other.bound) == (target.command, target.bound) else None
    literal = {c: t for c, t in found.items() if t is not None}
    patterns: list[tuple[Pattern, re.Pattern[str]]] = []
    owners: dict[str, str | None] = {}
    for pattern in compiled.patterns:
        if pattern.has_text:
            continue  # free text is reached by the exact templates only
        parts = [NUMBER_PATTERN if piece is None else re.escape(core(piece.split(), NUMBER_WORDS)) for piece in pattern.pieces]
        regex = " ".join(p for p in parts if p)
        owner = owners.get(regex, pattern.target.command)
        owners[regex] = owner if owner == pattern.target.command else None
        patterns.append((pattern, re.compile(regex)))
    return CoreIndex(literal, tuple((p, r) for p, r in patterns if owners.get(r.pattern) is not None))
