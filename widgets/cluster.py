"""The cluster pane: every node with its reachability, loaded model,
latency, requests in flight and cooldown.

`node_rows` reads what the node pool knows (health, cooldown, in flight)
and the last probe (`core.cluster.status`'s document); the cluster monitor
will feed the same pool and probe document when it lands.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from jarvis_tui.core.config import CLAUDE, EMBEDDED

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.nodes import NodePool

from .palette import PLAIN, Palette, palette_of


@dataclass(frozen=True)
class NodeRow:
    name: str
    kind: str
    state: str  # up | down | cooling | disabled | unknown
    model: str
    latency_ms: float | None
    in_flight: int
    cooldown_s: float
    reason: str | None

    @property
    def counts(self) -> bool:
        """Whether the node is part of the cluster (disabled nodes are not)."""
        return self.state != "disabled"


def node_rows(pool: NodePool, status: Mapping[str, Any] | None) -> list[NodeRow]:
    """One row per node: the configured ones, then CLAUDE (when its key is set) and EMBEDDED.

    `status` is the cluster status document (`core.cluster.report`): its
    `reachable` is None for a node not probed yet. Requests in flight and
    cooldowns are read live from the pool."""
    entries = {entry["name"]: entry for entry in (status or {}).get("nodes", ())}
    names = [n.name for n in pool.config.nodes] + ([CLAUDE] if pool.claude_on else []) + [EMBEDDED]
    rows = []
    for name in names:
        node = pool.config.node(name)
        entry = entries.get(name, {})
        health = pool.health.get(name)
        cooling = pool.cooling(name) if health is not None else 0.0
        kind = node.kind if node else ("anthropic" if name == CLAUDE else "embedded")
        reason = entry.get("error") or (health.last_error if health else None)
        if node is not None and not node.available:
            state, reason = "disabled", ("disabled in the config" if not node.enabled else f"{node.api_key_env} is not set")
        elif name == EMBEDDED and not pool.embedded_on:
            state, reason = "disabled", pool.embedded_reason
        elif entry.get("reachable") is False:
            state = "down"
        elif cooling > 0:
            state, reason = "cooling", (health.last_error if health else None) or reason
        elif entry.get("reachable") is None:
            state = "unknown"
        else:
            state, reason = "up", None
        loaded = entry.get("loaded") or []
        model = ", ".join(loaded) if loaded else (entry.get("model") or pool.default_model(name) if state != "disabled" else (node.model if node else ""))
        latency = health.latency_ms if health and health.latency_ms is not None else entry.get("latency_ms")
        rows.append(NodeRow(name, kind, state, model or "", latency, health.in_flight if health else 0, cooling, reason))
    return rows


def summary(rows: list[NodeRow]) -> tuple[int, int]:
    """(nodes up, nodes in the cluster)."""
    counted = [r for r in rows if r.counts]
    return sum(r.state == "up" for r in counted), len(counted)


def down_message(rows: list[NodeRow]) -> str | None:
    """A clear sentence when no node can answer, naming each node and why; None otherwise."""
    counted = [r for r in rows if r.counts]
    if not counted or any(r.state in ("up", "unknown") for r in counted):
        return None
    why = "; ".join(f"{r.name}: {r.reason or r.state}" for r in counted)
    return f"No node is reachable, so requests will fail until one comes back. {why}"


@dataclass(frozen=True)
class Notice:
    """The line above the prompt: what the user must know about the cluster now."""

    text: str
    level: str  # warning (answers come from the offline fallback) | error (no answer possible)
    short: str = ""  # for a small terminal, where five lines of notice hide the answers; empty: the text


def cluster_notice(rows: list[NodeRow], *, config_source: str, config_path: str) -> Notice | None:
    """Say plainly when answers come from the offline fallback (EMBEDDED) and
    why, or that none can come; with no config file, how to configure one.

    `config_source` is the file the config was read from ("built-in
    defaults" when there is none); `config_path` is where the user's file goes."""
    configured = [r for r in rows if r.counts and r.name != EMBEDDED and r.kind != "anthropic"]
    if any(r.state in ("up", "unknown") for r in configured) or any(r.state == "up" for r in rows if r.kind == "anthropic"):
        return None
    no_config = config_source == "built-in defaults"
    how = f" Your servers: jarvis-tui --init finds them, or write {config_path}." if no_config else ""
    embedded = next((r for r in rows if r.name == EMBEDDED), None)
    if embedded is not None and embedded.state == "up":
        # What happens first, then why: a narrow notice cuts its end.
        model = f" ({embedded.model})" if embedded.model else ""
        if no_config:
            why, brief = "no cluster is configured", "no cluster configured: jarvis-tui --init"
        elif not configured:
            why = brief = f"{config_source} lists no node"
        else:
            why, brief = f"every node is down ({', '.join(r.name for r in configured)}; the Cluster pane says why)", "every node is down"
        return Notice(f"Answering offline with the small embedded model{model}: {why}.{how}", "warning", f"Offline: the embedded model answers ({brief}).")
    down = down_message(rows)
    return Notice(down + how, "error") if down else None


BACK_UP_SHOWN = 3  # latest "back up" notices kept under the table


def back_up_text(node: str, down_s: float, ts: float) -> str:
    """"M1 back up at 14:02:11 after 42 s out"."""
    out = f"{down_s:.0f} s" if down_s < 120 else f"{down_s / 60:.0f} min"
    return f"{node} back up at {time.strftime('%H:%M:%S', time.localtime(ts))} after {out} out"


STATE_LABELS = {"up": "up", "down": "down", "cooling": "cool", "disabled": "off", "unknown": "?"}


def cluster_table(rows: list[NodeRow], *, back_up: Sequence[str] = (), palette: Palette = PLAIN) -> Group:
    """The nodes as a table, one line per node that is not up, saying why,
    then the latest "back up" notices."""
    colours = {"up": palette.ok, "down": palette.error, "cooling": palette.warning, "disabled": palette.muted, "unknown": palette.muted}
    # One space between columns, and a model name too long for the pane
    # wraps onto a second line rather than losing its end.
    table = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, header_style=palette.muted, expand=True)
    table.add_column("node", no_wrap=True, style="bold", max_width=10)
    table.add_column("state", no_wrap=True)
    table.add_column("ms", justify="right", no_wrap=True)
    table.add_column("run", justify="right", no_wrap=True)
    table.add_column("model", overflow="fold", ratio=1, min_width=8)
    reasons = []
    for row in rows:
        label = Text(f"● {STATE_LABELS[row.state]}" + (f" {row.cooldown_s:.0f}s" if row.state == "cooling" else ""), style=colours[row.state])
        latency = "-" if row.latency_ms is None else f"{row.latency_ms:.0f}"
        # Names come from servers and configs: Text, never markup.
        table.add_row(Text(row.name), label, latency, str(row.in_flight) if row.in_flight else "-", Text(row.model))
        if row.reason and row.state not in ("up", "unknown"):
            # Wrapped, not cut: the reason is what the user acts on.
            reasons.append(Text(f"{row.name}: {row.reason}", style=colours[row.state] if row.state != "disabled" else palette.muted))
    news = [Text(f"↑ {line}", style=palette.ok, overflow="ellipsis", no_wrap=True) for line in back_up]
    return Group(table, *([Text(""), *reasons] if reasons else []), *([Text(""), *news] if news else []))


class ClusterTable(Static, can_focus=True):
    """Draws `cluster_table` for the rows it is given."""

    DEFAULT_CSS = """
    ClusterTable { height: 1fr; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[NodeRow] = []
        self.back_up: deque[str] = deque(maxlen=BACK_UP_SHOWN)

    def show_rows(self, rows: list[NodeRow]) -> None:
        if rows != self.rows:
            self.rows = rows
            self.redraw()

    def node_back_up(self, node: str, down_s: float, ts: float) -> str:
        """Note that a node answers again (a NodeBackUp event); the sentence shown."""
        line = back_up_text(node, down_s, ts)
        self.back_up.append(line)
        self.redraw()
        return line

    def redraw(self) -> None:
        self.update(cluster_table(self.rows, back_up=list(self.back_up), palette=palette_of(self)))
