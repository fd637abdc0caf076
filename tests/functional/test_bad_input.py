"""Bad input: a 100 KB paste, control characters, a 40×12 terminal. No
crash, and nothing on the screen that a terminal would act on."""

from __future__ import annotations

import re

from textual import events

from jarvis_tui.app import make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.widgets.conversation import Conversation
from jarvis_tui.widgets.plan_tree import PlanTree
from jarvis_tui.widgets.prompt_input import PromptInput

from .helpers import finish, screen_text, submit, wait_for

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def app_for(cluster, **options):
    return make_app(load_config(cluster.config_path), cursor_blink=False, **options)


async def test_a_100_kb_paste_is_refused_with_a_reason_and_the_app_goes_on(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        prompt = app.query_one(PromptInput)
        paste = ("lorem ipsum dolor sit amet " * 40 + "\n") * 94  # 102,460 characters
        prompt.post_message(events.Paste(paste))
        await wait_for(pilot, lambda: len(prompt.text) == len(paste), what="the paste")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.query(".notice"), what="the refusal")
        notice = str(app.query(".notice").last().content)
        assert notice.startswith("✗ not sent: the prompt is") and "the limit is 100,000" in notice
        assert app.book.current is None
        await submit(pilot, "écris une fonction python qui inverse une liste")
        await finish(pilot)
        assert app.book.current.status == "ok"


async def test_a_long_paste_under_the_limit_is_sent_and_shown_cut(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        text = "écris une fonction python. " + "x" * 60_000
        app.query_one(PromptInput).post_message(events.Paste(text))
        await pilot.pause(0.2)
        app.query_one(PromptInput).submit()
        await wait_for(pilot, lambda: app.book.current is not None)
        await finish(pilot, timeout=30)
        assert "more characters)" in screen_text(app)
        assert len(app.book.current.prompt) == len(text)


async def test_control_characters_never_reach_the_screen(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(reply="evil \x1b[31mred\x1b[0m \x07bell\x00 [bold]not markup[/bold] \r\nnext line")
    app = app_for(cluster, monitor=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        prompt = app.query_one(PromptInput)
        prompt.post_message(events.Paste("écris une fonction \x1b[2J\x1b]0;title\x07python\x00 qui inverse une liste\r\n"))
        await wait_for(pilot, lambda: "python" in prompt.text)
        assert not CONTROL.search(prompt.text)
        prompt.submit()
        await wait_for(pilot, lambda: app.book.current is not None)
        await finish(pilot)
        screen = screen_text(app)
        assert not CONTROL.search(screen.replace("\n", ""))
        assert "red" in screen and "bell" in screen and "[bold]not markup[/bold]" in screen


async def test_a_40_by_12_terminal_shows_one_pane_and_survives_resizes(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await finish(pilot)
        for width, height in ((40, 12), (80, 24), (20, 6), (200, 60), (40, 12)):
            await pilot.resize_terminal(width, height)
            await pilot.pause(0.05)
            screen = screen_text(app)
            assert len(screen.splitlines()) <= height and not CONTROL.search(screen.replace("\n", ""))
        screen = screen_text(app)
        assert "JARVIS" in screen and "Ask Jarvis" in screen
        await pilot.press("alt+2")
        assert "u1 coder" in screen_text(app) and app.query_one(PlanTree).has_focus
        assert not app.query_one(Conversation).display or not app.query_one("#conversation").display
        await pilot.press("alt+1")
        assert "Ask Jarvis" in screen_text(app)
