"""Accuracy and per-call latency of the heuristic classifier.

Accuracy on the held-out set (tests/data/classification.jsonl) and on the
development set (tests/data/classification_dev.jsonl), reported separately.
Latency: every prompt of both sets classified REPEAT times, each call timed
alone with perf_counter_ns; median and p99 over all calls.
Targets: >= 95 % accuracy, < 1 ms median (the seed: 24/24 and 5 ms).

    .venv/bin/python bench/bench_classifier.py
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter

from _common import ROOT, header, repeat, summary, verdict

from jarvis_tui.core.orchestra.classifier import classify_heuristic

SETS = {"held-out": ROOT / "tests/data/classification.jsonl", "dev": ROOT / "tests/data/classification_dev.jsonl"}


def load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def accuracy(name, rows) -> float:
    wrong = [(r, classify_heuristic(r["text"]).type) for r in rows]
    wrong = [(r, got) for r, got in wrong if got != r["type"]]
    ok = len(rows) - len(wrong)
    by_lang = Counter(r.get("lang", "?") for r in rows)
    wrong_lang = Counter(r.get("lang", "?") for r, _ in wrong)
    langs = ", ".join(f"{lang} {by_lang[lang] - wrong_lang[lang]}/{by_lang[lang]}" for lang in sorted(by_lang))
    pct = 100 * ok / len(rows)
    print(f"accuracy {name:<9} {ok}/{len(rows)} = {pct:.1f} %  ({langs})  target >= 95 %: {verdict(pct >= 95)}")
    for r, got in wrong:
        print(f"    miss: expected {r['type']:<8} got {got:<8} {r['text'][:90]!r}")
    return pct


def main() -> None:
    header("heuristic classifier: accuracy and latency per call")
    data = {name: load(path) for name, path in SETS.items()}
    for name, rows in data.items():
        accuracy(name, rows)

    texts = [r["text"] for rows in data.values() for r in rows]
    n = repeat(200)
    for t in texts:  # warm-up
        classify_heuristic(t)
    samples_ms: list[float] = []
    clock = time.perf_counter_ns
    for _ in range(n):  # garbage collector on, as in the application
        for t in texts:
            t0 = clock()
            classify_heuristic(t)
            samples_ms.append((clock() - t0) / 1e6)
    lengths = [len(t) for t in texts]
    print()
    print(f"latency per call, {len(texts)} prompts ({min(lengths)}-{max(lengths)} chars, median {statistics.median(lengths):.0f}) x {n} rounds:")
    print(f"    {summary(samples_ms)}")
    print(f"    target median < 1 ms: {verdict(statistics.median(samples_ms) < 1.0)}")

    # A worst case: a long paste (the classifier reads at most 4000 characters).
    long_text = ("please refactor this python function and add a unit test; " * 200)[:20000]
    longs = []
    for _ in range(max(200, n)):
        t0 = clock()
        classify_heuristic(long_text)
        longs.append((clock() - t0) / 1e6)
    print(f"20,000-char paste (4,000 read): {summary(longs)}")


if __name__ == "__main__":
    main()
