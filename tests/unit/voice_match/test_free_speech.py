"""Commands said freely: with their reason around them (with or without
punctuation), a name said with a wish, a model/node command with its values
in any order, and what must still be rejected (a pronoun that names nothing,
an order joined to another, a question, a time). Every one of these is asked
("did you mean …?"), never run."""

from __future__ import annotations

import pytest

from jarvis_tui.core.voice.matcher import Matcher


def _asked(matcher: Matcher, said: str) -> tuple[str | None, dict[str, object], str, bool]:
    decision = matcher.match(said)
    return decision.command, dict(decision.slots), decision.decision, decision.certain


@pytest.mark.parametrize(("said", "command"), [
    ("the baby is sleeping, a bit quieter", "volume.down"),  # one word of order said last, after its reason
    ("shh, someone's on the phone, pause whatever's playing", "media.play_pause"),  # a clause close to one command only
    ("mute, I'm on a call", "volume.mute"),  # one rare command word said first
    ("the laptop's playing up, restart it", "system.restart"),  # "it" stands for a naming word of another clause
    ("l'explorateur de fichiers a planté, tue-le", "app.kill.files"),  # several words name it
])
def test_a_command_with_its_reason_around_it_is_asked(matcher: Matcher, said: str, command: str) -> None:
    assert _asked(matcher, said) == (command, {}, "confirm", False)


@pytest.mark.parametrize(("said", "command"), [
    ("bon j'ai terminé ma journée éteins l'ordinateur", "system.shutdown"),  # said last, no punctuation
    ("soirée série ouvre netflix", "web.open.netflix"),
    ("I'm finished with discord close it", "app.close.discord"),  # with a pronoun for the name said before
    ("kill chrome it's stuck again", "app.kill.chrome"),  # said first, before a sentence of its own
])
def test_a_command_said_before_or_after_its_reason_without_punctuation_is_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.stage, decision.certain) == (command, "confirm", "clause", False), decision


@pytest.mark.parametrize("said", [
    "ferme la fenêtre du salon",  # what follows a command may be its object: never cut off
    "analyse ce texte et résume-le",  # two orders joined: not a reason and an order
    "est-ce que je devrais fermer ma position bitcoin ?",  # a question about an order
    "c'est quoi les tâches planifiées dans cron, explique",  # asking for an explanation
])
def test_a_sentence_around_command_words_that_is_no_command_is_rejected(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject", matcher.match(said)


@pytest.mark.parametrize(("said", "command"), [
    ("j'ai besoin de thunderbird", "app.open.thunderbird"),
    ("I want to watch netflix", "web.open.netflix"),
    ("je veux voir youtube", "web.open.youtube"),
    ("I need vs code", "app.open.vscode"),
])
def test_a_name_said_with_a_wish_is_asked_as_opening_it(matcher: Matcher, said: str, command: str) -> None:
    assert _asked(matcher, said) == (command, {}, "confirm", False)


def test_a_name_without_a_wish_is_not_opened(matcher: Matcher) -> None:
    assert matcher.match("I hate netflix").decision == "reject"


@pytest.mark.parametrize(("said", "command", "slots"), [
    ("get devstral running on m3", "models.load", {"model": "devstral-small-2", "node": "M3"}),
    ("je voudrais que qwen coder soit chargé sur m2", "models.load", {"model": "qwen3-coder-30b", "node": "M2"}),
    ("on m1, unload gpt oss", "models.unload", {"model": "gpt-oss-20b", "node": "M1"}),
    ("récupère devstral sur ollama", "ollama.pull", {"model": "devstral-small-2"}),
    ("grab qwen 30b into ollama", "ollama.pull", {"model": "qwen3-30b"}),
])
def test_a_model_command_said_freely_is_asked_with_its_values(matcher: Matcher, said: str, command: str, slots: dict[str, str]) -> None:
    assert _asked(matcher, said)[:3] == (command, slots, "confirm")


@pytest.mark.parametrize("said", [
    "why is devstral slow on m3",  # a question about a model, no order
    "devstral and qwen coder on m2",  # no verb of any command
    "load devstral and qwen 30b on m1",  # two models for one slot
    "load devstral on m1 in ten minutes",  # later
])
def test_model_words_without_one_clear_order_are_not_a_model_command(matcher: Matcher, said: str) -> None:
    decision = matcher.match(said)
    assert decision.decision == "reject" or decision.command not in ("models.load", "models.unload", "ollama.pull"), decision


@pytest.mark.parametrize("said", ["mets-la à 30", "put it at 30", "raise it by 10", "the next one", "monte-le", "passe sur l'autre"])
def test_a_guess_whose_object_is_only_a_pronoun_is_rejected(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject", matcher.match(said)


@pytest.mark.parametrize(("said", "command"), [("what's sitting in my documents", "files.list.documents"), ("qu'est-ce qu'il y a dans mes vidéos", "files.list.videos")])
def test_in_before_a_place_puts_nothing_off(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


@pytest.mark.parametrize(("said", "command"), [
    ("should I short ethereum, analyse it", "trading.analyse.eth"),  # an opinion asked, then the order with a pronoun
    ("what do you think of doge, run an analysis", "trading.analyse.doge"),  # the object after "on", named in the question
    ("lance vlc pour regarder un film", "app.open.vlc"),  # what it is for, said after a whole order
])
def test_an_order_after_an_opinion_or_before_its_purpose_is_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.stage, decision.certain) == (command, "confirm", "clause", False), decision


@pytest.mark.parametrize("said", [
    "should it overheat, shut it down",  # still a condition
    "what is a browser, open one",  # still a question about what something is
    "ouvre le fichier pour le lire",  # no whole order before the purpose
    "I need a new tab for my guitar song",  # a wish, not an order, before "for"
])
def test_conditions_questions_and_wishes_stay_rejected(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize(("said", "command"), [
    ("focus the streams pane", "cockpit.focus.streams"),  # every pane named with the word "pane"
    ("va sur le panneau du plan", "cockpit.focus.plan"),
    ("is the m2 node online right now", "node.status.m2"),  # every node, asked whether it answers
    ("quels modèles propose m3", "node.models.m3"),
])
def test_family_forms_people_expect_are_phrasings(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


def test_its_stands_for_a_name_said_before(matcher: Matcher) -> None:
    decision = matcher.match("discord is stuck, kill its processes")
    assert (decision.command, decision.decision) == ("app.kill.discord", "confirm")


def test_a_typed_slip_never_reaches_free_text(matcher: Matcher) -> None:
    assert matcher.match("grosis").command == "browser.zoom_in"
    assert matcher.match("cherche sur interne les horaires").decision == "reject"


def test_a_wish_said_after_an_order_is_its_reason(matcher: Matcher) -> None:
    decision = matcher.match("ouvre vlc, je veux regarder un film")
    assert (decision.command, decision.decision) == ("app.open.vlc", "confirm")


@pytest.mark.parametrize(("said", "command"), [
    ("montre-moi gimp", "window.focus.gimp"), ("montre thunderbird", "window.focus.thunderbird"),
    ("fais-moi revenir sur slack", "window.focus.slack"), ("quit", "cockpit.quit"), ("réduis le zoom", "browser.zoom_out"),
])
def test_round8_forms_for_every_member_of_a_family(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


def test_french_letter_names_spell_a_catalogue_word(matcher: Matcher) -> None:
    decision = matcher.match("ferme vé elle cé")
    assert (decision.command, decision.decision) == ("app.close.vlc", "confirm")
    assert matcher.match("elle dé").decision == "reject"


@pytest.mark.parametrize(("said", "command"), [
    ("dis-moi si m2 chauffe", "node.gpu.m2"), ("tell me if the internet is down", "system.internet"),
    ("je me demande si internet marche", "system.internet"),
])
def test_a_question_put_as_something_to_be_told_is_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision) == (command, "confirm")


def test_asking_whether_something_can_be_done_is_rejected(matcher: Matcher) -> None:
    assert matcher.match("dis-moi si tu peux fermer chrome").decision == "reject"


@pytest.mark.parametrize(("said", "command"), [
    ("il me reste de la ram ?", "system.memory"), ("any skills?", "skills.list"), ("j'ai des tâches planifiées ?", "system.scheduled"),
    ("do I have any positions?", "trading.positions"),
])
def test_a_question_whether_a_thing_is_there_is_showing_it_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision) == (command, "confirm")
    assert matcher.match("il y a du café ?").decision == "reject"


def test_seeing_if_after_an_order_is_what_it_is_for_not_a_condition(matcher: Matcher) -> None:
    decision = matcher.match("ferme slack, je veux voir si ça rame moins")
    assert (decision.command, decision.decision) == ("app.close.slack", "confirm")
    assert matcher.match("if m2 overheats, shut it down").decision == "reject"
