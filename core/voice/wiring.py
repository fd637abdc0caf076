"""Building the voice service from the config: the command matcher, the
catalogue's example commands as Whisper's initial prompt, and the correction pass
on the configured small node through the runtime's one path to a model."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Protocol

from ..config import VoiceConfig
from ..events import EventBus
from .catalogue import Language
from .matcher_load import matcher_from_config
from .service import VoiceService
from .skill_lookup import SkillFinder

# Whisper reads at most ~224 tokens of prompt: about 60 words of example commands.
PROMPT_WORDS = 60


class CompleteOn(Protocol):
    def __call__(self, node: str, prompt: str, *, call: str, max_tokens: int = ...) -> Awaitable[str]: ...


def voice_service(config: VoiceConfig, *, bus: EventBus, complete: CompleteOn, skills: SkillFinder | None = None) -> VoiceService:
    """The service the Runtime starts on first use."""
    matcher = matcher_from_config(config, platform=sys.platform)
    languages: tuple[Language, ...] = ("fr", "en") if config.language == "auto" else tuple(lang for lang in ("fr", "en") if lang == config.language)
    prompt = " ".join(matcher.catalogue.prompt(lang, PROMPT_WORDS // len(languages)) for lang in languages)
    correct: Callable[[str], Awaitable[str]] | None = None
    if config.correction_node:
        def correct(text: str) -> Awaitable[str]:
            return complete(config.correction_node, text, call="voice correction", max_tokens=128)
    return VoiceService(config, matcher, correct, bus, vocabulary=prompt, skills=skills)
