"""The brain in the cockpit, driven by the Pilot against the loopback
cluster: F10 (and the palette's "Brain") shows `brain_status`'s table, which
follows what the brain learns while it is open, at 160×48 and 80×24; and a
plan whose order the brain changed says why in the plan tree."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from jarvis_tui.app import JarvisApp, make_app
from jarvis_tui.core.brain.bandit import Observation
from jarvis_tui.core.config import load_config
from jarvis_tui.screens.brain_screen import BrainScreen
from tests.functional.helpers import PROMPT, finish, screen_text, submit, wait_for

NO_EXPLORING = "max_cycles = 0\n\n[brain]\nexploration = 0.0\n"
WHY = "M3 first instead of the matrix's M2"


def cockpit(make_cluster, tmp_path: Path) -> JarvisApp:  # type: ignore[no-untyped-def]
    cluster = make_cluster(extra=NO_EXPLORING)
    return make_app(load_config(cluster.config_path), monitor=False, cursor_blink=False, db_path=tmp_path / "brain.db")


def learn_m2_is_poor(app: JarvisApp) -> None:
    """What eight code requests scored by the checker would teach: M2 writes poor code, M3 good."""
    assert app.runtime is not None and app.runtime.brain is not None
    for _ in range(8):
        app.runtime.brain.observe(Observation("code", "coder", "M2", "deepseek-coder-v2-lite", 0.2, 900.0, "ok"))
        app.runtime.brain.observe(Observation("code", "coder", "M3", "mistral-7b", 0.95, 700.0, "ok"))


async def test_f10_shows_the_table_and_follows_what_the_brain_learns(make_cluster, tmp_path: Path) -> None:
    app = cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await pilot.press("f10")
        assert isinstance(app.screen, BrainScreen)
        await wait_for(pilot, lambda: "code · coder" in screen_text(app), what="the brain's table")
        text = screen_text(app)
        assert "brain on · 0 observations" in text and "why: no history: the matrix's order" in text and "order M2 > M3" in text
        learn_m2_is_poor(app)  # while the screen is open: it redraws by itself
        await wait_for(pilot, lambda: WHY in screen_text(app), what="the table to follow the brain")
        text = screen_text(app)
        assert "order M3 > M2" in text and "(matrix: M2 > M3" in text and "16 observations" in text
        assert "0.95" in text and "0.20" in text and "900 ms" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, BrainScreen)
        await pilot.press("ctrl+p", *"brain")
        assert isinstance(app.screen, CommandPalette)
        await wait_for(pilot, lambda: "what the brain learnt" in screen_text(app), what="the palette's Brain entry")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, BrainScreen) and WHY in screen_text(app), what="the brain from the palette")


async def test_the_table_fits_80x24(make_cluster, tmp_path: Path) -> None:
    app = cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        learn_m2_is_poor(app)
        await pilot.press("f10")
        await wait_for(pilot, lambda: "code · coder" in screen_text(app), what="the brain's table")
        lines = screen_text(app).splitlines()
        assert lines[0].startswith("╭") and lines[0].rstrip().endswith("╮") and len(lines[0].rstrip()) == 80
        table = "\n".join(lines)
        assert "order M3 > M2" in table and "node" in table and "latency" in table and "M3 first instead" in table


async def test_a_plan_the_brain_reordered_says_why_in_the_plan_tree(make_cluster, tmp_path: Path) -> None:
    app = cockpit(make_cluster, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        learn_m2_is_poor(app)
        await submit(pilot, PROMPT)
        await finish(pilot)
        view = app.book.current
        assert view is not None and view.units["u1"].node == "M3"
        # The note is wrapped, not cut: the plan pane (48 columns here) shows the whole reason.
        await wait_for(pilot, lambda: "◆ brain: M3 first instead of" in screen_text(app), what="the brain's note in the plan tree")
        lines = [str(leaf.label) for leaf in app.plan_tree.root.children[0].children]
        width = app.plan_tree.scrollable_content_region.width
        assert all(len(line) <= width for line in lines) and not any(line.endswith("…") for line in lines), lines
        note = " ".join(line.strip() for line in lines[1:])
        assert note.startswith(f"◆ brain: {WHY}: M3 scored 0.95 over 8 observations") and "M2 scored 0.20 over 8" in note, lines
