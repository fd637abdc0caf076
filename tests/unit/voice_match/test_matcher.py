"""The matcher: every catalogue phrasing reaches its own command, and the
strictness rules hold (ranges, negations, questions, margins, free text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jarvis_tui.core.voice.catalogue import Catalogue, NumberSlot, TextSlot
from jarvis_tui.core.voice.catalogue_templates import Slot
from jarvis_tui.core.voice.matcher import MAX_INPUT_CHARS, Matcher
from jarvis_tui.core.voice.matcher_load import cache_dir, load_matcher


def test_every_catalogue_phrasing_matches_its_own_command(catalogue: Catalogue, matcher: Matcher) -> None:
    wrong = []
    for phrasing in catalogue.phrasings:
        words, expected = [], dict(phrasing.bound)
        for piece in phrasing.pieces:
            if isinstance(piece, Slot):
                slot = catalogue.slots[piece.name]
                value: object = int((slot.min + slot.max) // 2) if isinstance(slot, NumberSlot) else "Lyon et Paris" if isinstance(slot, TextSlot) else None
                expected[piece.name] = value  # type: ignore[assignment]
                words.append(str(value))
            else:
                words.append(piece)
        text = " ".join(words)
        decision = matcher.match(text)
        if decision.command != phrasing.command or decision.stage != "exact" or decision.slots != expected or decision.decision == "reject":
            wrong.append((text, phrasing.command, decision.command, decision.slots))
    assert not wrong, f"{len(wrong)} phrasings miss their command, e.g. {wrong[:5]}"
    assert len(catalogue.phrasings) > 8000


@pytest.mark.parametrize(("said", "command", "slots", "decision"), [
    ("Mets le volume à quarante-deux pour cent s'il te plaît", "volume.set", {"percent": 42}, "confirm"),
    ("set the volume to forty two percent", "volume.set", {"percent": 42}, "confirm"),
    ("jarvis, affiche le plan", "cockpit.focus.plan", {}, "run"),
    ("switch to voice mode", "cockpit.mode.voice", {}, "run"),
    ("charge devstral sur aime un", "models.load", {"model": "devstral-small-2", "node": "M1"}, "confirm"),
    ("montre les signaux au-dessus de soixante-dix", "trading.signals_min", {"score": 70}, "run"),
    ("ferme ma position bitcoin", "trading.close.btc", {}, "confirm"),
    ("état du cluster", "cluster.status", {}, "run"),
])
def test_exact_matches(matcher: Matcher, said: str, command: str, slots: dict[str, object], decision: str) -> None:
    d = matcher.match(said)
    assert (d.command, d.slots, d.decision, d.stage, d.score) == (command, slots, decision, "exact", 1.0)
    assert d.certain and d.handoff is None


def test_whisper_errors_are_caught_by_the_fuzzy_stage(matcher: Matcher) -> None:
    d = matcher.match("ouvre firefoxe")
    assert (d.command, d.stage, d.certain) == ("app.open.firefox", "fuzzy", True)
    assert d.score >= matcher.run_score
    d = matcher.match("benchmark de em deux")
    assert d.command == "node.benchmark.m2"


@pytest.mark.parametrize(("said", "command"), [
    ("ouvre fire fox", "app.open.firefox"), ("open net flix", "web.open.netflix"), ("take me to the git hub home page", "web.open.github"),
    ("focus libreoffice", "window.focus.libreoffice"),  # the catalogue writes "libre office"
])
def test_names_whisper_writes_in_pieces_or_in_one_word_are_respelt(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


@pytest.mark.parametrize(("said", "command"), [
    ("lance disk cord", "app.open.discord"), ("blow up the spot if i window", "window.maximize.spotify"),  # in no correction dictionary
])
def test_a_name_heard_as_other_words_is_asked_about_never_run(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.stage, decision.certain) == (command, "confirm", "sounds", False)


@pytest.mark.parametrize(("said", "command", "slots"), [
    ("lance disque or", "app.open.discord", {}), ("ouvre elle aime studio", "app.open.lmstudio", {}), ("cherche mes fichiers paille tonne", "files.find.python", {}),
    ("charge quine coder sur M3", "models.load", {"model": "qwen3-coder-30b", "node": "M3"}),
    ("open trading few so I can look at the charts", "web.open.tradingview", {}),  # the dictionary says "TradingView", the catalogue "trading view"
])
def test_a_mis_hearing_the_correction_dictionaries_name_meets_its_command(matcher: Matcher, said: str, command: str, slots: dict[str, str]) -> None:
    # What the voice pipeline's correction step would give the matcher, the matcher meets alone (`--match`, the labelled sets).
    decision = matcher.match(said)
    assert (decision.command, decision.slots) == (command, slots) and decision.decision != "reject"


@pytest.mark.parametrize(("said", "command"), [("pull gpt o s s into ollama", "ollama.pull"), ("ouvre v l c", "app.open.vlc"), ("état de o l un", "node.status.ol1")])
def test_letters_said_one_by_one_are_one_word_where_the_catalogue_has_it(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


@pytest.mark.parametrize("said", ["show the weather", "déverrouille l'écran", "the spot is nice"])
def test_ordinary_words_do_not_sound_like_a_name(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize("said", ["ouvre ça", "open the folder", "change that"])
def test_two_words_naming_nothing_are_too_vague_to_ask_about(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize(("said", "command"), [("open stime", "app.open.steam"), ("coupe le sont", "volume.mute")])
def test_two_words_with_a_misheard_name_are_still_asked_about(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision) == (command, "confirm")


@pytest.mark.parametrize(("said", "command"), [
    ("stop it", "cockpit.cancel"),  # one word of the phrasing said with others: asked
    ("charge gpt os sur m2", "models.load"),  # "os" heard for "oss": a catalogue word inside the phrasing's, asked
    ("google chrome", "web.search"),  # a free text that is only a name: asked
    ("Jarvis, j'ai besoin de google chrome", "app.open.chrome"),  # a name said with a wish: opening it, asked
])
def test_doubtful_hits_are_asked_not_run(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.certain) == (command, "confirm", False)


@pytest.mark.parametrize(("said", "command"), [
    ("right, before I forget, give me my IP address", "system.ip"), ("attends, avant que j'oublie : est-ce que internet marche", "system.internet"),
    ("alright, start docker then", "service.start.docker"), ("hey, find my powerpoint files when you get a sec", "files.find.powerpoint"),
    ("Jarvis, va sur twitch quand tu peux", "web.open.twitch"), ("would you mind opening firefox", "app.open.firefox"),
])
def test_asides_and_polite_closings_around_a_command(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


def test_ordinary_pairs_of_words_are_never_glued(matcher: Matcher) -> None:
    assert matcher._spelling.respell("set up the log in page") == "set up the log in page"


@pytest.mark.parametrize("said", ["set the volume to 150 percent", "mets le volume à cent cinquante", "monte le son de zéro"])
def test_a_slot_out_of_range_is_never_run(matcher: Matcher, said: str) -> None:
    d = matcher.match(said)
    assert d.decision == "reject" and "out of range" in d.reason and d.action is None


@pytest.mark.parametrize("said", ["unlock the screen", "déverrouille l'écran", "what is the task manager", "pourquoi firefox est lent",
                                  "I hate the calculator", "explique-moi le plein écran"])
def test_negations_and_questions_about_a_command_are_rejected(matcher: Matcher, said: str) -> None:
    d = matcher.match(said)
    assert d.decision == "reject" and d.handoff == "commander", d


@pytest.mark.parametrize(("said", "command"), [
    ("open the recording software, obs", "app.open.obs"), ("ferme le truc de musique, spotify", "app.close.spotify"),
    ("va sur github voir ma PR", "web.open.github"), ("quitte jarvis, bonne nuit", "cockpit.quit"),
    ("I changed the drivers on m3, benchmark it please", "node.benchmark.m3"), ("m2 stopped answering I think, can you check on it", "node.status.m2"),
])
def test_an_order_said_with_more_is_asked(matcher: Matcher, said: str, command: str) -> None:
    d = matcher.match(said)
    assert (d.command, d.decision) == (command, "confirm"), d


@pytest.mark.parametrize("said", [
    "show me the chart", "montre le chart",  # a catalogue word ("chart") is no mis-hearing of another ("chat")
    "make it louder on m2", "monte le son un peu sur m2", "turn the sound up a bit on m3",  # a node named: not the laptop's volume
    "start the service", "charge le modèle",  # the verb said is another command's: no guess between the two
])
def test_guesses_that_other_words_said_contradict_are_rejected(matcher: Matcher, said: str) -> None:
    d = matcher.match(said)
    assert d.decision == "reject" and d.handoff == "commander", d


@pytest.mark.parametrize("said", ["statut de M4", "benchmark M9", "modèles de M5"])
def test_a_number_that_differs_is_never_guessed(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


def test_a_near_miss_asks_did_you_mean(matcher: Matcher) -> None:
    d = matcher.match("ouvre stime")
    assert d.decision == "confirm" and not d.certain and d.reason.startswith("did you mean app.open.steam")


@pytest.mark.parametrize("said", ["close the blinds", "close the trade", "ouvre chromium", "show me the money", "ferme les volets"])
def test_a_guess_about_another_thing_is_rejected(matcher: Matcher, said: str) -> None:
    # The object said is no word of the phrasing nor one heard wrong ("stime"), and the phrasing's own object is not said.
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize(("said", "command"), [("open teams, meeting in two minutes", "app.open.teams"),
                                               ("réunion dans cinq minutes, ouvre-moi teams", "app.open.teams")])
def test_a_time_about_something_else_does_not_put_the_order_off(matcher: Matcher, said: str, command: str) -> None:
    d = matcher.match(said)
    assert (d.decision, d.command, d.certain) == ("confirm", command, False)


@pytest.mark.parametrize("said", ["open teams in two minutes, thanks", "dans cinq minutes, ouvre teams"])
def test_a_time_said_about_the_order_still_puts_it_off(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


def test_out_of_scope_goes_to_the_commander(matcher: Matcher) -> None:
    for said in ("écris une fonction python qui inverse une liste", "analyse le marché crypto et dis-moi si je dois acheter du bitcoin", "quelle heure est-il"):
        d = matcher.match(said)
        assert (d.decision, d.command, d.handoff) == ("reject", None, "commander")


def test_free_text_keeps_what_was_said(matcher: Matcher) -> None:
    d = matcher.match("Cherche sur internet les Horaires du TGV pour Nîmes, s'il te plaît")
    assert (d.command, d.slots, d.decision) == ("web.search", {"query": "les Horaires du TGV pour Nîmes"}, "run")
    assert d.action == {"kind": "tool", "name": "web_search", "args": {"query": "les Horaires du TGV pour Nîmes"}}
    # Free text is never reached by guessing: a near miss of its words is rejected.
    assert matcher.match("cherche sur interne les horaires").decision == "reject"


def test_empty_and_oversized_input(matcher: Matcher) -> None:
    assert matcher.match("").reason == "nothing to match"
    assert matcher.match("euh... s'il te plaît").decision == "reject"
    long = matcher.match("ouvre firefox " * (MAX_INPUT_CHARS // 10))
    assert long.decision == "reject" and "longer than" in long.reason


def test_platform_arguments(catalogue: Catalogue) -> None:
    windows = load_matcher(use_cache=False, platform="win32")
    assert windows.match("ouvre la calculatrice").action == {"kind": "tool", "name": "open_app", "args": {"name": "calc"}}
    linux = load_matcher(use_cache=False, platform="linux")
    assert linux.match("open excel").action == {"kind": "tool", "name": "open_app", "args": {"name": "libreoffice", "args": ["--calc"]}}


def test_the_decision_document(matcher: Matcher) -> None:
    doc = matcher.match("mets le volume à 40").to_json()
    assert list(doc)[:4] == ["command", "slots", "score", "decision"]
    assert (doc["command"], doc["slots"], doc["score"], doc["decision"]) == ("volume.set", {"percent": 40}, 1.0, "confirm")
    json.dumps(doc)
    assert matcher.match("quelle heure est-il").to_json()["command"] is None


def test_the_compiled_catalogue_is_cached_and_a_bad_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "jarvis-tui" / "voice"
    first = load_matcher()
    files = list(cache_dir().glob("matcher-*.json"))
    assert len(files) == 1
    second = load_matcher()
    assert second.compiled == first.compiled
    files[0].write_text("{not json", encoding="utf-8")
    third = load_matcher()
    assert third.match("ouvre firefox").command == "app.open.firefox"
    assert json.loads(files[0].read_text(encoding="utf-8"))["literal"]  # rewritten whole


def test_bands_must_be_ordered(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError, match="confirm_score"):
        Matcher(catalogue, load_matcher(use_cache=False).compiled, run_score=0.8, confirm_score=0.9)


@pytest.mark.parametrize(("said", "command"), [
    ("minimise la fenêtre", "window.minimize"), ("minimize this window", "window.minimize"), ("agrandis la fenêtre active", "window.maximize"),
    ("maximize the current window", "window.maximize"), ("réduis la fenêtre de firefox", "window.minimize.firefox"),
])
def test_the_active_window_is_minimised_or_maximised_when_no_application_is_named(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision) == (command, "confirm")  # press_hotkey asks first


@pytest.mark.parametrize(("said", "command", "slots"), [
    ("vol 45", "volume.set", {"percent": 45}), ("vol up", "volume.up", {}), ("bench m2", "node.benchmark.m2", {}), ("m2 temp", "node.gpu.m2", {}),
    ("perf du cluster", "cluster.perf", {}),
])
def test_words_power_users_clip_mean_the_whole_word(matcher: Matcher, said: str, command: str, slots: dict[str, int]) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.slots) == (command, slots) and decision.decision != "reject"


@pytest.mark.parametrize(("said", "command"), [
    ("hide Spotify for a sec", "window.minimize.spotify"), ("cache OBS deux secondes", "window.minimize.obs"), ("can you mute the audio for a second", "volume.mute"),
])
def test_a_command_said_with_how_long_it_lasts_is_asked(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.certain) == (command, "confirm", False)


@pytest.mark.parametrize("said", ["mute the audio in two minutes", "coupe le son dans deux minutes", "wait a second", "check the node", "vérifie le nœud"])
def test_a_time_to_wait_a_pause_or_a_node_unnamed_runs_nothing(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision != "run"


@pytest.mark.parametrize(("said", "command"), [
    ("J'ai plus besoin de Telegram, ferme l'application", "app.close.telegram"), ("Chrome window is too small, maximize it", "window.maximize.chrome"),
    ("La fenêtre de VLC est trop petite, agrandis-la", "window.maximize.vlc"),
])
def test_the_application_or_a_pronoun_stands_for_the_longest_name_said_elsewhere(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


@pytest.mark.parametrize(("said", "command"), [("éteins le pc stp jai fini", "system.shutdown"), ("couldja close the calculator", "app.close.calculator"),
                                               ("minimise word pleas", "window.minimize.word"), ("arrete excel de force cest plante", "app.kill.excel")])
def test_words_typed_without_their_apostrophe_or_last_letter_are_read(matcher: Matcher, said: str, command: str) -> None:
    assert matcher.match(said).command == command


@pytest.mark.parametrize(("said", "command"), [("we're finished with notions you can close it", "app.close.notion"),
                                               ("force close blendeur it's stuck", "app.kill.blender"), ("tu peu reduire google crome", "window.minimize.chrome")])
def test_a_name_typed_with_one_slip_is_asked_about(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.decision, decision.certain) == (command, "confirm", False)


@pytest.mark.parametrize("said", ["open the weather", "same again", "le cluster de santé de l'hôpital a fermé", "peut-être", "I'm done with it, close it"])
def test_an_ordinary_word_is_no_slip_of_a_name(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize(("said", "command"), [("Chrome est figé, fais un kill", "app.kill.chrome"), ("La calculatrice répond plus, force la fermeture", "app.kill.calculator"),
                                               ("The calculater window is too small, maximize it.", "window.maximize.calculator"), ("I'd like to work in Spotify, start it up", "app.open.spotify"),
                                               ("y a quoi dans le dossier documents ?", "files.list.documents"), ("Bon, d'abord ouvre Thunderbird, merci", "app.open.thunderbird"),
                                               ("take me back to the chat", "cockpit.focus.conversation"), ("open the solana chart on tradingview", "trading.chart.sol"),
                                               ("turn the pc off, I'm going to bed", "system.shutdown"), ("olama répond ou pas ?", "ollama.status"),
                                               ("what are the GPU temperatures looking like across the nodes?", "cluster.gpu"), ("is the processor maxed out?", "system.cpu"),
                                               ("which gpu do I have in this box", "system.gpu"), ("coupe la lecture un instant, je reviens", "media.play_pause")])
def test_an_object_said_elsewhere_phrasal_verbs_question_tags_and_everyday_frames(matcher: Matcher, said: str, command: str) -> None:
    decision = matcher.match(said)
    assert decision.command == command and decision.decision != "reject"


def test_a_search_whose_text_starts_with_the_rest_of_a_name_is_asked(matcher: Matcher) -> None:
    # "google {query}" would search for "chrome est figé, fais un kill": Google Chrome was named.
    assert matcher.match("Google chrome est figé, fais un kill").decision == "confirm"
    assert matcher.match("google the weather in paris").decision == "run"


def test_a_phrasal_verb_around_a_pronoun_names_nothing(matcher: Matcher) -> None:
    assert matcher.match("turn it up by a lot").decision == "reject"


@pytest.mark.parametrize(("said", "command", "slots"), [("set the volume to 40, I mean 50", "volume.set", {"percent": 50}), ("ouvre Slack, non, Discord", "app.open.discord", {}),
                                                        ("affiche le dossier photos, images je veux dire", "files.open.pictures", {})])
def test_a_word_put_right_as_it_is_said_is_asked_with_the_right_word(matcher: Matcher, said: str, command: str, slots: dict[str, int]) -> None:
    decision = matcher.match(said)
    assert (decision.command, decision.slots, decision.decision, decision.certain) == (command, slots, "confirm", False)


@pytest.mark.parametrize("said", ["open spotify, no, forget it", "ferme firefox, non pardon", "mets plus fort, enfin non"])
def test_an_order_taken_back_is_not_put_right(matcher: Matcher, said: str) -> None:
    assert matcher.match(said).decision == "reject"


@pytest.mark.parametrize(("said", "command"), [("m3 il a quoi comme modèles ?", "node.models.m3")])
def test_il_a_quoi_comme_asks_which_ones_not_what_a_thing_is(matcher: Matcher, said: str, command: str) -> None:
    d = matcher.match(said)
    assert (d.decision, d.command) == ("confirm", command)
    assert matcher.match("c'est quoi une adresse ip").decision == "reject"
