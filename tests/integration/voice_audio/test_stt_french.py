"""French speech made by espeak-ng through base, then the correction dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest

from jarvis_tui.core.voice.correction import Corrector, load_dictionaries
from jarvis_tui.core.voice.stt import Transcriber
from tests.unit.voice_audio.espeak import needs_espeak, padded, speech

from .conftest import words

pytestmark = needs_espeak


@pytest.mark.parametrize("phrase", ["ferme la fenêtre", "baisse le volume", "coupe le son", "arrête la musique"])
async def test_french_commands_with_the_vocabulary_prompt(base_fr: Transcriber, tmp_path: Path, phrase: str) -> None:
    t = await base_fr.transcribe(padded(speech(phrase, tmp_path, voice="fr", rate=140), 0.5, 0.5))
    c = await Corrector(load_dictionaries()).correct(t.text, t.language)
    assert t.language == "fr"
    assert words(phrase) in words(c.corrected), (t.text, c.corrected)


async def test_without_the_prompt_the_dictionary_fixes_a_mishearing(base_fr: Transcriber, tmp_path: Path) -> None:
    """Without the vocabulary, base hears espeak's "ferme la fenêtre" as "Femme la fenêtre"."""
    bare = base_fr.variant(vocabulary="")  # the same loaded model, no prompt
    t = bare.transcribe_blocking(padded(speech("ferme la fenêtre", tmp_path, voice="fr", rate=140), 0.5, 0.5))
    c = await Corrector(load_dictionaries()).correct(t.text, t.language)
    assert words(c.corrected) == "ferme la fenetre", (t.text, c.corrected)
    if words(t.text) != "ferme la fenetre":
        assert c.method == "dictionary" and c.replaced


async def test_auto_language_picks_french_or_english(base_fr: Transcriber, tmp_path: Path) -> None:
    auto = base_fr.variant(language="auto")
    fr = auto.transcribe_blocking(padded(speech("quelle est la météo demain à Paris", tmp_path, voice="fr", rate=140), 0.3, 0.3))
    en = auto.transcribe_blocking(padded(speech("what is the weather like tomorrow in London", tmp_path), 0.3, 0.3))
    assert (fr.language, en.language) == ("fr", "en")
    assert 0 < fr.language_probability <= 1
