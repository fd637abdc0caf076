"""Sentence templates in Home Assistant's `hassil` syntax, expanded into
every sentence they stand for.

    (ouvre|lance) [moi] {app}   ->  "ouvre {app}", "ouvre moi {app}", "lance {app}", ...

`(a|b)` is a choice, `[x]` an optional part (`[a|b]`: one of them or
nothing), `{name}` a slot. The catalogue expands each template once, at
load time; matching then works on plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

# One template may stand for this many sentences at most: a typo such as a
# long run of optional groups would otherwise explode silently.
MAX_EXPANSIONS = 5000
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class TemplateError(ValueError):
    """A template that cannot be read, with the position of the problem."""


@dataclass(frozen=True)
class Slot:
    """A `{name}` inside an expanded sentence."""

    name: str


Piece = str | Slot
Sentence = tuple[Piece, ...]


def _merge(pieces: list[Piece]) -> Sentence:
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + piece
        else:
            out.append(piece)
    return tuple(" ".join(p.split()) if isinstance(p, str) else p for p in out if not isinstance(p, str) or p.strip())


class _Parser:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def fail(self, message: str) -> TemplateError:
        return TemplateError(f"{message} at character {self.pos + 1} of {self.text!r}")

    def sequence(self, closers: str) -> list[list[list[Piece]]]:
        """Alternatives (split on `|`) of sequences, each a list of choices of pieces."""
        alternatives: list[list[list[list[Piece]]]] = [[]]
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in closers:
                break
            if c == "|":
                if not closers:
                    raise self.fail("'|' outside ( ) or [ ]")
                self.pos += 1
                alternatives.append([])
            elif c in "([":
                self.pos += 1
                inner = self.sequence(")" if c == "(" else "]")
                if self.pos >= len(self.text):
                    raise self.fail(f"unclosed {c!r}")
                self.pos += 1
                choices = [p for alt in inner for p in alt]
                if c == "[":
                    choices.append([])
                alternatives[-1].append(choices)
            elif c in ")]":
                raise self.fail(f"unexpected {c!r}")
            elif c == "{":
                end = self.text.find("}", self.pos)
                m = _SLOT.fullmatch(self.text, self.pos, end + 1) if end > 0 else None
                if m is None:
                    raise self.fail("a slot is {name}: lower-case letters, digits and _")
                alternatives[-1].append([[Slot(m.group(1))]])
                self.pos = end + 1
            elif c == "}":
                raise self.fail("unexpected '}'")
            else:
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos] not in "()[]{}|":
                    self.pos += 1
                alternatives[-1].append([[self.text[start:self.pos]]])
        return [_flatten(seq) for seq in alternatives]


def _flatten(sequence: list[list[list[Piece]]]) -> list[list[Piece]]:
    """Every way through a sequence of choices, as lists of pieces."""
    out: list[list[Piece]] = []
    for combination in product(*sequence) if sequence else [()]:
        pieces: list[Piece] = []
        for choice in combination:
            pieces.extend(choice)
        out.append(pieces)
        if len(out) > MAX_EXPANSIONS:
            raise TemplateError(f"a template stands for more than {MAX_EXPANSIONS} sentences")
    return out


def expand(template: str) -> list[Sentence]:
    """Every sentence `template` stands for, each a tuple of text and slots."""
    if not template.strip():
        raise TemplateError("empty template")
    parser = _Parser(template)
    alternatives = parser.sequence("")
    sentences: list[Sentence] = []
    seen: set[Sentence] = set()
    for alternative in alternatives:
        for pieces in alternative:
            spaced: list[Piece] = []
            for piece in pieces:
                spaced.extend((" ", piece, " ") if isinstance(piece, Slot) else (piece,))
            sentence = _merge(spaced)
            if sentence not in seen:
                seen.add(sentence)
                sentences.append(sentence)
    return sentences


def slot_names(template: str) -> set[str]:
    """The slots a template names."""
    return set(_SLOT.findall(template))
