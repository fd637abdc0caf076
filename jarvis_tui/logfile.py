"""While the cockpit owns the terminal, log records go to a file, not to
stderr: Textual draws on stderr, so a warning written there lands in the
middle of the screen (a trading pair that cannot be read, a node's error).
The file is `$XDG_STATE_HOME/jarvis-tui/jarvis-tui.log` (else
`~/.local/state/jarvis-tui/`), kept small by rotation, secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jarvis_tui.core.secrets import redact

MAX_BYTES = 1_000_000
BACKUPS = 2


def log_path() -> Path:
    """Where the cockpit's log goes."""
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "jarvis-tui" / "jarvis-tui.log"


class _Redacting(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


@contextmanager
def logging_to_file(path: Path | None = None) -> Iterator[Path | None]:
    """Swap the root logger's stderr handlers for a rotating file for the duration;
    yields the file (None when it cannot be opened: records are then dropped, never drawn)."""
    root = logging.getLogger()
    on_stderr = [h for h in root.handlers if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) and _is_stderr(h.stream)]
    path = path or log_path()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        handler.setFormatter(_Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        opened: Path | None = path
    except OSError:  # a read-only home: the screen matters more than the log
        handler, opened = logging.NullHandler(), None
    for h in on_stderr:
        root.removeHandler(h)
    root.addHandler(handler)
    logging.captureWarnings(True)  # a library's warnings.warn prints on stderr too
    try:
        yield opened
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        handler.close()
        for h in on_stderr:
            root.addHandler(h)


def _is_stderr(stream: object) -> bool:
    try:
        return stream is sys.stderr or stream is sys.__stderr__ or stream.fileno() == 2  # type: ignore[attr-defined]
    except (OSError, ValueError, AttributeError):
        return False
