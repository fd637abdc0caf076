"""Every key of the footer and the help screen, the modes, the palette,
search and export, driven by the Pilot."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from jarvis_tui.app import make_app
from jarvis_tui.core import events as ev
from jarvis_tui.core.config import load_config
from jarvis_tui.core.tools import Caller, PermissionRequest, Tier
from jarvis_tui.screens.export_screen import ExportScreen
from jarvis_tui.screens.help_screen import HelpScreen
from jarvis_tui.screens.permission_screen import PermissionScreen
from jarvis_tui.screens.search_screen import SearchScreen
from jarvis_tui.widgets.cluster import ClusterTable
from jarvis_tui.widgets.heatmap import GpuHeatMap
from jarvis_tui.widgets.messages import CoreEvents
from jarvis_tui.widgets.pane import Pane
from jarvis_tui.widgets.plan_tree import PlanTree
from jarvis_tui.widgets.prompt_input import PromptInput
from jarvis_tui.widgets.status_bar import StatusBar
from jarvis_tui.widgets.streams import AgentStreams
from jarvis_tui.widgets.trading import TradingBook

from .helpers import PROMPT, finish, screen_text, submit, wait_for


def app_for(cluster, **options):
    return make_app(load_config(cluster.config_path), cursor_blink=False, **options)


async def test_help_screen_lists_every_key_and_closes(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in ("Keys", "Modes", "Panes", "f5", "Ollama", "ctrl+t", "alt+1…6", "^g", "f12", "Streams", "jarvis-tui -k"):
            assert words in text, words
        await pilot.press("f1")  # F1 closes it too: under a modal the cockpit keys stand aside
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1", "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_mode_keys_and_the_ollama_commander(make_cluster):
    cluster = make_cluster()
    app = app_for(cluster)
    messages: list = []
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await wait_for(pilot, app.ready.is_set)
        status = app.query_one(StatusBar)
        for key, mode in (("f3", "voice"), ("f4", "keyboard"), ("f2", "commander"), ("f5", "ollama")):
            await pilot.press(key)
            assert app.mode == mode and status.info.mode == mode
        assert "OLLAMA" in screen_text(app)
        messages.clear()
        await submit(pilot)
        await finish(pilot)
        # The Ollama model is the commander (as `--oneshot` in -o mode): it gets the
        # commander's tools; this one never dispatches, so the local pipeline answers.
        commander_chats = [r.json for r in cluster.nodes["OL1"].chat_requests if r.json and r.json.get("tools")]
        assert commander_chats and commander_chats[0]["model"] == "qwen3:1.7b"
        (finished,) = [e for m in messages if isinstance(m, CoreEvents) for e in m.events if isinstance(e, ev.RequestFinished)]
        assert finished.document["commander"]["mode"] == "ollama" and "fallback" in finished.document["commander"]
        assert app.book.current.status == "ok" and "c1 commander" in screen_text(app)


async def test_launch_mode_flags_map_to_modes(make_cluster):
    cluster = make_cluster()
    for mode in ("commander", "voice", "keyboard", "ollama"):
        app = app_for(cluster, mode=mode, monitor=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, app.ready.is_set)
            assert app.query_one(StatusBar).info.mode == mode


async def test_ollama_mode_without_an_ollama_node_says_so(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "http://127.0.0.1:9"\nmodel = "m"\n[embedded]\nenabled = false\n')
    app = make_app(load_config(path), mode="ollama", cursor_blink=False, monitor=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await pilot.pause(0.1)
        assert app.mode == "commander" and 'kind = "ollama"' in screen_text(app)
        await pilot.press("f5")
        await pilot.pause(0.1)
        assert app.mode == "commander"


async def test_focus_keys_zoom_and_metric(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        for key, widget in (("alt+2", PlanTree), ("alt+3", AgentStreams), ("alt+4", GpuHeatMap), ("alt+5", ClusterTable), ("alt+6", TradingBook), ("alt+1", PromptInput)):
            await pilot.press(key)
            assert isinstance(app.focused, widget), key
        await pilot.press("alt+2", "f6")
        assert isinstance(app.screen.maximized, Pane) and app.screen.maximized.id == "plan"
        await pilot.press("f6")
        assert app.screen.maximized is None
        await pilot.press("alt+1", "f6", "escape")  # Esc restores a zoomed pane when nothing runs
        assert app.screen.maximized is None
        await app.run_action("zoom('off')")  # the voice's "unzoom" never zooms, its "zoom" never restores
        assert app.screen.maximized is None
        await app.run_action("zoom('on')")
        await app.run_action("zoom('on')")
        assert app.screen.maximized is not None
        await app.run_action("zoom('off')")
        assert app.screen.maximized is None
        heatmap = app.query_one(GpuHeatMap)
        for metric in ("utilisation", "power", "temperature"):
            await pilot.press("f7")
            assert heatmap.metric == metric


async def test_compact_layout_switches_the_side_pane(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        assert "no request yet" in screen_text(app)
        await pilot.press("alt+5")
        assert app.query_one("#cluster").display and not app.query_one("#plan").display
        text = screen_text(app)
        assert "state" in text and "M1" in text and "no request yet" not in text
        await pilot.press("alt+1")
        assert isinstance(app.focused, PromptInput)


async def test_prompt_history_and_multi_line_entry(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        prompt = app.query_one(PromptInput)
        await pilot.press(*"first", "ctrl+j", *"line", "enter")
        assert prompt.text == "" and prompt.prompts == ["first\nline"]
        await pilot.press(*"second", "enter")
        await pilot.press(*"draft", "up")
        assert prompt.text == "second"
        await pilot.press("up")
        assert prompt.text == "first\nline"
        await pilot.press("down", "down")
        assert prompt.text == "draft"


async def test_ctrl_u_clears_a_wrapped_line_whole(make_cluster):
    """At 80 columns a recalled prompt wraps: Ctrl+U clears the line as typed, not only its last row."""
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        prompt = app.query_one(PromptInput)
        prompt.focus()
        await pilot.press(*"one line", "ctrl+j", *(PROMPT + " " + PROMPT))
        await pilot.pause()
        assert prompt.wrapped_document.height > 2, "the test needs a wrapped line"
        await pilot.press("ctrl+u")
        assert prompt.text == "one line\n"
        await pilot.press("ctrl+u")  # at a line's start: joins it to the line above, as before
        assert prompt.text == "one line"


async def test_search_finds_a_past_request_and_shows_it(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await finish(pilot)
        await pilot.press("f8")
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one(OptionList)
        await wait_for(pilot, lambda: results.option_count == 1, what="recent requests")
        await pilot.press(*"inverse")
        await wait_for(pilot, lambda: "containing 'inverse'" in screen_text(app), what="search results")
        await wait_for(pilot, lambda: "M1 merged the parts" in screen_text(app), what="the preview")
        await pilot.press(*"zzz")
        await wait_for(pilot, lambda: results.option_count == 0, what="no results")
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_export_writes_the_conversation_to_markdown(make_cluster, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EXAMPLE_API_KEY", "sk-secret-value-1234567890")
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await pilot.press("f9")  # nothing to export yet: no screen
        assert not isinstance(app.screen, ExportScreen)
        await submit(pilot, PROMPT + " sk-secret-value-1234567890")
        await finish(pilot)
        await pilot.press("f9")
        assert isinstance(app.screen, ExportScreen)
        target = tmp_path / "conversation.md"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, target.exists, what="the export")
        text = target.read_text(encoding="utf-8")
        assert text.startswith("# Jarvis conversation") and "> " + PROMPT in text
        assert "M1 merged the parts" in text and "[ia-fast/M2:deepseek-coder-v2-lite]" in text and "score 0.90" in text
        assert "sk-secret-value" not in text and "[redacted]" in text


async def test_command_palette_runs_cockpit_actions(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"ollama")
        await wait_for(pilot, lambda: "Ollama commander mode" in screen_text(app), what="the Ollama command")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.mode == "ollama", what="the mode to change")
        await pilot.press("ctrl+p", *"search past")
        await wait_for(pilot, lambda: "search past conversations" in screen_text(app))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))


async def test_selecting_a_unit_brings_its_stream_forward(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(80, 24)) as pilot:  # compact: one side pane at a time
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await finish(pilot)
        await pilot.press("alt+2", "down", "down", "down", "enter")  # root, u1, its chip, u2: select u2
        assert app.focused is app.streams.streams["u2"].log_widget
        assert app.query_one("#streams").has_class("-current") and "M1 did the reviewer work" in screen_text(app)


async def test_theme_change_redraws_the_panes(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await finish(pilot)

        def done_colour() -> str:
            label = app.plan_tree.root.children[0].label
            return " ".join([str(label.style), *(str(span.style) for span in label.spans)])

        before = done_colour()
        app.theme = "textual-light"
        await pilot.pause(0.1)
        assert done_colour() != before and app.theme_variables["text-success"].lower() in done_colour().lower()


async def test_a_tool_that_acts_asks_first_and_shows_what_will_run(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    request = PermissionRequest("run_shell", Tier.ACT, Caller("agent", "ia-system"), {"command": "ls [bold]/tmp"}, "$ ls [bold]/tmp", "run a shell command")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        for key, expected in (("y", True), ("n", False), ("escape", False)):
            answer = asyncio.ensure_future(app.ask(request))
            await wait_for(pilot, lambda: isinstance(app.screen, PermissionScreen), what="the permission modal")
            text = screen_text(app)
            assert "agent:ia-system wants to run run_shell" in text and "$ ls [bold]/tmp" in text
            await pilot.press(key)
            assert await answer is expected
            assert not isinstance(app.screen, PermissionScreen)
        assert app.toolbox is not None and app.toolbox.policy.asker is app
