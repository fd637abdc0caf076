"""GPU readings: one type for every source (NVML, a Prometheus exporter,
nvidia-smi). The commander reads them through `ReadingSource`; the cluster
monitor feeds it, tests inject readings, and with neither there are none.

Every source builds its GPUs through `gpu_reading()`, which drops values no
sensor can produce (NaN, a negative or 900 °C temperature) with a warning:
a broken exporter makes a GPU's temperature unknown, never cool.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol


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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NodeReading:
    """One poll of one node's GPUs. `error` says why there are none (no
    driver, exporter down); `warnings` name the values that were dropped."""

    node: str
    gpus: tuple[GpuReading, ...]
    ts: float = field(default_factory=time.time)
    source: str = ""  # nvml | nvidia-smi | prometheus
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def max_c(self) -> float | None:
        temps = [g.temperature_c for g in self.gpus if g.temperature_c is not None]
        return max(temps) if temps else None

    def age_s(self, now: float | None = None) -> float:
        return (time.time() if now is None else now) - self.ts

    def to_json(self) -> dict[str, Any]:
        return {
            "node": self.node, "source": self.source, "ts": self.ts, "max_c": self.max_c,
            "gpus": [g.to_json() for g in self.gpus], "error": self.error, "warnings": list(self.warnings),
        }


# What a working sensor can report; anything else is a fault, not a reading.
_PLAUSIBLE: dict[str, tuple[Callable[[float], bool], str]] = {
    "temperature_c": (lambda v: 0 < v < 150, "between 0 and 150 °C"),
    "utilisation_pct": (lambda v: 0 <= v <= 100, "between 0 and 100 %"),
    "memory_used_mb": (lambda v: 0 <= v <= 16_000_000, "between 0 and 16 TiB"),
    "memory_total_mb": (lambda v: 0 < v <= 16_000_000, "between 0 and 16 TiB"),
    "power_w": (lambda v: 0 <= v <= 5_000, "between 0 and 5000 W"),
    "fan_pct": (lambda v: 0 <= v <= 100, "between 0 and 100 %"),
}


def gpu_reading(index: int, name: str, warnings: list[str], **values: float | None) -> GpuReading:
    """A GpuReading from raw sensor values (keyword names as in GpuReading);
    implausible ones become None and a line in `warnings`."""
    kept: dict[str, float | None] = {}
    for key, value in values.items():
        check, expected = _PLAUSIBLE[key]
        if value is not None and (math.isnan(value) or not check(value)):
            warnings.append(f"GPU {index}: {key} = {value:g} ignored (expected {expected})")
            value = None
        kept[key] = value
    temperature = kept.pop("temperature_c", None)
    return GpuReading(index, name, temperature, **kept)


class GpuUnavailable(Exception):
    """A local source cannot read GPUs on this machine (no driver, no tool)."""


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
