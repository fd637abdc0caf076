"""Shared fixtures: the built-in catalogue and its matcher, built once per session
(compiling takes about half a second) without touching the user's cache."""

from __future__ import annotations

import pytest

from jarvis_tui.core.voice.catalogue import Catalogue, load_catalogue
from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_load import load_matcher


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    return load_matcher(use_cache=False, platform="linux")
