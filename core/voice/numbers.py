"""Numbers said in words, French or English, turned into digits.

Whisper writes the same number differently from one run to the next
("quarante", "40", "forty"): the matcher sees one spelling, digits.
Works on normalised tokens (lower case, no accents, no hyphens), so
"quatre-vingt-dix-neuf" arrives as four tokens and leaves as "99".

"un", "une" and "one" stay words when alone ("ouvre un terminal" is not
about the number one); inside a number they count ("vingt et un" -> 21).
"""

from __future__ import annotations

from dataclasses import dataclass

UNITS = {
    # French (accents already removed), Belgian and Swiss tens included.
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    # English.
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# "six" is both French and English: one entry serves both.
HUNDREDS = {"cent", "cents", "hundred"}
THOUSANDS = {"mille", "thousand"}
CONNECTORS = {"et", "and"}  # "vingt et un", "one hundred and five"
ALONE_IS_A_WORD = {"un", "une", "one"}


@dataclass
class _Span:
    """A number being read: `total` of closed thousands, `current` below a thousand,
    `last` the last component added (to refuse "deux trois" as 5)."""

    total: int = 0
    current: int = 0
    last: int = -1
    words: int = 0

    @property
    def value(self) -> int:
        return self.total + self.current

    def add(self, value: int) -> bool:
        """Add a unit or tens word; False when it cannot continue this number."""
        if self.last < 0:
            self.current, self.last = self.current + value, value
            return True
        if value == 20 and self.current % 100 == 4 and self.last == 4:
            self.current, self.last = self.current - 4 + 80, 80  # quatre vingt(s)
            return True
        last = self.last
        fits = (
            (last in (20, 30, 40, 50, 60, 70, 80, 90) and 1 <= value <= 9)  # vingt deux, forty two
            or (last in (60, 80) and 10 <= value <= 19)  # soixante dix, quatre vingt douze
            or (last == 10 and 7 <= value <= 9)  # dix sept
            or (last >= 100 and value < 100)  # cent deux
        )
        if not fits:
            return False
        self.current, self.last = self.current + value, value
        return True

    def hundred(self) -> None:
        self.current = max(self.current, 1) * 100 if self.current < 100 else self.current * 100
        self.last = 100

    def thousand(self) -> None:
        self.total += max(self.current, 1) * 1000
        self.current, self.last = 0, 1000


def _read(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The number starting at tokens[start]: (value, tokens used), or None."""
    span = _Span()
    i = start
    if tokens[i] == "a" and i + 1 < len(tokens) and tokens[i + 1] in ("hundred", "thousand"):
        i += 1  # "a hundred" (never French "a", which is "à" without its accent)
    end = start
    while i < len(tokens):
        word = tokens[i]
        if word in UNITS:
            if not span.add(UNITS[word]):
                break
        elif word in HUNDREDS and span.last < 100:
            span.hundred()
        elif word in THOUSANDS and span.last != 1000:
            span.thousand()
        elif word in CONNECTORS and span.words and i + 1 < len(tokens) and tokens[i + 1] in UNITS:
            i += 1
            continue
        else:
            break
        span.words += 1
        i += 1
        end = i
    if span.words == 0:
        return None
    used = end - start
    if used == 1 and tokens[start] in ALONE_IS_A_WORD:
        return None
    return span.value, used


def words_to_digits(tokens: list[str]) -> list[str]:
    """Replace every number said in words by its digits; other tokens pass through."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        read = _read(tokens, i) if tokens[i] in UNITS or tokens[i] in HUNDREDS or tokens[i] in THOUSANDS or tokens[i] == "a" else None
        if read is None:
            out.append(tokens[i])
            i += 1
        else:
            out.append(str(read[0]))
            i += read[1]
    return out


def parse_number(token: str) -> int | float | None:
    """A slot's number from one normalised token: digits, or "un"/"une"/"one" (1)."""
    if token in ALONE_IS_A_WORD:
        return 1
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        return None
