"""The matcher's words stage: a command said in other words and in another
order ("can you pull up the GPU temperatures", "je voudrais voir les
modèles chargés", "which windows are open").

Every phrasing of the catalogue and the transcript become a *bag*: their
core (see `lexicon`) without function words ("is", "sont", "qui"), lightly
stemmed ("chargés" and "charge", "gpus" and "gpu" meet), as a set. A command
with a list slot counts once per value ("node.status.m1" with node=M1 and
with node=M2 are two targets). A target fits what was said when:

- most of the words said (by weight) belong to the target's words (those
  of all its phrasings); a question word ("what", "quels") or a verb of
  showing is accepted only by a target that shows something and never asks
  first ("what is firefox" does not focus Firefox);
- and one of its phrasings was said almost whole: the weight of its words
  said over the weight of all its words, each word weighed by how rare it is
  across targets (IDF), so the words that tell a command from its
  neighbours count most.

A word said that the target lacks lowers its precision (a word no phrasing
has at all weighs `UNKNOWN_WEIGHT`), so "I'm done with Outlook, close it"
still reaches app.close.outlook while "ferme les volets" reaches nothing
(no phrasing of a close command is said almost whole). Some words must be
the target's or it is ruled out: question words, negations, conditions,
"later", copulas ("the clipboard IS empty" is a statement, not an order);
beside a number, every word must be the target's ("volume à 40 degrés").
One content word alone is never guessed from.

The best target must reach `WORDS_SCORE` (recall x precision) and beat the
best target of another command (or another slot value) by `WORDS_MARGIN`.
The matcher then offers it as a "did you mean", never runs it at once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .lexicon import CANONICAL, LEXICON, NUMBER_WORDS, core_words
from .matcher_compile import Compiled, Pattern, Target

# Tuned on the DEV set's tune part and natural.jsonl's tune part (every line but each fifth).
# score = recall of the best phrasing x precision over what was said.
WORDS_SCORE = 0.55
WORDS_MARGIN = 0.15
WORDS_PRECISION = 0.55
# A word no phrasing has weighs about as much as the median word (IDF 5.5 over ~450 targets).
UNKNOWN_WEIGHT = 5.0
# A word this rare across targets (its IDF) names what a command acts on.
NAME_WEIGHT = 4.5
# A word said that no phrasing has may be a mis-hearing of one that does:
# taken as that word when this close (0-100) and long enough to tell.
RESPELL_SCORE = 88
RESPELL_MIN_CHARS = 5
NUMBER = "#"
# Prefixes that turn a word into its opposite ("unlock", "deverrouille").
NEGATING = ("un", "de", "des", "dis", "in", "non", "re", "r")
_TABLE = LEXICON.words
# These put an order off only before a time ("in ten minutes", "dans une heure"), not before a place ("what's in my downloads").
PLACE_OR_TIME = frozenset({"in", "dans", "after", "apres", "avant", "before", "until", "jusque"})
TIME_UNITS = frozenset({"minute", "minutes", "heure", "heures", "hour", "hours", "second", "seconds", "seconde", "secondes", "sec", "instant", "moment",
                        "jour", "jours", "day", "days", "semaine", "week", "soir", "matin", "morning", "evening", "midi", "noon", "minuit", "midnight", "lunch"})


def untimed(tokens: list[str]) -> frozenset[str]:
    """The words of PLACE_OR_TIME said with no number or time within the three words after them."""
    return frozenset(w for i, w in enumerate(tokens) if w in PLACE_OR_TIME
                     and not any(t in TIME_UNITS or t.replace(".", "", 1).isdigit() for t in tokens[i + 1:i + 4]))


def _stem(word: str) -> str:
    """A light stem, the same on both sides: plurals and French agreement ("ouvertes" -> "ouvert")."""
    if len(word) >= 5 and word.endswith("s"):
        word = word[:-1]
    if len(word) >= 5 and word.endswith("e"):
        word = word[:-1]
    return word


SHOWING = frozenset(_stem(w) for w in _TABLE.get("showing", ()))
QUESTION = frozenset(_stem(w) for w in [*_TABLE.get("question", ()), *_TABLE.get("copulas", ())])
IGNORED = frozenset(_TABLE.get("ignored", ()))
COPULAS = frozenset(_TABLE.get("copulas", ()))
# Beside a number these tell "to" from "by" ("volume à 40" is not "de 40").
_NUMBER_KEEP = NUMBER_WORDS | frozenset(_TABLE.get("number_words", ()))
_FRAME = SHOWING | QUESTION


def bag(tokens: list[str], *, number: bool = False) -> frozenset[str]:
    """The bag of normalised `tokens`; with `number`, digits become `#` and the words beside numbers stay."""
    words = core_words(tokens, _NUMBER_KEEP if number else frozenset())
    out = set()
    for word in words:
        if number and word.replace(".", "", 1).isdigit():
            out.add(NUMBER)
        elif (number and word in _NUMBER_KEEP) or (word not in IGNORED and word not in _NUMBER_KEEP):
            out.add(_stem(word))
    return frozenset(out)


@dataclass(frozen=True)
class _Phrasing:
    target: Target
    words: frozenset[str]
    pattern: Pattern | None  # a phrasing with a number slot


@dataclass(frozen=True)
class WordsHit:
    """The target that fits, how well (0-1), and the best other command."""

    target: Target
    score: float
    pattern: Pattern | None
    number: str | None
    runner_up: str | None


def _key(target: Target) -> tuple[str, tuple[tuple[str, str], ...]]:
    return target.command, target.bound


class WordsIndex:
    """Bags of every phrasing, grouped by target, with IDF weights."""

    def __init__(self, compiled: Compiled, asking: frozenset[str], tools: frozenset[str], strict: frozenset[str]) -> None:
        # Words said that a target must have (or take as its verb) to fit: questions, negations,
        # conditions, later ("how do I change my ip address" is not "change my ip").
        self._strict = frozenset(_stem(w) for w in strict) | _FRAME | frozenset(_stem(w) for w in COPULAS)
        self._phrasings: dict[tuple[str, tuple[tuple[str, str], ...]], list[_Phrasing]] = defaultdict(list)
        for key, target in compiled.literal.items():
            self._phrasings[_key(target)].append(_Phrasing(target, bag(key.split()), None))
        for pattern in compiled.patterns:
            if pattern.has_text or len(pattern.slots) != 1:
                continue  # free text is reached by the exact templates only
            pieces = [NUMBER if p is None else p for p in pattern.pieces]
            self._phrasings[_key(pattern.target)].append(_Phrasing(pattern.target, bag(" ".join(pieces).split(), number=True), pattern))
        self._spoken = frozenset(w for key in compiled.literal for w in key.split())
        self._vocab = {k: frozenset().union(*(p.words for p in ps)) for k, ps in self._phrasings.items()}
        # Shows something and never asks first: any verb of showing may stand for its verb.
        shows = {k: k[0] not in asking and bool(v & SHOWING) for k, v in self._vocab.items()}
        # Answers a question: has a question phrasing, or shows what a tool reads (not a cockpit pane).
        answers = {k: bool(v & QUESTION) or (shows[k] and k[0] in tools) for k, v in self._vocab.items()}
        self._free = {k: (SHOWING if shows[k] else frozenset()) | (QUESTION if answers[k] else frozenset()) for k in self._vocab}
        self._postings: dict[str, set[tuple[str, tuple[tuple[str, str], ...]]]] = defaultdict(set)
        for k, vocab in self._vocab.items():
            for word in vocab:
                self._postings[word].add(k)
        total = len(self._vocab)
        self._weight = {w: math.log(1 + total / len(ks)) for w, ks in self._postings.items()}
        self._known = list(self._postings)

    def names(self, weight: float) -> frozenset[str]:
        """The normalised words (unstemmed forms included) that weigh at least `weight`: few targets have them."""
        heavy = {w for w, v in self._weight.items() if v >= weight}
        # A synonym counts as the word it stands for ("calculator" for "calculatrice").
        return frozenset(w for w in self._spoken if _stem(w) in heavy or _stem(CANONICAL.get(w, w)) in heavy)

    def _respell(self, words: frozenset[str]) -> frozenset[str] | None:
        """Unknown words replaced by the known word they are close to (others kept as they are);
        None when one is a known word with a negating prefix ("deverrouille")."""
        out = set()
        for word in words:
            if word in self._postings or word == NUMBER or word in _FRAME:
                out.add(word)
                continue
            # A negating prefix before a known word of 3 letters or more (looked up by prefix, not by scanning every word).
            if any(word.startswith(p) and len(word) - len(p) >= 3 and word[len(p):] in self._postings for p in NEGATING):
                return None  # "deverrouille" is not a mis-hearing of "verrouille"
            found = process.extractOne(word, self._known, scorer=fuzz.ratio, score_cutoff=RESPELL_SCORE) if len(word) >= RESPELL_MIN_CHARS else None
            out.add(found[0] if found is not None else word)
        return frozenset(out)

    def _recall(self, said: frozenset[str], phrasing: frozenset[str], free: frozenset[str]) -> float:
        words = phrasing - free
        total = sum(self._weight[w] for w in words)
        return sum(self._weight[w] for w in words & said) / total if total else 0.0

    def _precision(self, said: frozenset[str], key: tuple[str, tuple[tuple[str, str], ...]], strict: frozenset[str]) -> float:
        """The weight of the words said that the target has, over the weight of all words said
        (a word no phrasing has weighs UNKNOWN_WEIGHT, as much as a rare word); 0 when a strict
        word said is not the target's."""
        vocab, free = self._vocab[key], self._free[key]
        if any(w not in vocab and w not in free for w in strict):
            return 0.0
        total = explained = 0.0
        for word in said:
            weight = 0.0 if word in free else self._weight.get(word, UNKNOWN_WEIGHT)
            total += weight
            explained += weight if word in vocab else 0.0
        return explained / total if total else 1.0

    def best(self, tokens: list[str]) -> WordsHit | None:
        """The one target what was said fits (see the module's docstring), or None."""
        strict = (frozenset(_stem(w) for w in tokens) & self._strict) - untimed(tokens)
        digits = [t for t in tokens if t.replace(".", "", 1).isdigit()]
        plain = self._respell(bag(tokens))
        with_number = self._respell(bag(tokens, number=True)) if len(digits) == 1 else None
        scored: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[float, _Phrasing]] = {}
        for said, numbered in ((plain, False), (with_number, True)):
            if not said or len(said - _FRAME) < 2:
                continue  # one word alone ("change", "previous") is too little to guess from
            candidates = set().union(*(self._postings.get(w, set()) for w in said - _FRAME))
            for key in candidates:
                precision = self._precision(said, key, strict)
                # Beside a number every word must be the command's: "volume à 40 degrés" is no volume.
                if precision < (1.0 if numbered else WORDS_PRECISION):
                    continue
                for phrasing in self._phrasings[key]:
                    if (phrasing.pattern is not None) != numbered:
                        continue
                    # Words the target lacks are forgiven only around a name of its own: "I'm done with
                    # Outlook, close it" is app.close.outlook, "turn up the heating" is not "turn it up".
                    # One word of a phrasing among others said is too little ("écoute, j'en ai marre").
                    shared = phrasing.words & said
                    if precision < 1.0 and (len(shared) < 2 or not any(self._weight[w] >= NAME_WEIGHT for w in shared)):
                        continue
                    score = self._recall(said, phrasing.words, self._free[key]) * precision
                    if key not in scored or score > scored[key][0]:
                        scored[key] = (score, phrasing)
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda item: -item[1][0])
        (key, (score, phrasing)) = ranked[0]
        second = ranked[1] if len(ranked) > 1 else None
        if score < WORDS_SCORE or (second is not None and score - second[1][0] < WORDS_MARGIN):
            return None
        number = digits[0] if phrasing.pattern is not None else None
        return WordsHit(phrasing.target, score, phrasing.pattern, number, second[0][0] if second else None)
