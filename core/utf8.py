"""Valid UTF-8 for every string that leaves the process.

Python reads a file name that is not UTF-8 (and `sys.argv`, and stdin read
with `surrogateescape`) as a str holding lone surrogates (U+DC80–U+DCFF, one
per undecodable byte). Such a str cannot be encoded: SQLite, the MCP SDK's
JSON and a UTF-8 terminal all raise on it. So:

- `escape_name` shows a file name reversibly and visibly: a name with
  undecodable bytes or control characters gets `\\xHH` for each raw byte,
  `\\uXXXX` for each control character and `\\\\` for a backslash; any other
  name is shown as it is. `unescape_name` reverses it, so a client can pass
  a shown name back to a file tool.
- `valid_utf8` / `valid_utf8_json` make any string encodable (the last line
  of defence at a boundary): a lone surrogate becomes `\\xHH` or `\\uXXXX`.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 controls, DEL and C1 controls: they move the cursor, clear the screen or
# start terminal escape sequences when shown raw.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NEEDS_ESCAPE = re.compile(r"[\ud800-\udfff\x00-\x1f\x7f-\x9f]")
_ESCAPE = re.compile(r"\\(?:\\|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))")


def _surrogate(char: str) -> str:
    code = ord(char)
    # U+DC80..U+DCFF is surrogateescape's stand-in for the byte code - 0xDC00.
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def valid_utf8(text: str) -> str:
    """`text` with each lone surrogate shown as `\\xHH` (the raw byte) or `\\uXXXX`."""
    return _SURROGATE.sub(lambda m: _surrogate(m.group()), text) if _SURROGATE.search(text) else text


def valid_utf8_json(value: Any) -> Any:
    """A JSON-able value with every string in it (keys too) made valid UTF-8."""
    if isinstance(value, str):
        return valid_utf8(value)
    if isinstance(value, dict):
        return {valid_utf8(str(key)): valid_utf8_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [valid_utf8_json(item) for item in value]
    return value


def needs_escape(name: str) -> bool:
    """Whether `name` holds undecodable bytes or control characters."""
    return _NEEDS_ESCAPE.search(name) is not None


def _escape_char(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if _SURROGATE.match(char):
        return _surrogate(char)
    if _CONTROL.match(char):
        return f"\\u{ord(char):04x}"
    return char


def escape_name(name: str) -> str:
    """A file name (or path) shown as valid, printable UTF-8, reversibly.

    Names that need no escape are returned unchanged, so ordinary names
    (backslashes included) read as they are."""
    if not needs_escape(name):
        return name
    return "".join(_escape_char(char) for char in name)


def unescape_name(text: str) -> str:
    """The name `escape_name` showed as `text`. Only what `escape_name` makes is
    read back (`\\xHH` for a byte ≥ 0x80, `\\uXXXX` for a control character or
    a surrogate, `\\\\`), so an escape can never spell `.`, `/` or NUL."""

    def back(match: re.Match[str]) -> str:
        byte, code = match.group(1), match.group(2)
        if byte is not None:
            value = int(byte, 16)
            return chr(0xDC00 + value) if value >= 0x80 else match.group()
        if code is not None:
            char = chr(int(code, 16))
            return char if char != "\x00" and (_CONTROL.match(char) or _SURROGATE.match(char)) else match.group()
        return "\\"

    return _ESCAPE.sub(back, text)


def quote_name(name: str) -> str:
    """`name` escaped and in quotes, for a message."""
    return f"'{escape_name(name)}'"
