"""WAV reading: every encoding a user may hand us, and every way a file can be bad."""

from __future__ import annotations

import struct
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from jarvis_tui.core.voice.audio import SAMPLE_RATE, AudioError, read_wav, write_wav


def _tone(rate: int, seconds: float = 1.0, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _riff(fmt: bytes, data: bytes, data_size: int | None = None, extra: bytes = b"") -> bytes:
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra
    body += b"data" + struct.pack("<I", len(data) if data_size is None else data_size) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _fmt(tag: int, channels: int, rate: int, bits: int) -> bytes:
    block = channels * bits // 8
    return struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(samples))


def test_16_bit_mono_at_16k_reads_unchanged(tmp_path: Path) -> None:
    tone = _tone(SAMPLE_RATE)
    write_wav(tmp_path / "a.wav", tone)
    audio = read_wav(tmp_path / "a.wav", 60)
    assert audio.source_rate == SAMPLE_RATE and audio.source_bits == 16
    assert np.max(np.abs(audio.samples - tone)) < 1e-3


@pytest.mark.parametrize("rate", [8_000, 22_050, 44_100, 48_000])
def test_other_rates_are_resampled_keeping_pitch_and_length(tmp_path: Path, rate: int) -> None:
    write_wav(tmp_path / "r.wav", _tone(rate, 2.0), rate)
    audio = read_wav(tmp_path / "r.wav", 60)
    assert audio.source_rate == rate
    assert abs(audio.duration_s - 2.0) < 0.01
    assert abs(_dominant_hz(audio.samples) - 440.0) < 2.0


def test_stereo_is_averaged_to_mono(tmp_path: Path) -> None:
    left = _tone(SAMPLE_RATE)
    frames = np.stack([left, np.zeros_like(left)], axis=1)
    pcm = (frames * 32767).astype("<i2").tobytes()
    audio = read_wav(_write(tmp_path, "s.wav", _riff(_fmt(1, 2, SAMPLE_RATE, 16), pcm)), 60)
    assert audio.source_channels == 2
    assert abs(float(np.max(audio.samples)) - 0.25) < 0.01  # (0.5 + 0) / 2


def test_8_bit_unsigned_pcm(tmp_path: Path) -> None:
    pcm = np.clip(_tone(SAMPLE_RATE) * 128 + 128, 0, 255).astype(np.uint8).tobytes()
    audio = read_wav(_write(tmp_path, "u8.wav", _riff(_fmt(1, 1, SAMPLE_RATE, 8), pcm)), 60)
    assert audio.source_bits == 8
    assert abs(float(np.mean(audio.samples))) < 0.01  # centred: 128 is zero
    assert 0.45 < float(np.max(audio.samples)) < 0.55


def test_24_bit_and_32_bit_int_and_float(tmp_path: Path) -> None:
    tone = _tone(SAMPLE_RATE)
    ints = (tone * (2**23 - 1)).astype(np.int32)
    pcm24 = b"".join(int(v).to_bytes(4, "little", signed=True)[:3] for v in ints)
    pcm32 = (tone.astype(np.float64) * (2**31 - 1)).astype("<i4").tobytes()
    f32 = tone.astype("<f4").tobytes()
    f64 = tone.astype("<f8").tobytes()
    for name, fmt, data in [("24", _fmt(1, 1, SAMPLE_RATE, 24), pcm24), ("32", _fmt(1, 1, SAMPLE_RATE, 32), pcm32),
                            ("f32", _fmt(3, 1, SAMPLE_RATE, 32), f32), ("f64", _fmt(3, 1, SAMPLE_RATE, 64), f64)]:
        audio = read_wav(_write(tmp_path, f"{name}.wav", _riff(fmt, data)), 60)
        assert np.max(np.abs(audio.samples - tone)) < 1e-3, name


def test_extensible_format_and_odd_chunks_before_data(tmp_path: Path) -> None:
    tone = _tone(SAMPLE_RATE)
    base = _fmt(0xFFFE, 1, SAMPLE_RATE, 16)
    ext = base + struct.pack("<HHI", 22, 16, 4) + struct.pack("<H", 1) + bytes(14)  # sub-format: PCM
    junk = b"LIST" + struct.pack("<I", 3) + b"abc" + b"\x00"  # odd size: padded to a word
    audio = read_wav(_write(tmp_path, "x.wav", _riff(ext, (tone * 32767).astype("<i2").tobytes(), extra=junk)), 60)
    assert np.max(np.abs(audio.samples - tone)) < 1e-3


def test_streamed_file_with_unknown_data_size_is_read(tmp_path: Path) -> None:
    pcm = (_tone(SAMPLE_RATE) * 32767).astype("<i2").tobytes()
    audio = read_wav(_write(tmp_path, "st.wav", _riff(_fmt(1, 1, SAMPLE_RATE, 16), pcm, data_size=0xFFFFFFFF)), 60)
    assert abs(audio.duration_s - 1.0) < 0.001


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"ID3\x04\x00 this is an mp3", "not a WAV file"),
        (b"RIFF\x10\x00\x00\x00WAVE", "no format chunk"),
        (b"RIFF\x20\x00\x00\x00WAVEdata\x04\x00\x00\x00\x00\x00\x00\x00", "data chunk comes before the format"),
        (_riff(_fmt(1, 1, SAMPLE_RATE, 16), b""), "holds no audio"),
        (_riff(_fmt(1, 0, SAMPLE_RATE, 16)[:16], b"\x00\x00"), "declares no channel"),
        (_riff(_fmt(1, 1, 1_000, 16), b"\x00\x00"), "unsupported sample rate 1000 Hz"),
        (_riff(_fmt(1, 1, SAMPLE_RATE, 12), b"\x00\x00"), "unsupported 12-bit PCM"),
        (_riff(_fmt(0x55, 1, SAMPLE_RATE, 16), b"\x00\x00"), "unsupported WAV encoding"),
        (_riff(_fmt(1, 1, SAMPLE_RATE, 16)[:8], b"\x00\x00"), "format chunk is too short"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = _write(tmp_path, "bad.wav", content)
    with pytest.raises(AudioError, match=message) as err:
        read_wav(path, 60)
    assert str(err.value).startswith(str(path))


def test_truncated_file_keeps_whole_frames_only(tmp_path: Path) -> None:
    pcm = (_tone(SAMPLE_RATE) * 32767).astype("<i2").tobytes()
    whole = _riff(_fmt(1, 2, SAMPLE_RATE, 16), pcm)  # declared stereo: 4-byte frames
    audio = read_wav(_write(tmp_path, "cut.wav", whole[:-3]), 60)  # cut mid-frame
    assert len(audio.samples) == len(pcm) // 4 - 1


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="no such file"):
        read_wav(tmp_path / "nope.wav", 60)
    with pytest.raises(AudioError, match="is a directory"):
        read_wav(tmp_path, 60)


def test_ten_minute_file_is_refused_from_its_header_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "long.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(SAMPLE_RATE * 2 * 600))
    started = time.perf_counter()
    with pytest.raises(AudioError, match=r"600 s long; the limit is 120 s \(\[voice\] max_audio_s\)"):
        read_wav(path, 120)
    assert time.perf_counter() - started < 0.5
    assert read_wav(path, 601).duration_s == pytest.approx(600.0)  # a raised limit reads it
