"""The brain's table as the cockpit draws it: for each task type and role,
the order the brain would route in (and the matrix's, when it differs), each
candidate node's observations, failures, mean score, latency and estimate,
and why. A pure function of `brain_status`'s data, no I/O."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from jarvis_tui.core.brain.report import BrainStatus, TableStatus

from .palette import PLAIN, Palette


def _number(value: float | None, form: str) -> str:
    return "-" if value is None else form.format(value)


def table_block(table: TableStatus, palette: Palette = PLAIN) -> Group:
    """One (type, role): a heading with the order, the candidates, the reason."""
    changed = bool(table.order) and bool(table.candidates) and table.order[0] != table.candidates[0]
    head = Text(f"{table.task_type} · {table.role}", style="bold")
    head.append(f"   order {' > '.join(table.order)}", style=palette.warning if changed else palette.accent)
    if changed:
        head.append(f"   (matrix: {' > '.join(table.candidates)})", style=palette.muted)
    arms = Table(box=None, padding=(0, 1), show_edge=False, pad_edge=False, header_style=palette.muted)
    for title, justify in (("node", "left"), ("obs", "right"), ("fail", "right"), ("score", "right"), ("latency", "right"), ("est", "right")):
        arms.add_column(title, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for arm in table.arms:
        failures = Text(str(arm.failures), style=palette.error if arm.failures else "")
        arms.add_row(Text(arm.node), str(arm.observations), failures, _number(arm.mean_score, "{:.2f}"), _number(arm.latency_ms, "{:.0f} ms"), f"{arm.estimate:.2f}")
    indented = Table.grid(padding=(0, 0, 0, 2))  # a wrapped reason stays under its table
    indented.add_row(arms)
    indented.add_row(Text(f"why: {table.why}", style=palette.muted))
    return Group(head, indented)


def brain_renderable(status: BrainStatus, palette: Palette = PLAIN) -> RenderableType:
    """Every table of the brain, with one line about its settings first."""
    state = Text("brain on" if status.enabled else "brain off ([brain] enabled = false): the matrix's order", style="bold")
    state.append(
        f" · {status.observations} observations · exploration {status.exploration:.0%} ({status.explored} of {status.orders} orders)"
        f" · half-life {status.half_life:g} · latency weight {status.latency_weight:g}",
        style=palette.muted,
    )
    blocks: list[RenderableType] = [state, Text("")]
    for table in status.tables:
        blocks += [table_block(table, palette), Text("")]
    if not status.tables:
        blocks.append(Text("no routing matrix entries and no history yet", style=palette.muted))
    return Group(*blocks)
