"""Prompt cleaning, LLM label parsing and synthesis."""

import pytest

from jarvis_tui.core.orchestra.commander import PromptError, clean_prompt, parse_label, synthesise
from jarvis_tui.core.orchestra.dispatch import UnitResult
from jarvis_tui.core.orchestra.plan import Unit


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("\x00\x01\x02", "no readable text"),
        ("x" * 1_000_001, "1,000,001 characters"),
        (bytes(range(1, 256)).decode("utf-8", "surrogateescape"), "binary"),
    ],
)
def test_bad_prompts_get_a_clear_error(prompt, message):
    with pytest.raises(PromptError, match=message):
        clean_prompt(prompt)


def test_clean_prompt_keeps_text_and_drops_controls():
    assert clean_prompt("  écris\x07 une fonction\n") == "écris une fonction"
    assert "\ufffd" in clean_prompt("caf\udce9 ok")  # undecodable argv byte


@pytest.mark.parametrize(
    ("reply", "label"),
    [("code", "code"), ("Analyse.", "analyse"), ("<think>hmm trading?</think>\nweb", "web"), ("SYSTEM", "systeme"), ("code or web", None), ("", None), ("banana", None)],
)
def test_parse_label(reply, label):
    assert parse_label(reply) == label


def _result(uid, node, status="ok", score=0.8, text="t"):
    return UnitResult(uid, node, "m", text, 10.0, score if status == "ok" else None, "llm", 1, 1, status, None if status == "ok" else "boom")


def test_synthesis_attributes_every_part_and_averages_scores():
    units = [Unit("u1", "coder", "ia-fast", "M2", "m"), Unit("u2", "reviewer", "ia-check", "M1", "m", ["u1"])]
    doc = synthesise(units, [_result("u1", "M2", score=0.9, text="code"), _result("u2", "M3", score=0.7, text="review")])
    assert doc["attribution"] == ["[ia-fast/M2:m]", "[ia-check/M3:m]"]
    assert "## coder [ia-fast/M2:m]" in doc["answer"] and "## reviewer [ia-check/M3:m]" in doc["answer"]
    assert doc["score"] == pytest.approx(0.8) and doc["status"] == "ok"


def test_synthesis_with_a_failed_unit_counts_it_zero_and_says_so():
    units = [Unit("u1", "searcher", "", "OL1", "m"), Unit("u2", "synthesizer", "ia-deep", "M1", "m", ["u1"])]
    doc = synthesise(units, [_result("u1", "OL1", score=0.8), _result("u2", "M1", status="failed")])
    assert doc["score"] == pytest.approx(0.4)
    assert "(unit u2 failed: boom)" in doc["answer"]


def test_synthesis_all_failed():
    units = [Unit("u1", "responder", "", "M1", "m")]
    doc = synthesise(units, [_result("u1", "M1", status="failed")])
    assert doc["status"] == "failed" and doc["answer"] == "" and doc["error"] == "boom"
