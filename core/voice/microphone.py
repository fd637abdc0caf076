"""Microphone input through `sounddevice` (PortAudio; Debian: libportaudio2).

Over SSH, in CI or on a machine without an input device there is no
microphone: `microphone_unavailable()` says why in one line and the rest of
the cockpit works (WAV files work everywhere).

`Capture` is the push-to-talk session: `start()` opens the input stream,
blocks accumulate (bounded by `max_seconds`), `stop()` returns the `Audio`.
PortAudio calls `feed` from its own thread; so may a test, with real audio.
`live_blocks` is the endless stream the wake word listens to.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import numpy as np

from .audio import SAMPLE_RATE, Audio, Samples, resample
from .errors import VoiceUnavailable

BLOCK_S = 0.05  # one level event per block: 20 per second
LIVE_QUEUE_BLOCKS = 100  # 5 s of audio: a listener further behind than that drops the oldest
Device = int | str | None


def _sounddevice() -> Any:
    try:
        import sounddevice  # noqa: PLC0415
    except OSError as exc:  # sounddevice raises OSError when libportaudio is missing
        raise VoiceUnavailable(f"no microphone: PortAudio is not installed ({exc}; on Debian/Ubuntu: apt install libportaudio2)") from None
    except ImportError as exc:
        raise VoiceUnavailable(f"no microphone: the sounddevice package is missing ({exc})") from None
    return sounddevice


def input_device(device: Device = None) -> dict[str, Any]:
    """The input device PortAudio would use. Raises VoiceUnavailable with the reason."""
    sd = _sounddevice()
    try:
        info = sd.query_devices(device, kind="input")
    except Exception as exc:  # noqa: BLE001 - sd.PortAudioError or ValueError: no such device, no default
        name = "no default input device" if device is None else f"input device {device!r} not found"
        raise VoiceUnavailable(f"no microphone: {name} ({exc})".replace("\n", " ")) from None
    if int(info.get("max_input_channels", 0)) < 1:
        raise VoiceUnavailable(f"no microphone: {info.get('name', device)!r} has no input channel")
    return dict(info)


def microphone_unavailable(device: Device = None) -> str | None:
    """None when a microphone is there; else why not, in one line."""
    try:
        input_device(device)
    except VoiceUnavailable as exc:
        return str(exc)
    return None


def level(block: Samples) -> tuple[float, float]:
    """(RMS in dBFS, floored at -100; peak 0..1) of a block."""
    if len(block) == 0:
        return -100.0, 0.0
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    return (max(-100.0, 20.0 * float(np.log10(rms))) if rms > 0 else -100.0), float(np.max(np.abs(block)))


def open_input(device: Device, callback: Callable[[Any, int, Any, Any], None]) -> tuple[Any, int]:
    """A started mono float32 input stream calling `callback` with blocks of
    `BLOCK_S`, and its rate: 16 kHz when the device takes it (no resampling),
    else the device's own. Raises VoiceUnavailable with the reason."""
    sd = _sounddevice()
    info = input_device(device)
    reason = ""
    for rate in (SAMPLE_RATE, int(info.get("default_samplerate") or 48_000)):
        try:
            stream = sd.InputStream(samplerate=rate, channels=1, dtype="float32", blocksize=int(rate * BLOCK_S), device=device, callback=callback)
            stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudioError: rate refused, device busy
            reason = str(exc)
            continue
        return stream, rate
    raise VoiceUnavailable(f"no microphone: cannot open {info.get('name', 'the input device')!r} ({reason})")


def _close(stream: Any) -> None:
    with contextlib.suppress(Exception):  # a device unplugged: nothing left to close
        stream.stop()
        stream.close()


async def live_blocks(device: Device = None) -> AsyncIterator[Samples]:
    """The microphone, block after block at 16 kHz, for as long as the caller
    iterates (the wake word's ears). Raises VoiceUnavailable with the reason."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Samples] = asyncio.Queue(LIVE_QUEUE_BLOCKS)

    def put(block: Samples) -> None:
        if queue.full():
            queue.get_nowait()
        queue.put_nowait(block)

    def callback(indata: Any, frames: int, time: Any, status: Any) -> None:
        loop.call_soon_threadsafe(put, np.array(indata[:, 0], dtype=np.float32))

    stream, rate = open_input(device, callback)
    try:
        while True:
            yield resample(await queue.get(), rate)
    finally:
        _close(stream)


class Capture:
    """One push-to-talk capture. `on_block` sees every block (16 kHz once resampled
    at the end, so levels are computed on the device's own rate: fine for a meter)."""

    def __init__(self, device: Device = None, max_seconds: float = 30.0, on_block: Callable[[Samples], None] | None = None) -> None:
        self.device = device
        self.max_seconds = max_seconds
        self.on_block = on_block
        self.rate = SAMPLE_RATE
        self.truncated = False
        self._blocks: list[Samples] = []
        self._frames = 0
        self._lock = threading.Lock()
        self._stream: Any = None

    @property
    def active(self) -> bool:
        return self._stream is not None

    def start(self) -> None:
        """Open the input stream. Raises VoiceUnavailable with the reason."""
        self._stream, self.rate = open_input(self.device, self._callback)

    def _callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        self.feed(np.array(indata[:, 0], dtype=np.float32))

    def feed(self, block: Samples) -> None:
        """Add one block of mono float32 samples at `self.rate` (PortAudio's thread)."""
        with self._lock:
            room = int(self.max_seconds * self.rate) - self._frames
            if room <= 0:
                self.truncated = True
                return
            kept = block[:room]
            self._blocks.append(kept)
            self._frames += len(kept)
        if self.on_block is not None:
            self.on_block(block)

    def stop(self) -> Audio:
        """Close the stream (if any) and return what was captured, at 16 kHz."""
        stream, self._stream = self._stream, None
        if stream is not None:
            _close(stream)  # a device unplugged mid-capture: keep what was heard
        with self._lock:
            samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, dtype=np.float32)
            self._blocks, self._frames = [], 0
        return Audio(resample(samples, self.rate), self.rate, 1, 32)
