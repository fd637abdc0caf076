"""Driving the cockpit in tests: read the screen as text, wait for a state."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot

from jarvis_tui.app import JarvisApp
from jarvis_tui.widgets.conversation import Conversation
from jarvis_tui.widgets.prompt_input import PromptInput

PROMPT = "écris une fonction python qui inverse une liste"


def screen_text(app: App) -> str:
    """What the terminal shows, as plain text (the same render as a screenshot)."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True, color_system=None, record=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


async def wait_for(pilot: Pilot, condition: Callable[[], object], timeout: float = 15.0, what: str = "") -> None:
    """Let the app run until `condition()` is true; fail with the screen after `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}\n{screen_text(pilot.app)}")
        await pilot.pause(0.02)


async def submit(pilot: Pilot, text: str = PROMPT) -> None:
    """Put a prompt in the input and send it as Enter does. (Pressing Enter
    through the Pilot waits until the app is idle, that is until the whole
    request is over, which would hide everything that happens meanwhile.)"""
    prompt = pilot.app.query_one(PromptInput)
    prompt.focus()
    prompt.load_text(text)
    prompt.submit()
    await pilot.pause(0)


async def finish(pilot: Pilot[int], timeout: float = 20.0) -> None:
    """Wait for the current request to end."""
    app = pilot.app
    assert isinstance(app, JarvisApp)
    await wait_for(pilot, lambda: app.book.current is not None and app.book.current.finished, timeout, "the request to finish")
    turn = app.query_one(Conversation).turns[app.book.current.id]
    await wait_for(pilot, lambda: turn.settled, timeout, "the answer to settle")
    await pilot.pause(0.05)
