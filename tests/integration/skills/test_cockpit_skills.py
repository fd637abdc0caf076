"""Skills from the cockpit's command palette (Ctrl+P), driven by the Pilot
against the loopback cluster and a real database: a two-step skill runs
and its report shows in the conversation; a skill with parameters asks for
them first; a failing step's report says which and why; a step that acts
opens the permission dialog, and its answer decides."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from jarvis_tui.app import JarvisApp, make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.core.skills import Skills
from jarvis_tui.core.store import Store
from jarvis_tui.screens.ask_screen import AskScreen
from jarvis_tui.screens.permission_screen import PermissionScreen
from jarvis_tui.widgets.conversation import Conversation
from tests.functional.helpers import screen_text, wait_for

SKILLS = [
    {"name": "two steps", "description": "Paths, then the skills.", "steps": [{"tool": "list_project_paths"}, {"tool": "list_skills"}]},
    {"name": "history", "steps": [{"tool": "action_history", "arguments": {"limit": "{limit=3}"}}, {"tool": "list_skills"}]},
    {"name": "broken", "steps": [{"tool": "list_project_paths"}, {"tool": "ping", "arguments": {}}, {"tool": "list_skills"}]},
    {"name": "tidy", "steps": [{"tool": "list_skills"}, {"tool": "remove_skill", "arguments": {"name": "{target}"}}]},
]


async def cockpit(make_cluster, tmp_path: Path) -> JarvisApp:  # type: ignore[no-untyped-def]
    cluster = make_cluster()
    config = load_config(cluster.config_path)
    store = await Store.open(tmp_path / "cockpit.db")
    skills = Skills(config.skills, store)
    await skills.start()
    for doc in SKILLS:
        await skills.create(doc)
    await store.close()
    return make_app(config, monitor=False, cursor_blink=False, db_path=tmp_path / "cockpit.db")


async def choose(pilot: Pilot, title: str) -> None:
    """Ctrl+P, type the skill's name, Enter on it once it shows."""
    app = pilot.app
    await pilot.press("ctrl+p")
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*title)
    await wait_for(pilot, lambda: f"Skill: {title}" in screen_text(app), what=f"the palette's {title!r} entry")
    await pilot.press("enter")


async def fill(pilot: Pilot, value: str) -> None:
    """Once the parameters dialog is up, put `value` in its field and press Enter."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, AskScreen), what="the parameters dialog")
    app.screen.query_one(Input).value = value
    await pilot.press("enter")


def notices(app: JarvisApp) -> str:
    """The conversation's notices (the skills' reports), unwrapped."""
    return "\n".join(str(w.content) for w in app.query_one(Conversation).query(".notice"))


def said(app: JarvisApp, text: str) -> bool:
    return text in notices(app)


async def test_a_two_step_skill_runs_from_the_palette(make_cluster, tmp_path: Path) -> None:
    app = await cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await choose(pilot, "two steps")
        await wait_for(pilot, lambda: said(app, "skill 'two steps': 2 steps done"), what="the report")
        assert "1. tool list_project_paths" in screen_text(app)  # on screen, not only in the widget
        text = notices(app)
        assert "1. tool list_project_paths" in text and "2. tool list_skills" in text
        assert app.store is not None
        calls = await app.store.tool_calls(10)
        assert [(c["tool"], c["caller_kind"], c["caller"]) for c in calls] == [  # newest first
            ("list_skills", "user", "skill:two steps"), ("list_project_paths", "user", "skill:two steps"), ("run_skill", "user", "cockpit")]


async def test_a_skill_with_parameters_asks_for_them_first(make_cluster, tmp_path: Path) -> None:
    app = await cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await choose(pilot, "history")
        await wait_for(pilot, lambda: isinstance(app.screen, AskScreen), what="the parameters dialog")
        assert app.screen.query_one(Input).value == "3" and "limit" in screen_text(app)  # its default
        await fill(pilot, "many")
        await wait_for(pilot, lambda: said(app, "limit takes a number"), what="the refusal of a bad value")
        await choose(pilot, "history")
        await fill(pilot, "2")
        await wait_for(pilot, lambda: said(app, "skill 'history': 2 steps done"), what="the report")
        calls = await app.store.tool_calls(10)
        assert any(c["tool"] == "action_history" and c["arguments"] == {"limit": 2} for c in calls)


async def test_a_failing_step_shows_which_and_why(make_cluster, tmp_path: Path) -> None:
    app = await cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await choose(pilot, "broken")
        await wait_for(pilot, lambda: said(app, "stopped at step 2/3 (ping)"), what="the failure's report")
        text = notices(app)
        assert "invalid arguments" in text and "3. tool list_skills: not run" in text


async def test_a_step_that_acts_opens_the_permission_dialog(make_cluster, tmp_path: Path) -> None:
    app = await cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        assert app.runtime is not None and app.runtime.skills is not None
        for answer, outcome in (("n", "REFUSED: the user said no"), ("y", "skill 'tidy': 2 steps done")):
            await choose(pilot, "tidy")
            await fill(pilot, "broken")
            await wait_for(pilot, lambda: isinstance(app.screen, PermissionScreen), what="the permission dialog")
            text = screen_text(app)
            assert "user:skill:tidy wants to run remove_skill" in text and '"name": "broken"' in text
            await pilot.press(answer)
            await wait_for(pilot, lambda o=outcome: said(app, o), what=f"the report after {answer!r}")
            assert (await app.runtime.skills.get("broken") is None) == (answer == "y")
