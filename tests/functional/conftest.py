"""Fixtures for driving the cockpit: no user config, no real database, no
cloud keys, and the loopback cluster of the integration tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.integration.conftest import make_cluster  # noqa: F401 - the loopback cluster fixture, reused


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from the user's machine leaks in: config, data dir, database, keys."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("JARVIS_DB", str(tmp_path / "jarvis.db"))
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    for key in list(os.environ):
        if key.endswith(("_API_KEY", "_SECRET", "_TOKEN")):
            monkeypatch.delenv(key)
