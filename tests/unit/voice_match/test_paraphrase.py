"""Paraphrases: the core stage (articles, possessives, verb forms and true
synonyms forgiven), a command said with more around it, and what must still
be rejected (negations, conditions, later, sentences sharing words)."""

from __future__ import annotations

import pytest

from jarvis_tui.core.voice.catalogue import Catalogue
from jarvis_tui.core.voice.lexicon import core
from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_compile import compile_catalogue
from jarvis_tui.core.voice.matcher_core import build_core_index
from jarvis_tui.core.voice.normalise import tokens


def test_the_core_drops_function_words_and_folds_verb_forms_and_synonyms() -> None:
    assert core(tokens("tu peux mettre le son à 80")) == core(tokens("mets le volume à 80"))
    assert core(tokens("fermez l'onglet")) == core(tokens("ferme cet onglet"))
    assert core(tokens("shut my computer down")) == core(tokens("close the pc down"))
    assert core(tokens("ollama un")) == "ollama un"  # "un" is part of a node's name


@pytest.mark.parametrize("said", ["monte", "baisse", "montez", "baisser"])
def test_a_verb_said_alone_is_no_command(matcher: Matcher, said: str) -> None:
    """"monte un peu" reduces to the core "monte": said alone, it raises nothing (nor is it offered)."""
    assert matcher.match(said).decision == "reject"


def test_a_core_two_commands_share_is_never_indexed(catalogue: Catalogue) -> None:
    compiled = compile_catalogue(catalogue)
    index = build_core_index(compiled)
    owners: dict[str, set[str]] = {}
    for key, target in compiled.literal.items():
        owners.setdefault(core(key.split()), set()).add(target.command)
    for key, target in index.literal.items():
        assert owners[key] == {target.command}, key


@pytest.mark.parametrize(("said", "command", "slots", "stage"), [
    ("set my sound to eighty percent", "volume.set", {"percent": 80}, "core"),
    ("éteins docker", "service.stop.docker", {}, "exact"),
    ("éteindre docker", "service.stop.docker", {}, "core"),
    ("scroll all the way to the bottom", "key.bottom", {}, "exact"),
    ("montre-moi l'aide", "cockpit.help", {}, "core"),
    ("set the zoom back to normal", "browser.zoom_reset", {}, "exact"),
    ("fais un ping google", "system.ping_google", {}, "exact"),
    ("pourriez-vous fermer l'onglet actuel", "browser.close_tab", {}, "core"),
    ("tu m'ouvres Spotify ?", "app.open.spotify", {}, "core"),  # the present said as a question
    ("peux-tu me dire l'état du cluster", "cluster.status", {}, "core"),  # asking to be told is asking to be shown
    ("I want to know my IP address", "system.ip", {}, "core"),
])
def test_paraphrases_reach_their_command(matcher: Matcher, said: str, command: str, slots: dict[str, int], stage: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.slots, decision.stage) == (command, slots, stage), decision
    assert decision.decision != "reject"


def test_a_command_with_more_around_it_is_asked_never_run(matcher: Matcher) -> None:
    decision = matcher.match("close teams, the meeting is over")
    assert (decision.command, decision.decision, decision.stage, decision.certain) == ("app.close.teams", "confirm", "clause", False)
    decision = matcher.match("affiche le plan, je veux voir les étapes")
    assert (decision.command, decision.decision) == ("cockpit.focus.plan", "confirm")


@pytest.mark.parametrize("said", [
    "don't close teams, the meeting isn't over",
    "if the pc overheats, shut down the computer",
    "quand le téléchargement finit, éteins l'ordinateur",
    "tomorrow morning, open spotify",
    "close teams, open slack",  # two commands: not one to offer
    "écoute, j'en ai marre",  # one word alone is not an order
    "ferme la fenêtre du salon",
    "set the volume to forty degrees",
    "turn up the heating",
    "ne ferme pas firefox",
])
def test_negations_conditions_and_shared_words_are_rejected(matcher: Matcher, said: str) -> None:
    decision = matcher.match(said)
    assert decision.decision == "reject", decision


@pytest.mark.parametrize(("said", "command"), [
    ("je voudrais voir les modèles chargés", "cluster.models"),  # a request frame, a verb of seeing, the object's words in another form
    ("which windows did I leave open", "window.list"),  # a question instead of an order, other words
])
def test_a_command_said_in_its_words_but_otherwise_is_asked_never_run(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    # A near phrasing may now reach it by the fuzzy stage first: asked all the same, never run.
    assert (decision.command, decision.decision, decision.certain) == (command, "confirm", False) and decision.stage in ("fuzzy", "words"), decision


@pytest.mark.parametrize("said", [
    "what is firefox",  # a question is answered by a command that shows what a tool reads, not by focusing a window
    "the clipboard is empty",  # a statement, not an order
    "what is a GPU",  # what a kind of thing is
    "c'est quoi une adresse ip",
    "show me that",  # a pronoun names nothing
    "déverrouille l'écran",  # not a mis-hearing of "verrouille"
    "how do I change my ip address",
])
def test_words_said_in_another_sense_are_rejected(matcher: Matcher, said: str) -> None:
    decision = matcher.match(said)
    assert decision.decision == "reject", decision


@pytest.mark.parametrize(("said", "command"), [
    ("I don't like this one, skip the track", "media.next"),  # a negation in another clause is about something else
    ("Thunderbird is frozen, kill it", "app.kill.thunderbird"),  # "it" stands for the name said in the other clause
    ("j'ai fini avec GIMP, ferme-le", "app.close.gimp"),
    ("open TradingView so I can look at the charts", "web.open.tradingview"),  # a purpose after the command
])
def test_a_command_in_one_clause_of_a_longer_sentence_is_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.stage, decision.certain) == (command, "confirm", "clause", False), decision


@pytest.mark.parametrize("said", [
    "if Firefox freezes, kill it",  # a condition puts the whole sentence off
    "Firefox and Chrome are slow, close it",  # two names: which one is "it"?
])
def test_a_pronoun_or_a_condition_that_leaves_doubt_is_rejected(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"
