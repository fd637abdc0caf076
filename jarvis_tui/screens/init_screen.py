"""The first-start offer: with no config file, scan this machine for LLM
servers (as `jarvis-tui --init` does), show what was found and the config it
makes, and write it if the user says so.

Dismisses with the path written, or None (not now, or never again).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import ClassVar

from rich.syntax import Syntax
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, ScrollableContainer, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from jarvis_tui.core.cluster.discover import Discovery, discover
from jarvis_tui.core.cluster.init_config import Proposal, decline_first_run, nothing_found, render, summary, write_config
from jarvis_tui.core.config import ConfigError, user_config_path

Scan = Callable[[], Awaitable[Discovery]]


class InitScreen(ModalScreen[Path | None]):
    """`scan` finds the servers (default: this machine's default ports); `path` is where the config goes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Not now"),
        Binding("w", "write", "Write the config"),
        Binding("n", "never", "Don't ask again"),
    ]
    DEFAULT_CSS = """
    InitScreen { align: center middle; }
    InitScreen > Vertical {
        width: 90%; max-width: 120; height: 90%; border: round $accent;
        border-title-color: $accent; background: $surface; padding: 0 1;
    }
    InitScreen #init-found { height: auto; max-height: 12; }
    InitScreen #init-config { height: 1fr; border: tall $panel; }
    InitScreen Horizontal { height: auto; }
    InitScreen Button { margin: 0 1 0 0; }
    """

    def __init__(self, path: Path | None = None, *, scan: Scan | None = None) -> None:
        super().__init__()
        self.path = path or user_config_path()
        self._scan = scan or discover
        self.proposal: Proposal | None = None

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "No config yet: looking for your LLM servers"
            yield Static(Text("Probing this machine: LM Studio, Ollama, llama.cpp, vLLM, LiteLLM and GPU exporters…"), id="init-found")
            with ScrollableContainer(id="init-config"):
                yield Static(id="init-text")
            with Horizontal():
                yield Button("Write the config (w)", id="init-write", variant="primary", disabled=True)
                yield Button("Not now (Esc)", id="init-later")
                yield Button("Don't ask again (n)", id="init-never")

    def on_mount(self) -> None:
        self.run_scan()

    @work(exclusive=True, exit_on_error=False)
    async def run_scan(self) -> None:
        found = self.query_one("#init-found", Static)
        try:
            discovery = await self._scan()
            proposal = render(discovery)
        except Exception as exc:  # noqa: BLE001 - a bug in the scan must not take the cockpit down
            found.update(Text(f"The scan failed: {type(exc).__name__}: {exc}. From a shell: jarvis-tui --init", style="bold red"))
            return
        self.proposal = proposal
        # Text and Syntax, never markup: model names come from the servers.
        lines = summary(discovery, proposal)
        text = self.query_one("#init-text", Static)
        if proposal.nodes:
            lines.append(f"w writes this config to {self.path}; jarvis-tui uses it from the next start.")
            text.update(Syntax(proposal.text, "toml", background_color="default"))
            write = self.query_one("#init-write", Button)
            write.disabled = False
            write.focus()
        else:
            text.update(Text("\n".join(nothing_found(discovery))))
        found.update(Text("\n".join(lines)))

    def action_write(self) -> None:
        if self.proposal is None or not self.proposal.nodes:
            return
        try:
            written = write_config(self.path, self.proposal.text)
        except (ConfigError, OSError) as exc:
            self.query_one("#init-found", Static).update(Text(f"Not written: {exc}", style="bold red"))
            return
        kept = f" (the previous one is kept as {written.backup.name})" if written.backup else ""
        self.app.notify(f"Wrote {written.path}{kept}. Restart jarvis-tui to use it.", title="Config written", timeout=10)
        self.dismiss(written.path)

    def action_later(self) -> None:
        self.dismiss(None)

    def action_never(self) -> None:
        try:
            decline_first_run(self.path)
        except OSError as exc:
            self.app.notify(f"Could not remember it: {exc}", severity="warning")
        self.dismiss(None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        actions = {"init-write": self.action_write, "init-later": self.action_later, "init-never": self.action_never}
        if event.button.id in actions:
            actions[event.button.id]()
