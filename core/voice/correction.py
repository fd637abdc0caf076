"""Correction of a raw transcript, before the command matcher.

1. The dictionary of frequent mis-hearings for the transcript's language
   (`data/voice/corrections_fr.toml`, `corrections_en.toml`): one pass, whole
   words, case-insensitive, the longest phrase first.
2. Optionally a small model (the OL1 node by default) through an injected
   `complete(prompt) -> str`, with a short timeout. Its answer is data, never
   an instruction, and it is kept only if it looks like a corrected version of
   the same sentence; slow, down or absurd, the dictionary result stands.

The result keeps raw and corrected text, and says what changed it.
"""

from __future__ import annotations

import asyncio
import difflib
import re
import time
import tomllib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, NoReturn

Complete = Callable[[str], Awaitable[str]]
Method = Literal["none", "dictionary", "model"]

_PROMPT = """You fix speech-recognition errors in a short voice command for a desktop assistant named Jarvis.
Language: {language}. Commands look like: {examples}.
Rewrite the transcript between the markers with its recognition errors fixed (homophones, split or merged words, misspelt names).
Keep its meaning and its language; do not answer it, do not add words. Reply with the corrected transcript only, on one line.
<<<
{text}
>>>"""
_EXAMPLES = {
    "fr": "ouvre le terminal, ferme la fenêtre, mets le volume à 40 pour cent, passe en mode commandeur",
    "en": "open the terminal, close the window, set the volume to 40 percent, switch to commander mode",
}
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f`<>{}\[\]|\\]")


class CorrectionError(Exception):
    """A correction dictionary that cannot be read, phrased for the user."""


@dataclass(frozen=True)
class Correction:
    """raw -> corrected, and how."""

    raw: str
    corrected: str
    language: str
    method: Method
    replaced: tuple[tuple[str, str], ...] = ()  # (heard, meant) dictionary hits, in order
    model_note: str = ""  # why the model's answer was not used: timeout, error, absurd...
    ms: float = 0.0


class CorrectionDictionary:
    """Heard -> meant phrases for one language, applied in one regex pass."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        self.entries = {k.casefold(): v for k, v in entries.items() if k.strip()}
        phrases = sorted(self.entries, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in phrases)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if phrases else None

    @classmethod
    def load(cls, path: Path | None = None, language: str = "fr") -> CorrectionDictionary:
        """From a TOML file with a `[corrections]` table; None: the built-in one for `language`."""
        name = f"corrections_{language}.toml"
        try:
            text = resources.files("jarvis_tui.data").joinpath("voice", name).read_text(encoding="utf-8") if path is None else path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except FileNotFoundError:
            return cls({}) if path is None else cls._fail(path, "no such file")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return cls._fail(path or Path(name), str(exc))
        table = data.get("corrections", {})
        if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            return cls._fail(path or Path(name), "[corrections] must map heard phrases to strings")
        return cls(table)

    @staticmethod
    def _fail(path: Path, why: str) -> NoReturn:
        raise CorrectionError(f"{path}: cannot load the correction dictionary: {why}")

    def apply(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The corrected text and the (heard, meant) pairs replaced."""
        if self._pattern is None:
            return text, ()
        hits: list[tuple[str, str]] = []

        def swap(m: re.Match[str]) -> str:
            meant = self.entries[m.group(0).casefold()]
            hits.append((m.group(0), meant))
            return meant

        return self._pattern.sub(swap, text), tuple(hits)


def load_dictionaries(folder: str = "", languages: tuple[str, ...] = ("fr", "en")) -> dict[str, CorrectionDictionary]:
    """One dictionary per language: `folder/corrections_<lang>.toml` where the user
    has one (`[voice] corrections_dir`), else the built-in one."""
    out = {}
    for lang in languages:
        path = Path(folder).expanduser() / f"corrections_{lang}.toml" if folder else None
        out[lang] = CorrectionDictionary.load(path if path is not None and path.is_file() else None, lang)
    return out


def plausible(before: str, after: str) -> str:
    """'' when `after` can stand for `before` corrected, else why not."""
    if not after:
        return "empty answer"
    if "\n" in after or _NOT_TEXT.search(after):
        return "not a one-line sentence"
    if not any(ch.isalpha() for ch in after):
        return "no words"
    ratio = len(after) / max(len(before), 1)
    if abs(len(after) - len(before)) > 12 and not 0.6 <= ratio <= 1.6:
        return f"length changed too much ({len(before)} -> {len(after)} characters)"
    if difflib.SequenceMatcher(None, before.casefold(), after.casefold()).ratio() < 0.5:
        return "too different from what was heard"
    return ""


class Corrector:
    """Dictionary first, then the small model when one is given."""

    def __init__(self, dictionaries: Mapping[str, CorrectionDictionary], complete: Complete | None = None, timeout_s: float = 1.5) -> None:
        self._dictionaries = dict(dictionaries)
        self._complete = complete
        self.timeout_s = timeout_s

    async def correct(self, raw: str, language: str) -> Correction:
        """raw -> corrected; never raises for a model problem."""
        started = time.perf_counter()
        text = " ".join(raw.split())
        if not text:
            return Correction(raw, "", language, "none")
        dictionary = self._dictionaries.get(language)
        fixed, replaced = dictionary.apply(text) if dictionary else (text, ())
        method: Method = "dictionary" if replaced else "none"
        note = ""
        if self._complete is not None:
            answer, note = await self._ask(fixed, language)
            if answer and answer != fixed:
                fixed, method = answer, "model"
        return Correction(raw, fixed, language, method, replaced, note, (time.perf_counter() - started) * 1000)

    async def _ask(self, text: str, language: str) -> tuple[str, str]:
        assert self._complete is not None
        prompt = _PROMPT.format(language=language, examples=_EXAMPLES.get(language, _EXAMPLES["en"]), text=text)
        try:
            answer = await asyncio.wait_for(self._complete(prompt), self.timeout_s)
        except TimeoutError:
            return "", f"model timed out after {self.timeout_s:g} s"
        except Exception as exc:  # noqa: BLE001 - a node down, refused, anything: the dictionary result stands
            return "", f"model failed: {type(exc).__name__}: {exc}"[:200]
        if not isinstance(answer, str):
            return "", "model answer is not text"
        cleaned = answer.strip().strip("\"'«»“”").strip()
        cleaned = cleaned.removeprefix("<<<").removesuffix(">>>").strip()
        why = plausible(text, cleaned)
        return ("", f"model answer refused: {why}") if why else (cleaned, "")
