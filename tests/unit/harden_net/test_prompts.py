"""Prompts in any script are accepted; binary data is refused; whatever the
input, clean_prompt returns valid UTF-8 text or raises PromptError."""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jarvis_tui.core.orchestra.commander import PromptError, clean_prompt

SCRIPTS = {
    "Hindi": "हिंदी में लिखिए",  # vowel signs (Mc, Mn) on every other letter
    "Thai": "ที่นี่ที่ไหน",  # tone and vowel marks stacked on consonants
    "pointed Hebrew": "שָׁלוֹם עֲלֵיכֶם, כְּתֹב פֻּנְקְצְיָה",  # niqqud: several combining points a letter
    "Tamil": "எனக்கு உதவுங்கள்",
    "Arabic with harakat": "مَرْحَبًا بِكَ",
    "Vietnamese, decomposed": unicodedata.normalize("NFD", "Việt Nam xin chào"),
    "emoji with joiners": "👩\u200d💻 écris un test",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_text_in_any_script_is_accepted_whole(script):
    assert clean_prompt(SCRIPTS[script]) == SCRIPTS[script]  # joiners (Cf) kept too


def test_binary_data_is_still_refused():
    junk = os.urandom(4096).decode("utf-8", "surrogateescape")
    with pytest.raises(PromptError, match="binary data"):
        clean_prompt(junk)
    with pytest.raises(PromptError, match="binary data"):
        clean_prompt("\x00\x01\x02\x03\x04\x05\x06\x07ab")
    with pytest.raises(PromptError, match="no readable text"):
        clean_prompt("\u200b\u200d")


@given(st.text(max_size=400))
@settings(max_examples=400, deadline=None)
def test_any_unicode_is_text_or_a_clear_refusal(text):
    try:
        kept = clean_prompt(text)
    except PromptError as exc:
        assert str(exc)
        return
    kept.encode("utf-8")
    assert kept and not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in kept)


# Half of the characters are combining marks, as in Thai or pointed Hebrew (U+FFFD, what
# undecodable bytes become, is the one symbol that counts as binary).
@given(st.text(alphabet=st.one_of(st.characters(categories=("M",)), st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\ufffd")), min_size=1, max_size=200)
       .filter(lambda t: not t.isspace()))
@settings(max_examples=300, deadline=None)
def test_text_made_of_any_letters_marks_and_signs_is_never_binary(text):
    assert clean_prompt(text) == text.strip()
