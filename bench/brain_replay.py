"""Offline evaluation of the brain: simulated clusters replayed through the
brain, the fixed routing matrix and an oracle that always knows the best
node, on the same random draws; plus the cost of one `order()` call.

Reference case: code/coder over M1 (0.88, 2.4 s), M2 (0.80, 1.2 s) and
M3 (0.62, 0.9 s), the matrix's first node M1 degrading at request 100 of
300 (mean score 0.30, 15 % failures). Targets: >= 10 % better mean score than
the fixed matrix, >= 90 % of the oracle, adaptation within 20 requests.

    .venv/bin/python bench/brain_replay.py
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

from _common import header, summary, verdict

from jarvis_tui.core.brain import Brain, Observation
from jarvis_tui.core.brain.replay import Change, SimNode, Simulation, degrading_cluster, simulate
from jarvis_tui.core.config import load_config

SEEDS = range(1, 21)


def scenario(name: str, make, *, score_target: bool = True, adapt_target: bool = True) -> None:  # type: ignore[no-untyped-def]
    reports = [simulate(make(seed), load_config()) for seed in SEEDS]
    gain = [r.gain_over_fixed for r in reports]
    share = [r.share_of_oracle for r in reports]
    adapted = [r.adapted_after for r in reports if r.adapted_after is not None]
    never = sum(r.adapted_after is None for r in reports)
    print(f"-- {name} ({len(reports)} seeds x {reports[0].brain.scores.__len__()} requests)")
    for policy in ("brain", "fixed", "oracle"):
        scores = [getattr(r, policy).mean_score for r in reports]
        latency = [getattr(r, policy).mean_latency_ms for r in reports]
        print(f"   {policy:<7} mean score {statistics.mean(scores):.3f} (min {min(scores):.3f}), mean latency {statistics.mean(latency):.0f} ms")
    target = f"  target >= +10 %: {verdict(min(gain) >= 0.10)}" if score_target else "  (no score target: failover already saves the score; the gain is latency)"
    print(f"   gain over fixed: mean {statistics.mean(gain):+.1%}, worst {min(gain):+.1%}{target}")
    print(f"   share of oracle: mean {statistics.mean(share):.1%}, worst {min(share):.1%}  target >= 90 %: {verdict(min(share) >= 0.90)}")
    if adapted:
        print(f"   adapted after: median {statistics.median(adapted):.0f}, worst {max(adapted)} requests; never: {never}"
              + (f"  target <= 20: {verdict(not never and max(adapted) <= 20)}" if adapt_target else "  (no target: a recovered node is seen again only through exploration)"))
    print()


def failing_cluster(seed: int) -> Simulation:
    """M1 stops answering (90 % failures) instead of answering badly."""
    sim = degrading_cluster(seed=seed)
    m1 = sim.nodes[0]
    return replace(sim, changes=(Change(100, "M1", replace(m1, failure_rate=0.9)),))


def recovering_cluster(seed: int) -> Simulation:
    """The matrix's M2 is broken for the first 100 requests, then recovers and is the best."""
    m2, m1 = SimNode("M2", 0.9, 1200), SimNode("M1", 0.75, 2400)
    return Simulation((m2, m1, SimNode("M3", 0.6, 900)), 400, (Change(0, "M2", replace(m2, score=0.2)), Change(100, "M2", m2)), seed=seed)


def order_cost() -> None:
    brain = Brain(load_config(), seed=1)
    nodes = ["M2", "M1", "M3", "OL1"]
    for i in range(200):
        brain.observe(Observation("code", "coder", nodes[i % 4], "m", 0.5 + (i % 4) / 10, 1000.0, "ok"))
    timings = []
    for _ in range(20000):
        start = time.perf_counter_ns()
        brain.order("code", "coder", nodes)
        timings.append((time.perf_counter_ns() - start) / 1000)
    print(f"-- order() over 4 candidates with history: {summary(timings, 'us', 2)}")
    timings = []
    obs = Observation("code", "coder", "M1", "m", 0.8, 900.0, "ok")
    for _ in range(20000):
        start = time.perf_counter_ns()
        brain.observe(obs)
        timings.append((time.perf_counter_ns() - start) / 1000)
    print(f"-- observe(): {summary(timings, 'us', 2)}")


def main() -> None:
    header("brain: offline replay against the fixed matrix and the oracle")
    scenario("M1 degrades at request 100 (score 0.30, 15 % failures)", lambda seed: degrading_cluster(seed=seed))
    scenario("M1 fails 90 % of its requests from request 100", failing_cluster, score_target=False)
    scenario("the matrix's M2 broken, recovering at request 100", recovering_cluster, adapt_target=False)
    order_cost()


if __name__ == "__main__":
    main()
