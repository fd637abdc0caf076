"""The permission modal: a tool that acts on this machine waits for the
user's yes, after being shown exactly what will run (core/tools/permissions)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from jarvis_tui.core.text import printable

if TYPE_CHECKING:
    from jarvis_tui.core.tools import PermissionRequest


def request_renderable(request: PermissionRequest) -> Group:
    """The tool, its tier, who asks, the arguments and the preview: plain text, never markup."""
    head = Text(f"{request.caller} wants to run ", style="bold")
    head.append(request.tool, style="bold reverse")
    head.append(f"  ({request.tier} tool)", style="bold")
    arguments = json.dumps(request.arguments, ensure_ascii=False, indent=2, default=str)
    return Group(
        head,
        Text(printable(request.description), style="dim"),
        Text(""),
        Text("What will run:", style="bold underline"),
        Text(printable(request.preview)),
        Text(""),
        Text("Arguments:", style="bold underline"),
        Text(printable(arguments)),
        Text(""),
        Text("y allows this once · n or Esc refuses", style="bold"),
    )


class PermissionScreen(ModalScreen[bool]):
    """Dismisses with True (y) or False (n, Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", "Allow once"),
        Binding("n,escape", "dismiss(False)", "Refuse"),
    ]
    DEFAULT_CSS = """
    PermissionScreen { align: center middle; }
    PermissionScreen > VerticalScroll {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: thick $warning; border-title-color: $warning; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, request: PermissionRequest) -> None:
        super().__init__()
        self.request = request

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = "Permission needed"
            yield Static(request_renderable(self.request))
