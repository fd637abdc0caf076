"""The spoken form of a Markdown synthesis."""

from __future__ import annotations

from jarvis_tui.core.voice.spoken import guess_language, spoken_form

ANSWER = """# Résultat

Voici une fonction qui **inverse** une liste [ia-fast/M2:deepseek-coder-v2-lite] :

```python
def inverse(xs):
    return xs[::-1]
```

- Elle utilise le *découpage* de Python.
- Voir [la documentation](https://docs.python.org/3/) ou https://example.com/x.

| a | b |
|---|---|
| 1 | 2 |

```bash
echo second block
```

> Score global : 0.84 [ia-check/M1:qwen3-30b]
"""


def test_code_markdown_tags_and_links_are_not_spoken() -> None:
    s = spoken_form(ANSWER)
    assert s.language == "fr"
    for gone in ("```", "def inverse", "echo", "[ia-", "M2:", "**", "*", "#", "|", "https", "](", ">"):
        assert gone not in s.text, gone
    assert s.text.count("Le code est affiché à l'écran.") == 1  # said once for two blocks
    assert "Le tableau est affiché à l'écran." in s.text
    assert "Voici une fonction qui inverse une liste" in s.text
    assert "Voir la documentation ou un lien." in s.text
    assert s.text.startswith("Résultat.")


def test_english_answer_and_unclosed_code_block() -> None:
    s = spoken_form("The fix is below:\n\n```python\nprint('x')\n")
    assert s.language == "en"
    assert s.text == "The fix is below: The code is on screen."


def test_bounded_at_a_sentence_end() -> None:
    text = "First sentence here. " + "This one is longer and goes on. " * 40
    s = spoken_form(text, "en", max_chars=100)
    assert len(s.text) <= 100 and s.text.endswith(".")
    long_word_run = "word " * 200
    cut = spoken_form(long_word_run, "en", max_chars=50).text
    assert len(cut) <= 51 and cut.endswith("…")


def test_language_guess_and_forced_language() -> None:
    assert guess_language("Le volume est à quarante pour cent et la fenêtre est fermée") == "fr"
    assert guess_language("The volume is at forty percent and the window is closed") == "en"
    assert guess_language("42", default="en") == "en"
    assert spoken_form("`ls`", "en").text == "ls."


def test_empty_and_code_only() -> None:
    assert spoken_form("").text == ""
    assert spoken_form("```\nx = 1\n```", "en").text == "The code is on screen."
