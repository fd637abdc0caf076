"""Names that Whisper writes in pieces or in one word: "net flix", "git hub",
"thunder bird", "linked in" for names the catalogue writes in one word, and
"libreoffice", "lmstudio" for names it writes in two.

Only names are respelt (words few commands have, see `matcher_words.names`),
and only into the catalogue's own spelling, so an ordinary pair of words
("set up", "log in") is never glued together.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise


class NameSpelling:
    """Joins and splits names into the catalogue's spelling."""

    def __init__(self, phrasings: Iterable[str], names: frozenset[str]) -> None:
        bigrams: set[tuple[str, str]] = set()
        words: set[str] = set()
        for phrasing in phrasings:
            tokens = phrasing.split()
            words.update(tokens)
            bigrams.update(pairwise(tokens))
        self._names = frozenset(n for n in names if not n.isdigit() and len(n) >= 4)
        self._bigrams = frozenset(bigrams)
        # "libreoffice" -> "libre office": a name the catalogue only writes in two words.
        self._split = {a + b: f"{a} {b}" for a, b in bigrams
                       if (a in self._names or b in self._names) and not (a + b).isdigit() and a + b not in words and not a.isdigit()}

    def respell(self, said: str) -> str:
        """`said` (normalised) with names in the catalogue's spelling; unchanged when there are none."""
        tokens = said.split()
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in (3, 2):
                piece = tokens[i:i + size]
                if len(piece) == size and "".join(piece) in self._names and tuple(piece[:2]) not in self._bigrams:
                    out.append("".join(piece))  # "net flix" -> "netflix"
                    i += size
                    break
            else:
                out.append(self._split.get(tokens[i], tokens[i]))
                i += 1
        return " ".join(out)
