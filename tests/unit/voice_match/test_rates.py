"""The three rates on the labelled sets: the DEV set (tuned on), natural.jsonl,
natural2.jsonl … natural8.jsonl (each written by another engineer from the
catalogue alone; every fifth line is a check part never looked at while tuning) and the held-out set another engineer
wrote from the catalogue (never tuned on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_eval import TARGET_IN_SCOPE, TARGET_OUT_REJECTED, TARGET_WRONG_RUN, LabelError, evaluate, load_labelled

DATA = Path(__file__).resolve().parents[2] / "data" / "voice"


def _check(matcher: Matcher, path: Path) -> None:
    rates = evaluate(matcher, path)
    detail = "\n".join(f"  {m.kind}: {m.item.text!r} -> {m.decision.command} ({m.decision.decision}), want {m.item.command}" for m in rates.misses[:15])
    assert rates.wrong_run_rate <= TARGET_WRONG_RUN, f"{rates.summary()}\n{detail}"
    assert rates.in_scope_rate >= TARGET_IN_SCOPE, f"{rates.summary()}\n{detail}"
    assert rates.out_rejected_rate >= TARGET_OUT_REJECTED, f"{rates.summary()}\n{detail}"


def test_the_dev_set_is_big_bilingual_and_one_fifth_out_of_scope() -> None:
    items = load_labelled(DATA / "dev.jsonl")
    assert len(items) >= 1000
    assert {i.lang for i in items} == {"fr", "en"}
    assert sum(i.command is None for i in items) / len(items) >= 0.20


def test_dev_rates_meet_the_targets(matcher: Matcher) -> None:
    _check(matcher, DATA / "dev.jsonl")


# Written from the catalogue alone by other engineers, each tuned on its tune part only (lines not a multiple of 5):
# natural (natural paraphrases, Whisper-style errors, hard negatives), natural2 (round 4), natural3 (round 5),
# natural4 (round 6: newcomers' own words), natural5 (round 7: the same, mixed French and English).
# natural6 (round 10: every command id, Québec/Belgian/Swiss French, non-native English, people talking in the room).
# natural7 (round 11: newcomers describing things, orders with a time or a feeling, questions about state in every family),
# natural8 (round 11: a working day of four people, from a French ML engineer to a Belgian/Swiss cockpit user).
NATURAL_SETS = ["natural.jsonl", "natural2.jsonl", "natural3.jsonl", "natural4.jsonl", "natural5.jsonl", "natural6.jsonl", "natural7.jsonl", "natural8.jsonl"]


@pytest.mark.parametrize("name", NATURAL_SETS)
def test_natural_sets_meet_the_safety_targets(matcher: Matcher, name: str) -> None:
    rates = evaluate(matcher, DATA / name)
    assert rates.wrong_run_rate <= TARGET_WRONG_RUN, rates.summary()
    assert rates.out_rejected_rate >= TARGET_OUT_REJECTED, rates.summary()


def test_natural_rates_meet_the_targets(matcher: Matcher) -> None:
    _check(matcher, DATA / "natural.jsonl")


def _heldout() -> Path:
    heldout = DATA / "heldout.jsonl"
    if not heldout.exists():
        pytest.skip("tests/data/voice/heldout.jsonl is absent: the held-out set is written separately from the catalogue")
    return heldout


def test_heldout_never_runs_the_wrong_command_and_rejects_what_is_out_of_scope(matcher: Matcher) -> None:
    """The safety targets, on 1,799 utterances written by someone who saw only the catalogue."""
    rates = evaluate(matcher, _heldout())
    assert rates.wrong_run_rate <= TARGET_WRONG_RUN, rates.summary()
    assert rates.out_rejected_rate >= TARGET_OUT_REJECTED, rates.summary()


def test_heldout_matches_enough_of_what_is_in_scope(matcher: Matcher) -> None:
    rates = evaluate(matcher, _heldout())
    assert rates.in_scope_rate >= TARGET_IN_SCOPE, rates.summary()


def test_the_rates_count_what_they_say(matcher: Matcher, tmp_path: Path) -> None:
    rows = [
        {"text": "affiche le plan", "lang": "fr", "command": "cockpit.focus.plan", "slots": {}},  # matched, run
        {"text": "affiche le plan", "lang": "fr", "command": "cockpit.focus.gpu", "slots": {}},  # wrongly run
        {"text": "mets le volume à 40", "lang": "fr", "command": "volume.set", "slots": {"percent": 41}},  # wrong slot, but asks: not run
        {"text": "quelle heure est-il", "lang": "fr", "command": None, "slots": {}},  # rejected
        {"text": "ouvre stime", "lang": "fr", "command": None, "slots": {}},  # not rejected (did you mean)
    ]
    file = tmp_path / "set.jsonl"
    file.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    rates = evaluate(matcher, file)
    assert (rates.total, rates.in_scope, rates.out_of_scope) == (5, 3, 2)
    assert (rates.matched, rates.wrong_run, rates.wrong_certain, rates.rejected) == (1, 1, 2, 1)
    assert [m.kind for m in rates.misses] == ["wrong_run", "wrong_certain", "not_rejected"]
    assert not rates.meets_targets()


def test_a_bad_labelled_line_is_named(tmp_path: Path) -> None:
    file = tmp_path / "bad.jsonl"
    file.write_text('{"text": "ok", "command": null}\n{"command": "x"}\n', encoding="utf-8")
    with pytest.raises(LabelError, match=r"bad.jsonl:2"):
        load_labelled(file)
