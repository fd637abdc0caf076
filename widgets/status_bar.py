"""The status bar: mode, thermal level, nodes up/total, the request's
elapsed time and the database path, shortened to fit the width."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget

from .palette import PLAIN, Palette, palette_of
from .request_view import SPINNER, RequestView

MODE_NAMES = {"commander": "COMMANDER", "voice": "VOICE", "keyboard": "KEYBOARD+SPEECH", "ollama": "OLLAMA"}


@dataclass(frozen=True)
class StatusInfo:
    mode: str = "commander"
    thermal: str = "normal"
    max_c: float | None = None
    nodes_up: int | None = None  # None: not probed yet
    nodes_total: int = 0
    db: str = "opening…"


def short_path(path: str) -> str:
    home = os.path.expanduser("~")
    return "~" + path[len(home) :] if home not in ("", "/") and path.startswith(home + os.sep) else path


def status_text(info: StatusInfo, request: RequestView | None, *, width: int = 200, frame: int = 0, palette: Palette = PLAIN) -> Text:
    """The whole bar; the database path shrinks, then goes, when the width is short."""
    thermal_colour = {"normal": palette.ok, "warning": palette.warning, "critical": palette.error}.get(info.thermal, palette.muted)
    if info.nodes_up is None:
        nodes, nodes_colour = f"nodes ?/{info.nodes_total}", palette.muted
    else:
        nodes = f"nodes {info.nodes_up}/{info.nodes_total} up"
        nodes_colour = palette.error if info.nodes_up == 0 else palette.warning if info.nodes_up < info.nodes_total else palette.ok
    if request is None:
        req, req_colour = "idle", palette.muted
    elif not request.finished:
        req, req_colour = f"{SPINNER[frame % len(SPINNER)]} {request.elapsed_s():.1f} s", palette.accent
    else:
        req = f"{request.status} {request.elapsed_s():.1f} s"
        req_colour = {"ok": palette.ok, "failed": palette.error}.get(request.status, palette.warning)
    hottest = f" {info.max_c:.0f} °C" if info.max_c is not None else ""
    parts = [
        (f" {MODE_NAMES.get(info.mode, info.mode.upper())} ", f"bold reverse {palette.accent}"),
        (f"thermal {info.thermal.upper()}{hottest}", thermal_colour),
        (nodes, nodes_colour),
        (req, req_colour),
    ]
    fixed = sum(len(p) for p, _ in parts) + 3 * len(parts) + len(" JARVIS ")
    db = f"db {info.db}"
    if fixed + len(db) > width:
        db = f"db …{os.sep}{os.path.basename(info.db)}" if fixed + len(os.path.basename(info.db)) + 6 <= width else ""
    text = Text(" JARVIS ", style="bold")
    for part, style in [*parts, (db, palette.muted)]:
        if part:
            if len(text) > len(" JARVIS "):
                text.append(" │ ", style=palette.muted)
            text.append(part, style=style)
    return text


class StatusBar(Widget):
    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; dock: top; }
    """

    def __init__(self, info: StatusInfo, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.info = info
        self.request: RequestView | None = None
        self._frame = 0
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        self._ticker = self.set_interval(1 / 4, self._tick, pause=True)

    def set(self, **changes: object) -> None:
        """Change some fields of the status (`mode=`, `thermal=`, `nodes_up=`, …)."""
        info = replace(self.info, **changes)  # type: ignore[arg-type]
        if info != self.info:
            self.info = info
            self.refresh()

    def show_request(self, request: RequestView | None) -> None:
        self.request = request
        if self._ticker is not None:
            if request is not None and not request.finished:
                self._ticker.resume()
            else:
                self._ticker.pause()
        self.refresh()

    def _tick(self) -> None:
        self._frame += 1
        self.refresh()

    def render(self) -> Text:
        return status_text(self.info, self.request, width=self.size.width, frame=self._frame, palette=palette_of(self))
