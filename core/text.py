"""Text that came from outside the process — a node's reply, a tool's output,
a file — made safe to keep and safe to show. Each guarantee lives here once:

- `valid_text`: valid Unicode that always encodes to UTF-8. A lone surrogate
  (a JSON `\\ud800` escape, an undecodable byte carried by surrogateescape)
  becomes U+FFFD, so no store write, JSON document or screen chokes on it.
- `printable`: nothing a terminal would act on. Escape sequences (CSI: colours,
  cursor moves, clear screen; OSC: window titles, OSC 52 clipboard writes,
  hyperlinks; DCS/SOS/PM/APC; their 8-bit C1 forms) are removed whole, every
  other C0/C1 control except newline and tab goes, and carriage returns become
  newlines (a bare CR would overwrite a line already shown). The one-shot
  printer, the cockpit's Markdown and logs all draw through it.
- `PrintableStream`: `printable` for text that arrives in fragments, holding
  back a sequence cut between two fragments until it is whole.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# The payload of a string sequence stops at any control: a terminal ends or
# aborts it there, and a scan that stops there stays linear on hostile input.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"  # CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"  # every other escape: resets, charsets, keypad modes
)
# A tail that may still become a whole sequence (or a CR LF) with the next fragment.
_OPEN = re.compile(
    r"(?:(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x1f\x7f-\x9f]*\x1b?"
    r"|\x1b[\x20-\x2f]*"
    r"|\r)\Z"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CR = re.compile(r"\r\n?")
_BLANKS = re.compile(r"[\n\t]+")
HOLD_CHARS = 4096  # the longest unfinished sequence held back; past it, its text is shown as text


def valid_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD: it encodes to UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` as a terminal may draw it: no escape sequence, no control
    character but newline and tab, valid UTF-8. With `one_line`, newlines and
    tabs become spaces, so a trace line cannot be followed by fake ones."""
    text = _CONTROL.sub("", _SEQUENCE.sub("", _CR.sub("\n", valid_text(text))))
    return _BLANKS.sub(" ", text) if one_line else text


class PrintableStream:
    """`printable` over a stream of fragments: the text written is the same
    as `printable` of the whole, as long as no sequence outgrows HOLD_CHARS."""

    def __init__(self) -> None:
        self._held = ""

    def feed(self, fragment: str) -> str:
        """What of the text so far may be drawn now."""
        text = self._held + fragment
        tail = _OPEN.search(text, max(0, len(text) - HOLD_CHARS))
        cut = tail.start() if tail is not None else len(text)
        self._held = text[cut:]
        return printable(text[:cut])

    def flush(self) -> str:
        """The end of the stream: whatever was held back, made printable."""
        text, self._held = self._held, ""
        return printable(text)
