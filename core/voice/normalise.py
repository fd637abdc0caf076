"""One canonical spelling for what was said, applied alike to the catalogue's
templates and to a transcript, so that matching compares like with like.

Lower case, no accents, no punctuation; French elisions and English
contractions spelt out ("l'écran" -> "le ecran", "what's" -> "what is");
French articles and contractions folded ("la", "les" -> "le"; "du" -> "de le")
because Whisper confuses them; letters and digits split ("m1" -> "m 1");
acronyms spelt with dots joined ("G.P.U." -> "gpu"); numbers in words turned into digits; hesitations ("euh"), politeness
("s'il te plaît", "please"), the assistant's name and polite openings
("tu peux", "can you") removed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .numbers import words_to_digits

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "œ": "oe", "æ": "ae", "ß": "ss"})
_ELISION = re.compile(r"\b(l|d|j|qu|n|s|m|t|c|jusqu|lorsqu|puisqu)'")
_ELIDED = {"l": "le", "d": "de", "j": "je", "qu": "que", "n": "ne", "s": "se", "m": "me", "t": "te", "c": "ce",
           "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}
_CONTRACTIONS = ((re.compile(r"n't\b"), " not"), (re.compile(r"'re\b"), " are"), (re.compile(r"'m\b"), " am"), (re.compile(r"'ll\b"), " will"),
                 (re.compile(r"'d\b"), " would"), (re.compile(r"'ve\b"), " have"), (re.compile(r"\b(it|that|what|there|where|who|how|he|she)'s\b"), r"\1 is"),
                 # Any other "'s" is a possessive ("ol1's GPU", "the computer's fan"): the name alone. "let's" is "let us".
                 (re.compile(r"\blet's\b"), "let us"), (re.compile(r"(?<=[a-z0-9])'s\b"), ""))
# An acronym Whisper spells with dots ("G.P.U.s", "I.P.") is one word ("gpus", "ip").
_DOTTED_ACRONYM = re.compile(r"\b((?:[a-z]\.){2,})([a-z]?)(?![a-z])")
_PERCENT = re.compile(r"\b(pour cent|pourcent|pourcents|percent|per cent)\b")
_NOT_WORD = re.compile(r"[^a-z0-9%.\s]")
_DOT_NOT_DECIMAL = re.compile(r"(?<!\d)\.|\.(?!\d)")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z%])")
# Folded so that "la", "les", "l'" and "le" (which Whisper mixes up) are one word.
_FOLD = {"la": ("le",), "les": ("le",), "du": ("de", "le"), "des": ("de", "le"), "au": ("a", "le"), "aux": ("a", "le")}
# Typed the way people text, apostrophes and letters left out: "jai", "cest", "im", "u", "couldja", "pleas".
_TYPED = {"jai": ("je", "ai"), "cest": ("ce", "est"), "jen": ("je", "en"), "jsuis": ("je", "suis"), "chui": ("je", "suis"), "im": ("i", "am"),
          "u": ("you",), "ur": ("your",), "couldja": ("could", "you"), "wouldja": ("would", "you"), "pleas": ("please",), "plz": ("please",),
          "pleeze": ("please",), "thats": ("that", "is"), "whats": ("what", "is")}

# Spoken French said the written way: "y a quoi dans …" is "qu'est-ce qu'il y a dans …" ("a" there is a verb, no article).
REWORDED = tuple((tuple(a.split()), tuple(b.split())) for a, b in (("il y a quoi", "que est ce que il y a"), ("y a quoi", "que est ce que il y a")))

# Said anywhere, meaning nothing for a command.
FILLERS = frozenset({"euh", "euhh", "heu", "hum", "humm", "hmm", "uh", "uhm", "um", "umm", "er", "erm", "bah", "ben", "hein", "jarvis",
                     "stp", "svp", "please", "pls", "merci", "thanks"})
FILLER_PHRASES = tuple(tuple(p.split()) for p in (
    "se il te plait", "se il vous plait", "se te plait", "sil te plait", "sil vous plait", "s il te plait", "s il vous plait", "thank you",
    # "ouvre un bloc-notes vite fait": quickly, nothing more.
    "vite fait",
    # "…, when you get a sec", "… quand tu peux": no condition, only politeness.
    "when you get a sec", "when you get a second", "when you have a sec", "when you have a second", "whenever you can", "quand tu peux", "quand tu auras un moment",
    "quand tu as un moment"))
# Said first: greetings and polite openings around a command.
OPENINGS = tuple(tuple(p.split()) for p in (
    # Asked as a negative question, a request all the same: "tu pourrais pas vérifier le cluster ?", "couldn't you …".
    "tu pourrais pas", "tu ne pourrais pas", "vous pourriez pas", "vous ne pourriez pas", "could not you", "can not you", "cannot you",
    "est ce que tu peux", "est ce que tu pourrais", "est ce que vous pouvez", "est ce que tu veux bien", "tu peux", "tu pourrais", "peux tu",
    "pourrais tu", "pouvez vous", "pourriez vous", "tu veux bien", "je veux que tu", "je voudrais que tu", "je aimerais que tu", "je aimerais bien que tu", "je voudrais bien que tu", "il faut que tu",
    "je voudrais", "je veux", "je aimerais", "je souhaite", "il me faut", "je ai besoin de", "essaie de", "merci de",
    "il faudrait que tu", "faudrait que tu", "il faudrait", "faudrait", "ce serait bien de", "ce serait bien que tu", "ca serait bien de",
    "ca serait bien que tu", "vous pouvez", "je ai envie de", "would it be possible to", "i would appreciate it if you could", "how about", "time to",
    "maybe",
    # Asides before the order: "right, before I forget, …", "attends, avant que j'oublie : …", "quick one: …".
    "right before i forget", "before i forget", "de abord", "attends avant que je oublie", "avant que je oublie", "alright", "all right", "right", "quick one", "first", "attends", "oops", "shh", "chut", "nah", "let me", "laisse moi",
    "est ce que tu peux me", "tu peux me", "peux tu me", "te peux", "te peux me", "vas y", "allez", "ok", "okay", "hey", "he", "dis", "alors", "bon", "bonjour", "salut", "oui",
    "would you mind", "do you mind", "ca te derangerait de", "ca te derange de", "ca vous derange de", "can you", "could you", "would you", "will you", "would you please", "i want you to", "i would like you to", "i need you to",
    "go ahead and", "i want to", "i would like to", "i would like", "i need to", "i need", "let us", "try to", "is it possible to", "please can you", "you can", "hi", "hello", "so", "now", "well", "yes", "just",
))

# Said last, tying the order to what came before ("start docker then"), pressing it ("open spotify already") or
# asking it as a tag ("open spotify, would you?").
ENDINGS = tuple(tuple(p.split()) for p in ("then", "alors", "already", "would you", "will you", "could you", "can you", "would you please",
                                            # a yes-no question said with its other answer: "olama répond ou pas ?", "is M2 up or not"
                                            "ou pas", "ou non", "or not",
                                            # a goodbye after the order: "quitte jarvis, bonne nuit"
                                            "bonne nuit", "good night", "goodnight", "bonne soiree", "bonne journee", "see you", "bye"))


def _fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _reword(tokens: list[str]) -> list[str]:
    for said, meant in REWORDED:
        for i in range(len(tokens) - len(said) + 1):
            if tuple(tokens[i:i + len(said)]) == said:
                return [*tokens[:i], *meant, *tokens[i + len(said):]]
    return tokens


def _drop_phrases(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in FILLER_PHRASES:
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            if tokens[i] not in FILLERS:
                out.append(tokens[i])
            i += 1
    return out


def _drop_ending(tokens: list[str]) -> list[str]:
    for ending in ENDINGS:
        if len(tokens) > len(ending) and tuple(tokens[-len(ending):]) == ending:
            return tokens[:-len(ending)]
    return tokens


def _drop_openings(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        for opening in OPENINGS:
            if len(tokens) > len(opening) and tuple(tokens[:len(opening)]) == opening:
                tokens = tokens[len(opening):]
                changed = True
                break
    return tokens


def tokens(text: str, *, drop_fillers: bool = True) -> list[str]:
    """The canonical tokens of `text` (see the module's docstring)."""
    text = _fold_accents(text.lower().translate(_APOSTROPHES))
    text = _ELISION.sub(lambda m: _ELIDED[m.group(1)] + " ", text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = text.replace("-", " ").replace("_", " ").replace("'", " ")
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", "") + m.group(2), text)
    text = _PERCENT.sub(" % ", text)
    text = _DOT_NOT_DECIMAL.sub(" ", _NOT_WORD.sub(" ", text))
    text = _LETTER_DIGIT.sub(" ", text)
    words: list[str] = []
    for word in text.split():
        words.extend(_FOLD.get(word, _TYPED.get(word, (word,))))
    words = _reword(words)
    if drop_fillers:
        words = _drop_ending(_drop_openings(_drop_phrases(words)))
    return words_to_digits(words)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """`text` in its canonical spelling, tokens joined by single spaces."""
    return " ".join(tokens(text))
