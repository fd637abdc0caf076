"""Every test runs against its own data and config directories: nothing a test
does reaches the user's store (`~/.local/share/jarvis-tui/jarvis.db`) or log,
or reads the user's config. A test that needs its own paths sets them over these."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the cockpit's log
    monkeypatch.delenv("JARVIS_DB", raising=False)
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
