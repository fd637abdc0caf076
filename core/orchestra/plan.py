"""Decomposition: a classified request becomes units through the routing
matrix, and the thermal step moves units off hot nodes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jarvis_tui.core.config import CLAUDE, DEPENDENT_ROLES, EMBEDDED, Config, RouteUnit
from jarvis_tui.core.events import PlanUnit, ThermalMove


@dataclass
class Unit:
    id: str
    role: str
    agent: str  # "" for a direct query to a node
    node: str
    model: str
    depends_on: list[str] = field(default_factory=list)
    routed_node: str = ""  # where the routing matrix sent it, before any move
    note: str = ""  # why it runs elsewhere than the matrix says (the brain's reason)

    def attribution(self, node: str | None = None, model: str | None = None) -> str:
        return f"[{self.agent or '-'}/{node or self.node}:{model or self.model}]"

    def spec(self) -> PlanUnit:
        """The unit as the plan announces it on the bus."""
        return PlanUnit(self.id, self.role, self.agent or None, self.node, self.model, tuple(self.depends_on), self.note)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "agent": self.agent or None,
            "node": self.node,
            "model": self.model,
            "depends_on": list(self.depends_on),
            **({"note": self.note} if self.note else {}),
        }


def _routes(config: Config, task_type: str) -> list[RouteUnit]:
    routes = config.routing.get(task_type)
    return routes or [RouteUnit(node=config.commander.classifier_node, role="responder")]


def decompose(
    config: Config,
    task_type: str,
    *,
    available: Callable[[str], bool],
    default_model: Callable[[str], str],
    claude_on: bool = False,
) -> list[Unit]:
    """Units for `task_type`. With Claude on, agent units run on CLAUDE with
    the agent's model; otherwise on their routed node, or the agent's home
    node when the matrix names none. A node that is not available is replaced
    by the first available fallback, then EMBEDDED."""
    units: list[Unit] = []
    for i, route in enumerate(_routes(config, task_type), start=1):
        agent = config.agents.get(route.agent) if route.agent else None
        routed = route.node or (agent.node if agent else config.commander.classifier_node)
        if claude_on and agent is not None:
            node, model = CLAUDE, agent.claude_model
        else:
            node = next((n for n in (routed, *config.commander.fallbacks) if available(n)), EMBEDDED)
            model = route.model if route.model and node == routed else default_model(node)
        if route.depends_on is not None:
            deps = [u.id for u in units if u.role in route.depends_on]
        elif route.role in DEPENDENT_ROLES:
            deps = [u.id for u in units]
        else:
            deps = []
        units.append(Unit(f"u{i}", route.role, route.agent, node, model, deps, routed_node=routed))
    return units


def apply_thermal(
    units: list[Unit],
    task_type: str,
    levels: Mapping[str, tuple[str, float]],
    config: Config,
    *,
    healthy: Callable[[str], bool],
    default_model: Callable[[str], str],
) -> list[ThermalMove]:
    """The seed's rules: on a critical node, units move to the first healthy,
    not critical target; on a warning node, code units prefer the warning
    target. Moves are made in place and returned."""
    moves: list[ThermalMove] = []
    thermal = config.thermal
    for unit in units:
        level, temp = levels.get(unit.node, ("normal", 0.0))
        if level == "critical":
            targets = thermal.critical_targets
        elif level == "warning" and task_type == "code":
            targets = [thermal.warning_code_target]
        else:
            continue
        for target in targets:
            target_level = levels.get(target, ("normal", 0.0))[0]
            acceptable = target_level == "normal" or (level == "critical" and target_level == "warning")
            if target != unit.node and healthy(target) and acceptable:
                moves.append(ThermalMove(unit.id, unit.node, target, temp, level))
                unit.node, unit.model = target, default_model(target)
                break
    return moves
