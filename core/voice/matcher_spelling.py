"""Names that Whisper writes in pieces or in one word: "net flix", "git hub",
"thunder bird", "linked in" for names the catalogue writes in one word, and
"libreoffice", "lmstudio" for names it writes in two.

Only names are respelt (words few commands have, see `matcher_words.names`),
and only into the catalogue's own spelling, so an ordinary pair of words
("set up", "log in") is never glued together.

A name Whisper heard as other words ("spot if eye", "disque or", "trading
few") is found by its rough sound (`sounds_like`); the matcher only ever asks
about it ("did you mean …?"), never runs it. A mis-hearing the correction
dictionaries already name ("elle aime studio", "paille tonne", "quine coder")
is respelt as they say (`heard`), so the matcher alone meets what the voice
pipeline's correction step gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

# Spellings of one sound, English and French alike: "spot if eye" and "spotify" sound the same.
_SOUNDS = (("eye", "i"), ("qu", "k"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("y", "i"), ("w", "v"), ("ee", "i"), ("ea", "i"), ("ai", "e"),
           ("h", ""), ("z", "s"))
# Short words that are grammar, never half of a name ("to spotify" is not a name).
_GRAMMAR = frozenset({"a", "an", "the", "to", "of", "on", "in", "at", "by", "my", "any", "new", "de", "le", "la", "du", "au", "un", "en", "mes", "mon", "ton", "sur", "et", "and"})
# Two consonants said as letters: "lm" studio, "vs" code.
_ACRONYM = re.compile(r"[b-df-hj-np-tv-z]{2}")
_DOUBLED = re.compile(r"(.)\1+")
# French letter names, accents folded ("vé elle cé" is "v l c" said in French): read as letters only inside a run that spells a catalogue word.
_FR_LETTERS = {"a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "effe": "f", "ge": "g", "ache": "h", "i": "i", "ji": "j", "ka": "k", "elle": "l",
               "emme": "m", "enne": "n", "o": "o", "pe": "p", "ku": "q", "erre": "r", "esse": "s", "te": "t", "u": "u", "ve": "v", "ixe": "x", "zede": "z"}
# How close the sounds of a run of words and of a name must be, and by how much the best name must lead the next.
SOUNDS_SCORE = 85.0
SOUNDS_MARGIN = 5.0
SOUNDS_MIN_CHARS = 5
# A word typed with one slip ("calculater", "blendeur") is read as a name from this many letters on ("done" is no "doge").
TYPO_MIN_CHARS = 5
# Any other word of the catalogue typed with two letters swapped, or one dropped or added ("ciqnuante", "conesnsus", "grosis"),
# from this many letters on: shorter words have too many neighbours one slip away.
WORD_TYPO_MIN_CHARS = 6


def sound(text: str) -> str:
    """How `text` sounds, roughly: spellings of one sound made one ("ph" is "f"), doubled letters single."""
    for spelt, said in _SOUNDS:
        text = text.replace(spelt, said)
    return _DOUBLED.sub(r"\1", text)


class NameSpelling:
    """Joins and splits names into the catalogue's spelling."""

    def __init__(self, phrasings: Iterable[str], names: frozenset[str], heard: Mapping[str, str] | None = None, things: Iterable[str] = ()) -> None:
        """`names`: words few commands have; `heard`: the correction dictionaries (normalised); `things`: what the catalogue's
        families act on ("calculator", "gemini"), the only words a slip is read as."""
        bigrams: set[tuple[str, str]] = set()
        words: set[str] = set()
        for phrasing in phrasings:
            tokens = phrasing.split()
            words.update(tokens)
            bigrams.update(pairwise(tokens))
        self._names = frozenset(n for n in names if not n.isdigit() and len(n) >= 4)
        self._bigrams = frozenset(bigrams)
        self._words = frozenset(words)
        # The sound of each name (and of each two-word name: "lm studio") -> its spelling.
        spoken = [n for n in self._names if len(n) >= SOUNDS_MIN_CHARS and n.isalpha()]
        spoken += [f"{a} {b}" for a, b in bigrams if (a + b).isalpha() and len(a + b) >= SOUNDS_MIN_CHARS and a not in _GRAMMAR and b not in _GRAMMAR
                   and ((a in self._names or _ACRONYM.fullmatch(a)) and (b in self._names or _ACRONYM.fullmatch(b)))]
        self._sounds: dict[str, str] = {}
        for name in spoken:
            self._sounds.setdefault(sound(name.replace(" ", "")), name)
        self._sound_keys = list(self._sounds)
        self._name_list = sorted(t for t in things if t in words and t.isalpha() and len(t) >= TYPO_MIN_CHARS)
        self._word_list = sorted(w for w in words if w.isalpha() and len(w) >= WORD_TYPO_MIN_CHARS - 1)
        # "libreoffice" -> "libre office": a name the catalogue only writes in two words.
        self._split = {a + b: f"{a} {b}" for a, b in bigrams
                       if (a in self._names or b in self._names) and not (a + b).isdigit() and a + b not in words and not a.isdigit()}
        # Heard -> meant (both normalised), kept where what is meant is said in the catalogue's own words; the longest first.
        # ("tradingview" is meant, the catalogue says "trading view").
        meant_of = {h: " ".join(self._split.get(w, w) for w in m.split()) for h, m in (heard or {}).items()}
        self._heard = {h: m for h, m in meant_of.items() if h and h != m and all(w in words for w in m.split())}
        body = "|".join(re.escape(h) for h in sorted(self._heard, key=len, reverse=True))
        self._heard_pattern = re.compile(rf"(?<!\S)(?:{body})(?!\S)") if body else None

    def said_together(self, first: str, second: str) -> bool:
        """True when some phrasing says `first` then `second` ("google chrome")."""
        return (first, second) in self._bigrams

    def corrected(self, said: str) -> str:
        """`said` (normalised) with the correction dictionaries' mis-hearings replaced by what they mean."""
        if self._heard_pattern is None:
            return said
        return " ".join(self._heard_pattern.sub(lambda m: self._heard[m.group(0)], said).split())

    def respell(self, said: str) -> str:
        """`said` (normalised) with names in the catalogue's spelling; unchanged when there are none."""
        tokens = self.corrected(said).split()
        out: list[str] = []
        i = 0
        while i < len(tokens):
            # Letters said one by one ("gpt o s s", "v l c"): one word, when the catalogue has it and never says them apart.
            run = next((j for j in range(i, len(tokens) + 1) if j == len(tokens) or len(tokens[j]) != 1 or not tokens[j].isalpha()), i)
            if run - i >= 2 and "".join(tokens[i:run]) in self._words and tuple(tokens[i:i + 2]) not in self._bigrams:
                out.append("".join(tokens[i:run]))
                i = run
                continue
            named = next((j for j in range(i, len(tokens) + 1) if j == len(tokens) or tokens[j] not in _FR_LETTERS), i)
            spelt = "".join(_FR_LETTERS[t] for t in tokens[i:named])
            if named - i >= 2 and spelt in self._words and tuple(tokens[i:i + 2]) not in self._bigrams:
                out.append(spelt)  # "ve elle ce" -> "vlc"
                i = named
                continue
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

    def misspelt(self, said: str) -> str | None:
        """`said` (normalised) with each word the catalogue lacks that is one slip from one name only ("calculater", "brav",
        "blendeur", "gemeni") spelt as that name; None when there is none."""
        tokens = said.split()
        changed = False
        for i, token in enumerate(tokens):
            if token in self._words or len(token) < TYPO_MIN_CHARS or not token.isalpha():
                continue
            # One letter added, dropped or changed, never the first: "weather" is no misspelt "ether", nor "sante" "state".
            found = [f for f in process.extract(token, self._name_list, scorer=Levenshtein.distance, score_cutoff=1, limit=2) if f[0][0] == token[0]]
            if not found and len(token) >= WORD_TYPO_MIN_CHARS:
                # Two letters swapped, one dropped or added; never one changed: "weather" is no "feather" typed.
                found = [f for f in process.extract(token, self._word_list, scorer=OSA.distance, score_cutoff=1, limit=2)
                         if f[0][0] == token[0] and (len(f[0]) != len(token) or sorted(f[0]) == sorted(token))]
            if len(found) == 1:
                tokens[i], changed = found[0][0], True
        return " ".join(tokens) if changed else None

    def sounds_like(self, said: str) -> str | None:
        """`said` (normalised) with the run of 2 or 3 words, one of them unknown to the catalogue, that sounds
        most like one name, replaced by that name ("spot if eye" -> "spotify"); None when there is none."""
        tokens = said.split()
        best: tuple[float, int, int, str] | None = None
        for size in (3, 2):
            for i in range(len(tokens) - size + 1):
                piece = tokens[i:i + size]
                if all(t in self._words for t in piece) or piece[0] in _GRAMMAR or piece[-1] in _GRAMMAR:
                    continue
                heard = sound("".join(piece))
                if len(heard) < SOUNDS_MIN_CHARS:
                    continue
                found = [f for f in process.extract(heard, self._sound_keys, scorer=fuzz.ratio, score_cutoff=SOUNDS_SCORE - SOUNDS_MARGIN, limit=3)
                         if self._sounds[f[0]] not in piece]  # a name already said is no mis-hearing of it
                if found and found[0][1] >= SOUNDS_SCORE and (len(found) == 1 or found[0][1] - found[1][1] >= SOUNDS_MARGIN) and (best is None or found[0][1] > best[0]):
                    best = (found[0][1], i, size, self._sounds[found[0][0]])
        if best is None:
            return None
        _, i, size, name = best
        return " ".join([*tokens[:i], name, *tokens[i + size:]])
