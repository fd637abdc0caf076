"""The help screen: every key, the modes and the panes, from the same table
the footer and the command palette read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

MODES = (
    ("commander", "-c", "typed requests; Claude commands when ANTHROPIC_API_KEY is set, else the local pipeline"),
    ("voice", "-v", "press Ctrl+T, speak, press it again (or say \"hey jarvis\" with [voice] wake_word = true); answers spoken"),
    ("keyboard", "-k", "typed requests, answers spoken aloud; Ctrl+T still listens, and stops the speech"),
    ("ollama", "-o", "the Ollama model is the commander: it dispatches the work through its tools"),
)
PANES = (
    ("Conversation", "your requests and the synthesised answers, with [agent/node:model] chips and the score"),
    ("Plan", "the request's units: role, agent, node, model, state, latency, score, cycle, failovers"),
    ("Streams", "each unit's raw tokens as they arrive; select a unit in the plan to bring its stream forward"),
    ("GPU", "nodes × GPUs coloured on the thermal thresholds, with history; the metric key cycles °C / % / W"),
    ("Cluster", "nodes: reachability, loaded model, latency, requests in flight, cooldown"),
    ("Trading", "mode (PAPER / LIVE), wallet, positions with PnL, pending signals, protections; keys: S scan now, ↑↓ select, "
                "x close, K kill switch, R resume after a halt, L confirm live"),
)


def help_renderable(keys: Iterable[tuple[str, str, str]]) -> Group:
    """Keys (key, title, description), then modes and panes."""
    table = Table(box=None, padding=(0, 2), show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(style="dim")
    # Text, not str: a description such as "[agent/node:model]" is not markup.
    for key, title, description in keys:
        table.add_row(key, title, Text(description))
    modes = Table(box=None, padding=(0, 2), show_header=False)
    modes.add_column(style="bold", no_wrap=True)
    modes.add_column(no_wrap=True)
    modes.add_column(style="dim")
    for name, flag, description in MODES:
        modes.add_row(name, f"jarvis-tui {flag}", Text(description))
    panes = Table(box=None, padding=(0, 2), show_header=False)
    panes.add_column(style="bold", no_wrap=True)
    panes.add_column(style="dim")
    for name, description in PANES:
        panes.add_row(name, Text(description))
    return Group(
        Text("Keys", style="bold underline"), table, Text(""),
        Text("Modes", style="bold underline"), modes, Text(""),
        Text("Panes", style="bold underline"), panes, Text(""),
        Text("Ctrl+P opens the command palette with every action above, and themes.", style="dim"),
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 120; height: 90%;
        border: round $accent; border-title-color: $accent;
        background: $surface; padding: 0 1;
    }
    """

    def __init__(self, keys: Iterable[tuple[str, str, str]]) -> None:
        super().__init__()
        self.keys = list(keys)

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "jarvis-tui help · Esc closes"
            yield Static(help_renderable(self.keys))
