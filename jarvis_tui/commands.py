"""Every cockpit action in one table: the key bindings, the footer, the help
screen and the command palette (Ctrl+P) are all built from it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider


@dataclass(frozen=True)
class Action:
    key: str  # Textual key names, comma-separated
    action: str  # an app action, with its arguments
    title: str  # footer and palette
    help: str  # help screen and palette
    footer: bool = True
    key_display: str | None = None
    group: str | None = None  # bindings shown together in the footer


ACTIONS: tuple[Action, ...] = (
    Action("f1", "help", "Help", "show every key, mode and pane"),
    Action("escape", "cancel", "Cancel", "cancel the request in flight", key_display="esc"),
    Action("ctrl+t", "talk", "Talk", "voice push-to-talk"),
    Action("f2", "mode('commander')", "Commander", "commander mode: typed requests (-c)", group="Modes"),
    Action("f3", "mode('voice')", "Voice", "voice push-to-talk mode (-v)", group="Modes"),
    Action("f4", "mode('keyboard')", "Kbd+speech", "keyboard + speech mode: answers spoken (-k)", group="Modes"),
    Action("f5", "mode('ollama')", "Ollama", "Ollama commander mode: the Ollama model dispatches the work (-o)", group="Modes"),
    Action("f6", "zoom", "Zoom", "zoom the focused pane full-screen, or restore it"),
    Action("f7", "metric", "Metric", "heat map metric: temperature → utilisation → power"),
    Action("f8", "search", "Search", "search past conversations"),
    Action("f9", "export", "Export", "export this conversation to Markdown"),
    Action("alt+1", "focus_pane('conversation')", "Conversation", "focus the conversation and the prompt", footer=False),
    Action("alt+2", "focus_pane('plan')", "Plan", "focus the dispatch plan tree", footer=False),
    Action("alt+3", "focus_pane('streams')", "Streams", "focus the agent streams", footer=False),
    Action("alt+4", "focus_pane('gpu')", "GPU", "focus the GPU heat map", footer=False),
    Action("alt+5", "focus_pane('cluster')", "Cluster", "focus the cluster pane", footer=False),
    Action("alt+6", "focus_pane('trading')", "Trading", "focus the trading book", footer=False),
    Action("ctrl+q", "quit", "Quit", "quit jarvis-tui", footer=False),
)


def bindings() -> list[Binding]:
    """The app's BINDINGS. F-keys take priority (the prompt binds F6 and F7 to
    selections); under a modal screen `JarvisApp.check_action` lets them through."""
    return [
        Binding(
            a.key,
            a.action,
            a.title,
            show=a.footer,
            key_display=a.key_display,
            priority=a.key.startswith("f"),
            group=Binding.Group(a.group) if a.group else None,
        )
        for a in ACTIONS
        if a.action != "quit"  # Textual's own ctrl+q binding stays
    ]


def help_keys() -> list[tuple[str, str, str]]:
    """(key, title, description) rows for the help screen."""
    rows = [(a.key_display or a.key, a.title, a.help) for a in ACTIONS]
    return [*rows, ("ctrl+p", "Palette", "every action, and themes"), ("tab", "Next", "focus the next widget")]


class CockpitCommands(Provider):
    """The palette's cockpit section: every action of the table, by title."""

    def _commands(self) -> list[tuple[str, str, str]]:
        return [(a.title if a.footer else f"Focus {a.title}" if a.action.startswith("focus") else a.title, a.help, a.action) for a in ACTIONS]

    async def discover(self) -> Hits:
        for title, help_text, action in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in self._commands():
            score = max(matcher.match(title), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action), text=title, help=help_text)
