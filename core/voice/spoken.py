"""The spoken form of a synthesis: what the voice modes say aloud.

The commander's answer is Markdown with code blocks and attribution tags
(`[ia-fast/M2:model]`); read aloud, that is noise. The spoken form keeps the
prose, says once that code or a table is on screen, drops links' addresses,
Markdown marks and tags, and stops at a sentence end within `max_chars`.
It does not translate: the voice is chosen for the answer's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.MULTILINE | re.DOTALL)
_OPEN_FENCE = re.compile(r"^[ \t]*(```|~~~).*\Z", re.MULTILINE | re.DOTALL)  # an unclosed block runs to the end
_ATTRIBUTION = re.compile(r"\[[\w.-]+/[\w.-]+:[^\]\n]*\]")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_HTML = re.compile(r"</?[a-zA-Z][^>]*>")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_QUOTE = re.compile(r"^\s*>\s?", re.MULTILINE)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_INLINE_CODE = re.compile(r"`+([^`]*)`+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")

_WORDS = {
    "fr": {"code": "Le code est affiché à l'écran.", "table": "Le tableau est affiché à l'écran.", "link": "un lien"},
    "en": {"code": "The code is on screen.", "table": "The table is on screen.", "link": "a link"},
}
_FR_HINTS = frozenset(["le", "la", "les", "des", "une", "est", "et", "pour", "dans", "avec", "sur", "pas", "que", "qui", "vous", "je", "tu", "il", "elle", "nous", "sont", "du", "au", "ce", "cette"])
_EN_HINTS = frozenset(["the", "a", "an", "is", "are", "and", "for", "in", "with", "on", "not", "that", "which", "you", "i", "he", "she", "we", "they", "of", "to", "this", "it"])


@dataclass(frozen=True)
class Spoken:
    """Text to say, in `language`."""

    text: str
    language: str


def guess_language(text: str, default: str = "fr") -> str:
    """fr or en by common short words; `default` when it cannot tell."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in _FR_HINTS for w in words)
    en = sum(w in _EN_HINTS for w in words)
    return default if fr == en else ("fr" if fr > en else "en")


def _bounded(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    head = text[: max_chars + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= max_chars // 3:
        return head[: ends[-1]].strip()
    cut = head.rsplit(" ", 1)[0] if " " in head else head[:max_chars]
    return cut.rstrip(",;: ") + "…"


def spoken_form(markdown: str, language: str | None = None, max_chars: int = 400) -> Spoken:
    """The short spoken form of a Markdown answer (see the module's docstring)."""
    lang = language or guess_language(_FENCE.sub(" ", markdown))
    words = _WORDS.get(lang, _WORDS["en"])
    text = _FENCE.sub("\x00code\x00", markdown)
    text = _OPEN_FENCE.sub("\x00code\x00", text)
    text = _TABLE_ROW.sub("\x00table\x00", text)
    text = _ATTRIBUTION.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(words["link"], text)
    text = _HTML.sub("", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub("", text)
    text = _INLINE_CODE.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)  # nested marks: **_x_**
    # a heading or a list item ends a sentence when spoken
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    sentences: list[str] = []
    said: set[str] = set()
    for line in lines:
        for marker in ("code", "table"):
            if f"\x00{marker}\x00" in line:
                line = line.replace(f"\x00{marker}\x00", "")
                if marker not in said:
                    said.add(marker)
                    sentences.append(words[marker])
        line = line.strip()
        if line:
            sentences.append(line if line[-1] in ".!?…:;," else line + ".")
    spoken = re.sub(r"\s+", " ", " ".join(sentences)).strip()
    spoken = re.sub(r"\s+([.,;:!?])", r"\1", spoken)
    return Spoken(_bounded(spoken, max_chars), lang)
