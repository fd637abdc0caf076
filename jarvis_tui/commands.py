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
    narrow: bool = True  # in the footer below 110 columns too (F1 lists every key anyway)


# (digit, pane, title, what it is) of each pane: Alt+digit and Ctrl+G digit focus it.
PANE_KEYS = (
    ("1", "conversation", "Conversation", "the conversation and the prompt"),
    ("2", "plan", "Plan", "the dispatch plan tree"),
    ("3", "streams", "Streams", "the agent streams"),
    ("4", "gpu", "GPU", "the GPU heat map"),
    ("5", "cluster", "Cluster", "the cluster pane"),
    ("6", "trading", "Trading", "the trading book"),
)

ACTIONS: tuple[Action, ...] = (
    Action("f1", "help", "Help", "show every key, mode and pane"),
    Action("escape", "cancel", "Cancel", "cancel the request in flight", key_display="esc"),
    Action("ctrl+t", "talk", "Talk", "voice push-to-talk", narrow=False),
    Action("f2", "mode('commander')", "Commander", "commander mode: typed requests (-c)", group="Modes", narrow=False),
    Action("f3", "mode('voice')", "Voice", "voice push-to-talk mode (-v)", group="Modes", narrow=False),
    Action("f4", "mode('keyboard')", "Kbd+speech", "keyboard + speech mode: answers spoken (-k)", group="Modes", narrow=False),
    Action("f5", "mode('ollama')", "Ollama", "Ollama commander mode: the Ollama model dispatches the work (-o)", group="Modes", narrow=False),
    Action("f6", "zoom", "Zoom", "zoom the focused pane full-screen, or restore it"),
    Action("f7", "metric", "Metric", "heat map metric: temperature → utilisation → power", narrow=False),
    Action("f8", "search", "Search", "search past conversations"),
    Action("f9", "export", "Export", "export this conversation to Markdown"),
    Action("f10", "brain", "Brain", "what the brain learnt: per task type and role, the nodes' scores, latency, order and why", footer=False),
    Action("ctrl+g", "go", "Go", "then 1…6: focus a pane, in every terminal (tmux, screen, SSH)", key_display="^g"),
    Action("f12", "next_pane", "Next pane", "focus the next pane: conversation, plan, streams, GPU, cluster, trading", footer=False),
    *(
        Action(f"alt+{digit}", f"focus_pane('{name}')", title, f"focus {what} (also Ctrl+G {digit})", footer=False)
        for digit, name, title, what in PANE_KEYS
    ),
    Action("ctrl+q", "quit", "Quit", "quit jarvis-tui", footer=False),
)


def bindings() -> list[Binding]:
    """The app's BINDINGS. All but Esc take priority: the prompt binds F6 and
    F7 to selections, and keys that arrive in one read (Alt+3 then F6) must act
    in order, which only priority bindings do (the others wait for the
    focused widget to pass the key up). Under a modal screen
    `JarvisApp.check_action` lets them through to the modal."""
    return [
        Binding(
            a.key,
            a.action,
            a.title,
            show=a.footer,
            key_display=a.key_display,
            priority=a.key != "escape",
            group=Binding.Group(a.group) if a.group else None,
        )
        for a in ACTIONS
        if a.action != "quit"  # Textual's own ctrl+q binding stays
    ]


def narrow_hidden() -> frozenset[str]:
    """Actions the footer leaves out when the terminal is narrow."""
    return frozenset(a.action for a in ACTIONS if a.footer and not a.narrow)


def help_keys() -> list[tuple[str, str, str]]:
    """(key, title, description) rows for the help screen."""
    prompt = [
        ("enter", "Send", "send the prompt"),
        ("ctrl+j", "New line", "a new line in the prompt (alt+enter too, where the terminal sends it)"),
        ("↑ / ↓", "History", "on the first / last line of the prompt: walk the prompt history"),
    ]
    panes = ", ".join(f"{digit} {title.lower() if title != 'GPU' else title}" for digit, _, title, _ in PANE_KEYS)
    rows = [(a.key_display or a.key, a.title, a.help) for a in ACTIONS if not a.action.startswith("focus_pane")]
    return [
        *prompt,
        *rows,
        ("alt+1…6", "Panes", f"focus a pane: {panes}; where the terminal keeps Alt, ^g then the digit"),
        ("ctrl+p", "Palette", "every action, your skills (parameters asked first), and themes"),
        ("tab", "Next", "focus the next widget"),
    ]


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
