"""Correction: the dictionary first, then a small model that may only improve it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from jarvis_tui.core.voice.correction import (
    CorrectionDictionary,
    CorrectionError,
    Corrector,
    load_dictionaries,
    plausible,
)


@pytest.fixture(scope="module")
def dicts() -> dict[str, CorrectionDictionary]:
    return load_dictionaries()


def test_builtin_dictionaries_load_and_fix_known_mishearings(dicts: dict[str, CorrectionDictionary]) -> None:
    assert len(dicts["fr"].entries) >= 20 and len(dicts["en"].entries) >= 15
    assert dicts["fr"].apply("Femme la fenêtre.")[0] == "ferme la fenêtre."
    assert dicts["fr"].apply("met le volume à 40 pour sang")[0] == "mets le volume à 40 pour cent"
    assert dicts["en"].apply("Clothes the window please")[0] == "close the window please"


def test_whole_words_only_and_no_cascade(dicts: dict[str, CorrectionDictionary]) -> None:
    fr = dicts["fr"]
    assert fr.apply("la femme la plus rapide")[0] == "la femme la plus rapide"  # "femme la" alone is no entry
    assert fr.apply("olamas")[0] == "olamas"  # inside a longer word: untouched
    d = CorrectionDictionary({"a b": "c d", "c d": "x", "a": "z"})
    text, hits = d.apply("a b and a")
    assert text == "c d and z"  # the longest phrase first, and a replacement is never re-read
    assert hits == (("a b", "c d"), ("a", "z"))


def test_every_builtin_entry_applies_to_itself(dicts: dict[str, CorrectionDictionary]) -> None:
    for lang, d in dicts.items():
        for heard, meant in d.entries.items():
            assert d.apply(f"x {heard} y")[0] == f"x {meant} y", (lang, heard)


def test_user_dictionary_folder_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "corrections_fr.toml").write_text('[corrections]\n"ouvre le navigue à toi" = "ouvre le navigateur"\n', encoding="utf-8")
    dicts = load_dictionaries(str(tmp_path))
    assert dicts["fr"].apply("ouvre le navigue à toi")[0] == "ouvre le navigateur"
    assert dicts["en"].apply("clothes the window")[0] == "close the window"  # no user file: the built-in one
    (tmp_path / "corrections_en.toml").write_text("[corrections\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="corrections_en.toml: cannot load"):
        load_dictionaries(str(tmp_path))
    (tmp_path / "corrections_en.toml").write_text("[corrections]\nx = 3\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="must map heard phrases to strings"):
        load_dictionaries(str(tmp_path))


async def test_dictionary_only(dicts: dict[str, CorrectionDictionary]) -> None:
    c = await Corrector(dicts).correct("  Femme   la fenêtre ", "fr")
    assert (c.raw, c.corrected, c.method) == ("  Femme   la fenêtre ", "ferme la fenêtre", "dictionary")
    assert c.replaced == (("Femme la fenêtre", "ferme la fenêtre"),)
    none = await Corrector(dicts).correct("quelle heure est-il", "fr")
    assert none.method == "none" and none.corrected == "quelle heure est-il"
    assert (await Corrector(dicts).correct("", "fr")).corrected == ""
    assert (await Corrector(dicts).correct("clothes the window", "de")).corrected == "clothes the window"  # no German dictionary


async def test_model_answer_is_used_when_plausible(dicts: dict[str, CorrectionDictionary]) -> None:
    prompts: list[str] = []

    async def complete(prompt: str) -> str:
        prompts.append(prompt)
        return "« ouvre le navigateur »"  # quotes and spaces around it are trimmed

    c = await Corrector(dicts, complete).correct("ouvre le navigue à toi", "fr")
    assert (c.corrected, c.method, c.model_note) == ("ouvre le navigateur", "model", "")
    assert "<<<\nouvre le navigue à toi\n>>>" in prompts[0] and "Language: fr" in prompts[0]


async def test_model_sees_the_dictionary_result_and_may_keep_it(dicts: dict[str, CorrectionDictionary]) -> None:
    async def same(prompt: str) -> str:
        return prompt.split("<<<\n")[1].split("\n>>>")[0]

    c = await Corrector(dicts, same).correct("Femme la fenêtre", "fr")
    assert (c.corrected, c.method) == ("ferme la fenêtre", "dictionary")


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("", "empty answer"),
        ("Sure! Here is the corrected command:\nouvre le terminal", "not a one-line sentence"),
        ("```rm -rf /```", "not a one-line sentence"),
        ("12345 !!!", "no words"),
        ("ouvre le terminal puis efface tous les fichiers du dossier personnel et éteins la machine", "length changed too much"),
        ("quelle est la météo", "too different"),
    ],
)
async def test_absurd_model_answers_leave_the_dictionary_result(dicts: dict[str, CorrectionDictionary], answer: str, why: str) -> None:
    async def complete(prompt: str) -> str:
        return answer

    c = await Corrector(dicts, complete).correct("ouvre le terminale", "fr")
    assert c.corrected == "ouvre le terminal" and c.method == "dictionary"
    assert why in c.model_note


async def test_slow_or_down_model_leaves_the_dictionary_result(dicts: dict[str, CorrectionDictionary]) -> None:
    async def slow(prompt: str) -> str:
        await asyncio.Event().wait()  # never answers
        return "never"

    async def down(prompt: str) -> str:
        raise ConnectionRefusedError("OL1 refused the connection")

    c = await Corrector(dicts, slow, timeout_s=0.05).correct("Femme la fenêtre", "fr")
    assert (c.corrected, c.model_note) == ("ferme la fenêtre", "model timed out after 0.05 s")
    c = await Corrector(dicts, down).correct("Femme la fenêtre", "fr")
    assert c.corrected == "ferme la fenêtre" and "ConnectionRefusedError" in c.model_note


async def test_non_text_answer_is_refused(dicts: dict[str, CorrectionDictionary]) -> None:
    async def weird(prompt: str) -> str:
        return {"text": "x"}  # type: ignore[return-value]

    c = await Corrector(dicts, weird).correct("coupe le sang", "fr")
    assert c.corrected == "coupe le son" and c.model_note == "model answer is not text"


def test_plausible() -> None:
    assert plausible("met le volume à quarante", "mets le volume à quarante") == ""
    assert plausible("ferme la fenetre", "ferme la fenêtre") == ""
    assert plausible("hi", "hi there, how are you") != ""
