"""A command's *core*: its normalised words without the ones that change
nothing about which command is meant, and with one spelling for words and
phrases that mean the same thing to every command.

    "can you set the sound to 80 %"  ->  normalised "set le volume a 80 %"
    "tu peux mettre le son à 80"     ->  core "mets volume a 80"

Applied alike to every phrasing of the catalogue and to a transcript, so
"close the current tab please" and "ferme-moi l'onglet" meet the phrasing
they paraphrase. The matcher drops a core that two commands share (see
`matcher_core`): folding words together can never make a phrasing mean
another command, only make it ambiguous, and ambiguous cores are not used.

The words live in `data/voice/lexicon.toml` (read once, at import). Only
grammar and true synonyms belong there. A word whose meaning depends on the
command ("coupe": mute the sound, cut the selection, stop a service) gets
its synonyms in the catalogue's templates instead (catalogue_gen).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    """The tables of `data/voice/lexicon.toml`, ready for lookups."""

    dropped: frozenset[str]
    # first word -> (phrase, what replaces it), longest phrase first
    phrases: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
    canonical: dict[str, str]
    words: dict[str, Any]  # the [words] table, read by the words stage (matcher_words)


def _words(value: Any, where: str) -> list[str]:
    if not isinstance(value, str):
        raise ValueError(f"data/voice/lexicon.toml: {where} must be a string of words")
    return value.split()


def parse_lexicon(doc: dict[str, Any]) -> Lexicon:
    """The lexicon from its TOML document; ValueError names a bad entry."""
    table: dict[str, str] = {}
    for canonical, forms in doc.get("french_verbs", {}).items():
        for form in _words(forms, f"french_verbs.{canonical}"):
            table[form] = canonical
    for canonical, words in doc.get("synonyms", {}).items():
        for word in _words(words, f"synonyms.{canonical}"):
            table[word] = table.get(canonical, canonical)
    # A verb form of a synonym goes to the synonym's canonical word: "eteindre" -> "eteins" -> "arrete".
    canonical_of = {form: table.get(canonical, canonical) for form, canonical in table.items()}
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, replacement in doc.get("phrases", {}).items():
        said = tuple(phrase.split())
        if not said:
            raise ValueError("data/voice/lexicon.toml: an empty phrase in [phrases]")
        phrases.setdefault(said[0], []).append((said, tuple(_words(replacement, f"phrases.{phrase!r}"))))
    ordered = {first: tuple(sorted(found, key=lambda p: -len(p[0]))) for first, found in phrases.items()}
    return Lexicon(frozenset(doc.get("core", {}).get("dropped", ())), ordered, canonical_of, dict(doc.get("words", {})))


def load_lexicon() -> Lexicon:
    """The built-in lexicon (`data/voice/lexicon.toml`)."""
    text = resources.files("jarvis_tui.data").joinpath("voice", "lexicon.toml").read_text(encoding="utf-8")
    return parse_lexicon(tomllib.loads(text))


LEXICON = load_lexicon()
DROPPED = LEXICON.dropped
CANONICAL = LEXICON.canonical

# Kept in the core of a sentence with a number: "baisse le volume à 10" (to)
# is not "baisse le volume de 10" (by).
NUMBER_WORDS = frozenset({"a", "de"})


def core(words: list[str], keep: frozenset[str] = frozenset()) -> str:
    """The core of normalised tokens (see the module's docstring); words in `keep` are kept."""
    return " ".join(core_words(words, keep))


def core_words(words: list[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """`core` as a list of words."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase, replacement in LEXICON.phrases.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase and not keep.intersection(phrase):
                out.extend(CANONICAL.get(w, w) for w in replacement)
                i += len(phrase)
                break
        else:
            word = words[i]
            if word not in DROPPED or word in keep:
                out.append(CANONICAL.get(word, word))
            i += 1
    return out
