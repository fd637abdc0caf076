"""The voice subsystem's one error for "cannot do this here".

`VoiceUnavailable` carries a one-line reason a user can act on (no PortAudio,
no input device, no model installed...). The cockpit shows it in one line and
everything else keeps working; the CLI prints it and exits 1.
"""

from __future__ import annotations

# The head of every speech-out failure ("no speech out: no audio output device (…)"):
# the voice strip shows what follows it, next to its 🔊.
NO_SPEECH_OUT = "no speech out: "


class VoiceUnavailable(Exception):
    """A voice feature cannot run on this machine; `str(exc)` says why in one line."""
