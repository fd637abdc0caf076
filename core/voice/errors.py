"""The voice subsystem's one error for "cannot do this here".

`VoiceUnavailable` carries a one-line reason a user can act on (no PortAudio,
no input device, no model installed...). The cockpit shows it in one line and
everything else keeps working; the CLI prints it and exits 1.
"""

from __future__ import annotations


class VoiceUnavailable(Exception):
    """A voice feature cannot run on this machine; `str(exc)` says why in one line."""
