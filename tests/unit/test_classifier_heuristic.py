"""The heuristic request classifier: accuracy on the dev set, robustness to any
input, accent-insensitivity, the ambiguous cues it must get right, and speed."""

from __future__ import annotations

import json
import random
import statistics
import time
import unicodedata
from pathlib import Path

import pytest

from jarvis_tui.core.orchestra.classifier import (
    HEURISTIC_TYPES,
    HeuristicResult,
    classify_heuristic,
    normalise,
)

DEV_SET = Path(__file__).parent.parent / "data" / "classification_dev.jsonl"


def _load_dev() -> list[dict[str, str]]:
    with DEV_SET.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


DEV = _load_dev()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _assert_valid(result: HeuristicResult) -> None:
    assert result.type in HEURISTIC_TYPES
    assert 0.0 <= result.confidence <= 1.0
    assert set(result.scores) == set(HEURISTIC_TYPES)


def test_dev_set_is_balanced_and_well_formed() -> None:
    assert len(DEV) >= 90
    for row in DEV:
        assert set(row) == {"text", "type", "lang"}
        assert row["type"] in HEURISTIC_TYPES
        assert row["lang"] in {"fr", "en", "mixed"}
    counts = {t: sum(row["type"] == t for row in DEV) for t in HEURISTIC_TYPES}
    assert min(counts.values()) >= 15, counts


def test_dev_set_accuracy() -> None:
    misses = [
        (row["type"], got.type, row["text"])
        for row in DEV
        if (got := classify_heuristic(row["text"])).type != row["type"]
    ]
    accuracy = 1 - len(misses) / len(DEV)
    assert accuracy >= 0.9, misses


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\t\r  \n",
        "x" * 1_000_000,
        random.Random(0).randbytes(200_000).decode("utf-8", errors="replace"),
        "".join(chr(code) for code in range(32)) + "\x7f\x85\u2028\u2029",
        "😀🚀🔥 👍🏽 ❤️‍🔥",
        "\udcff\udcfe lone surrogates",
        "((((((((((((((((((((((((((((((((",
        "a(" * 50_000,
        "ﬁ ﬀ ½ ² Ⅻ ｆｕｌｌｗｉｄｔｈ",
        "Привет, как дела? 你好 مرحبا",
    ],
    ids=lambda text: repr(text[:12]),
)
def test_never_raises_and_returns_a_valid_result(text: str) -> None:
    _assert_valid(classify_heuristic(text))
    assert isinstance(normalise(text), str)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "🙂🙂", "\x00\x01"])
def test_empty_or_wordless_input_is_simple_with_zero_confidence(text: str) -> None:
    result = classify_heuristic(text)
    assert (result.type, result.confidence) == ("simple", 0.0)


def test_unrecognised_input_falls_back_to_simple_with_low_confidence() -> None:
    result = classify_heuristic("zorglub frobnique le wibble")
    assert result.type == "simple"
    assert result.confidence <= 0.3


def test_only_a_bounded_prefix_of_huge_inputs_is_read() -> None:
    filler = "lorem ipsum dolor " * 60_000  # ~1 MB
    assert classify_heuristic("long btc x10 " + filler).type == "trading"
    assert classify_heuristic(filler + " long btc x10").type == "simple"
    start = time.perf_counter()
    classify_heuristic(filler)
    assert time.perf_counter() - start < 0.1


def test_normalise() -> None:
    assert normalise("  Écris   une FONCTION\tqui vérifie ! ") == "ecris une fonction qui verifie"
    assert normalise("Stop-Loss à 62k, l'heure") == "stop loss a 62k l heure"
    assert normalise("run main.py then foo(x) {}") == "run main.py then foo(x) {}"


@pytest.mark.parametrize("row", DEV, ids=lambda row: row["text"][:30])
def test_accents_and_case_do_not_change_the_type(row: dict[str, str]) -> None:
    expected = classify_heuristic(row["text"]).type
    assert classify_heuristic(_strip_accents(row["text"])).type == expected
    assert classify_heuristic(row["text"].upper()).type == expected


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("Éteins l'ordinateur", "eteins l ordinateur"),
        ("Quelle est la météo à Besançon aujourd'hui ?", "quelle est la meteo a besancon aujourdhui"),
        ("Écris une fonction qui vérifie un e-mail", "ecris une fonction qui verifie un email"),
        ("Explique-moi en détail les inconvénients", "explique moi en detail les inconvenients"),
    ],
)
def test_accented_and_plain_spellings_agree(accented: str, plain: str) -> None:
    assert classify_heuristic(accented).type == classify_heuristic(plain).type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("explique moi en detail pourquoi le ciel est bleu", "analyse"),
        ("long btc x10", "trading"),
        ("jarvis ouvre un short sur sol levier 5", "trading"),
        ("close my sol long and move the sl to entry", "trading"),
        ("quel est le prix du bitcoin", "trading"),
        ("ouvre spotify", "systeme"),
        ("quelle est la meteo demain a lyon", "web"),
        ("write a script that opens chrome every morning", "code"),
        ("combien font 12 x 8", "simple"),
    ],
)
def test_ambiguous_cues_resolve_by_context(text: str, expected: str) -> None:
    assert classify_heuristic(text).type == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("open source licence comparison", "systeme"),
        ("give me a long explanation of photosynthesis", "trading"),
        ("short story ideas for my kids", "trading"),
        ("comment fonctionne la photosynthese", "code"),
    ],
)
def test_ambiguous_cues_out_of_context_are_ignored(text: str, not_expected: str) -> None:
    assert classify_heuristic(text).type != not_expected


def test_confidence_is_higher_when_one_type_clearly_dominates() -> None:
    clear = classify_heuristic("long btc x10 avec stop loss et take profit sur binance")
    mixed = classify_heuristic("ecris un script python pour analyser le prix du btc")
    assert clear.confidence > 0.8
    assert mixed.confidence < clear.confidence


def test_median_latency_is_well_under_a_millisecond() -> None:
    texts = [row["text"] for row in DEV]
    for text in texts:  # warm-up: caches, branch predictors, lazy allocations
        classify_heuristic(text)
    durations = []
    for _ in range(5):
        for text in texts:
            start = time.perf_counter()
            classify_heuristic(text)
            durations.append(time.perf_counter() - start)
    # A sanity bound, not a benchmark: typically ~20 us, generous for a loaded CI box.
    assert statistics.median(durations) < 1e-3
