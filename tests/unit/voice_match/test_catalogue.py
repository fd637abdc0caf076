"""The catalogue: its size and shape, its actions against the tool registry,
and clear errors for a broken catalogue file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jarvis_tui.app import JarvisApp
from jarvis_tui.core.tools.base import Tier
from jarvis_tui.core.tools.registry import default_registry, schema_error
from jarvis_tui.core.voice import catalogue_gen
from jarvis_tui.core.voice.catalogue import Catalogue, CatalogueError, NumberSlot, TextSlot, load_catalogue, parse_catalogue
from jarvis_tui.core.voice.catalogue_templates import expand
from jarvis_tui.core.voice.matcher_load import load_matcher
from jarvis_tui.core.voice.normalise import tokens

ROOT = Path(__file__).resolve().parents[3]
# Tools the catalogue names that the registry does not have yet: each is an
# integration point the lead wires (see docs/voice_commands.md).
PROPOSED_TOOLS = {"volume_set"}
FAMILIES = {"applications", "windows", "audio", "system", "files", "cluster", "models", "trading", "skills", "cockpit", "web"}
COCKPIT_ACTIONS = re.compile(r"^(help|cancel|talk|next_pane|zoom\('(on|off)'\)|metric|search|export|quit|mode\('(commander|voice|keyboard|ollama)'\)|"
                             r"focus_pane\('(conversation|plan|streams|gpu|cluster|trading)'\))$")


def test_at_least_400_commands_in_every_family_and_both_languages(catalogue: Catalogue) -> None:
    assert len(catalogue.commands) >= 400
    assert {c.family for c in catalogue.commands.values()} == FAMILIES
    assert all(c.fr and c.en and c.description for c in catalogue.commands.values())


def test_the_file_is_what_the_generator_writes() -> None:
    assert (ROOT / "data" / "voice" / "commands.toml").read_text(encoding="utf-8") == catalogue_gen.render(), \
        "data/voice/commands.toml differs from catalogue_gen.py: regenerate it (python -m jarvis_tui.core.voice.catalogue_gen)"


def _sample_slots(catalogue: Catalogue, command_id: str) -> dict[str, object]:
    slots: dict[str, object] = {}
    for _, template in catalogue.command(command_id).templates():
        for name in re.findall(r"\{(\w+)\}", template):
            slot = catalogue.slots[name]
            slots[name] = int(slot.max) if isinstance(slot, NumberSlot) else "some text" if isinstance(slot, TextSlot) else slot.values[0].value
    return slots


# Generator slips: "the the firefox browser", "le service le service d'impression",
# "la fenêtre de le lecteur vlc" (French contracts "de le" to "du", "à le" to "au").
_DOUBLED = re.compile(r"\b(\w+) \1\b")
_UNCONTRACTED = re.compile(r"\b(de|à) (le|les)\b")


def test_no_generated_phrasing_doubles_a_word_or_leaves_an_article_uncontracted(catalogue: Catalogue) -> None:
    bad = []
    for phrasing in catalogue.phrasings:
        text = " ".join(p if isinstance(p, str) else "{" + p.name + "}" for p in phrasing.pieces)
        if _DOUBLED.search(text) or _UNCONTRACTED.search(text) or re.search(r"\bservice\b.*\bservice\b", text):
            bad.append((phrasing.command, text))
    assert not bad, f"{len(bad)} generated phrasings read badly, e.g. {bad[:5]}"


def test_no_command_has_two_templates_for_one_sentence() -> None:
    # Two templates of a command that expand to the same sentence are one template written twice.
    for command in catalogue_gen.commands():
        for templates in (command.fr, command.en):
            seen: dict[object, str] = {}
            for template in templates:
                for sentence in expand(template):
                    assert seen.setdefault(sentence, template) == template, f"{command.id}: {template!r} and {seen[sentence]!r} both say {sentence!r}"


def test_every_tool_action_exists_takes_its_arguments_and_asks_when_it_acts(catalogue: Catalogue) -> None:
    registry = default_registry()
    for command in catalogue.commands.values():
        action = command.action
        if action.cockpit is not None:
            assert COCKPIT_ACTIONS.match(action.cockpit), f"{command.id}: unknown cockpit action {action.cockpit}"
            assert callable(getattr(JarvisApp, "action_" + action.cockpit.split("(")[0], None)), f"{command.id}: the cockpit has no action {action.cockpit}"
            assert command.confirm == (action.cockpit == "quit"), command.id
            continue
        assert action.tool is not None
        tool = registry.get(action.tool)
        if tool is None:
            assert action.tool in PROPOSED_TOOLS, f"{command.id}: no tool {action.tool!r} in the registry"
            assert command.confirm
            continue
        assert command.confirm == (tool.tier in (Tier.ACT, Tier.DANGER)), f"{command.id}: {tool.name} is {tool.tier}"
        for platform in ("linux", "win32", "darwin"):
            resolved = action.resolve(_sample_slots(catalogue, command.id), platform)  # type: ignore[arg-type]
            assert schema_error(tool, resolved.args) is None, f"{command.id} on {platform}: {schema_error(tool, resolved.args)}"


def test_money_and_deletion_always_ask(catalogue: Catalogue) -> None:
    for command in catalogue.commands.values():
        if command.action.tool in {"trading_close_position", "trading_execute_signal", "delete_item", "kill_process", "shutdown_pc"}:
            assert command.confirm, command.id


def test_no_template_holds_a_word_the_normaliser_drops(catalogue: Catalogue) -> None:
    # A filler or polite opening inside a template could never be matched: the
    # transcript loses it before matching.
    for phrasing in catalogue.phrasings:
        text = " ".join(p for p in phrasing.pieces if isinstance(p, str))
        assert tokens(text) == tokens(text, drop_fillers=False), f"{phrasing.command}: {text!r}"


def test_the_speech_prompt_is_example_commands_from_every_family(catalogue: Catalogue) -> None:
    prompt = catalogue.prompt("fr", 60)
    assert 55 <= len(prompt.split()) <= 75 and prompt.endswith(".")
    family_of = {" ".join(map(str, p.pieces)): catalogue.commands[p.command].family for p in catalogue.phrasings if p.lang == "fr"}
    sentences = prompt[:-1].split(". ")
    assert all(s[0].isupper() and (s[0].lower() + s[1:]) in family_of for s in sentences)  # catalogue sentences, nothing else
    assert len({family_of[s[0].lower() + s[1:]] for s in sentences}) >= 8


GOOD_SLOT = '[slots.percent]\nkind = "number"\nmin = 0\nmax = 100\n'


def _command(**fields: str) -> str:
    base = {"id": '"volume.set"', "family": '"audio"', "description": '"Set the volume."', "fr": '["mets le volume à {percent}"]',
            "en": '["set the volume to {percent}"]', "action": '{ tool = "volume_set", args = { level = "{percent}" } }'}
    base.update(fields)
    return "[[commands]]\n" + "\n".join(f"{k} = {v}" for k, v in base.items()) + "\n"


V1 = "version = 1\n"


@pytest.mark.parametrize(("text", "message"), [
    (V1 + "[[commands]\n", "not valid TOML"),
    (V1 + GOOD_SLOT + _command(id='"Bad Id"'), "command 'Bad Id'.id"),
    ("version = 2\n" + GOOD_SLOT + _command(), "version"),
    (V1 + GOOD_SLOT + _command(fr="[]"), "command 'volume.set'.fr"),
    (V1 + GOOD_SLOT + _command(action='{ tool = "x", cockpit = "zoom" }'), "exactly one of `tool` or `cockpit`"),
    (V1 + GOOD_SLOT + _command() + _command(), "defined twice"),
    (V1 + _command(), "undefined slot(s) percent"),
    (V1 + GOOD_SLOT + _command(fr='["mets (le volume à {percent}"]'), "unclosed"),
    (V1 + GOOD_SLOT + _command(fr='["mets le volume"]', en='["set the volume"]'), "uses slot(s) percent that no template names"),
    (V1 + '[slots.percent]\nkind = "number"\nmin = 10\nmax = 0\n' + _command(), "min (10.0) is above max"),
])
def test_a_broken_catalogue_says_where_and_why(text: str, message: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "my.toml").phrasings  # noqa: B018 - expanding is what checks templates
    assert "my.toml" in str(caught.value) and message in str(caught.value)


def test_two_commands_sharing_a_phrasing_is_an_error(tmp_path: Path) -> None:
    text = V1 + GOOD_SLOT + _command() + _command(id='"volume.other"')
    file = tmp_path / "c.toml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match="phrasing of both 'volume.set' and 'volume.other'"):
        load_matcher(str(file), use_cache=False)


def test_a_missing_catalogue_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot read"):
        load_matcher(str(tmp_path / "absent.toml"), use_cache=False)
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(tmp_path / "absent.toml")
