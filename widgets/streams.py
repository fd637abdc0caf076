"""Agent streams: one live `Log` per unit of the current request, in a grid.

Tokens are batched and written at most `FPS` times a second, so five units
at 200 tokens/s cost 15 writes a second, not 1000: a write that adds lines
changes the log's virtual size, which re-lays out the screen. Streams of a
finished request stay readable until the next request is planned.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Log, Static

from jarvis_tui.core import events as ev
from jarvis_tui.core.text import printable

from .request_view import RequestView, UnitView

FPS = 15
MAX_LINES = 1000


def stream_title(unit: UnitView) -> str:
    return f"{unit.id} {unit.role} · {unit.node}:{unit.model}"


def stream_subtitle(unit: UnitView) -> str:
    cycle = f" · c{unit.cycle}" if unit.cycle > 1 else ""
    attempt = f" · attempt {unit.attempt}" if unit.attempt > 1 else ""
    return f"{unit.state}{cycle}{attempt}"


class UnitStream(Vertical):
    """One unit's raw tokens, every attempt in order, with a line cap."""

    DEFAULT_CSS = """
    UnitStream {
        border: round $panel-lighten-1;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        height: 1fr;
        min-height: 3;
        &.-running { border: round $primary; border-title-color: $text-primary; }
        &.-done { border-subtitle-color: $text-success; }
        &.-failed, &.-cancelled { border-subtitle-color: $text-error; }
        &:focus-within { border: round $accent; }
        /* No scrollbars: redrawn on every write, they cost more than the text.
           The log still scrolls with the wheel and the keys. */
        Log { height: 1fr; background: transparent; overflow-x: hidden; scrollbar-visibility: hidden; }
    }
    """

    def __init__(self, unit: UnitView, *, max_lines: int = MAX_LINES) -> None:
        super().__init__()
        self.unit_id = unit.id
        self.log_widget = Log(max_lines=max_lines, auto_scroll=True)
        self.pending: list[str] = []
        self.received = 0  # characters of tokens received, for the no-loss check
        self._line_start = True
        self.show_unit(unit)

    def compose(self) -> ComposeResult:
        yield self.log_widget

    def show_unit(self, unit: UnitView) -> None:
        # Content, not str: a model name is not markup.
        self.border_title = Content(stream_title(unit))
        self.border_subtitle = Content(stream_subtitle(unit))
        for state in ("running", "done", "failed", "cancelled"):
            self.set_class(unit.state == state or (state == "running" and unit.state == "redispatched"), f"-{state}")

    def feed(self, text: str) -> None:
        if text:
            self.pending.append(text)
            self.received += len(text)
            self._line_start = text.endswith("\n")

    def mark(self, line: str) -> None:
        """A line of our own between attempts, always on a line of its own."""
        self.pending.append(("" if self._line_start else "\n") + f"── {line} ──\n")
        self._line_start = True

    def flush(self) -> None:
        """Write what is pending."""
        if self.pending:
            text, self.pending = printable("".join(self.pending)), []
            self.log_widget.write(text)

    @property
    def text(self) -> str:
        """Everything the log holds (tests and benchmarks compare it with what was sent)."""
        return "\n".join(self.log_widget.lines)


class AgentStreams(Vertical, can_focus=True):
    """The grid of unit streams; `focus_unit` brings one forward."""

    DEFAULT_CSS = """
    AgentStreams { height: 1fr; }
    AgentStreams > #streams-empty { color: $text-muted; padding: 0 1; }
    AgentStreams > Grid { grid-size: 1; grid-rows: 1fr; grid-gutter: 0 1; height: 1fr; }
    """

    def __init__(self, *, max_lines: int = MAX_LINES, id: str | None = None) -> None:
        super().__init__(id=id)
        self.max_lines = max_lines
        self.streams: dict[str, UnitStream] = {}
        self._grid = Grid()
        self._flusher: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("No stream yet: each unit streams its raw tokens here while it runs.", id="streams-empty")
        yield self._grid

    def on_mount(self) -> None:
        self._flusher = self.set_interval(1 / FPS, self._flush, pause=True)

    def on_resize(self) -> None:
        self._set_columns()

    def reset(self, view: RequestView) -> None:
        """A new plan: replace the previous request's streams with one per unit."""
        self._grid.remove_children()
        self.streams = {unit.id: UnitStream(unit, max_lines=self.max_lines) for unit in view.units.values()}
        self._grid.mount_all(self.streams.values())
        self.query_one("#streams-empty").display = not self.streams
        self._set_columns()

    def on_core_event(self, event: ev.Event, unit: UnitView | None) -> None:
        if unit is None:
            return
        if (stream := self.streams.get(unit.id)) is None:  # a unit the plan did not announce
            stream = self.streams[unit.id] = UnitStream(unit, max_lines=self.max_lines)
            self._grid.mount(stream)
            self.query_one("#streams-empty").display = False
            self._set_columns()
        if isinstance(event, ev.UnitToken):
            if event.attempt == unit.attempt:
                stream.feed(event.text)
                self._wake()
            return
        if isinstance(event, ev.UnitStarted) and event.attempt > 1:
            stream.mark(f"attempt {event.attempt} · {event.node}:{event.model} · cycle {event.cycle}")
        elif isinstance(event, ev.UnitFailover):
            stream.mark(f"✗ {event.from_node} failed: {event.reason}")
        elif isinstance(event, ev.UnitRedispatched):
            stream.mark(f"↻ score {event.score:.2f} from {event.from_node}: re-dispatched")
        stream.show_unit(unit)
        self._wake()

    def finish(self, view: RequestView) -> None:
        """The request is over: every stream shows its unit's final state."""
        for unit in view.units.values():
            if (stream := self.streams.get(unit.id)) is not None:
                stream.show_unit(unit)
        self._flush()

    def focus_unit(self, unit_id: str) -> bool:
        stream = self.streams.get(unit_id)
        if stream is None:
            return False
        self.screen.set_focus(stream.log_widget)  # at once: the next key may zoom what has focus
        stream.scroll_visible()
        return True

    def _wake(self) -> None:
        if self._flusher is not None:
            self._flusher.resume()

    def _flush(self) -> None:
        for stream in self.streams.values():
            if stream.log_widget.is_mounted:
                stream.flush()
        if self._flusher is not None and not any(s.pending for s in self.streams.values()):
            self._flusher.pause()

    def _set_columns(self) -> None:
        count = len(self.streams)
        width = self.size.width
        columns = 1 if count <= 1 or width < 70 else 2 if count <= 4 or width < 150 else 3
        self._grid.styles.grid_size_columns = columns
