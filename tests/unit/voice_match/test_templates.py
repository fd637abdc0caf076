"""Templates in hassil's syntax, expanded."""

from __future__ import annotations

import pytest

from jarvis_tui.core.voice.catalogue_templates import Slot, TemplateError, expand


def texts(template: str) -> list[str]:
    return sorted(" ".join(" ".join(p if isinstance(p, str) else "{" + p.name + "}" for p in s).split()) for s in expand(template))


def test_alternatives_and_optional_words() -> None:
    assert texts("(ouvre|lance) [moi] firefox") == ["lance firefox", "lance moi firefox", "ouvre firefox", "ouvre moi firefox"]


def test_optional_alternatives_and_slots() -> None:
    assert texts("volume [à|at] {percent} [pour cent]") == [
        "volume at {percent}", "volume at {percent} pour cent", "volume {percent}", "volume {percent} pour cent",
        "volume à {percent}", "volume à {percent} pour cent",
    ]
    assert expand("volume {percent}") == [("volume", Slot("percent"))]


def test_nested_groups() -> None:
    assert texts("a (b [c|d]|e) f") == ["a b c f", "a b d f", "a b f", "a e f"]


@pytest.mark.parametrize("bad", ["ouvre (firefox", "ouvre firefox)", "a|b", "{Bad}", "{unclosed", "", "  ", "a ]"])
def test_bad_templates_say_where(bad: str) -> None:
    with pytest.raises(TemplateError):
        expand(bad)
