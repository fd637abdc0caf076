"""Offline evaluation: replaying simulated or recorded history through the
brain, against the fixed routing matrix and an oracle that always knows the
best node.

Simulated: each node has a true mean score, noise, a latency and a failure
rate, any of which may change at a given request (a node degrades mid-way).
Each policy routes the same stream of requests; the unit goes to its first
candidate, and to the next one when that fails (as dispatch fails over).

Recorded: the replay method of Li et al. (2011): go through logged
observations in order; when the brain's first choice is the logged node,
count the logged outcome and learn from it, else skip it. It is unbiased
when the logged choices were varied enough; it says how many matched.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ..config import Config
from .bandit import Observation
from .service import Brain


@dataclass(frozen=True)
class SimNode:
    name: str
    score: float  # true mean checker score
    latency_ms: float
    noise: float = 0.08
    failure_rate: float = 0.0


@dataclass(frozen=True)
class Change:
    """From request `at` on, `node` behaves as `becomes`."""

    at: int
    node: str
    becomes: SimNode


@dataclass(frozen=True)
class Simulation:
    nodes: tuple[SimNode, ...]  # in the matrix's order: the fixed policy always tries the first
    requests: int = 300
    changes: tuple[Change, ...] = ()
    task_type: str = "code"
    role: str = "coder"
    seed: int = 7


def degrading_cluster(requests: int = 300, at: int = 100, seed: int = 7) -> Simulation:
    """The reference case: the matrix's first node (M1) degrades at request `at`."""
    m1, m2, m3 = SimNode("M1", 0.88, 2400), SimNode("M2", 0.80, 1200), SimNode("M3", 0.62, 900)
    return Simulation((m1, m2, m3), requests, (Change(at, "M1", replace(m1, score=0.30, failure_rate=0.15)),), seed=seed)


@dataclass
class PolicyResult:
    name: str
    scores: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    firsts: list[str] = field(default_factory=list)  # the node each request tried first

    @property
    def mean_score(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def mean_latency_ms(self) -> float:
        return sum(self.latencies) / len(self.latencies) if self.latencies else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mean_score": round(self.mean_score, 4), "mean_latency_ms": round(self.mean_latency_ms, 1), "requests": len(self.scores)}


@dataclass(frozen=True)
class SimReport:
    brain: PolicyResult
    fixed: PolicyResult
    oracle: PolicyResult
    adapted_after: int | None  # requests after the last change until the brain's greedy first choice is the best node for 10 in a row

    @property
    def gain_over_fixed(self) -> float:
        return self.brain.mean_score / self.fixed.mean_score - 1 if self.fixed.mean_score else 0.0

    @property
    def share_of_oracle(self) -> float:
        return self.brain.mean_score / self.oracle.mean_score if self.oracle.mean_score else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "brain": self.brain.to_json(),
            "fixed": self.fixed.to_json(),
            "oracle": self.oracle.to_json(),
            "gain_over_fixed": round(self.gain_over_fixed, 4),
            "share_of_oracle": round(self.share_of_oracle, 4),
            "adapted_after": self.adapted_after,
        }


def _state(sim: Simulation, index: int) -> dict[str, SimNode]:
    state = {n.name: n for n in sim.nodes}
    for change in sim.changes:
        if index >= change.at:
            state[change.node] = change.becomes
    return state


def _expected(node: SimNode) -> float:
    return node.score * (1 - node.failure_rate)


def simulate(sim: Simulation, config: Config, *, stable_window: int = 10) -> SimReport:
    """Run the brain, the fixed matrix and the oracle over the same draws."""
    names = [n.name for n in sim.nodes]
    brain = Brain(config, seed=sim.seed)
    results = {name: PolicyResult(name) for name in ("brain", "fixed", "oracle")}
    greedy: list[str] = []
    best: list[str] = []
    # One random stream per request, shared by the policies: they face the same luck.
    draws = random.Random(sim.seed)
    for index in range(sim.requests):
        state = _state(sim, index)
        luck = [(draws.random(), draws.gauss(0.0, 1.0)) for _ in names]
        oracle_first = max(names, key=lambda n: (_expected(state[n]), -names.index(n)))
        best.append(oracle_first)
        greedy.append(brain.ranking(sim.task_type, sim.role, names)[0])
        orders = {
            "brain": brain.order(sim.task_type, sim.role, names),
            "fixed": names,
            "oracle": [oracle_first, *[n for n in names if n != oracle_first]],
        }
        for policy, order in orders.items():
            score, latency = 0.0, 0.0
            for node_name in order:
                node = state[node_name]
                fail_draw, noise = luck[names.index(node_name)]
                if fail_draw < node.failure_rate:
                    latency += node.latency_ms / 2  # it failed half-way through
                    if policy == "brain":
                        brain.observe(Observation(sim.task_type, sim.role, node_name, "", 0.0, node.latency_ms / 2, "failed", float(index)))
                    continue
                score = min(1.0, max(0.0, node.score + noise * node.noise))
                latency += node.latency_ms
                if policy == "brain":
                    brain.observe(Observation(sim.task_type, sim.role, node_name, "", score, node.latency_ms, "ok", float(index)))
                break
            results[policy].scores.append(score)
            results[policy].latencies.append(latency)
            results[policy].firsts.append(order[0])
    change_at = max((c.at for c in sim.changes), default=None)
    return SimReport(results["brain"], results["fixed"], results["oracle"], _adaptation(greedy, best, change_at, stable_window))


def _adaptation(greedy: Sequence[str], best: Sequence[str], change_at: int | None, window: int) -> int | None:
    """The first k after the change from which the brain's greedy choice
    equals the best node for `window` requests in a row."""
    if change_at is None:
        return None
    for k in range(change_at, len(greedy) - window + 1):
        if all(greedy[i] == best[i] for i in range(k, k + window)):
            return k - change_at
    return None


@dataclass(frozen=True)
class RecordedReport:
    observations: int
    matched: int  # observations whose logged node was the brain's first choice
    brain_mean_score: float  # over the matched ones
    logged_mean_score: float  # over all

    def to_json(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def replay_recorded(observations: Sequence[Observation], candidates: dict[tuple[str, str], list[str]], config: Config, *, seed: int = 7) -> RecordedReport:
    """Li et al.'s replay over logged observations (oldest first).
    `candidates` gives each (type, role)'s candidate nodes in the matrix's order."""
    brain = Brain(config, seed=seed)
    matched: list[float] = []
    for obs in observations:
        nodes = candidates.get((obs.task_type, obs.role))
        if not nodes or obs.node not in nodes:
            continue
        if brain.order(obs.task_type, obs.role, nodes)[0] == obs.node:
            matched.append(obs.score)
            brain.observe(obs)
    logged = [o.score for o in observations]
    return RecordedReport(len(observations), len(matched), sum(matched) / len(matched) if matched else 0.0, sum(logged) / len(logged) if logged else 0.0)
