"""`[voice]` keys to the settings of each part (one place that knows both)."""

from __future__ import annotations

from ..config import VoiceConfig
from .stt import SttSettings
from .tts import TtsSettings
from .vad import VadSettings


def stt_settings(config: VoiceConfig) -> SttSettings:
    """Speech to text settings from `[voice]`."""
    return SttSettings(
        model=config.stt_model,
        language=config.language,
        languages=tuple(config.languages),
        device=config.stt_device,
        compute_type=config.stt_compute_type,
        threads=config.stt_threads,
        beam_size=config.stt_beam_size,
        no_speech_threshold=config.no_speech_threshold,
        logprob_threshold=config.logprob_threshold,
    )


def vad_settings(config: VoiceConfig) -> VadSettings:
    """VAD settings from `[voice]`."""
    return VadSettings(threshold=config.vad_threshold, pad_ms=config.vad_pad_ms)


def tts_settings(config: VoiceConfig) -> TtsSettings:
    """Speech out settings from `[voice]`."""
    return TtsSettings(engine=config.tts_engine, voice=config.tts_voice, rate=config.tts_rate, piper_voice=config.piper_voice)
