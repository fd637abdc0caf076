"""Snapshots of the cockpit (pytest-textual-snapshot): the main screen at
80×24 and 160×48, the help screen, a finished request and a hot GPU.

Everything on screen is fixed: the config, the cluster status, the events
(with their times), the database path (relative, in a temp directory), no
monitor polling and no cursor blink. Update with `--snapshot-update`."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from jarvis_tui.app import JarvisApp, make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.widgets.conversation import Conversation

from .scripted import cluster_doc, finished_request, hot_readings, write_config


@pytest.fixture()
def cockpit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)

    def build(**options) -> JarvisApp:
        config = load_config(write_config(tmp_path))
        return make_app(config, monitor=False, cursor_blink=False, db_path=Path("jarvis.db"), **options)

    return build


async def settle(pilot: Pilot) -> None:
    app = pilot.app
    await app.ready.wait()
    app.show_cluster(cluster_doc())
    await pilot.pause()


async def play_request(pilot: Pilot) -> None:
    await settle(pilot)
    app = pilot.app
    for event in finished_request():
        app.bus.publish(event)
    await pilot.pause()
    turn = app.query_one(Conversation).turns["r1"]
    while not turn.settled:
        await pilot.pause(0.02)
    await pilot.pause()


def test_main_screen_80x24(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(80, 24), run_before=settle)


def test_main_screen_160x48(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(160, 48), run_before=settle)


def test_help_screen(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(110, 40), press=["f1"], run_before=settle)


def test_finished_request_160x48(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(160, 48), run_before=play_request)


def test_finished_request_80x24(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(80, 24), run_before=play_request)


def test_hot_gpu(cockpit, snap_compare):
    assert snap_compare(cockpit(readings=hot_readings()), terminal_size=(160, 48), run_before=settle)
