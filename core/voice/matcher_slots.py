"""The matcher's slot stage: a command with list slots said freely, its
values and its verb in any order, with other words around them ("get qwen
30b running on m2", "j'aimerais que devstral soit chargé sur m1", "récupère
qwen 30b dans ollama").

The values of every list slot are looked for in what was said (the longest
spoken form wins, each slot at most one value). The commands whose list
slots are exactly the slots found are the candidates. The words said besides
the values must hold a verb one candidate's phrasings start with and no
other candidate's do ("load", "chargé", "unload"; a word said may be that
verb with an ending, "loaded", "downloading"), and no question,
negation, condition or "later" word. One candidate only may fit. The
matcher offers it as a "did you mean", never runs it at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import Catalogue, ListSlot
from .matcher_compile import Compiled, Target
from .matcher_words import bag, untimed
from .normalise import normalise

# A word said may be a command's word with an ending ("loaded", "downloading") when that word is this long.
STEM_MIN_CHARS = 3


@dataclass(frozen=True)
class SlotsHit:
    """The command said with its list slots' values."""

    target: Target


class SlotsIndex:
    """The spoken forms of every list slot's values, and each list-slot command's own words."""

    def __init__(self, catalogue: Catalogue, compiled: Compiled, strict: frozenset[str]) -> None:
        self._strict = strict
        # spoken form (normalised tokens) -> (slot, value), longest forms first
        forms: dict[tuple[str, ...], tuple[str, str]] = {}
        for name, slot in catalogue.slots.items():
            if isinstance(slot, ListSlot):
                for value in slot.values:
                    for spoken in (*value.fr, *value.en):
                        forms.setdefault(tuple(normalise(spoken).split()), (name, value.value))
        self._forms = sorted(forms.items(), key=lambda item: -len(item[0]))
        self._first = {form[0] for form, _ in self._forms if form}
        # command -> its list slots, and the verbs its phrasings start with
        slots_of: dict[str, frozenset[str]] = {}
        verbs_of: dict[str, set[str]] = {}
        lang_of: dict[str, str] = {}
        for key, target in compiled.literal.items():
            if not target.bound:
                continue
            slots_of[target.command] = frozenset(name for name, _ in target.bound)
            verbs_of.setdefault(target.command, set()).update(bag(key.split()[:1]))
            lang_of.setdefault(target.command, target.lang)
        self._slots_of = slots_of
        self._lang = lang_of
        # A verb counts for one command only among those taking the same slots.
        self._verbs: dict[str, frozenset[str]] = {}
        for command, verbs in verbs_of.items():
            others = set().union(*(v for c, v in verbs_of.items() if c != command and slots_of[c] == slots_of[command]))
            self._verbs[command] = frozenset(verbs - others)

    def _values(self, said: list[str], *, strict: bool = True) -> tuple[list[str], dict[str, str]]:
        """The words said without the values found, and the value found for each slot ({} for a slot said with two,
        unless not `strict`: then the last one)."""
        rest: list[str] = []
        found: dict[str, str] = {}
        clash: set[str] = set()
        i = 0
        while i < len(said):
            if said[i] in self._first:
                for form, (slot, value) in self._forms:
                    if tuple(said[i:i + len(form)]) == form:
                        if found.get(slot, value) != value:
                            clash.add(slot)
                        found[slot] = value
                        i += len(form)
                        break
                else:
                    rest.append(said[i])
                    i += 1
                continue
            rest.append(said[i])
            i += 1
        return rest, {} if clash and strict else found

    def named(self, said: list[str]) -> frozenset[tuple[str, str]]:
        """The list-slot values said (a node, a model), as (slot, value) pairs."""
        if not self._first.intersection(said):
            return frozenset()
        return frozenset(self._values(said, strict=False)[1].items())

    def best(self, said: list[str]) -> SlotsHit | None:
        """The one list-slot command said with its values and one of its own words, or None."""
        if not self._first.intersection(said):
            return None
        rest, found = self._values(said)
        if not found:
            return None
        words = bag(rest)
        if (frozenset(said) - untimed(said)) & self._strict:
            return None
        fits = [c for c, slots in self._slots_of.items() if slots == frozenset(found) and any(self._has(words, verb) for verb in self._verbs[c])]
        if len(fits) != 1:
            return None
        command = fits[0]
        return SlotsHit(Target(command, self._lang[command], tuple(sorted(found.items()))))

    @staticmethod
    def _has(words: frozenset[str], verb: str) -> bool:
        return verb in words or (len(verb) >= STEM_MIN_CHARS and any(w.startswith(verb) for w in words))
