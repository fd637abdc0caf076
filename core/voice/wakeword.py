"""Wake word: PyPI's `pymicro-wakeword` and its built-in "hey jarvis" model
(microWakeWord, TensorFlow Lite; the model and the runtime ship in the wheel).

Feed 16 kHz mono blocks of any size; `feed` returns True once the averaged
probability clears the model's own cutoff (0.97 for hey_jarvis), then the
detector resets so one utterance fires once.
"""

from __future__ import annotations

from typing import Any

from .audio import Samples, float_to_pcm16
from .errors import VoiceUnavailable

BUILTIN = ("hey_jarvis", "okay_nabu", "hey_mycroft", "alexa")


class WakeWordDetector:
    """One wake word model with its streaming feature extractor."""

    def __init__(self, model: str = "hey_jarvis") -> None:
        if model not in BUILTIN:
            raise VoiceUnavailable(f"[voice] wake_word_model: unknown model {model!r}; built-in ones are {', '.join(BUILTIN)}")
        try:
            from pymicro_wakeword import MicroWakeWord, MicroWakeWordFeatures, Model  # noqa: PLC0415

            self._model: Any = MicroWakeWord.from_builtin(Model(model))
            self._features: Any = MicroWakeWordFeatures()
        except (ImportError, OSError, ValueError) as exc:  # no wheel for this platform, or its library will not load
            raise VoiceUnavailable(f"no wake word: pymicro-wakeword cannot run here ({exc})") from None
        self.name = str(self._model.wake_word)
        self.cutoff = float(self._model.probability_cutoff)
        self.best = 0.0  # highest probability since the last reset, for the trace and tests

    def feed(self, block: Samples) -> bool:
        """True when the wake word has just been heard in the audio fed so far."""
        for features in self._features.process_streaming(float_to_pcm16(block)):
            prob = self._model.process_streaming_prob(features)
            if prob is None:
                continue
            self.best = max(self.best, float(prob))
            if prob > self.cutoff:
                self.reset()
                self.best = float(prob)  # kept past the reset: what fired
                return True
        return False

    def reset(self) -> None:
        """Forget the audio heard so far."""
        self._model.reset()
        self._features.reset()
        self.best = 0.0

    def close(self) -> None:
        """Free the TensorFlow Lite interpreter."""
        self._model.close()
