"""What a system backend returns for a call: a program to run and how to read
its output, or a Python function (psutil) to run in a thread. Either says
exactly what it will do, which is what the cockpit's confirmation shows."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jarvis_tui.core.tools.base import Command


def text(output: str) -> Any:
    return output.strip()


def json_or_text(output: str) -> Any:
    """PowerShell's ConvertTo-Json output, or its text when it printed none."""
    stripped = output.strip()
    if not stripped:
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return stripped


@dataclass(frozen=True)
class Shell:
    command: Command
    parse: Callable[[str], Any] = text
    shown: str | None = None  # what to show instead of argv (a PowerShell script)

    def preview(self) -> str:
        return self.shown if self.shown is not None else self.command.preview()


@dataclass(frozen=True)
class Py:
    description: str
    fn: Callable[[], Any]  # blocking: runs in a worker thread

    def preview(self) -> str:
        return self.description


Step = Shell | Py
