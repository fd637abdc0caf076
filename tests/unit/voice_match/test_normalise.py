"""Normalisation and numbers: one spelling for what Whisper may write many ways."""

from __future__ import annotations

import pytest

from jarvis_tui.core.voice.normalise import normalise
from jarvis_tui.core.voice.numbers import parse_number, words_to_digits


@pytest.mark.parametrize(("said", "canonical"), [
    ("Ouvre l'Explorateur de fichiers !", "ouvre le explorateur de fichiers"),
    ("Ouvre l’explorateur", "ouvre le explorateur"),  # typographic apostrophe
    ("Mets-moi la musique", "mets moi le musique"),
    ("Euh... Jarvis, tu peux ouvrir Firefox s'il te plaît ?", "ouvrir firefox"),
    ("est-ce que tu peux fermer spotify stp", "fermer spotify"),
    ("hey jarvis, can you open firefox please", "open firefox"),
    ("What's my IP?", "what is my ip"),
    ("don't", "do not"),
    ("affiche le contenu du bureau", "affiche le contenu de le bureau"),
    ("réduis la fenêtre des paramètres", "reduis le fenetre de le parametres"),
    ("statut de M1", "statut de m 1"),
    ("statut de M-1", "statut de m 1"),
    ("qwen3:1.7b", "qwen 3 1.7 b"),
    ("how hot are the G.P.U.s", "how hot are the gpus"),  # an acronym spelt with dots is one word
    ("what is my I.P. address", "what is my ip address"),
    ("40%", "40 %"),
    ("quarante pour cent", "40 %"),
    ("forty percent", "40 %"),
    ("", ""),
    ("euh", ""),
    ("s'il te plaît", ""),
])
def test_normalise(said: str, canonical: str) -> None:
    assert normalise(said) == canonical


@pytest.mark.parametrize(("words", "digits"), [
    ("vingt et un", "21"), ("quarante-deux", "42"), ("soixante-dix", "70"), ("soixante et onze", "71"), ("quatre-vingts", "80"),
    ("quatre-vingt-dix-neuf", "99"), ("septante", "70"), ("nonante-cinq", "95"), ("cent", "100"), ("cent cinquante", "150"),
    ("deux cents", "200"), ("mille deux cent", "1200"), ("dix-sept", "17"), ("zéro", "0"),
    ("forty-two", "42"), ("twenty one", "21"), ("one hundred and five", "105"), ("a hundred", "100"), ("ninety nine", "99"),
    ("deux trois", "2 3"),  # two numbers, not five
    ("ouvre un terminal", "ouvre un terminal"), ("open one tab", "open one tab"),  # alone, "un"/"one" are words
    ("mets le volume à cent", "mets le volume a 100"),  # French "à" is never English "a hundred"
])
def test_numbers_in_words(words: str, digits: str) -> None:
    assert normalise(words) == digits


def test_words_to_digits_leaves_other_words() -> None:
    assert words_to_digits(["monte", "de", "dix", "sept", "fois"]) == ["monte", "de", "17", "fois"]


@pytest.mark.parametrize(("token", "value"), [("42", 42), ("1.5", 1.5), ("un", 1), ("one", 1), ("abc", None)])
def test_parse_number(token: str, value: float | None) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize(("said", "normalised"), [
    ("open Spotify, would you?", "open spotify"),  # a closing tag
    ("just open spotify already", "open spotify"),
    ("check ol1's GPU", "check ol 1 gpu"),  # a possessive 's is the name alone
    ("let's open spotify", "open spotify"),  # not a possessive: "let us", a request frame
    ("tu pourrais pas vérifier le cluster ?", "verifier le cluster"),  # a negative question is a request
    ("ça te dérange de couper le son", "couper le son"),
    ("change de chanson s'te plaît", "change de chanson"),
])
def test_request_frames_and_closing_tags_are_dropped(said: str, normalised: str) -> None:
    assert normalise(said) == normalised
