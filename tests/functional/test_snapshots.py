"""Snapshots of the cockpit (pytest-textual-snapshot) at 80×24, 120×36 and
160×48: the main screen and a finished request at each size, the help
screen, the brain's table (F10), a hot GPU, the zoomed heat map's charts and an answer from the
offline fallback.

Everything on screen is fixed: the config, the cluster status, the events
(with their times), the database path (relative, in a temp directory), no
monitor polling and no cursor blink. Update with `--snapshot-update`, then
look at the SVGs as images (docs/cockpit.md says how)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from jarvis_tui.app import JarvisApp, make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.widgets.conversation import Conversation

from .scripted import (
    cluster_doc,
    finished_request,
    gpu_history,
    hot_readings,
    offline_doc,
    offline_request,
    write_config,
)

SIZES = [(80, 24), (120, 36), (160, 48)]


@pytest.fixture()
def cockpit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)

    def build(embedded: bool = False, **options) -> JarvisApp:
        config = load_config(write_config(tmp_path, embedded=embedded))
        return make_app(config, monitor=False, cursor_blink=False, db_path=Path("jarvis.db"), **options)

    return build


async def settle(pilot: Pilot, doc=None) -> None:
    app = pilot.app
    await app.ready.wait()
    app.show_cluster(doc or cluster_doc())
    await pilot.pause()


async def play(pilot: Pilot, events, doc=None) -> None:
    await settle(pilot, doc)
    app = pilot.app
    for event in events:
        app.bus.publish(event)
    await pilot.pause()
    turn = app.query_one(Conversation).turns[events[0].request_id]
    while not turn.settled:
        await pilot.pause(0.02)
    await pilot.pause()


async def play_request(pilot: Pilot) -> None:
    await play(pilot, finished_request())


async def play_offline(pilot: Pilot) -> None:
    await play(pilot, offline_request(), offline_doc())


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_main_screen(cockpit, snap_compare, size):
    assert snap_compare(cockpit(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_finished_request(cockpit, snap_compare, size):
    assert snap_compare(cockpit(), terminal_size=size, run_before=play_request)


def test_help_screen(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(110, 40), press=["f1"], run_before=settle)


def test_hot_gpu(cockpit, snap_compare):
    assert snap_compare(cockpit(readings=hot_readings()), terminal_size=(160, 48), run_before=settle)


async def two_minutes_of_readings(pilot: Pilot) -> None:
    await settle(pilot)
    for reading in gpu_history():
        pilot.app.heatmap.update_readings({reading.node: reading}, "warning", 88.0)


def test_zoomed_heat_map_draws_charts(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(120, 36), press=["alt+4", "f6"], run_before=two_minutes_of_readings)


def test_an_answer_from_the_offline_fallback(cockpit, snap_compare):
    assert snap_compare(cockpit(embedded=True), terminal_size=(120, 36), run_before=play_offline)


async def brain_learnt(pilot: Pilot) -> None:
    """Eight scored code requests' worth of observations: M2 writes poor code, M3 good."""
    from jarvis_tui.core.brain.bandit import Observation

    await settle(pilot)
    brain = pilot.app.runtime.brain
    for _ in range(8):
        brain.observe(Observation("code", "coder", "M2", "deepseek-coder-v2-lite", 0.2, 900.0, "ok"))
        brain.observe(Observation("code", "coder", "M3", "mistral-7b", 0.95, 700.0, "ok"))


def test_brain_screen(cockpit, snap_compare):
    assert snap_compare(cockpit(), terminal_size=(160, 48), press=["f10"], run_before=brain_learnt)

