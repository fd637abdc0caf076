"""Microphone: no device says why; a capture's buffer logic on real blocks."""

from __future__ import annotations

import numpy as np
import pytest

from jarvis_tui.core.voice.errors import VoiceUnavailable
from jarvis_tui.core.voice.microphone import Capture, level, microphone_unavailable


def test_no_microphone_is_one_line_reason_not_an_exception() -> None:
    reason = microphone_unavailable()
    try:
        import sounddevice as sd

        has_input = any(d["max_input_channels"] > 0 for d in sd.query_devices())
    except OSError:
        has_input = False
    if has_input:
        pytest.skip("this machine has a microphone")
    assert reason is not None and reason.startswith("no microphone:") and "\n" not in reason
    with pytest.raises(VoiceUnavailable, match="no microphone"):
        Capture().start()


def test_unknown_device_names_it() -> None:
    reason = microphone_unavailable("no-such-device-xyz")
    assert reason is not None and "no-such-device-xyz" in reason


def test_capture_buffers_bounded_and_resampled() -> None:
    seen: list[int] = []
    cap = Capture(max_seconds=1.0, on_block=lambda b: seen.append(len(b)))
    cap.rate = 48_000  # as a device that refused 16 kHz would deliver
    block = (0.1 * np.sin(np.arange(2400) / 5)).astype(np.float32)  # 50 ms
    for _ in range(30):  # 1.5 s offered, 1 s kept
        cap.feed(block)
    audio = cap.stop()
    assert cap.truncated and len(seen) == 20
    assert audio.source_rate == 48_000 and abs(audio.duration_s - 1.0) < 0.01
    assert cap.stop().duration_s == 0  # the buffer was handed over


def test_level() -> None:
    assert level(np.zeros(800, dtype=np.float32)) == (-100.0, 0.0)
    dbfs, peak = level(np.full(800, 0.5, dtype=np.float32))
    assert abs(dbfs - (-6.02)) < 0.05 and peak == 0.5
