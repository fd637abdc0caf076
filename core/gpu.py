"""GPU readings: one type for every source (NVML, a Prometheus exporter,
nvidia-smi). The commander reads them through `ReadingSource`; the cluster
monitor feeds it, tests inject readings, and with neither there are none."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class GpuReading:
    index: int
    name: str
    temperature_c: float | None
    utilisation_pct: float | None = None
    memory_used_mb: float | None = None
    memory_total_mb: float | None = None
    power_w: float | None = None
    fan_pct: float | None = None


@dataclass(frozen=True)
class NodeReading:
    node: str
    gpus: tuple[GpuReading, ...]
    ts: float = field(default_factory=time.time)

    @property
    def max_c(self) -> float | None:
        temps = [g.temperature_c for g in self.gpus if g.temperature_c is not None]
        return max(temps) if temps else None

    def age_s(self, now: float | None = None) -> float:
        return (time.time() if now is None else now) - self.ts


class ReadingSource(Protocol):
    def latest(self) -> Mapping[str, NodeReading]:
        """The newest reading of each node that has one."""
        ...


class NoReadings:
    """Production default until the cluster monitor runs: nothing is known."""

    def latest(self) -> Mapping[str, NodeReading]:
        return {}


class StaticReadings:
    """Readings set by hand: tests, and callers that poll elsewhere."""

    def __init__(self, readings: Mapping[str, NodeReading] | None = None) -> None:
        self._readings: dict[str, NodeReading] = dict(readings or {})

    def set(self, reading: NodeReading) -> None:
        self._readings[reading.node] = reading

    def latest(self) -> Mapping[str, NodeReading]:
        return dict(self._readings)
