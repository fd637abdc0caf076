"""Thermal routing: the seed's three levels, with hysteresis, applied to a plan.

normal < warning_c <= warning < critical_c <= critical. A level goes up as
soon as a threshold is crossed, but comes down only once the temperature is
`hysteresis_c` below it, so a GPU hovering at 84.9/85.1 °C does not flip the
routing on every poll. Readings older than `stale_after_s` count as unknown,
never as cool.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jarvis_tui.core.cluster.gpu.readings import NodeReading, NoReadings, ReadingSource
from jarvis_tui.core.config import ThermalConfig
from jarvis_tui.core.events import ThermalMove

LEVELS = ("normal", "warning", "critical")


class ThermalGovernor:
    """Remembers each node's level between checks, which hysteresis needs."""

    def __init__(self, config: ThermalConfig, *, stale_after_s: float = 30.0) -> None:
        self.config = config
        self.stale_after_s = stale_after_s
        self._levels: dict[str, str] = {}

    def _raw(self, temp: float) -> str:
        if temp >= self.config.critical_c:
            return "critical"
        return "warning" if temp >= self.config.warning_c else "normal"

    def level(self, node: str, temp: float) -> str:
        raw = self._raw(temp)
        prev = self._levels.get(node, "normal")
        if LEVELS.index(raw) < LEVELS.index(prev):
            # Step down one level at a time, and only once clearly below the threshold we were above.
            threshold = self.config.critical_c if prev == "critical" else self.config.warning_c
            if temp > threshold - self.config.hysteresis_c:
                raw = prev
            elif prev == "critical":
                raw = "warning" if temp >= self.config.warning_c - self.config.hysteresis_c else "normal"
        self._levels[node] = raw
        return raw

    def assess(self, readings: Mapping[str, NodeReading], now: float | None = None) -> dict[str, tuple[str, float]]:
        """{node: (level, max °C)} for nodes with a fresh reading."""
        now = time.time() if now is None else now
        out: dict[str, tuple[str, float]] = {}
        for node, reading in readings.items():
            temp = reading.max_c
            if temp is None or reading.age_s(now) > self.stale_after_s:
                self._levels.pop(node, None)
                continue
            out[node] = (self.level(node, temp), temp)
        return out


@dataclass(frozen=True)
class ThermalReport:
    """The thermal step of one request: the cluster's level, its hottest GPU,
    the units moved and each node's level (the document's `thermal`)."""

    level: str
    max_c: float | None
    moves: tuple[ThermalMove, ...] = ()
    nodes: dict[str, tuple[str, float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "max_c": self.max_c,
            "moved": [m.to_json() for m in self.moves],
            "nodes": {n: {"level": lv, "max_c": t} for n, (lv, t) in self.nodes.items()},
        }


def cluster_level(levels: Mapping[str, tuple[str, float]]) -> tuple[str, float | None]:
    """The worst node's level and the hottest temperature."""
    if not levels:
        return "normal", None
    worst = max((LEVELS.index(level) for level, _ in levels.values()), default=0)
    return LEVELS[worst], max(temp for _, temp in levels.values())


class ThermalGuard:
    """The cluster's thermal state as routing sees it: the process's one
    governor (its hysteresis must outlive a request) over the newest readings
    of whatever polls the GPUs (the node monitor, or readings a test sets)."""

    def __init__(self, governor: ThermalGovernor, readings: ReadingSource | None = None) -> None:
        self.governor = governor
        self.readings: ReadingSource = readings or NoReadings()

    def levels(self) -> dict[str, tuple[str, float]]:
        """{node: (level, max °C)} for the nodes with a fresh reading."""
        return self.governor.assess(self.readings.latest())
