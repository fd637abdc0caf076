"""The voice strip's line: each part says what it should, and only when it matters."""

from __future__ import annotations

from jarvis_tui.widgets.voice_strip import METER_CELLS, VoiceState, meter, strip_text


def test_the_meter_goes_from_empty_at_the_floor_to_full_at_zero_dbfs() -> None:
    assert meter(-100.0) == "▯" * METER_CELLS
    assert meter(-60.0) == "▯" * METER_CELLS
    assert meter(-30.0) == "▮" * (METER_CELLS // 2) + "▯" * (METER_CELLS // 2)
    assert meter(0.0) == meter(6.0) == "▮" * METER_CELLS


def test_listening_shows_why_and_the_level_and_nothing_else() -> None:
    line = strip_text(VoiceState(listening="listening", reason="wake word 'hey_jarvis'", level_dbfs=-15.0, loud=True)).plain
    assert line.startswith("🎤 listening (wake word 'hey_jarvis') ▮▮▮▮▮▮▯▯")
    assert "│" not in line and "🔊" not in line


def test_the_level_is_left_out_once_listening_is_over() -> None:
    assert "▮" not in strip_text(VoiceState(listening="transcribing", level_dbfs=-15.0)).plain


def test_heard_decided_and_a_failed_answer_say_why() -> None:
    state = VoiceState(line="open the plan pane → runs cockpit.focus.plan", speaking="failed", speaking_reason="no speech out: no audio output device")
    line = strip_text(state).plain
    assert line == "🎤 ready │ 🔊 no audio output device │ open the plan pane → runs cockpit.focus.plan"


def test_an_unavailable_voice_says_why_in_short() -> None:
    state = VoiceState(listening="unavailable", reason="no microphone: no default input device (Error querying device -1); type instead")
    assert strip_text(state).plain == "🎤 no microphone"
    assert strip_text(VoiceState(listening="unavailable")).plain == "🎤 voice unavailable"


def test_a_finished_answer_leaves_no_trace_and_an_interrupted_one_says_so() -> None:
    assert "🔊" not in strip_text(VoiceState(speaking="finished")).plain
    assert strip_text(VoiceState(speaking="interrupted")).plain.endswith("🔊 speech stopped")
    assert "Ctrl+T" in strip_text(VoiceState(speaking="started")).plain
