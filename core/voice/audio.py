"""WAV input: read, validate, convert to what the models take (16 kHz mono float32).

Every problem with a file is an `AudioError` whose message a user can act on;
nothing here lets a traceback or a half-read file through. The header is
checked before the samples are read, so a file far over the length limit is
refused without loading it.

Accepted: RIFF/WAVE (streamed files whose sizes are wrong included),
PCM 8/16/24/32-bit, IEEE float 32/64-bit, WAVE_FORMAT_EXTENSIBLE with either,
any channel count (averaged to mono), any rate from 4 kHz to 384 kHz
(resampled with soxr).
"""

from __future__ import annotations

import os
import struct
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000  # what Whisper, Silero VAD and microWakeWord all take
MIN_RATE, MAX_RATE = 4_000, 384_000
_PCM, _FLOAT, _EXTENSIBLE = 0x0001, 0x0003, 0xFFFE
_UNKNOWN_SIZE = 0xFFFFFFFF  # written by recorders that stream to a pipe

Samples = npt.NDArray[np.float32]


class AudioError(Exception):
    """A WAV file that cannot be used, phrased for the user."""


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1] at `SAMPLE_RATE`, and where they came from."""

    samples: Samples
    source_rate: int = SAMPLE_RATE
    source_channels: int = 1
    source_bits: int = 16

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def pcm16(self) -> bytes:
        """The samples as 16-bit little-endian PCM (what the VAD and wake word take)."""
        return float_to_pcm16(self.samples)


@dataclass(frozen=True)
class _Format:
    tag: int
    channels: int
    rate: int
    bits: int
    block: int


def float_to_pcm16(samples: Samples) -> bytes:
    """Clip to [-1, 1] and scale to little-endian int16."""
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def pcm16_to_float(data: bytes) -> Samples:
    """Little-endian int16 PCM to float32 in [-1, 1]."""
    return (np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0).astype(np.float32)


def resample(samples: Samples, rate: int, target: int = SAMPLE_RATE) -> Samples:
    """Resample with soxr (its high-quality filter: no aliasing into the speech band)."""
    if rate == target or len(samples) == 0:
        return samples.astype(np.float32, copy=False)
    import soxr  # noqa: PLC0415

    return np.asarray(soxr.resample(samples, rate, target, quality="HQ"), dtype=np.float32)


def to_audio(samples: npt.NDArray[np.floating], rate: int) -> Audio:
    """Samples at any rate, mono or (frames, channels), to an `Audio`."""
    data = np.asarray(samples, dtype=np.float32)
    channels = 1 if data.ndim == 1 else data.shape[1]
    mono = data if data.ndim == 1 else data.mean(axis=1, dtype=np.float32)
    return Audio(resample(mono, rate), source_rate=rate, source_channels=channels, source_bits=32)


def _read_format(body: bytes) -> _Format:
    if len(body) < 16:
        raise AudioError("corrupt WAV: its format chunk is too short")
    tag, channels, rate, _byte_rate, block, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == _EXTENSIBLE:
        if len(body) < 40:
            raise AudioError("corrupt WAV: its extensible format chunk is too short")
        tag = struct.unpack("<H", body[24:26])[0]  # the sub-format GUID starts with the tag
    if tag not in (_PCM, _FLOAT):
        raise AudioError(f"unsupported WAV encoding (format tag 0x{tag:04x}); expected PCM or IEEE float")
    if channels < 1:
        raise AudioError("corrupt WAV: it declares no channel")
    if not MIN_RATE <= rate <= MAX_RATE:
        raise AudioError(f"unsupported sample rate {rate} Hz; expected {MIN_RATE}-{MAX_RATE} Hz")
    allowed = (8, 16, 24, 32) if tag == _PCM else (32, 64)
    if bits not in allowed:
        kind = "PCM" if tag == _PCM else "float"
        raise AudioError(f"unsupported {bits}-bit {kind} WAV; expected {', '.join(map(str, allowed))}-bit")
    if block != channels * bits // 8:
        raise AudioError("corrupt WAV: its block size does not match channels and bit depth")
    return _Format(tag, channels, rate, bits, block)


def _locate(stream: BinaryIO, file_size: int) -> tuple[_Format, int, int]:
    """Walk the RIFF chunks: the format, and the data's offset and usable byte count."""
    head = stream.read(12)
    if len(head) == 0:
        raise AudioError("the file is empty")
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        raise AudioError("not a WAV file (no RIFF/WAVE header)")
    if head[:4] == b"RIFX":
        raise AudioError("big-endian WAV (RIFX) is not supported")
    fmt: _Format | None = None
    while True:
        header = stream.read(8)
        if len(header) < 8:
            raise AudioError("corrupt WAV: no data chunk" if fmt else "corrupt WAV: no format chunk")
        cid, size = header[:4], struct.unpack("<I", header[4:])[0]
        start = stream.tell()
        if cid == b"fmt ":
            fmt = _read_format(stream.read(min(size, 4096)))
        elif cid == b"data":
            if fmt is None:
                raise AudioError("corrupt WAV: the data chunk comes before the format chunk")
            # A streamed file may say 0 or 0xFFFFFFFF, a cut file more than is there:
            # what is present is used, whole frames only.
            available = file_size - start
            usable = available if size in (0, _UNKNOWN_SIZE) else min(size, available)
            return fmt, start, usable - usable % fmt.block
        stream.seek(start + size + (size & 1))  # chunks are word-aligned


def _decode(raw: bytes, fmt: _Format) -> npt.NDArray[np.float32]:
    if fmt.tag == _FLOAT:
        data = np.frombuffer(raw, dtype="<f4" if fmt.bits == 32 else "<f8").astype(np.float32)
        data = np.nan_to_num(data, nan=0.0, posinf=1.0, neginf=-1.0)
    elif fmt.bits == 8:  # 8-bit WAV is unsigned, centred on 128
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif fmt.bits == 16:
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif fmt.bits == 24:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        data = (np.where(ints >= 1 << 23, ints - (1 << 24), ints)).astype(np.float32) / float(1 << 23)
    else:
        data = (np.frombuffer(raw, dtype="<i4").astype(np.float64) / float(1 << 31)).astype(np.float32)
    return data.reshape(-1, fmt.channels)


def read_wav(path: str | os.PathLike[str], max_seconds: float) -> Audio:
    """Read a WAV file into 16 kHz mono float32.

    Raises AudioError for a missing, unreadable, empty, corrupt or too long
    file, or one with no sample at all."""
    p = Path(path)
    try:
        with p.open("rb") as stream:
            file_size = os.fstat(stream.fileno()).st_size
            fmt, offset, nbytes = _locate(stream, file_size)
            seconds = nbytes / fmt.block / fmt.rate
            if seconds > max_seconds:
                raise AudioError(f"the audio is {seconds:.0f} s long; the limit is {max_seconds:g} s ([voice] max_audio_s)")
            stream.seek(offset)
            raw = stream.read(nbytes)
    except FileNotFoundError:
        raise AudioError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise AudioError(f"{p}: is a directory, not a WAV file") from None
    except PermissionError:
        raise AudioError(f"{p}: permission denied") from None
    except OSError as exc:
        raise AudioError(f"{p}: cannot read the file: {exc.strerror or exc}") from None
    except AudioError as exc:
        raise AudioError(f"{p}: {exc}") from None
    if not raw:
        raise AudioError(f"{p}: the WAV file holds no audio (0 samples)")
    frames = _decode(raw, fmt)
    mono = frames[:, 0] if fmt.channels == 1 else frames.mean(axis=1, dtype=np.float32)
    return Audio(resample(np.ascontiguousarray(mono, dtype=np.float32), fmt.rate), fmt.rate, fmt.channels, fmt.bits)


def write_wav(path: str | os.PathLike[str], samples: Samples, rate: int = SAMPLE_RATE) -> None:
    """Write mono 16-bit PCM (tests, benchmarks, a push-to-talk capture kept for debugging)."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(float_to_pcm16(samples))
