"""While the cockpit draws on stderr, log records go to a rotating file with
secrets masked, and the stderr handlers come back afterwards."""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

import pytest

from jarvis_tui.logfile import log_path, logging_to_file

KEY = "sk-" + "q7" * 16


def test_records_go_to_the_file_masked_never_to_the_screen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setenv("DEMO_API_KEY", KEY)
    root, log = logging.getLogger(), logging.getLogger("jarvis_tui.demo")
    on_stderr = logging.StreamHandler(sys.stderr)
    root.addHandler(on_stderr)
    try:
        with logging_to_file() as path:
            log.warning("trading: market data unavailable (key %s)", KEY)
            warnings.warn("a library's deprecation", DeprecationWarning, stacklevel=1)
            assert on_stderr not in root.handlers
        log.warning("after the cockpit")
    finally:
        root.removeHandler(on_stderr)
    assert path == log_path() == tmp_path / "jarvis-tui" / "jarvis-tui.log"
    err = capsys.readouterr().err
    assert "market data" not in err and "after the cockpit" in err
    text = path.read_text(encoding="utf-8")
    assert "WARNING jarvis_tui.demo: trading: market data unavailable" in text and KEY not in text and "[redacted]" in text
    assert "after the cockpit" not in text and "DeprecationWarning: a library's deprecation" in text


def test_an_unwritable_place_drops_records_rather_than_drawing_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    on_stderr = logging.StreamHandler(sys.stderr)
    logging.getLogger().addHandler(on_stderr)
    try:
        with logging_to_file(blocked / "jarvis-tui.log") as path:
            logging.getLogger("jarvis_tui.demo").warning("lost, not drawn")
    finally:
        logging.getLogger().removeHandler(on_stderr)
    assert path is None and "lost, not drawn" not in capsys.readouterr().err
