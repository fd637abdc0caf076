"""Matching a transcript to a catalogue command, strictly: a wrong action is
far worse than a miss (Home Assistant removed its fuzzy stage in 2026 after
an unknown area name switched on every light in a house).

0. names in the catalogue's spelling: split or glued names, letters said
   one by one, and the correction dictionaries' mis-hearings (see
   `matcher_spelling`);
1. exact: the normalised text equals an expanded template (list slots
   filled in), or fits a template with number or free-text slots;
1b. core: the same without articles, possessives and softeners, with one
   spelling for verb forms and true synonyms (`lexicon`), when exactly one
   command has that core;
2. fuzzy (rapidfuzz): the best command must clear an absolute score AND
   beat the second-best command by a margin; candidates whose numbers
   differ from what was said, or that differ by a negating prefix
   ("unlock" / "lock"), are never considered; free-text templates are never
   reached this way;
3. a "did you mean ...?" band below that asks;
3b. a command said with more around it ("close teams, the meeting is
   over"): when one clause alone matches (exactly, by its core, or failing
   that loosely: a sure fuzzy match, the slot or words stages) and no clause
   sets a condition or takes it back, the command is offered as a "did you
   mean", never run at once; without punctuation, a command said last after
   its reason, first before a sentence of its own, or a question after what
   prompted it, sure hits only;
3c. slots: a command with list slots whose values and verb were said in any
   order (see `matcher_slots`), offered as a "did you mean";
3d. words: the command whose words were said, in any order and with
   other words around them (see `matcher_words`), offered as a "did you
   mean", never run at once;
3e. a name said with a wish or alone is asked as opening it, a thing named
   alone as showing it; a guess whose object is only a pronoun is rejected;
4. anything else is rejected, and goes to the commander as a request.

Slot values are parsed and checked: out of range is rejected, never run.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Literal

from rapidfuzz import fuzz, process

from .catalogue import Catalogue, Command, ListSlot, NumberSlot, SlotValue, TextSlot
from .correction import CorrectionDictionary, load_dictionaries
from .lexicon import CANONICAL, DROPPED, LEXICON, NUMBER_WORDS, core
from .matcher_compile import Compiled, Pattern, compile_catalogue
from .matcher_core import build_core_index
from .matcher_slots import SlotsIndex
from .matcher_spelling import NameSpelling, sound
from .matcher_words import COPULAS, IGNORED, WordsIndex, untimed
from .normalise import normalise, tokens
from .numbers import parse_number

DecisionKind = Literal["run", "confirm", "reject"]
Stage = Literal["exact", "core", "fuzzy", "clause", "words", "sounds", "none"]

# Tuned on tests/data/voice/dev.jsonl only (see docs/voice_commands.md).
RUN_SCORE = 0.90
CONFIRM_SCORE = 0.80
MARGIN = 0.06
# A core (see `lexicon`) this close to one command's core is offered as a "did you mean".
CORE_CONFIRM_SCORE = 0.85
CORE_FUZZY_MIN_CHARS = 12
# Words that put a command off to later or under a condition: never one run now.
LATER_WORDS = frozenset({"demain", "tomorrow", "tonight", "soir", "matin", "morning", "later", "tard", "dans", "in", "after", "apres", "avant",
                         "before", "until", "jusque", "minutes", "heures", "hours", "seconds", "secondes", "once", "lorsque", "puis", "then"})
# A word this rare across targets (IDF; an application's name is in six commands) names
# what a fuzzy candidate acts on: one not said at all rules the candidate out ("ouvre ça").
FUZZY_NAME_WEIGHT = 4.0
# Below this many characters a near miss is too likely to be chance.
FUZZY_MIN_CHARS = 8
MAX_INPUT_CHARS = 400
# The families whose commands act on a node of the cluster: a guess from any other family is no order about a node
# said ("make it louder on m2" is not the laptop's volume).
NODE_FAMILIES = frozenset({"node", "cluster", "service", "ollama", "models", "cockpit"})
_CANDIDATES = 40
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
# Words that make a sentence a question or an opinion about a thing rather
# than an order to act on it ("what is the task manager", "I hate firefox"):
# a candidate whose phrasing lacks such a word said is never considered.
QUESTION_WORDS = frozenset({
    "pourquoi", "comment", "quoi", "qui", "quand", "explique", "expliquer", "parle", "aime", "deteste", "adore", "invente", "sert", "pense",
    "why", "how", "what", "who", "when", "where", "explain", "tell", "about", "hate", "like", "love", "invented", "think", "does",
    # negations and hesitations about doing it: "ne supprime pas", "don't delete", "should I close"
    "ne", "pas", "jamais", "faut", "si", "not", "never", "should", "if",
})
# A word said that is this unlike every word of a phrasing rules the phrasing
# out (0-100); one less unlike than that but not close makes the match a
# "did you mean" at best, never a certain match.
UNLIKE_WORD = 50
CLOSE_WORD = 75
# A word said that sounds this much like a phrasing's word (0-100, `sound` keys) may be that word heard wrong ("stime", "tims").
SOUNDS_ALIKE = 70
# A question word with an indefinite article asks what a kind of thing is.
DEFINING_QUESTION = frozenset({"what", "quoi", "quel", "quelle", "qui", "who"})
INDEFINITE = frozenset({"un", "une", "a", "an"})
_AVOIR_SUBJECTS = frozenset({"il", "elle", "on", "y"})
# Words whose absence changes nothing: Whisper drops and swaps them.
ARTICLES = frozenset({"le", "de", "un", "the", "a", "an", "my", "mon", "ma", "mes", "me", "moi", "your"})
# Prefixes that turn a word into its opposite or into another action.
_NEGATING = ("un", "de", "des", "dis", "in", "non", "re", "r")
# Where a sentence splits into clauses: punctuation, and "because" said without it.
# A purpose said after a command ("open TradingView so I can look at the charts", "va sur github voir ma PR") is a clause of its own;
# "voir" after a wish or a need is what is wished ("je veux voir le bureau").
_SEE = r"(?<!veux)(?<!voudrais)(?<!aimerais)(?<!faut)(?<!peux)(?<!va)(?<!aller)\s+voir(?:\s+|$)"
_CLAUSES = re.compile(rf"\s*[,;:!?.]\s*|\s+-\s+|\s+(?:parce que|because|car|so that|so i can|so i|pour voir|pour que|afin de|afin que)(?:\s+|$)|{_SEE}", re.IGNORECASE)
_PURPOSE = re.compile(rf"\s+(?:so that|so i can|so i|pour voir|pour que|afin de|afin que)(?:\s+|$)|{_SEE}", re.IGNORECASE)
# Conditions and time put a whole sentence off ("if it overheats, shut it down"); questions,
# negations and opinions only concern their own clause ("I don't like this one, skip the track").
# A fuzzy "did you mean" needs more than this many core words unless it is close to one command only.
VAGUE_CORE_WORDS = 2
# A clause of these words only, said after an order, takes it back ("… no wait", "…, enfin non", "…, actually forget it").
_NEGATING_BACK = frozenset({"no", "non", "nah", "nope", "never", "oublie", "forget", "scratch", "tomber", "finalement", "actually", "pardon", "sorry"})
_TAKING_BACK = _NEGATING_BACK | frozenset({"wait", "attends", "enfin", "mind", "laisse", "it", "that", "ca", "le", "en", "fait", "plutot", "ok", "oh", "ah"})
# A clause that starts with these is about the speaker: a time in it does not put the order off.
_SPEAKER = frozenset({"je", "i", "we", "nous", "on"})
# A question starts with these ("IS the internet down", "EST-CE QUE j'ai internet"); a negation before it is the reason's.
_ASKING = frozenset({"is", "are", "est", "do", "does", "what", "which", "how", "quel", "quels", "quelle", "quelles", "combien"})
_NEGATIONS = frozenset({"ne", "pas", "not", "never", "jamais"})
# A clause said after an order that starts with a wish is why it was given ("lance twitch, je veux voir le stream").
_WISH_AFTER = re.compile(r"\s*(?:je veux|je voudrais|i want|i wanna|i'd like)\b", re.IGNORECASE)
# "see if", "voir si": what an order is for, never a condition ("benchmark m3, je veux voir si c'est mieux").
_SEEING = frozenset({"see", "voir", "savoir", "know", "check", "verifier", "verifie"})
# What an order is for starts with these, said after it ("ping google pour voir", "start thunderbird for my mail").
_FOR = frozenset({"pour", "for", "afin", "histoire"})
# A sentence of its own starts with these ("kill firefox IT'S frozen", "ferme spotify J'EN ai marre").
_SUBJECTS = frozenset({"it", "i", "we", "je", "il", "elle", "ca", "nous"})
_POINTING = frozenset({"ce", "that", "this"})  # a subject only before "is": "c'est", "that's" (else "ce problème", "that file")
# Said first and alone, these call for attention rather than give an order.
_ATTENTION = frozenset({"ecoute", "listen", "regarde", "look", "attends", "wait", "stop", "arrete", "pause", "tiens", "voila", "bon", "ok", "okay"})
_LINKING = COPULAS | frozenset({"et", "and", "puis", "then", "ou", "or", "plus", "to", "dont"})
# Asking for an explanation anywhere ("c'est quoi les tâches planifiées, explique") makes the sentence a request.
EXPLAIN_WORDS = frozenset({"explique", "expliquer", "explain"})
CONDITION_WORDS = frozenset({"si", "if", "quand", "when", "lorsque", "unless", "sauf", "faut", "should"})
# Pronouns that stand for a name said in another clause ("Thunderbird is frozen, kill it"),
# and words that are never such a name however rare they are in the catalogue ("I AM done").
PRONOUNS = frozenset({"le", "it", "them", "lui"})
# Nouns that stand for an application named in another clause as a pronoun does ("J'ai plus besoin de Telegram, ferme l'application").
_STANDS_FOR = PRONOUNS | frozenset({"its", "application", "app", "appli", "programme", "program", "logiciel"})
_WISHES = re.compile(r"\b(" + "|".join(LEXICON.words.get("wishes", ())) + r")\b", re.IGNORECASE)
_USING = frozenset(LEXICON.words.get("using", ()))
# Words that stand for what an order is about without naming it: a fuzzy or words-stage guess built on one is rejected.
PRONOUN_OBJECTS = frozenset({"it", "that", "this", "one", "them", "ca", "cela", "autre", "other", "there"})
# Whether a thing is there, asked around its name ("j'ai encore de la RAM ?", "il y a des signaux qui attendent ?",
# "any scheduled tasks?", "j'ai quelles skills déjà ?"): these words ask, the rest names what showing it answers.
_WHETHER_ANY = frozenset({"il", "y", "a", "t", "est", "ce", "que", "je", "ai", "encore", "deja", "reste", "plus", "de", "le", "quelles", "quels",
                          "any", "there", "is", "are", "do", "i", "have", "got", "still", "left", "some", "the", "my", "mes", "mon", "ma"})
# A relative clause after the thing only says more of it ("des signaux QUI ATTENDENT", "tasks THAT are waiting").
_RELATIVE = frozenset({"qui", "that", "which", "waiting", "en"})
_HYPHENATED_PRONOUN = re.compile(r"\w-(le|la|les|lui|y)\b|\bl[aà][- ]bas\b", re.IGNORECASE)
_FUNCTION_WORDS = DROPPED | IGNORED | COPULAS | QUESTION_WORDS | LATER_WORDS
# How long, not when: "for a sec", "(pour) deux secondes", "un instant"; never after "in", "dans", "après", "d'ici".
_DURATION = re.compile(r"(?<!\bin )(?<!\bdans )(?<!\bapr[eè]s )(?<!\bafter )(?<!\bici )\b(?:(?:for|pour)\s+)?(?:a|one|un|une|deux|two|quelques|a few|\d+)\s+"
                       r"(?:sec|secs|seconde|secondes|second|seconds|instant|instants|moment|minute|minutes|min)\b", re.IGNORECASE)
# A word put right as it is said: "…, I mean 50", "…, non, Discord" (the right word after) or "…, images je veux dire" (before).
_REPAIRING = r"(?:i mean|je veux dire|enfin|pardon|sorry|non|no|plut[oô]t)"
# A question put as something to be told ("dis-moi si m1 chauffe", "tell me if m2 is online", "je me demande si internet marche"):
# the question after "si"/"if"/"whether", a few words of frame before it at most (normalised text).
# Asking whether something can be done is no order to do it.
_ABLE = frozenset({"tu", "you", "peux", "peut", "pourrais", "can", "could", "possible"})
_TOLD_WHETHER = re.compile(r"(?:\S+ ){0,3}?(?:moi|dire|savoir|demande|tell me|let me know|know|wonder) (?:si|if|whether) (?P<question>.+)")
_REPAIR_AFTER = re.compile(rf"(?P<said>.+?)\s*[,;.–—-]\s*{_REPAIRING}\s*[,;.]?\s+(?P<right>\S+(?:\s+\S+)?)\s*[.!?]?", re.IGNORECASE)
_REPAIR_BEFORE = re.compile(rf"(?P<said>.+?)\s*[,;.–—-]\s*(?P<right>\S+(?:\s+\S+)?)\s+{_REPAIRING}\s*[.!?]?", re.IGNORECASE)
# A phrasal verb around its object, up to three words: "turn THE PC off" (normalised text).
_PARTICLE_AFTER = re.compile(r"\b(turn|switch|shut|power|put|bring|take|start|fire|boot|open|close)\s+((?:(?!off\b|on\b|down\b|up\b)\S+\s+){1,3}?)(off|on|down|up)\b")
_POLITE_TAIL = re.compile(r"[\s,.;!?]*(s'?il (te|vous) pla[iî]t|please|stp|svp|merci|thanks|thank you)?[\s,.;!?]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Decision:
    """What to do with one transcript. `decision` is run, confirm (a command
    that asks first, or a "did you mean") or reject (sent to the commander)."""

    text: str
    normalised: str
    command: str | None
    slots: dict[str, SlotValue]
    score: float
    decision: DecisionKind
    stage: Stage
    reason: str
    action: dict[str, Any] | None = None
    alternative: str | None = None
    lang: str | None = None
    certain: bool = False  # matched without doubt (exact, or fuzzy above the run score and margin)

    @property
    def handoff(self) -> str | None:
        """Where a rejected phrase goes: the commander, as a request."""
        return "commander" if self.decision == "reject" and self.normalised else None

    def to_json(self) -> dict[str, Any]:
        """DESIGN.md's decision document, with more fields after the four it fixes."""
        return {
            "command": self.command, "slots": self.slots, "score": self.score, "decision": self.decision,
            "stage": self.stage, "reason": self.reason, "action": self.action, "alternative": self.alternative,
            "handoff": self.handoff, "text": self.text, "normalised": self.normalised,
        }

    def summary(self) -> str:
        """One line for people."""
        slots = " ".join(f"{k}={v}" for k, v in self.slots.items())
        what = f"{self.command}{' ' + slots if slots else ''}"
        if self.decision == "run":
            return f"run {what} ({self.stage}, score {self.score:.2f})"
        if self.decision == "confirm":
            return f"confirm {what}? ({self.reason}; score {self.score:.2f})"
        return f"reject: {self.reason} -> sent to the commander as a request" if self.handoff else f"reject: {self.reason}"


@dataclass
class _Candidate:
    command: str
    score: float
    slots: dict[str, SlotValue] = field(default_factory=dict)
    lang: str | None = None
    loose: bool = False  # a word said is not close to any word of the phrasing


class Matcher:
    """Matches transcripts against a compiled catalogue (see `load_matcher`).
    An exact hit takes a few microseconds; the fuzzy stage about a millisecond."""

    def __init__(self, catalogue: Catalogue, compiled: Compiled | None = None, *, run_score: float = RUN_SCORE,
                 confirm_score: float = CONFIRM_SCORE, margin: float = MARGIN, platform: str = "linux") -> None:
        if not 0 < confirm_score <= run_score <= 1:
            raise ValueError("scores must satisfy 0 < confirm_score <= run_score <= 1")
        self.catalogue, self.run_score, self.confirm_score, self.margin, self.platform = catalogue, run_score, confirm_score, margin, platform
        self.compiled = compiled if compiled is not None else compile_catalogue(catalogue)
        self._literal = self.compiled.literal
        self._patterns = [(p, re.compile(p.regex)) for p in self.compiled.patterns]
        self._patterns_by_word = _by_first_word(self._patterns)
        self._number_patterns = [p for p in self.compiled.patterns if not p.has_text]
        # Sorted by length: a fuzzy search only scans the keys long enough and short enough to reach its cutoff.
        self._keys = sorted(self._literal, key=len)
        self._key_lengths = [len(k) for k in self._keys]
        self._key_targets = [self._literal[k] for k in self._keys]
        self._key_digits = [Counter(t for t in k.split() if _DIGITS.match(t)) for k in self._keys]
        self._core = build_core_index(self.compiled)
        self._core_keys = sorted(self._core.literal, key=len)
        self._core_key_lengths = [len(k) for k in self._core_keys]
        self._core_targets = [self._core.literal[k] for k in self._core_keys]
        commands = catalogue.commands.values()
        self._words = WordsIndex(self.compiled, frozenset(c.id for c in commands if c.confirm), frozenset(c.id for c in commands if c.action.tool),
                                 QUESTION_WORDS | LATER_WORDS)
        # Words that name what a command acts on: a fuzzy match that lacks one is no match.
        self._names = self._words.names(FUZZY_NAME_WEIGHT)
        # What a family acts on is its commands' last id part: "app.open.calculator", "node.gpu.gemini".
        things = frozenset(c.rsplit(".", 1)[-1] for c in catalogue.commands if c.count(".") >= 2)
        self._spelling = NameSpelling(self._keys, self._names, _heard(load_dictionaries()), things)
        self._catalogue_words = frozenset(w for k in self._keys for w in k.split())
        # Words a phrasing starts with (its verb, mostly): where a command said after its reason may begin.
        self._verbs = frozenset(k.split(" ", 1)[0] for k in self._keys if " " in k) - _FUNCTION_WORDS - PRONOUNS
        # Those that open an order as said (not an article a phrasing starts with): an order after its question or before its purpose.
        self._order_verbs = self._verbs - ARTICLES - INDEFINITE
        self._slots = SlotsIndex(catalogue, self.compiled, QUESTION_WORDS | LATER_WORDS | COPULAS)
        vocabulary: dict[str, set[str]] = {}
        for key, target in self._literal.items():
            vocabulary.setdefault(target.command, set()).update(key.split())
        for pattern in self.compiled.patterns:
            vocabulary.setdefault(pattern.target.command, set()).update(w for piece in pattern.pieces if piece for w in piece.split())
        self._vocabulary = {command: frozenset(words) for command, words in vocabulary.items()}
        node_names = {normalise(said) for slot in catalogue.slots.values() if isinstance(slot, ListSlot) and slot.description.startswith("a node")
                      for value in slot.values for said in (*value.fr, *value.en)}
        self._node_name = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, node_names), key=len, reverse=True)) + r")\b") if node_names else None

    @property
    def phrasing_count(self) -> int:
        """Distinct phrasings: literal sentences and sentences with open slots."""
        return len(self._literal) + len(self._patterns)

    # -- matching -----------------------------------------------------------

    def match(self, text: str) -> Decision:
        """The decision for one transcript."""
        if len(text) > MAX_INPUT_CHARS:
            return self._reject(text, "", f"longer than {MAX_INPUT_CHARS} characters: not a voice command")
        norm = normalise(text)
        if not norm:
            return self._reject(text, norm, "nothing to match")
        if norm not in self._literal:
            norm = self._spelling.respell(norm)  # "open net flix" -> "open netflix"
        decision = self._exact(text, norm)
        if decision is None and _defines(norm.split()) and not self._order_after_question(text):
            return self._reject(text, norm, "a question about what something is: for the commander")
        if decision is None:
            decision = self._fuzzy(text, norm)
            if not decision.certain:
                decision = self._in_slots(text, norm) or decision
        if decision.decision == "reject" and decision.command is None:
            decision = self._repaired(text) or self._told_whether(text, norm) or self._clause(text, norm) or self._core_fuzzy(text, norm) or self._in_other_words(text, norm) \
                or self._sounds_like(text, norm) or self._for_a_while(text) or self._misspelt(text, norm) or self._particle_after(text, norm) \
                or self._apposition(text) or decision
        if not decision.certain and (wanted := self._wanted(text, norm) or self._named_alone(text, norm) or self._whether_any(text, norm)) is not None:
            return wanted
        if decision.stage in ("fuzzy", "words") and not decision.certain and self._only_a_pronoun(text, norm):
            # "mets-le à 50", "put it at 50", "next one": a guess with nothing named to go on is no question worth asking.
            return self._reject(text, norm, "it names nothing: a pronoun with no name said")
        if not decision.certain and decision.command is not None and self._node_name is not None \
                and decision.command.split(".", 1)[0] not in NODE_FAMILIES and self._node_name.search(norm):
            return self._reject(text, norm, "a node named, and the guess is no command about a node")
        return decision

    def _misspelt(self, text: str, norm: str) -> Decision | None:
        """A name typed with a slip ("couldja close the calculater"): the command said with the name it is closest to, asked, never run."""
        meant = self._spelling.misspelt(norm)
        if meant is None:
            return None
        hit = self._rematched(meant)
        if hit is None or any(isinstance(self.catalogue.slots[n], TextSlot) for n in hit.slots):
            return None  # free text is never reached by guessing: "cherche sur interne les horaires"
        return self._asked(hit, text, norm, f"a name spelt '{meant}'", stage="sounds")

    def _told_whether(self, text: str, norm: str) -> Decision | None:
        """A question put as something to be told ("tu pourrais me dire si m1 chauffe ?", "tell me if the internet is down"):
        the question's command when it reads something, asked, never run."""
        found = _TOLD_WHETHER.fullmatch(norm)
        if found is None or _ABLE.intersection(found.group("question").split()):
            return None  # "dis-moi si tu peux fermer Chrome" asks what can be done: for the commander
        hit = self._rematched(found.group("question"))
        if hit is None or hit.action is None or hit.action["kind"] != "tool" or hit.slots:
            return None
        return self._asked(hit, text, norm, "a question put as something to be told")

    def _repaired(self, text: str) -> Decision | None:
        """A word put right as it is said ("affiche le dossier photos, images je veux dire", "set the volume to 40, I mean 50",
        "ouvre Slack, non, Discord"): the last one or two words before it replaced by the right ones, asked, never run."""
        found = _REPAIR_AFTER.fullmatch(text) or _REPAIR_BEFORE.fullmatch(text)
        if found is None:
            return None
        said, right = found.group("said").split(), found.group("right").strip(" ,.;!?")
        if not set(tokens(right, drop_fillers=False)) - _TAKING_BACK:
            return None  # "open spotify, no, forget it": taken back, not put right
        for k in (1, 2):
            if len(said) > k and right and (hit := self._rematched(" ".join([*said[:-k], right]))) is not None:
                return self._asked(hit, text, normalise(text), "a word put right as it was said")
        return None

    def _particle_after(self, text: str, norm: str) -> Decision | None:
        """A phrasal verb said around its object ("turn the pc off, I'm going to bed", "switch the wifi back on"): the verb
        and its particle said together, asked, never run."""
        found = _PARTICLE_AFTER.search(norm)
        if found is None or all(w in PRONOUN_OBJECTS or w in DROPPED for w in found.group(2).split()):
            return None  # "turn it up by a lot": a pronoun names nothing
        moved = norm[:found.start()] + f"{found.group(1)} {found.group(3)} {found.group(2)}" + norm[found.end():]
        hit = self._rematched(moved)
        return None if hit is None else self._asked(hit, text, norm, "its verb said around what it acts on")

    def _for_a_while(self, text: str) -> Decision | None:
        """A command said with how long it should last ("hide Spotify for a sec", "cache OBS deux secondes", "coupe la lecture un
        instant"): the command, asked, never run (the length is not kept). A time it waits for ("dans deux minutes") still puts it off."""
        rest = _DURATION.sub(" ", text)
        if rest == text or not rest.strip():
            return None
        hit = self._rematched(rest)
        return None if hit is None else self._asked(hit, text, normalise(text), "said with how long it should last")

    def _wanted(self, text: str, norm: str) -> Decision | None:
        """A name said after a wish ("j'ai besoin de GIMP", "I want to watch YouTube"), or alone ("the calculator"):
        opening it, asked, never run. The one place every application and site shares the frame: the name must make
        "ouvre"/"open" a phrasing."""
        said = norm.split()
        while said and said[0] in _USING:
            said = said[1:]
        if not said or not any(w in self._names for w in said):
            return None
        alone = all(w in self._names or w in DROPPED for w in said) and len(said) <= 3
        if not alone and not _WISHES.search(text):
            return None
        for verb in ("ouvre", "open"):
            hit = self._exact(text, " ".join([verb, *said]))
            if hit is not None and hit.decision != "reject" and hit.certain:
                return self._asked(hit, text, norm, "a name said alone or with a wish", stage="words")
        return None

    def _apposition(self, text: str) -> Decision | None:
        """An order whose object is described, then named after a comma ("open the recording software, obs", "lance le
        truc pour les notes, obsidian"): the order's verb with the name alone, asked, never run."""
        clauses = [c for c in re.split(r"\s*,\s*", text.strip(" .!?")) if c]
        if len(clauses) != 2:
            return None
        order, name = normalise(clauses[0]).split(), normalise(clauses[1]).split()
        if not order or order[0] not in self._verbs or not 1 <= len(name) <= 3 or not all(w in self._names for w in name):
            return None
        hit = self._exact(text, " ".join([order[0], *name]))
        if hit is None or hit.decision == "reject" or not hit.certain:
            return None
        return self._asked(hit, text, normalise(text), "the thing described, then named")

    def _named_alone(self, text: str, norm: str) -> Decision | None:
        """A thing named alone, as a question or a note ("models?", "mon solde ?", "my skills"): showing it,
        asked, never run, and only by a command that reads something and never asks first."""
        said = norm.split()
        if len(said) > 3 or any(w in QUESTION_WORDS for w in said) or not 1 <= len(core(said).split()) <= 2:
            return None
        for verb in ("show", "affiche"):
            hit = self._exact(text, f"{verb} {norm}")
            if hit is not None and hit.decision == "run" and hit.action is not None and hit.action["kind"] == "tool":
                return self._asked(hit, text, norm, "a thing named alone", stage="words")
        return None

    def _whether_any(self, text: str, norm: str) -> Decision | None:
        """A question whether a thing is there, asked around its name ("il y a des signaux qui attendent ?", "any
        scheduled tasks?"): the thing named alone (`_named_alone`), asked, never run. Only a question: it ends with "?"
        or starts with one of the words that ask it."""
        said = norm.split()
        if not said or not (text.rstrip().endswith("?") or said[0] in ("il", "y", "any", "is", "are", "do")):
            return None
        cut = next((i for i, w in enumerate(said) if i and w in _RELATIVE), len(said))
        rest = [w for w in said[:cut] if w not in _WHETHER_ANY]
        return self._named_alone(text, " ".join(rest)) if rest and len(rest) < len(said) else None

    def _only_a_pronoun(self, text: str, norm: str) -> bool:
        """True when what was said stands for its object by a pronoun ("it", "ça", "-le", "the other one") and names nothing."""
        said = norm.split()
        if not (PRONOUN_OBJECTS.intersection(said) or _HYPHENATED_PRONOUN.search(text)):
            return False
        # The verb alone is left once the pronoun, numbers and grammar are set aside: "put it at 50", "monte-le un peu".
        rest = [w for w in core(said).split() if w not in PRONOUN_OBJECTS and w not in IGNORED and w not in QUESTION_WORDS and w not in COPULAS
                and not _DIGITS.match(w)]
        return len(rest) <= 1

    def _sounds_like(self, text: str, norm: str) -> Decision | None:
        """A name heard as other words ("lance disque or"): the command said with the name it sounds like, asked, never run."""
        heard = self._spelling.sounds_like(norm)
        if heard is None:
            return None
        hit = self._exact(text, heard)
        if hit is None or hit.decision == "reject":
            return None
        return self._asked(hit, text, norm, f"a name heard as '{heard}'", stage="sounds")

    def _exact(self, text: str, norm: str) -> Decision | None:
        """An exact or core hit, or None."""
        target = self._literal.get(norm)
        if target is not None:
            return self._decide(text, norm, _Candidate(target.command, 1.0, dict(target.bound), target.lang), "exact", None)
        first = norm.split(" ", 1)[0]
        for pattern, regex in self._patterns_by_word.get(first, self._patterns_by_word[""]):
            m = regex.fullmatch(norm)
            if m is not None:
                return self._pattern_hit(text, norm, pattern, m)
        if _defines(norm.split()):
            return None  # only an exact phrasing answers a question about what something is
        said = core(norm.split())
        target = self._core.lookup(said)
        if target is not None:
            # One word said with others ("stop it", "pause that"): the others may name what it is about; asked, not run.
            doubt = f"did you mean {target.command}? (one word of it said with others)" if " " not in said and " " in norm else ""
            return self._decide(text, norm, _Candidate(target.command, 1.0, dict(target.bound), target.lang), "core", None, doubt=doubt)
        said = core(norm.split(), NUMBER_WORDS)
        for pattern, regex in self._core.patterns:
            m = regex.fullmatch(said)
            if m is not None:
                return self._pattern_hit(text, norm, pattern, m, stage="core")
        return None

    def _clause(self, text: str, norm: str) -> Decision | None:
        """One clause of a longer sentence that is a command, offered as a "did you mean"; a
        pronoun in it may stand for a name said in another clause ("j'ai fini avec GIMP, ferme-le")."""
        said = norm.split()
        clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
        # "should I long solana, analyse it" asks an opinion before an order; "should it overheat, …" stays a condition.
        asked_first = len(clauses) > 1 and said[:2] in (["should", "i"], ["should", "we"])
        if any((w in CONDITION_WORDS and not (asked_first and w == "should") and not (i and said[i - 1] in _SEEING)) or w in EXPLAIN_WORDS
               for i, w in enumerate(said)):
            return None  # "if it overheats, shut it down"

        # A time puts the order off ("open spotify tomorrow", "tomorrow morning, open spotify") unless it is in a clause
        # about the speaker ("mets la machine en veille, je reviens dans une heure").
        for clause in clauses if len(clauses) > 1 else [text]:
            words = normalise(clause).split()
            if words and words[0] not in _SPEAKER and any(w in LATER_WORDS and w not in untimed(words) for w in words) \
                    and not (len(clauses) > 1 and self._when_else(words)):
                return None
        if len(clauses) < 2:
            return self._said_last(text, norm)
        if not _takes_back(clauses[0]) and any(_takes_back(clause) for clause in clauses[1:]):
            return None  # "make it louder... no wait", "mets plus fort, enfin non": taken back
        # What is said after a purpose ("open Thunderbird so I can check my mail") is why, never the order.
        purpose = _PURPOSE.search(text)
        ordered = len([c for c in _CLAUSES.split(text[:purpose.start()]) if c and c.strip()]) if purpose else len(clauses)
        # So is a wish said after an order ("lance twitch, je veux voir le stream"): its reason, not a second order.
        ordered = next((i for i, c in enumerate(clauses[:ordered]) if i and _WISH_AFTER.match(c)), ordered)
        # A clause is only ever asked about: a name typed with a slip in it ("Brav répond plus, …") is read as the name.
        respelt = [self._spelling.respell(normalise(clause)) for clause in clauses]
        hit = self._one_clause(clauses, [(self._spelling.misspelt(r) or r).split() for r in respelt], loosely=True, among=range(ordered))
        return None if hit is None else self._asked(hit, text, norm, "said with more around it")

    def _when_else(self, words: list[str]) -> bool:
        """A clause, said beside an order, that tells when something else happens ("open teams, meeting in two minutes",
        "réunion dans cinq minutes, ouvre teams"): it starts with the thing (no verb of a phrasing, no time word), not with the time."""
        first_time = next(i for i, w in enumerate(words) if w in LATER_WORDS)
        return words[0] not in self._verbs and any(w not in _FUNCTION_WORDS and not _DIGITS.match(w) for w in words[:first_time])

    def _said_last(self, text: str, norm: str) -> Decision | None:
        """Without punctuation, a command said with its reason, by the exact or core stage, sure hits only and no
        free text (what else was said may be the text: "combien de documents ... Google Drive"):
        - said first, when the rest starts a sentence of its own ("kill firefox it's frozen");
        - a question asked after what prompted it ("pages won't load is the internet down");
        - said last, from a verb that starts a phrasing ("j'ai fini pour aujourd'hui éteins le pc", "I'm done with
          steam close it"), when what comes before neither asks nor negates it.
        What follows a command is never cut off otherwise: it is too often part of the object ("ferme la fenêtre du salon")."""
        said = norm.split()
        for k in range(len(said) - 1, 1, -1):
            # What it is for, said after a whole order ("ping google pour voir", "démarre thunderbird pour mes mails").
            if said[0] in self._order_verbs and said[k] in _FOR and (hit := self._sure(self._exact(text, " ".join(said[:k])))) is not None:
                return self._asked(hit, text, norm, "said before what it is for")
        for k in range(2, len(said) - 1):
            if said[k] in _SUBJECTS or (said[k] in _POINTING and said[k + 1] in COPULAS):
                if (hit := self._sure(self._exact(text, " ".join(said[:k])))) is not None:
                    return self._asked(hit, text, norm, "said before its reason")
                break
        for k in range(2, len(said) - 1):
            if said[k] in _ASKING and not any(w in QUESTION_WORDS - _NEGATIONS for w in said[:k]) \
                    and (hit := self._sure(self._exact(text, normalise(" ".join(said[k:]))))) is not None:
                return self._asked(hit, text, norm, "asked after its reason")
        if text.rstrip().endswith("?"):
            return None  # a question that ends with an order is about it: "est-ce que je devrais fermer ma position ?"
        for k in range(1, len(said) - 1):
            # Two orders joined ("analyse ce texte et résume-le") are not a reason and an order, nor is an order that is
            # part of what comes before ("write a one-liner to find all pdf files", "une chanson dont le refrain est monte le son").
            # A negation far enough before is the reason's ("I can't hear anything turn it up"), not the order's ("don't close it").
            if said[k] not in self._verbs or said[k - 1] in _LINKING or _infinitive(said[k]) \
                    or any(w in QUESTION_WORDS and (w not in _NEGATIONS or j >= k - 2) for j, w in enumerate(said[:k])):
                continue
            hit = self._one_clause([" ".join(said[:k]), " ".join(said[k:])], [said[:k], said[k:]], loosely=False, among=range(1, 2))
            if (hit := self._sure(hit)) is not None:
                return self._asked(hit, text, norm, "said after its reason")
        return None

    def _order_after_question(self, text: str) -> bool:
        """True when the question words and the article that make a sentence look like "what is a …" are in different
        clauses and the last clause starts with a verb ("what's your take on btc, run an analysis"): an opinion asked, then an order."""
        clauses = [normalise(c).split() for c in _CLAUSES.split(text) if c and c.strip()]
        clauses = [c for c in clauses if c]
        return len(clauses) >= 2 and not any(_defines(c) for c in clauses) and clauses[-1][0] in self._order_verbs

    def _sure(self, hit: Decision | None) -> Decision | None:
        """`hit` when it is a sure command (not a reject, not a "did you mean") with no free text, else None."""
        if hit is None or hit.decision == "reject" or not hit.certain or any(isinstance(self.catalogue.slots[n], TextSlot) for n in hit.slots):
            return None
        return hit

    def _rematched(self, said: str) -> Decision | None:
        """The decision for `said`, another form of the sentence, when it names a command (run or asked); else None."""
        hit = self.match(said)
        return None if hit.decision == "reject" or hit.command is None else hit

    @staticmethod
    def _asked(hit: Decision, text: str, norm: str, why: str, stage: Stage = "clause") -> Decision:
        """`hit` for the whole sentence, as a "did you mean", never run."""
        return replace(hit, text=text, normalised=norm, stage=stage, decision="confirm", certain=False, reason=f"did you mean {hit.command}? ({why})")

    def _one_clause(self, clauses: list[str], words_of: list[list[str]], *, loosely: bool, among: range) -> Decision | None:
        """The one command one of `clauses` is (one of those `among`, the others said around it), or None."""
        hits: list[Decision] = []
        for i, (clause, words) in enumerate(zip(clauses, words_of, strict=True)):
            if i not in among:
                continue
            # One word said first ("écoute, j'en ai marre") is too often no order; said last, after the reason, it is one
            # ("I can't hear a thing, louder").
            enough = len(core(words).split()) >= 2 or (i == len(clauses) - 1 and i > 0) or self._telling(words)
            hit = self._exact(clause, " ".join(words)) if enough else None
            if hit is None or hit.decision == "reject" or not hit.certain:
                # A pronoun stands for a name said elsewhere ("that's enough music for today, stop it") before "stop" alone.
                hit = self._with_name(clause, words, [n for j, other in enumerate(words_of) if j != i for n in self._names_in(other)]) or hit
            if hit is not None and hit.decision != "reject":
                hits.append(hit)
        if not hits and loosely:
            # No clause is a phrasing: one clause that is surely close to one command, or holds its words ("hang on,
            # someone's at the door, pause whatever's playing"), the others saying why. Each stage's guards hold per clause.
            hits = [hit for i, (clause, words) in enumerate(zip(clauses, words_of, strict=True))
                    if i in among and (len(core(words).split()) >= 2 or (i == len(clauses) - 1 and i > 0)) and (hit := self._loosely(clause, " ".join(words))) is not None]
        return hits[0] if len({h.command for h in hits}) == 1 else None

    def _telling(self, words: list[str]) -> bool:
        """One word that only a few commands have ("unmute, I'm off the call"): an order even said first,
        unlike a word that also calls for attention ("écoute, j'en ai marre", "wait, …")."""
        said = core(words).split()
        return len(said) == 1 and said[0] in self._names and said[0] not in _ATTENTION

    def _loosely(self, clause: str, norm: str) -> Decision | None:
        """A clause's fuzzy, core did-you-mean or words-stage hit (not a reject), or None."""
        if not norm or _defines(norm.split()):
            return None
        hit = self._fuzzy(clause, norm)
        if hit.decision != "reject" and hit.certain:
            return hit
        return self._core_fuzzy(clause, norm) or self._in_slots(clause, norm) or self._in_other_words(clause, norm)

    def _names_in(self, words: list[str]) -> list[str]:
        """What a pronoun may stand for in a clause: each run of one to four words that starts and ends
        with a word naming something ("libre office", "explorateur de fichiers", "computer")."""
        content = [not (w in _FUNCTION_WORDS or w in PRONOUNS or _DIGITS.match(w) or len(w) < 2) for w in words]
        runs = [" ".join(words[i:j + 1]) for i in range(len(words)) if content[i] for j in range(i, min(i + 4, len(words))) if content[j]]
        # A node's name is a letter and a digit once normalised ("m 3"): named all the same ("I changed the drivers on m3, benchmark it").
        nodes = [m.group(0) for m in self._node_name.finditer(" ".join(words))] if self._node_name is not None else []
        return runs + nodes

    def _with_name(self, clause: str, words: list[str], names: list[str]) -> Decision | None:
        """The clause with a pronoun replaced by a name said elsewhere, when exactly one of those names
        makes it a command ("Slack ne répond plus, tue-le": "répond plus" makes none)."""
        if not names:
            return None
        if not any(w in _STANDS_FOR for w in words):
            return self._object_elsewhere(clause, words, names)
        hits: dict[str, Decision] = {}
        found: list[str] = []
        for name in sorted(dict.fromkeys(names), key=len, reverse=True):
            if any(f" {name} " in f" {longer} " for longer in found):
                continue  # "chrome window" said, "window" alone is no other name: "Chrome window is too small, maximize it"
            for i, word in enumerate(words):
                if word in _STANDS_FOR:
                    hit = self._exact(clause, " ".join([*words[:i], name, *words[i + 1:]]))
                    if hit is not None and hit.decision != "reject" and hit.command is not None:
                        hits.setdefault(hit.command, hit)
                        found.append(name)
                        break
        if not hits:
            return self._object_elsewhere(clause, words, names)  # "le" was an article: "force LA fermeture"
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _object_elsewhere(self, clause: str, words: list[str], names: list[str]) -> Decision | None:
        """An order said without its object, named in another clause ("Google Chrome est figé, fais un kill", "Brave répond
        plus, force la fermeture"): the order with the one name that makes it a command, after it ("de" before it in French)."""
        if len(core(words).split()) < 2:
            return None
        hits: dict[str, Decision] = {}
        for name in sorted(dict.fromkeys(names), key=len, reverse=True):
            for said in ([*words, name], [*words, "de", name], [*words, "on", name], [*words, "sur", name]):
                hit = self._exact(clause, " ".join(said))
                if hit is not None and hit.decision != "reject" and hit.command is not None and hit.certain:
                    hits.setdefault(hit.command, hit)
                    break
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _core_fuzzy(self, text: str, norm: str) -> Decision | None:
        """A core close to exactly one command's core: a "did you mean" at most."""
        said = core(norm.split())
        if len(said) < CORE_FUZZY_MIN_CHARS:
            return None
        words, digits = said.split(), Counter(t for t in norm.split() if _DIGITS.match(t))
        best: dict[str, tuple[float, Any]] = {}
        for key, score, index in _extract(said, self._core_keys, self._core_key_lengths, CORE_CONFIRM_SCORE * 100):
            key_words = key.split()
            if Counter(t for t in key_words if _DIGITS.match(t)) != digits or _negated(words, key_words) or _asks(norm.split(), key):
                continue
            if _word_fit(words, key_words, self._names) != 1 or any(w in self._catalogue_words and not any(w in k for k in key_words) for w in words):
                continue  # a word of the catalogue is no mis-hearing of another ("show me the chart" is not "show me the chat"; "gpt os" is "gpt oss")
            target = self._core_targets[index]
            if target.command not in best or score > best[target.command][0]:
                best[target.command] = (score, target)
        if not best:
            return None
        ranked = sorted(best.values(), key=lambda c: -c[0])
        score, target = ranked[0]
        if len(ranked) > 1 and (score - ranked[1][0]) / 100 < self.margin:
            return None
        runner_up = ranked[1][1].command if len(ranked) > 1 else None
        candidate = _Candidate(target.command, score / 100, dict(target.bound), target.lang)
        return self._decide(text, norm, candidate, "core", runner_up, doubt=f"did you mean {target.command}? (close to its phrasing, said otherwise)")

    def _in_slots(self, text: str, norm: str) -> Decision | None:
        """A command with list slots, its values and its verb said in any order: a "did you mean" at most (see `matcher_slots`)."""
        hit = self._slots.best(norm.split())
        if hit is None:
            return None
        candidate = _Candidate(hit.target.command, 1.0, dict(hit.target.bound), hit.target.lang)
        return self._decide(text, norm, candidate, "words", None, doubt=f"did you mean {hit.target.command}? (its values and its verb, said otherwise)")

    def _in_other_words(self, text: str, norm: str) -> Decision | None:
        """The one command whose words were said, in any order: a "did you mean" at most (see `matcher_words`)."""
        said = norm.split()
        hit = self._words.best(said)
        if hit is None:
            return None
        verb = said[0]
        if hit.runner_up is not None and verb in self._verbs and verb not in self._vocabulary[hit.target.command] and verb in self._vocabulary[hit.runner_up]:
            return None  # the verb said first is the other command's: "start the service" is no more "show the services" than "start ollama"
        slots: dict[str, SlotValue] = dict(hit.target.bound)
        if hit.pattern is not None and hit.number is not None:
            value, problem = self._slot_value(hit.pattern.slots[0], hit.number, text, hit.pattern)
            if problem:
                return self._reject(text, norm, problem, command=hit.target.command)
            slots[hit.pattern.slots[0]] = value
        candidate = _Candidate(hit.target.command, hit.score, slots, hit.target.lang)
        return self._decide(text, norm, candidate, "words", hit.runner_up, doubt=f"did you mean {hit.target.command}? (its words, said otherwise)")

    def _pattern_hit(self, text: str, norm: str, pattern: Pattern, m: re.Match[str], stage: Stage = "exact") -> Decision:
        slots: dict[str, SlotValue] = dict(pattern.target.bound)
        for name, raw in zip(pattern.slots, m.groups(), strict=True):
            value, problem = self._slot_value(name, raw, text, pattern)
            if problem:
                return self._reject(text, norm, problem, command=pattern.target.command)
            slots[name] = value
        # A free text that is only names the catalogue knows ("google chrome") is more likely that thing than a text: asked.
        named = any(isinstance(self.catalogue.slots[n], TextSlot) and (set(raw.split()) <= self._names or self._splits_a_name(pattern, raw))
                    for n, raw in zip(pattern.slots, m.groups(), strict=True))
        doubt = f"did you mean {pattern.target.command}? (its text is a name the catalogue knows)" if named else ""
        return self._decide(text, norm, _Candidate(pattern.target.command, 1.0, slots, pattern.target.lang), stage, None, doubt=doubt)

    def _splits_a_name(self, pattern: Pattern, raw: str) -> bool:
        """True when the template's last word and the text's first make a name the catalogue says ("GOOGLE CHROME est figé":
        not a search for "chrome est figé")."""
        at = pattern.pieces.index(None)
        before = next((p for p in reversed(pattern.pieces[:at]) if p), "")
        return bool(before and raw) and self._spelling.said_together(before.rsplit(" ", 1)[-1], raw.split(" ", 1)[0])

    def _slot_value(self, name: str, raw: str, text: str, pattern: Pattern) -> tuple[SlotValue, str]:
        slot = self.catalogue.slots[name]
        if isinstance(slot, NumberSlot):
            number = parse_number(raw)
            if number is None:
                return 0, f"{name}: {raw!r} is not a number"
            if isinstance(number, float) and number.is_integer():
                number = int(number)
            if not slot.min <= number <= slot.max:
                return number, f"{name}={number} is out of range ({slot.min:g} to {slot.max:g})"
            return number, ""
        if isinstance(slot, TextSlot):
            value = self._original_text(text, pattern, raw) if pattern.slots == (name,) else raw
            if len(value) > slot.max_length:
                return value, f"{name} is longer than {slot.max_length} characters"
            return value, ""
        assert isinstance(slot, ListSlot)
        return raw, ""

    @staticmethod
    def _original_text(text: str, pattern: Pattern, raw: str) -> str:
        """A free-text slot as it was said (case and accents kept): the words between the
        shortest start and the shortest end of `text` that normalise to the words around
        the slot; `raw` (normalised) when they cannot be found."""
        at = pattern.pieces.index(None)
        before = " ".join(p for p in pattern.pieces[:at] if p)
        after = " ".join(p for p in pattern.pieces[at + 1:] if p)
        words = text.split()
        start = next((i for i in range(1, len(words)) if normalise(" ".join(words[:i])) == before), None)
        if start is None:
            return raw
        if not after:
            # "tape le message suivant : j'arrive" -> "j'arrive": the colon introduces the text.
            return _POLITE_TAIL.sub("", " ".join(words[start:])).strip().lstrip(":;,-–— ")
        end = next((j for j in range(len(words) - 1, start, -1) if normalise(" ".join(words[j:])) == after), None)
        return raw if end is None else " ".join(words[start:end]).strip(":;,-–— ")

    def _fuzzy(self, text: str, norm: str) -> Decision:
        if len(norm) < FUZZY_MIN_CHARS:
            return self._reject(text, norm, "no command has this phrasing (too short to guess)")
        said = norm.split()
        digits = Counter(t for t in said if _DIGITS.match(t))
        cutoff = self.confirm_score * 100 - 1
        found: list[_Candidate] = []
        floor = 0.0
        hits = _extract(norm, self._keys, self._key_lengths, cutoff)
        if len(hits) == _CANDIDATES:
            floor = hits[-1][1] / 100
        # A node or a model not said, and no word that could be one misheard: "benchmark the node" is not "benchmark em one"
        # ("load queen coder on M3" still may be qwen coder).
        named = self._slots.named(said) if all(w in self._catalogue_words for w in said) else None
        for key, score, index in hits:
            if self._key_digits[index] != digits or _negated(said, key.split()) or _asks(said, key):
                continue
            if named is not None and not self._slots.named(key.split()) <= named:
                continue
            fit = _word_fit(said, key.split(), self._names)
            if fit < 0:
                continue
            if fit > 0 and any(w in self._catalogue_words and w not in key for w in said):
                fit = 0  # a word of the catalogue is no mis-hearing of another: "show the chart" is not surely "show the chat"
            if fit == 0 and _object_swapped(said, key.split()):
                continue  # "close the blinds" is not "close the window": another thing, not the command's heard wrong
            target = self._key_targets[index]
            found.append(_Candidate(target.command, score / 100, dict(target.bound), target.lang, loose=fit == 0))
        numbers = [t for t in said if _DIGITS.match(t)]
        if numbers:
            found.extend(self._number_candidates(norm, numbers, cutoff))
        if not found:
            return self._reject(text, norm, "no command is close to this")
        best_by_command: dict[str, _Candidate] = {}
        for c in found:
            if c.command not in best_by_command or c.score > best_by_command[c.command].score:
                best_by_command[c.command] = c
        ranked = sorted(best_by_command.values(), key=lambda c: -c.score)
        best = ranked[0]
        second = ranked[1].score if len(ranked) > 1 else floor
        runner_up = ranked[1].command if len(ranked) > 1 else None
        if best.score >= self.run_score and best.score - second >= self.margin and not best.loose:
            return self._decide(text, norm, best, "fuzzy", runner_up)
        if (best.loose or best.score - second < self.margin) and len(core(said).split()) <= VAGUE_CORE_WORDS \
                and not any(w in self._names or (len(w) >= 4 and w not in self._catalogue_words) for w in said):
            # Two words or fewer naming nothing (not even a misheard name: "open stime"), and unlike the command's or
            # close to two: too vague to ask about ("ouvre ça", "next one").
            return self._reject(text, norm, "too few words to tell which command")
        if best.score >= self.confirm_score:
            why = "close to two commands" if best.score - second < self.margin else "a word is unlike the command's" if best.loose else "not sure"
            return self._decide(text, norm, best, "fuzzy", runner_up, doubt=f"did you mean {best.command}? ({why})")
        return self._reject(text, norm, "no command is close enough")

    def _number_candidates(self, norm: str, numbers: list[str], cutoff: float) -> list[_Candidate]:
        out: list[_Candidate] = []
        for pattern in self._number_patterns:
            if len(pattern.slots) != len(numbers):
                continue
            values = iter(numbers)
            rendered = " ".join(next(values) if p is None else p for p in pattern.pieces)
            score = fuzz.ratio(norm, rendered, score_cutoff=cutoff)
            fit = _word_fit(norm.split(), rendered.split(), self._names) if score else -1
            if score and fit >= 0 and not _asks(norm.split(), rendered):
                slots: dict[str, SlotValue] = dict(pattern.target.bound)
                for name, raw in zip(pattern.slots, numbers, strict=True):
                    number = parse_number(raw)
                    slot = self.catalogue.slots[name]
                    if number is None or not isinstance(slot, NumberSlot) or not slot.min <= number <= slot.max:
                        break
                    slots[name] = int(number) if float(number).is_integer() else number
                else:
                    out.append(_Candidate(pattern.target.command, score / 100, slots, pattern.target.lang, loose=fit == 0))
        return out

    # -- decisions ----------------------------------------------------------

    def _decide(self, text: str, norm: str, best: _Candidate, stage: Stage, runner_up: str | None, doubt: str = "") -> Decision:
        command: Command = self.catalogue.command(best.command)
        action = command.action.resolve(best.slots, self.platform)
        if doubt:
            kind: DecisionKind = "confirm"
            reason = doubt
        elif command.confirm:
            kind, reason = "confirm", "this command asks before it runs"
        else:
            kind, reason = "run", {"exact": "exact phrasing", "core": "a phrasing of one command only, said otherwise"}.get(stage, "close to one command only")
        return Decision(text, norm, best.command, best.slots, round(best.score, 3), kind, stage, reason,
                        {"kind": action.kind, "name": action.name, "args": action.args}, runner_up, best.lang, certain=not doubt)

    @staticmethod
    def _reject(text: str, norm: str, reason: str, command: str | None = None) -> Decision:
        # `command` names what was recognised when a slot was refused; the
        # decision still runs nothing.
        return Decision(text, norm, command, {}, 0.0, "reject", "none", reason)


def _heard(dictionaries: Mapping[str, CorrectionDictionary]) -> dict[str, str]:
    """The correction dictionaries' entries, heard -> meant, both sides normalised as the matcher sees them."""
    return {heard: normalise(m) for d in dictionaries.values() for h, m in d.entries.items() if (heard := normalise(h))}


def _by_first_word(patterns: list[tuple[Pattern, re.Pattern[str]]]) -> dict[str, list[tuple[Pattern, re.Pattern[str]]]]:
    """The patterns a text starting with a given word can match, in catalogue order: those whose
    first piece starts with that word, and those that start with a slot (under "" alone)."""
    def first_word(pattern: Pattern) -> str:
        return "" if pattern.pieces[0] is None else pattern.pieces[0].split(" ", 1)[0]

    words = {first_word(p) for p, _ in patterns}
    return {w: [(p, r) for p, r in patterns if first_word(p) in (w, "")] for w in words | {""}}


def _extract(text: str, keys: list[str], lengths: list[int], cutoff: float) -> list[tuple[str, float, int]]:
    """process.extract over the length-sorted `keys` that can reach `cutoff` (0-100): fuzz.ratio
    is at most 2 min(a, b) / (a + b), so keys much shorter or longer than `text` are skipped."""
    c, n = cutoff / 100, len(text)
    lo = bisect_left(lengths, math.floor(n * c / (2 - c)))
    hi = bisect_right(lengths, math.ceil(n * (2 - c) / c))
    hits = process.extract(text, keys[lo:hi], scorer=fuzz.ratio, limit=_CANDIDATES, score_cutoff=cutoff)
    return [(key, score, index + lo) for key, score, index in hits]


def _asks(said: list[str], form: str) -> bool:
    """True when a question or opinion word said is not in the phrasing."""
    form_words = set(form.split())
    return any(w in QUESTION_WORDS and w not in form_words for w in said)


def _word_fit(said: list[str], form: list[str], names: frozenset[str] = frozenset()) -> int:
    """1: every word said is in the phrasing or close to one of its words (a
    split word such as "fire fox" counts), and every word of the phrasing
    but articles was said; 0: a word is only loosely like one, or missing;
    -1: a word said of 4 letters or more is unlike all of them, or a word of
    the phrasing among `names` (words few commands have: what tells one
    from its neighbours) was not said at all ("ouvre ça" is not "ouvre vlc")."""
    form_set = set(form)
    fit = 1
    for i, word in enumerate(said):
        if word in form_set or (len(word) >= 3 and any(word in f for f in form)):
            continue
        if (i + 1 < len(said) and word + said[i + 1] in form_set) or (i > 0 and said[i - 1] + word in form_set):
            continue
        if word in DROPPED:
            continue  # a pronoun or an article stands for no word of the phrasing: "show me that" is not "show me the chat"
        best = max((fuzz.ratio(word, f) for f in form), default=0.0)
        if best < UNLIKE_WORD and len(word) >= 4:
            return -1
        if best < CLOSE_WORD:
            fit = 0
    content = [w for w in said if w not in DROPPED]
    for word in form:
        if word not in ARTICLES and word not in DROPPED and _missing(word, content):
            if len(word) >= 3 and word in names and max((fuzz.ratio(word, w) for w in content), default=0.0) < UNLIKE_WORD:
                return -1
            fit = 0  # a word of the phrasing was not said: "what is the clipboard" is not "what is in the clipboard"
    return fit


def _object_swapped(said: list[str], form: list[str]) -> bool:
    """True when what is said last (the object, 4 letters or more) is unlike every word of the phrasing and the
    phrasing's own last word was not said: a loose guess about another thing ("close the trade", "open the mail app")."""
    content = [w for w in said if w not in _FUNCTION_WORDS and w not in _STANDS_FOR and not _DIGITS.match(w)]
    words = [w for w in form if w not in ARTICLES and w not in DROPPED]
    if not content or not words or len(content[-1]) < 4:
        return False
    obj = content[-1]
    if obj in form or any(obj in f or f in obj for f in words if len(f) >= 3) or any(a + b in form for a, b in pairwise(said) if obj in (a, b)):
        return False
    # A name heard wrong sounds like the phrasing's ("ouvre stime", "quitte le coque pite"): no other thing.
    heard = [obj, said[said.index(obj) - 1] + obj] if said.index(obj) else [obj]
    if any(fuzz.ratio(sound(h), sound(f)) >= SOUNDS_ALIKE for h in heard for f in words):
        return False
    return max(fuzz.ratio(obj, f) for f in words) < CLOSE_WORD and _missing(words[-1], content)


def _missing(word: str, said: list[str]) -> bool:
    if word in said or any(len(w) >= 3 and w in word for w in said) or any(word in w for w in said):
        return False
    return max((fuzz.ratio(word, w) for w in said), default=0.0) < CLOSE_WORD


def _infinitive(word: str) -> bool:
    """A French infinitive ("ouvrir", "éteindre"): said after others, part of their sentence ("je n'ai pas dit d'ouvrir spotify")."""
    return word.endswith(("er", "ir", "re")) and CANONICAL.get(word, word) != word


def _takes_back(clause: str) -> bool:
    """True when a clause only takes back what was said before it ("no wait", "enfin non", "actually, forget it")."""
    words = tokens(clause, drop_fillers=False)
    return bool(words) and set(words) <= _TAKING_BACK and bool(_NEGATING_BACK.intersection(words))


def _defines(said: list[str]) -> bool:
    """A question about what a kind of thing is ("what is an IP address", "c'est quoi une adresse ip"): never a command."""
    # "a" after a French subject is the verb avoir, no article: "m3, il a quoi comme modèles ?" asks which ones.
    return any(w in DEFINING_QUESTION for w in said) and any(w in INDEFINITE and not (w == "a" and i and said[i - 1] in _AVOIR_SUBJECTS)
                                                             for i, w in enumerate(said))


def _negated(said: list[str], form: list[str]) -> bool:
    """True when a word said is a word of the form with a negating prefix
    (or the reverse): "unlock" against "lock", "deverrouille" against "verrouille"."""
    said_set, form_set = set(said), set(form)
    for a_words, b_words in ((said_set - form_set, form_set - said_set), (form_set - said_set, said_set - form_set)):
        for a in a_words:
            for b in b_words:
                if len(b) >= 3 and a.endswith(b) and a[: len(a) - len(b)] in _NEGATING:
                    return True
    return False
