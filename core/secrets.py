"""Secrets: the values no string leaving the process may carry.

A secret is the value of an environment variable that the config names as
one (every `*_env` key: a node's `api_key_env`, `[claude] api_key_env`, the
exchange keys) or whose name says it is one (`*_API_KEY`, `*_SECRET`,
`*_TOKEN`, `*_PASSWORD`…), plus anything shaped like a cloud API key. The
store, the audit trail, the command line's output and the trace all pass
their text through `redact`.

Masking must happen after any cut, but a cut made elsewhere (a node's error
body cut at N characters) can leave part of a key: so a piece of at least
`PIECE_CHARS` characters that starts or ends a secret is masked too (short
enough to catch a cut key, long enough that an ordinary word is not taken
for the start of a weak password).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

REDACTED = "[redacted]"
# Under 8 characters a value is too likely to be an ordinary word to mask it.
MIN_SECRET_CHARS = 8
PIECE_CHARS = 12
_SECRET_SUFFIXES = ("_API_KEY", "_KEY", "_SECRET", "_TOKEN", "_PASSWORD", "_PASSWD", "_PASS", "_PASSPHRASE", "_CREDENTIALS")
_KEY_PATTERN = re.compile(r"\bsk-ant-[\w-]+|\bsk-[\w-]{20,}|\bAIza[\w-]{20,}")
# Variable names the loaded config declares as secrets (process-wide: every
# writer of text needs them, and the config is loaded once per process).
_configured: set[str] = set()


def watch(names: Iterable[str]) -> None:
    """Treat the values of these environment variables as secrets from now on."""
    _configured.update(name for name in names if name)


def secret_values() -> list[str]:
    """The secret values set now, longest first (a secret containing another is masked whole).

    Read at call time: keys may be set after the config is loaded."""
    values = {
        value for name, value in os.environ.items()
        if (name in _configured or name.upper().endswith(_SECRET_SUFFIXES)) and len(value) >= MIN_SECRET_CHARS
    }
    return sorted(values, key=len, reverse=True)


def _mask_pieces(text: str, secret: str) -> str:
    """Mask what is left of `secret` after a cut: a run of at least
    PIECE_CHARS characters that begins it or ends it."""
    head, tail = secret[:PIECE_CHARS], secret[-PIECE_CHARS:]
    start = text.find(head)
    while start != -1:
        end = start + PIECE_CHARS
        while end < len(text) and end - start < len(secret) and text[end] == secret[end - start]:
            end += 1
        text = text[:start] + REDACTED + text[end:]
        start = text.find(head, start + len(REDACTED))
    end = text.find(tail)
    while end != -1:
        start, stop = end, end + PIECE_CHARS
        while start > 0 and stop - start < len(secret) and text[start - 1] == secret[len(secret) - (stop - start) - 1]:
            start -= 1
        text = text[:start] + REDACTED + text[stop:]
        end = text.find(tail, start + len(REDACTED))
    return text


def redact(text: str, secrets: Sequence[str] | None = None) -> str:
    """`text` with every secret value (whole or a cut piece of it) and
    anything shaped like an API key (`sk-ant-…`, `sk-…`, `AIza…`) masked."""
    for secret in secret_values() if secrets is None else secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
        if len(secret) > PIECE_CHARS and (secret[:PIECE_CHARS] in text or secret[-PIECE_CHARS:] in text):
            text = _mask_pieces(text, secret)
    return _KEY_PATTERN.sub(REDACTED, text)


def redact_json(value: Any, secrets: Sequence[str] | None = None) -> Any:
    """A JSON-able value with every string in it (keys too) redacted.

    Leaves rather than the dumped text: JSON escaping would hide a secret
    containing a quote, a backslash or (with ensure_ascii) any non-ASCII letter."""
    secrets = secret_values() if secrets is None else secrets
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {redact(str(key), secrets): redact_json(item, secrets) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_json(item, secrets) for item in value]
    return value


class RedactingStream(io.TextIOBase):
    """A text stream that masks secrets before they reach `inner`.

    Text arrives in pieces (tokens), so a secret may be split across writes:
    the longest tail that could still grow into a secret is held back until
    the next write proves it is not one, or until `close()`."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner
        self._pending = ""

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def write(self, text: str) -> int:
        secrets = secret_values()
        buffer = self._pending + text
        hold = max((_open_prefix(buffer, secret) for secret in secrets), default=0)
        self._pending = buffer[len(buffer) - hold:] if hold else ""
        ready = buffer[: len(buffer) - hold]
        if ready:
            self.inner.write(redact(ready, secrets))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def close(self) -> None:
        """Write what was held back (it can no longer become a secret) and flush."""
        if self._pending:
            self.inner.write(redact(self._pending))
            self._pending = ""
        self.inner.flush()


def _open_prefix(text: str, secret: str) -> int:
    """The length of the longest tail of `text` that is a proper prefix of `secret`."""
    for size in range(min(len(text), len(secret) - 1), 0, -1):
        if secret.startswith(text[-size:]):
            return size
    return 0
