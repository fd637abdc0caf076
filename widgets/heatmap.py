"""The GPU heat map: nodes × GPUs as coloured cells on the thermal
thresholds, with utilisation, memory, power and a short history per GPU.

Readings come from any `ReadingSource` (the cluster monitor, a test's
static readings); the app polls it and hands the result here. Pure
functions build the renderable; the widget keeps the history and redraws.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading

from .palette import PLAIN, Palette, palette_of

METRICS = ("temperature", "utilisation", "power")
HISTORY = 60  # readings kept per GPU
STALE_S = 30.0  # as the thermal governor: older readings count as unknown
BARS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class NodeInfo:
    """What the heat map needs to know of a configured node."""

    name: str
    gpu_metrics: str | None = None


@dataclass(frozen=True)
class Thresholds:
    warning_c: float = 75.0
    critical_c: float = 85.0


DEFAULT_THRESHOLDS = Thresholds()


def metric_value(gpu: GpuReading, metric: str) -> float | None:
    return {"temperature": gpu.temperature_c, "utilisation": gpu.utilisation_pct, "power": gpu.power_w}[metric]


def metric_text(value: float | None, metric: str) -> str:
    if value is None:
        return "?"
    return {"temperature": f"{value:.0f}°", "utilisation": f"{value:.0f}%", "power": f"{value:.0f}W"}[metric]


def temperature_band(temp: float | None, thresholds: Thresholds) -> str:
    """normal | warning | critical | unknown, on the configured thresholds."""
    if temp is None:
        return "unknown"
    if temp >= thresholds.critical_c:
        return "critical"
    return "warning" if temp >= thresholds.warning_c else "normal"


def cell_style(gpu: GpuReading, metric: str, thresholds: Thresholds, palette: Palette, power_max: float) -> str:
    """A cell's colours: temperature on the thresholds; utilisation and power by level."""
    if metric == "temperature":
        band = temperature_band(gpu.temperature_c, thresholds)
        background = {"normal": palette.ok_bg, "warning": palette.warning_bg, "critical": palette.error_bg}.get(band)
        return f"bold black on {background}" if background else palette.muted
    value = metric_value(gpu, metric)
    if value is None:
        return palette.muted
    share = value / 100 if metric == "utilisation" else value / power_max if power_max else 0.0
    if share >= 0.85:
        return f"bold black on {palette.error_bg}"
    if share >= 0.5:
        return f"bold black on {palette.warning_bg}"
    return f"bold black on {palette.ok_bg}" if share >= 0.1 else f"on {palette.muted}"


def sparkline(values: Sequence[float | None], width: int, low: float, high: float) -> str:
    """The last `width` values as block characters between `low` and `high`."""
    out = []
    span = max(high - low, 1e-9)
    for value in list(values)[-width:]:
        if value is None:
            out.append(" ")
        else:
            share = min(max((value - low) / span, 0.0), 1.0)
            out.append(BARS[round(share * (len(BARS) - 1))])
    return "".join(out)


def _range(metric: str, power_max: float) -> tuple[float, float]:
    return {"temperature": (20.0, 100.0), "utilisation": (0.0, 100.0), "power": (0.0, power_max or 1.0)}[metric]


def _no_data(node: NodeInfo, reading: NodeReading | None, now: float, reason: str | None) -> str | None:
    """Why a node has no usable GPU data, or None when it has some."""
    if reading is not None and reading.gpus:
        age = reading.age_s(now)
        return f"no GPU data (last reading {age:.0f} s old)" if age > STALE_S else None
    if reason:
        return f"no GPU data ({reason})"
    return "no GPU data" + ("" if node.gpu_metrics else " (gpu_metrics not set)")


def heatmap(
    nodes: Iterable[NodeInfo],
    readings: Mapping[str, NodeReading],
    history: Mapping[tuple[str, int], Sequence[GpuReading]],
    *,
    reasons: Mapping[str, str] | None = None,
    metric: str = "temperature",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    level: str = "normal",
    max_c: float | None = None,
    detail: bool = True,
    width: int = 80,
    palette: Palette = PLAIN,
    now: float | None = None,
) -> RenderableType:
    """The whole pane: the cluster's thermal level, the matrix, and per-GPU detail."""
    now = time.time() if now is None else now
    nodes = list(nodes)
    power_max = max((g.power_w or 0.0 for r in readings.values() for g in r.gpus), default=0.0)
    level_colour = {"normal": palette.ok, "warning": palette.warning, "critical": palette.error}.get(level, palette.muted)
    head = Text("thermal ")
    head.append(level.upper(), style=f"bold {level_colour}")
    head.append(f" · hottest {max_c:.0f} °C" if max_c is not None else " · no GPU data", style=palette.text)
    head.append(f" · {thresholds.warning_c:g}/{thresholds.critical_c:g} °C · {metric}", style=palette.muted)

    matrix = Table.grid(padding=(0, 1))
    matrix.add_column(no_wrap=True, style="bold", min_width=min(10, max((len(n.name) for n in nodes), default=1)))
    matrix.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    fresh: list[tuple[str, GpuReading]] = []
    for node in nodes:
        reading = readings.get(node.name)
        why = _no_data(node, reading, now, (reasons or {}).get(node.name))
        if why is not None or reading is None:
            matrix.add_row(Text(node.name), Text(why or "no GPU data", style=palette.muted, no_wrap=True, overflow="ellipsis"))
            continue
        cells = Text()
        for gpu in reading.gpus:
            value = metric_text(metric_value(gpu, metric), metric)
            cells.append(f"{value:^6}", style=cell_style(gpu, metric, thresholds, palette, power_max))
            cells.append(" ")
            fresh.append((node.name, gpu))
        matrix.add_row(Text(node.name), cells)
    if not detail or not fresh:
        return Group(head, matrix)

    low, high = _range(metric, power_max)
    wide = width >= 72  # room for GPU names and full memory figures
    spark_width = max(4, min(HISTORY, width - (58 if wide else 32)))
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style=palette.muted, expand=False)
    for name, justify in (("GPU", "left"), ("°C", "right"), ("util", "right"), ("mem", "right"), ("power", "right"), (metric[:4] + ".", "left")):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for node_name, gpu in fresh:
        band = temperature_band(gpu.temperature_c, thresholds)
        temp_colour = {"normal": palette.ok, "warning": palette.warning, "critical": palette.error}.get(band, palette.muted)
        memory = "?"
        if gpu.memory_used_mb is not None and gpu.memory_total_mb:
            used, total = gpu.memory_used_mb / 1024, gpu.memory_total_mb / 1024
            memory = f"{used:.1f}/{total:.0f} GB" if wide else f"{used:.0f}G"
        past = [metric_value(g, metric) for g in history.get((node_name, gpu.index), ())]
        table.add_row(
            Text(f"{node_name}/{gpu.index} {gpu.name}"[:20] if wide else f"{node_name}/{gpu.index}"),  # exporter text: never markup
            Text("?" if gpu.temperature_c is None else f"{gpu.temperature_c:.0f}", style=temp_colour),
            "?" if gpu.utilisation_pct is None else f"{gpu.utilisation_pct:.0f}%",
            memory,
            "?" if gpu.power_w is None else f"{gpu.power_w:.0f}W",
            Text(sparkline(past, spark_width, low, high), style=palette.accent),
        )
    return Group(head, matrix, Text(""), table)


class GpuHeatMap(Widget, can_focus=True):
    """Keeps a short history per GPU and draws `heatmap()` at its size."""

    DEFAULT_CSS = """
    GpuHeatMap { height: 1fr; padding: 0 1; }
    """

    metric: reactive[str] = reactive("temperature")

    def __init__(self, nodes: Iterable[NodeInfo], thresholds: Thresholds, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.nodes = list(nodes)
        self.thresholds = thresholds
        self.readings: dict[str, NodeReading] = {}
        self.history: dict[tuple[str, int], deque[GpuReading]] = {}
        self.level = "normal"
        self.max_c: float | None = None
        self.reasons: dict[str, str] = {}  # why a node has no GPU data, from the monitor

    def update_readings(self, readings: Mapping[str, NodeReading], level: str, max_c: float | None) -> None:
        """Take the latest readings; a reading seen before adds nothing to the history."""
        changed = (level, max_c) != (self.level, self.max_c)
        for name, reading in readings.items():
            if self.readings.get(name) is reading or (name in self.readings and self.readings[name].ts == reading.ts):
                continue
            changed = True
            self.readings[name] = reading
            for gpu in reading.gpus:
                self.history.setdefault((name, gpu.index), deque(maxlen=HISTORY)).append(gpu)
        self.level, self.max_c = level, max_c
        if changed:
            self.refresh()

    def set_reasons(self, reasons: dict[str, str]) -> None:
        """Why nodes have no GPU data (the monitor's GPU errors)."""
        if reasons != self.reasons:
            self.reasons = reasons
            self.refresh()

    def next_metric(self) -> str:
        self.metric = METRICS[(METRICS.index(self.metric) + 1) % len(METRICS)]
        return self.metric

    def render(self) -> RenderableType:
        gpus = sum(len(r.gpus) for r in self.readings.values())
        return heatmap(
            self.nodes,
            self.readings,
            self.history,
            reasons=self.reasons,
            metric=self.metric,
            thresholds=self.thresholds,
            level=self.level,
            max_c=self.max_c,
            detail=self.size.height >= len(self.nodes) + gpus + 4,
            width=self.size.width,
            palette=palette_of(self),
        )
