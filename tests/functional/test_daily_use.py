"""What a user meets in the first minutes (issue 10): keys that arrive the
same in every terminal, zoom, focus after dialogs, the offline fallback said
plainly, moved calls and heuristic scores marked, nodes coming back, the
heat map's history as charts, exports beside the database."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path

import pytest
from textual._xterm_parser import XTermParser

from jarvis_tui.app import PANE_ORDER, make_app
from jarvis_tui.core import events as ev
from jarvis_tui.core.config import load_config
from jarvis_tui.core.tools import Caller, PermissionRequest, Tier
from jarvis_tui.keys import restore_alt_digits
from jarvis_tui.screens.go_screen import GoScreen
from jarvis_tui.widgets.cluster import NodeRow, cluster_notice
from jarvis_tui.widgets.conversation import result_text
from jarvis_tui.widgets.gpu_chart import braille_chart
from jarvis_tui.widgets.heatmap import HISTORY
from jarvis_tui.widgets.pane import Pane
from jarvis_tui.widgets.plan_tree import chip_label
from jarvis_tui.widgets.prompt_input import PromptInput
from jarvis_tui.widgets.request_view import RequestBook

from .helpers import screen_text, wait_for
from .scripted import T0, finished_request, gpu_history, offline_request, write_config

PANES = ("conversation", "plan", "streams", "gpu", "cluster", "trading")


@pytest.fixture()
def cockpit(tmp_path: Path):
    def build(**options):
        return make_app(load_config(write_config(tmp_path)), monitor=False, cursor_blink=False, db_path=tmp_path / "jarvis.db", **options)

    return build


def parse(data: str) -> list[str]:
    """Keys Textual's own terminal parser reads from these bytes (escape timeout included)."""
    parser = XTermParser()
    tokens = list(parser.feed(data))
    time.sleep(0.15)  # fixed-time: past ESCDELAY, a lone ESC is the Escape key (the delay is what is tested)
    tokens += list(parser.tick())
    return [token.key for token in tokens]


def test_esc_digit_arrives_as_alt_digit_through_the_real_parser():
    restore_alt_digits()
    assert parse("\x1b2") == ["alt+2"]
    assert parse("\x1b3\x1b[17~") == ["alt+3", "f6"]  # two keys in one read, in order
    assert parse("\x1b1\x1b6") == ["alt+1", "alt+6"]
    assert parse("™") == ["trade_mark_sign"]  # a Mac terminal typing the character still types it
    assert parse("\x07") == ["ctrl+g"] and parse("\x1b[24~") == ["f12"]


async def test_ctrl_g_then_a_digit_focuses_every_pane_and_anything_else_types_nothing(cockpit):
    app = cockpit()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.ready.wait()
        for digit, name in zip("234561", [*PANES[1:], PANES[0]], strict=True):
            await pilot.press("ctrl+g")
            assert isinstance(app.screen, GoScreen) and "Go to" in screen_text(app)
            await pilot.press(digit)
            assert not isinstance(app.screen, GoScreen)
            assert app.focused is not None and any(isinstance(w, Pane) and w.id == name for w in app.focused.ancestors_with_self), (digit, app.focused)
        await pilot.press("ctrl+g", "x")
        assert not isinstance(app.screen, GoScreen) and app.query_one(PromptInput).text == ""


async def test_f12_walks_the_panes_in_order(cockpit):
    app = cockpit()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.ready.wait()
        seen = []
        for _ in PANE_ORDER:
            await pilot.press("f12")
            seen.append(next(w.id for w in app.focused.ancestors_with_self if isinstance(w, Pane)))
        assert seen == [*PANE_ORDER[1:], PANE_ORDER[0]]


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (160, 48)])
async def test_f6_gives_every_pane_the_whole_screen_at_every_size(cockpit, size):
    app = cockpit()
    async with app.run_test(size=size) as pilot:
        await app.ready.wait()
        for digit, name in zip("123456", PANES, strict=True):
            await pilot.press(f"alt+{digit}", "f6")
            pane = app.query_one(f"#{name}", Pane)
            assert app.screen.maximized is pane
            await pilot.pause()
            assert pane.region.width == size[0], (name, pane.region)
            await pilot.press("f6")
            assert app.screen.maximized is None


async def test_focus_returns_to_the_prompt_after_every_dialog(cockpit):
    app = cockpit()
    request = PermissionRequest("run_shell", Tier.ACT, Caller("agent", "ia-system"), {"command": "ls"}, "$ ls", "run a shell command")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.ready.wait()
        for event in finished_request():  # something to export
            app.bus.publish(event)
        await pilot.pause()
        prompt = app.query_one(PromptInput)
        for open_keys, close_keys in ((["f1"], ["escape"]), (["f8"], ["escape"]), (["f9"], ["escape"]), (["ctrl+p"], ["escape"]), (["ctrl+g"], ["escape"])):
            await pilot.press("alt+2")  # focus somewhere else first: the plan
            assert app.focused is app.plan_tree
            await pilot.press(*open_keys)
            assert app.screen.is_modal, open_keys
            await pilot.press(*close_keys)
            await pilot.pause()
            assert app.focused is prompt, (open_keys, app.focused)
        await pilot.press("alt+3")
        answer = asyncio.ensure_future(app.ask(request))
        await wait_for(pilot, lambda: app.screen.is_modal, what="the permission dialog")
        await pilot.press("n")
        assert await answer is False
        await pilot.pause()
        assert app.focused is prompt
        await pilot.press(*"hello")
        assert prompt.text == "hello"


async def test_a_zoomed_side_pane_keeps_focus_after_a_dialog(cockpit):
    app = cockpit()
    async with app.run_test(size=(120, 36)) as pilot:
        await app.ready.wait()
        await pilot.press("alt+5", "f6", "f1", "escape")
        await pilot.pause()
        assert app.screen.maximized is app.query_one("#cluster") and app.focused is app.cluster_table


async def test_the_palette_has_no_textual_duplicates(cockpit):
    app = cockpit()
    async with app.run_test(size=(120, 36)):
        await app.ready.wait()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert titles == {"Theme"}


async def test_exports_go_beside_the_database_with_the_full_path_shown(cockpit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    work = tmp_path / "clone"
    work.mkdir()
    monkeypatch.chdir(work)
    app = cockpit()
    async with app.run_test(size=(120, 36)) as pilot:
        await app.ready.wait()
        for event in finished_request():
            app.bus.publish(event)
        await pilot.pause()
        assert app.exports_dir() == tmp_path / "exports"
        await pilot.press("f9", "enter")
        await wait_for(pilot, lambda: list((tmp_path / "exports").glob("jarvis-*.md")), what="the export")
        written = next((tmp_path / "exports").glob("jarvis-*.md"))
        await wait_for(pilot, lambda: "Exported this session to" in screen_text(app), what="the path shown")
        assert str(written) in "".join(screen_text(app).split()).replace("│", "") or written.name in screen_text(app)
        assert not list(work.iterdir())  # nothing left in the current directory


def test_moved_calls_heuristic_scores_and_the_offline_fallback_in_the_view():
    book = RequestBook()
    for event in offline_request():
        book.apply(event)
    view = book.current
    u1 = view.units["u1"]
    assert [n.text for n in u1.notes] == ["M3 → EMBEDDED (offline fallback): down for 12 s more (unreachable: connection refused)"]
    assert [n.text for n in view.notes] == [
        "classifier: M1 ✗ skipped: down for 12 s more (unreachable: connection refused)",
        "checker: M1 ✗ skipped: down for 8 s more (unreachable: connection refused)",
    ]
    assert u1.score_text == "score 0.50 (heuristic)" and u1.offline and view.offline
    text = result_text(view).plain
    assert "score 0.50 (heuristic)" in text and "answered offline by the embedded fallback (the Plan says why)" in text


def test_chips_are_not_said_twice_when_the_answer_is_signed():
    """The answer's last line names its writer ("— [agent/node:model]"): the result line does not repeat it."""
    model = "SmolLM2-135M-Instruct.Q4_1"
    for signed, chips_shown in ((f"Bonjour !\n\n— [-/EMBEDDED:{model}]", False), ("Bonjour !", True)):
        book = RequestBook()
        for event in offline_request():
            book.apply(replace(event, answer=signed) if isinstance(event, ev.RequestFinished) else event)
        assert (f"[-/EMBEDDED:{model}]" in result_text(book.current).plain) == chips_shown


def test_a_unit_no_node_took_keeps_its_planned_chip():
    book = RequestBook()
    for event in (
        ev.RequestStarted("r", prompt="p", source="tui", ts=T0),
        ev.Planned("r", units=(ev.PlanUnit("u1", "responder", None, "M3", "mistral-7b"),), ts=T0),
        ev.UnitFailover("r", unit_id="u1", from_node="M3", to_node=None, reason="unreachable", ts=T0),
        ev.UnitFinished("r", unit_id="u1", node="EMBEDDED", model="", status="failed", text="", latency_ms=0.0, attempts=1, error="no node could answer", ts=T0),
    ):
        book.apply(event)
    unit = book.current.units["u1"]
    assert unit.attribution == "[-/M3:mistral-7b]" and ":]" not in chip_label(unit).plain
    assert unit.notes[0].text == "M3 failed ✗ no node left: unreachable"


def row(name: str, state: str, kind: str = "openai", model: str = "", reason: str | None = None) -> NodeRow:
    return NodeRow(name, kind, state, model, None, 0, 0.0, reason)


def test_the_notice_says_when_answers_come_from_the_offline_fallback():
    down = [row(n, "down", reason="unreachable") for n in ("M1", "M2")]
    embedded = row("EMBEDDED", "up", "embedded", "SmolLM2-135M")
    fresh = cluster_notice([*down, embedded], config_source="built-in defaults", config_path="~/.config/jarvis-tui/config.toml")
    assert fresh is not None and fresh.level == "warning"
    assert fresh.text.startswith("Answering offline with the small embedded model (SmolLM2-135M): no cluster is configured.")
    assert "jarvis-tui --init" in fresh.text and "~/.config/jarvis-tui/config.toml" in fresh.text
    configured = cluster_notice([*down, embedded], config_source="~/cluster.toml", config_path="~/.config/jarvis-tui/config.toml")
    assert configured is not None and "every node is down (M1, M2" in configured.text and "--init" not in configured.text
    assert fresh.short == "Offline: the embedded model answers (no cluster configured: jarvis-tui --init)."  # a small terminal's notice
    assert configured.short == "Offline: the embedded model answers (every node is down)."
    nothing = cluster_notice([*down, row("EMBEDDED", "disabled", "embedded")], config_source="~/cluster.toml", config_path="x")
    assert nothing is not None and nothing.level == "error" and nothing.text.startswith("No node is reachable")
    assert cluster_notice([row("M1", "up"), *down[1:], embedded], config_source="~/cluster.toml", config_path="x") is None
    assert cluster_notice([row("M1", "unknown"), embedded], config_source="built-in defaults", config_path="x") is None  # not probed yet


async def test_a_node_back_up_is_said_in_the_cluster_pane(cockpit):
    app = cockpit()
    async with app.run_test(size=(160, 48)) as pilot:
        await app.ready.wait()
        app.bus.publish(ev.NodeBackUp("", node="M3", down_s=42.0))
        await wait_for(pilot, lambda: "M3 back up at" in screen_text(app), what="the back-up notice")
        assert "after 42 s out" in screen_text(app)


def test_braille_chart_draws_a_line_right_aligned():
    rows = braille_chart([0.0, 100.0], 3, 2, 0.0, 100.0)
    assert len(rows) == 2 and all(len(r) == 3 for r in rows)
    # Two points in the last cell's two columns, joined from the bottom to the top.
    assert rows[0][:2] == "⠀⠀" and rows[1][:2] == "⠀⠀" and rows[0][2] != "⠀" and rows[1][2] != "⠀"
    assert braille_chart([None, None], 2, 1, 0, 1) == ["⠀⠀"]


async def test_zoomed_the_heat_map_charts_each_gpu_and_keeps_a_bounded_history(cockpit):
    app = cockpit()
    async with app.run_test(size=(120, 36)) as pilot:
        await app.ready.wait()
        readings = gpu_history(points=HISTORY + 20)
        for reading in readings:
            app.heatmap.update_readings({reading.node: reading}, "normal", 70.0)
        assert all(len(past) == HISTORY for past in app.heatmap.history.values())  # the ring buffer
        await pilot.press("alt+4")
        assert "temperature 63 °C" not in screen_text(app)  # unzoomed: cells and sparklines
        await pilot.press("f6")
        await pilot.pause()
        text = screen_text(app)
        for gpu in ("M1/0", "M1/1", "M2/0"):
            assert gpu in text
        assert "utilisation" in text and "power" in text and "last 5 min" in text and "┤" in text
        await pilot.press("f6")
        await pilot.pause()
        assert "┤" not in screen_text(app)


async def test_the_footer_keeps_what_fits_when_narrow(cockpit):
    app = cockpit()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.ready.wait()
        footer = screen_text(app).splitlines()[-1]
        assert "^g Go" in footer and "f9 Export" in footer and "Talk" not in footer
        await pilot.resize_terminal(120, 36)
        await wait_for(pilot, lambda: "Talk" in screen_text(app).splitlines()[-1], what="the wide footer")
