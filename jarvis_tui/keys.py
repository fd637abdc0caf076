"""Keys that reach the cockpit the same way in every terminal.

Alt+digit: xterm, tmux, screen, GNOME Terminal, Windows Terminal and a
session over SSH all send ESC followed by the digit. Textual 8's table of
escape sequences maps ESC+digit to the characters macOS types with
Option+digit (¡ ™ £ ¢ ∞ § …), so in those terminals Alt+2 typed "™" into the
prompt instead of focusing the plan. `restore_alt_digits()` maps the ten
sequences back to the keys they are: `alt+0` … `alt+9`. (A Mac terminal
that sends "™" itself still types "™".)

For terminals or multiplexers that keep Alt for themselves, every pane is
also reachable by a prefix that is one plain control byte everywhere:
Ctrl+G (BEL, 0x07) then 1…6, and by F12 (next pane).
"""

from __future__ import annotations

from enum import Enum


class AltDigit(str, Enum):  # noqa: UP042 - Textual reads `.value` from its sequence table; no StrEnum semantics wanted
    """Key names for ESC+digit. Textual's parser emits `Key(entry.value)` for
    each entry of a tuple in its sequence table: these are such entries."""

    ALT_0 = "alt+0"
    ALT_1 = "alt+1"
    ALT_2 = "alt+2"
    ALT_3 = "alt+3"
    ALT_4 = "alt+4"
    ALT_5 = "alt+5"
    ALT_6 = "alt+6"
    ALT_7 = "alt+7"
    ALT_8 = "alt+8"
    ALT_9 = "alt+9"


def alt_digit_sequences() -> dict[str, tuple[AltDigit]]:
    """ESC+digit → its alt+digit key, as entries of Textual's sequence table."""
    return {f"\x1b{key.value[-1]}": (key,) for key in AltDigit}


def restore_alt_digits() -> None:
    """Make ESC+digit arrive as alt+digit (once per process, before input is read).

    Textual's parser reads its module-level table on every sequence, so
    replacing the ten entries is enough; the test suite checks it with the
    real parser, so a Textual upgrade that changes this is caught."""
    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

    table = ANSI_SEQUENCES_KEYS
    if isinstance(table, dict):
        table.update(alt_digit_sequences())
