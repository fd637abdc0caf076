"""The GPU heat map: nodes × GPUs as coloured cells on the thermal
thresholds, with utilisation, memory, power and a one-line history per GPU;
zoomed (F6), each GPU's temperature, utilisation and power over the last
minutes as charts (`gpu_chart`).

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

from .gpu_chart import gpu_charts
from .palette import PLAIN, Palette, palette_of

METRICS = ("temperature", "utilisation", "power")
HISTORY = 150  # readings kept per GPU: 5 minutes at the default 2 s poll
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


def gpu_cells(gpus: Sequence[GpuReading], metric: str, thresholds: Thresholds, palette: Palette, power_max: float, width: int) -> Text:
    """A node's GPUs as coloured cells, as many lines as `width` needs: never one cut off."""
    values = [metric_text(metric_value(gpu, metric), metric) for gpu in gpus]
    cell = max((len(v) for v in values), default=1) + 2
    if cell + 1 > width:
        cell = width - 1
    per_line = max(1, (width + 1) // (cell + 1))
    cells = Text()
    for i, (gpu, value) in enumerate(zip(gpus, values, strict=True)):
        if i and i % per_line == 0:
            cells.append("\n")
        elif i:
            cells.append(" ")
        cells.append(f"{value:^{cell}}", style=cell_style(gpu, metric, thresholds, palette, power_max))
    return cells


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


def thermal_head(level: str, max_c: float | None, thresholds: Thresholds, palette: Palette) -> Text:
    """"thermal NORMAL · hottest 62 °C · 75/85 °C"."""
    level_colour = {"normal": palette.ok, "warning": palette.warning, "critical": palette.error}.get(level, palette.muted)
    head = Text("thermal ")
    head.append(level.upper(), style=f"bold {level_colour}")
    head.append(f" · hottest {max_c:.0f} °C" if max_c is not None else " · no GPU data", style=palette.text)
    head.append(f" · {thresholds.warning_c:g}/{thresholds.critical_c:g} °C", style=palette.muted)
    return head


def span_text(seconds: float) -> str:
    """How far back the history goes: "last 40 s", "last 4 min"."""
    return f"last {seconds:.0f} s" if seconds < 90 else f"last {seconds / 60:.0f} min"


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
    head = thermal_head(level, max_c, thresholds, palette)
    head.append(f" · {metric}", style=palette.muted)

    name_width = max((len(n.name) for n in nodes), default=1)
    matrix = Table.grid(padding=(0, 1))
    matrix.add_column(no_wrap=True, style="bold", width=name_width)
    matrix.add_column(ratio=1)
    fresh: list[tuple[str, GpuReading]] = []
    cells_width = max(6, width - name_width - 1)
    for node in nodes:
        reading = readings.get(node.name)
        why = _no_data(node, reading, now, (reasons or {}).get(node.name))
        if why is not None or reading is None:
            # Wrapped, not cut: the reason is what the user needs to fix it.
            matrix.add_row(Text(node.name), Text(why or "no GPU data", style=palette.muted))
            continue
        matrix.add_row(Text(node.name), gpu_cells(reading.gpus, metric, thresholds, palette, power_max, cells_width))
        fresh.extend((node.name, gpu) for gpu in reading.gpus)
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
    zoomed: reactive[bool] = reactive(False)  # its pane has the whole screen: charts instead of cells

    def __init__(self, nodes: Iterable[NodeInfo], thresholds: Thresholds, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.nodes = list(nodes)
        self.thresholds = thresholds
        self.readings: dict[str, NodeReading] = {}
        self.history: dict[tuple[str, int], deque[GpuReading]] = {}
        self.history_ts: dict[str, deque[float]] = {}  # when each node's readings kept were taken
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
            self.history_ts.setdefault(name, deque(maxlen=HISTORY)).append(reading.ts)
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

    def on_mount(self) -> None:
        self.watch(self.screen, "maximized", self._maximized)

    def _maximized(self, widget: Widget | None) -> None:
        self.zoomed = widget is not None and widget in self.ancestors_with_self

    def render(self) -> RenderableType:
        if self.zoomed:
            return self.render_charts()
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

    def render_charts(self) -> RenderableType:
        """Zoomed: nodes × GPUs, each GPU's temperature, utilisation and power as charts."""
        palette = palette_of(self)
        now = time.time()
        gpus: list[tuple[str, GpuReading]] = []
        missing: list[Text] = []
        for node in self.nodes:
            reading = self.readings.get(node.name)
            why = _no_data(node, reading, now, self.reasons.get(node.name))
            if why is not None or reading is None:
                missing.append(Text.assemble((f"{node.name} ", "bold"), (why or "no GPU data", palette.muted)))
            else:
                gpus.extend((node.name, gpu) for gpu in reading.gpus)
        stamps = [ts for past in self.history_ts.values() for ts in past]
        span = span_text(max(stamps) - min(stamps)) if len(stamps) > 1 else "one reading so far"
        head = thermal_head(self.level, self.max_c, self.thresholds, palette)
        head.append(f" · {span} · F6 back to the heat map", style=palette.muted)
        colours = {(name, gpu.index): {"normal": palette.ok, "warning": palette.warning, "critical": palette.error}.get(
            temperature_band(gpu.temperature_c, self.thresholds), palette.muted) for name, gpu in gpus}
        height = max(4, self.size.height - 2 - len(missing))
        charts = gpu_charts(gpus, self.history, width=self.size.width, height=height, temp_colour=colours, palette=palette)
        return Group(head, Text(""), charts, *missing)
