"""The brain: it learns routing from outcomes.

One bandit per (task type, role) over the candidate nodes that the routing
matrix, fallbacks, health and thermal rules allow. `order()` only reorders
those candidates, never adds one. It learns online from the bus (no
retraining step) and `learn()` rebuilds everything from the store's history.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable

from ..config import Config
from ..events import Event, EventBus
from .bandit import Estimate, Observation, Table
from .history import EventTracker, HistorySource, read_history
from .mining import Action, mine
from .report import Analysis, ArmStatus, BrainStatus, NodePattern, RouteSuggestion, SequencePattern, TableStatus

log = logging.getLogger(__name__)


def matrix_candidates(config: Config, task_type: str, role: str) -> list[str]:
    """The nodes the matrix names for a unit before any health or thermal
    filter: its routed node, then the configured fallbacks."""
    for route in config.routing.get(task_type, []):
        if route.role == role:
            agent = config.agents.get(route.agent) if route.agent else None
            routed = route.node or (agent.node if agent else config.commander.classifier_node)
            return list(dict.fromkeys([routed, *config.commander.fallbacks]))
    return list(config.commander.fallbacks)


class Brain:
    """The Runtime's brain service. `seed` (or `[brain] seed`) fixes the exploration draws."""

    def __init__(self, config: Config, *, store: HistorySource | None = None, bus: EventBus | None = None, seed: int | None = None) -> None:
        self.config = config
        self.settings = config.brain
        self.store = store
        self.bus = bus
        self.tables: dict[tuple[str, str], Table] = {}
        self._rng = random.Random(seed if seed is not None else self.settings.seed)
        self._tracker = EventTracker()
        self._unsubscribe: Callable[[], None] | None = None
        self.orders = 0
        self.explored = 0
        # Bumped by every change to what the brain knows: a view redraws only when it moved.
        self.version = 0

    async def start(self) -> None:
        """Learn from the stored history, then follow the bus."""
        if self.store is not None:
            await self.learn()
        if self.bus is not None and self._unsubscribe is None:
            self._unsubscribe = self.bus.subscribe(self.on_event)

    async def aclose(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- learning ---------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        """A bus subscriber: unit events become observations as they happen."""
        obs = self._tracker.feed(event)
        if obs is not None:
            self.observe(obs)

    def observe(self, obs: Observation) -> None:
        """Learn one outcome (online: the next order already uses it)."""
        key = (obs.task_type, obs.role)
        table = self.tables.get(key)
        if table is None:
            table = self.tables[key] = Table(*key)
        table.observe(obs, self.settings.half_life)
        self.version += 1

    def observe_all(self, observations: Iterable[Observation]) -> int:
        count = 0
        for obs in observations:
            self.observe(obs)
            count += 1
        return count

    async def learn(self) -> int:
        """Forget everything and relearn from the store's latest
        `history_limit` attempts; the number of observations learnt."""
        if self.store is None:
            return 0
        history = await read_history(self.store, self.settings.history_limit)
        self.tables.clear()
        self.version += 1
        return self.observe_all(history)

    # -- routing ----------------------------------------------------------------

    def _prior_score(self) -> float:
        return self.config.commander.quality_threshold

    def estimates(self, task_type: str, role: str, candidates: list[str]) -> list[Estimate]:
        """The candidates with what the brain knows of each, best first."""
        table = self.tables.get((task_type, role)) or Table(task_type, role)
        return table.estimates(candidates, self.settings, self._prior_score())

    def _known(self, task_type: str, role: str, unique: list[str]) -> Table | None:
        """The table to rank from, or None when the matrix's order must stand."""
        table = self.tables.get((task_type, role))
        if not self.settings.enabled or len(unique) < 2 or table is None or not table.knows(unique):
            return None
        return table

    def ranking(self, task_type: str, role: str, candidates: list[str]) -> list[str]:
        """The brain's order without exploration: the matrix's order when it knows nothing."""
        unique = list(dict.fromkeys(candidates))
        table = self._known(task_type, role, unique)
        return unique if table is None else [e.node for e in table.estimates(unique, self.settings, self._prior_score())]

    def order(self, task_type: str, role: str, candidates: list[str]) -> list[str]:
        """Reorder a unit's candidate nodes (never adding one). With no history
        the order is unchanged; otherwise the best estimate comes first, except
        in `exploration` of the calls, which put another candidate first."""
        unique = list(dict.fromkeys(candidates))
        table = self._known(task_type, role, unique)
        if table is None:
            return unique
        self.orders += 1
        ranked = [e.node for e in table.estimates(unique, self.settings, self._prior_score())]
        if self._rng.random() < self.settings.exploration:
            self.explored += 1
            ranked.insert(0, ranked.pop(self._rng.randrange(1, len(ranked))))
        return ranked

    # -- reports ----------------------------------------------------------------

    def _candidates(self, task_type: str, role: str) -> list[str]:
        observed = list(self.tables[(task_type, role)].arms) if (task_type, role) in self.tables else []
        return list(dict.fromkeys([*matrix_candidates(self.config, task_type, role), *observed]))

    def _keys(self) -> list[tuple[str, str]]:
        keys = [(t, r.role) for t, routes in self.config.routing.items() for r in routes]
        return list(dict.fromkeys([*keys, *sorted(self.tables)]))

    def table_status(self, task_type: str, role: str) -> TableStatus:
        candidates = self._candidates(task_type, role)
        table = self.tables.get((task_type, role)) or Table(task_type, role)
        estimates = self.estimates(task_type, role, candidates)
        order = self.ranking(task_type, role, candidates)
        arms = []
        for est in sorted(estimates, key=lambda e: order.index(e.node)):
            arm = table.arms.get(est.node)
            models = tuple(m for m, _ in arm.models.most_common()) if arm else ()
            arms.append(ArmStatus(est.node, models, est.count, est.failures, est.mean_score, est.latency_ms, est.utility))
        return TableStatus(task_type, role, tuple(candidates), tuple(order), table.observations, tuple(arms), self._why(candidates, order, estimates))

    def _why(self, candidates: list[str], order: list[str], estimates: list[Estimate]) -> str:
        if not self.settings.enabled:
            return "brain disabled: the matrix's order"
        by_node = {e.node: e for e in estimates}
        if not any(e.count for e in estimates):
            return "no history: the matrix's order"
        first = by_node[order[0]]

        def said(e: Estimate) -> str:
            if not e.count:
                return f"{e.node} not observed yet (prior {e.prior:.2f})"
            fails = f", {e.failures} failed" if e.failures else ""
            latency = f", {e.latency_ms:.0f} ms" if e.latency_ms is not None else ""
            return f"{e.node} scored {e.mean_score or 0:.2f} over {e.count} observations{fails}{latency}"

        if order[0] == candidates[0]:
            return f"the matrix's first choice holds: {said(first)}"
        return f"{order[0]} first instead of the matrix's {candidates[0]}: {said(first)}; {said(by_node[candidates[0]])}"

    def status(self) -> BrainStatus:
        """The table per type and role: candidates, observations, mean score, latency, current order and why."""
        tables = tuple(self.table_status(t, r) for t, r in self._keys())
        observations = sum(t.observations for t in self.tables.values())
        s = self.settings
        return BrainStatus(s.enabled, s.exploration, s.half_life, s.latency_weight, observations, self.orders, self.explored, tables)

    def suggest(self) -> list[RouteSuggestion]:
        """Matrix changes the evidence supports: where the brain's first node
        differs from the matrix's, with enough observations of both."""
        out: list[RouteSuggestion] = []
        for task_type, role in self._keys():
            status = self.table_status(task_type, role)
            if not status.order or status.order[0] == status.candidates[0]:
                continue
            by_node = {a.node: a for a in status.arms}
            best, current = by_node[status.order[0]], by_node[status.candidates[0]]
            if best.observations < self.settings.min_observations or current.observations < self.settings.min_observations:
                continue
            out.append(RouteSuggestion(f"route-{task_type}-{role}", task_type, role, current.node, best.node, status.why, self._toml(task_type, role, best.node)))
        return out

    def _toml(self, task_type: str, role: str, node: str) -> str:
        units = []
        for route in self.config.routing.get(task_type, []):
            fields = {"agent": route.agent, "node": node if route.role == role else route.node, "role": route.role}
            if route.model and route.role != role:
                fields["model"] = route.model
            units.append("{ " + ", ".join(f'{k} = "{v}"' for k, v in fields.items()) + " }")
        return f"{task_type} = [" + ", ".join(units) + "]"

    def node_patterns(self) -> list[NodePattern]:
        """Each node's record across all types and roles, flagged when it fails often, scores low or is slow."""
        totals: dict[str, dict[str, float]] = {}
        for table in self.tables.values():
            for arm in table.arms.values():
                t = totals.setdefault(arm.node, {"count": 0, "failures": 0, "w": 0.0, "s": 0.0, "lw": 0.0, "l": 0.0})
                t["count"] += arm.count
                t["failures"] += arm.failures
                t["w"] += arm.weight
                t["s"] += arm.score_sum
                t["lw"] += arm.latency_weight
                t["l"] += arm.latency_sum
        latencies = sorted(t["l"] / t["lw"] for t in totals.values() if t["lw"] > 1e-12)
        median = latencies[len(latencies) // 2] if latencies else 0.0
        out = []
        for node, t in sorted(totals.items()):
            mean = t["s"] / t["w"] if t["w"] > 1e-12 else None
            latency = t["l"] / t["lw"] if t["lw"] > 1e-12 else None
            rate = t["failures"] / t["count"] if t["count"] else 0.0
            flags = [
                *(["fails often"] if rate >= 0.2 else []),
                *(["scores low"] if mean is not None and mean < self._prior_score() else []),
                *(["slow"] if latency is not None and median and latency > 2 * median else []),
            ]
            out.append(NodePattern(node, int(t["count"]), rate, mean, latency, tuple(flags)))
        return out

    async def actions(self) -> list[Action]:
        """The audited tool calls, oldest first (the latest `history_limit`)."""
        if self.store is None:
            return []
        rows = await self.store.fetchall("SELECT * FROM tool_calls WHERE status != 'running' ORDER BY id DESC LIMIT ?", (self.settings.history_limit,))
        return [Action.from_row(row) for row in reversed(rows)]

    async def analyze(self) -> Analysis:
        """Patterns: each node's record, the matrix changes the evidence
        supports, and the tool-call sequences the user repeats."""
        actions = await self.actions()
        sequences = mine(actions, self.config.skills)
        return Analysis(tuple(self.node_patterns()), tuple(self.suggest()), tuple(sequences), len(actions))

    async def pattern(self, pattern_id: str) -> SequencePattern | None:
        """A mined sequence by its id (ids are stable: a hash of the tools)."""
        return next((p for p in mine(await self.actions(), self.config.skills) if p.id == pattern_id), None)
