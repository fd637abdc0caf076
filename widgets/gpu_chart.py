"""GPU history as charts: for each GPU of each node, its temperature,
utilisation and power over the readings kept, drawn as line charts in
Unicode braille (2 × 4 dots a cell), side by side. The heat map draws this
when it is zoomed (F6); pure functions, so they are tested without an app."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from jarvis_tui.core.cluster.gpu.readings import GpuReading

from .palette import PLAIN, Palette

BRAILLE_BASE = 0x2800
# Dot bits of a braille cell, by (column, row from the top).
DOTS = ((0x01, 0x02, 0x04, 0x40), (0x08, 0x10, 0x20, 0x80))
AXIS_WIDTH = 5  # "100┤"
UNITS = {"temperature": "°C", "utilisation": "%", "power": "W"}


def braille_chart(values: Sequence[float | None], width: int, height: int, low: float, high: float) -> list[str]:
    """`height` rows of `width` braille cells (U+2800 + dots): the last `2 × width` values as
    a line between `low` (bottom) and `high` (top), right-aligned; a None
    leaves a gap. Consecutive points are joined by a vertical run of dots so
    that a jump stays a line."""
    columns, rows = width * 2, height * 4
    cells = [[0] * width for _ in range(height)]
    points = list(values)[-columns:]
    offset = columns - len(points)
    span = max(high - low, 1e-9)
    previous: int | None = None
    for i, value in enumerate(points):
        if value is None:
            previous = None
            continue
        share = min(max((value - low) / span, 0.0), 1.0)
        y = (rows - 1) - round(share * (rows - 1))  # dot row from the top
        x = offset + i
        top, bottom = (y, y) if previous is None else (min(y, previous), max(y, previous))
        for dot_y in range(top, bottom + 1):
            cells[dot_y // 4][x // 2] |= DOTS[x % 2][dot_y % 4]
        previous = y
    # Empty cells are the blank braille character, not spaces: no renderer collapses them.
    return ["".join(chr(BRAILLE_BASE + bits) for bits in row) for row in cells]


def metric_series(history: Sequence[GpuReading], metric: str) -> list[float | None]:
    return [{"temperature": g.temperature_c, "utilisation": g.utilisation_pct, "power": g.power_w}[metric] for g in history]


def metric_range(metric: str, series: Sequence[float | None], power_max: float) -> tuple[float, float]:
    """The chart's vertical scale: fixed for temperature and utilisation (so
    charts compare at a glance), the cluster's highest power for power."""
    if metric == "temperature":
        seen = [v for v in series if v is not None]
        return (min(20.0, *seen) if seen else 20.0, max(100.0, *seen) if seen else 100.0)
    if metric == "utilisation":
        return 0.0, 100.0
    return 0.0, max(power_max, 1.0)


def _axis(value: float) -> str:
    return f"{value:>{AXIS_WIDTH - 1}.0f}┤"


def chart_block(series: Sequence[float | None], metric: str, width: int, height: int, low: float, high: float, colour: str, palette: Palette) -> Text:
    """One metric's chart with its scale on the left: `height` lines."""
    rows = braille_chart(series, max(1, width - AXIS_WIDTH), height, low, high)
    text = Text()
    for i, row in enumerate(rows):
        label = _axis(high) if i == 0 else _axis(low) if i == len(rows) - 1 else " " * (AXIS_WIDTH - 1) + "│"
        if i:
            text.append("\n")
        text.append(label, style=palette.muted)
        text.append(row, style=colour)
    return text


def _title(metric: str, series: Sequence[float | None]) -> Text:
    seen = [v for v in series if v is not None]
    unit = UNITS[metric]
    text = Text(f"{metric} ", style="bold")
    if seen:
        text.append(f"{seen[-1]:.0f} {unit}")
        text.append(f"  min {min(seen):.0f} · max {max(seen):.0f}", style="dim")
    else:
        text.append("no readings", style="dim")
    return text


def gpu_charts(
    gpus: Sequence[tuple[str, GpuReading]],
    history: Mapping[tuple[str, int], Sequence[GpuReading]],
    *,
    width: int,
    height: int,
    temp_colour: Mapping[tuple[str, int], str],
    palette: Palette = PLAIN,
    span: str = "",
) -> RenderableType:
    """Every GPU (node name, latest reading) as a title line and three charts
    side by side, sized to fill `width` × `height`; GPUs that do not fit are counted."""
    if not gpus:
        return Text("no GPU history yet", style=palette.muted)
    power_max = max((g.power_w or 0.0 for past in history.values() for g in past), default=0.0)
    chart_rows = max(1, min(6, height // len(gpus) - 3))  # besides the charts: a name, the titles and a blank line per GPU
    shown = max(1, min(len(gpus), height // (chart_rows + 3)))
    chart_width = max(AXIS_WIDTH + 4, (width - 4) // 3)
    parts: list[RenderableType] = []
    for node, gpu in gpus[:shown]:
        past = history.get((node, gpu.index), ())
        parts.append(Text.assemble((f"{node}/{gpu.index} ", "bold"), (gpu.name, palette.muted), (f"  {span}" if span else "", palette.muted)))
        grid = Table.grid(padding=(0, 2))
        titles, charts = [], []
        for metric in ("temperature", "utilisation", "power"):
            series = metric_series(past, metric)
            low, high = metric_range(metric, series, power_max)
            colour = temp_colour.get((node, gpu.index), palette.accent) if metric == "temperature" else palette.accent
            titles.append(_title(metric, series))
            charts.append(chart_block(series, metric, chart_width, chart_rows, low, high, colour, palette))
        for _ in titles:
            grid.add_column(width=chart_width, no_wrap=True)
        grid.add_row(*titles)
        grid.add_row(*charts)
        parts += [grid, Text("")]
    if shown < len(gpus):
        parts.append(Text(f"… {len(gpus) - shown} more GPU{'s' * (len(gpus) - shown > 1)}: a taller terminal shows them", style=palette.muted))
    return Group(*parts)
