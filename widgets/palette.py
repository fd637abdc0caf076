"""Colours for Rich renderables, taken from the app's current theme so the
panes follow theme changes; plain ANSI names outside an app (tests)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.color import Color
from textual.widget import Widget


@dataclass(frozen=True)
class Palette:
    ok: str = "green"
    warning: str = "yellow"
    error: str = "red"
    accent: str = "cyan"
    muted: str = "bright_black"
    text: str = "default"
    # Backgrounds: the theme's full-strength colours, for cells that must stand out.
    ok_bg: str = "green"
    warning_bg: str = "yellow"
    error_bg: str = "red"


PLAIN = Palette()


def palette_of(widget: Widget) -> Palette:
    """The palette of the widget's app theme."""
    try:
        colours = widget.app.theme_variables
    except RuntimeError:  # NoActiveAppError: not attached to a running app
        return PLAIN
    # Muted: the text colour pulled towards the background, readable on dark and light themes.
    muted = Color.parse(colours["foreground"]).blend(Color.parse(colours["background"]), 0.4).hex
    return Palette(
        ok=colours.get("text-success", "green"),
        warning=colours.get("text-warning", "yellow"),
        error=colours.get("text-error", "red"),
        accent=colours.get("text-primary", "cyan"),
        muted=muted,
        text=colours.get("foreground", "default"),
        ok_bg=colours.get("success", "green"),
        warning_bg=colours.get("warning", "yellow"),
        error_bg=colours.get("error", "red"),
    )
