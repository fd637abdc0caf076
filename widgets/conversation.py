"""The conversation pane: each request and its synthesised answer, streamed
as Markdown, with the attribution chips and the global score."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from jarvis_tui.core import events as ev
from jarvis_tui.core.text import printable

from .answer_stream import AnswerStreamer
from .request_view import RequestView

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.widgets import Markdown

PROMPT_SHOWN = 2000  # characters of a prompt drawn in full; the rest is counted
# Appends a second at most: each one re-lays out the screen, and the raw
# tokens already stream live in the agent streams pane.
ANSWER_FPS = 4
WELCOME = (
    "Type a request below and press Enter. Jarvis classifies it, plans units, "
    "routes them to nodes, streams their work and synthesises one attributed answer.\n"
    "F1 help · Ctrl+P every command · Esc cancels the request in flight"
)


def prompt_text(prompt: str) -> Content:
    """The user's request as shown: long pastes are cut, and say by how much."""
    more = len(prompt) - PROMPT_SHOWN
    cut = (f"… ({more:,} more characters)", "italic") if more > 0 else ""
    return Content.assemble(("› ", "bold $accent"), prompt[:PROMPT_SHOWN], cut)


def meta_text(view: RequestView) -> Content:
    """Classification and thermal state of a request, one dim line."""
    parts: list[str] = []
    if view.task_type:
        parts.append(f"{view.task_type} · {view.method} · confidence {view.confidence:.2f}")
    if view.thermal_level and (view.thermal_level != "normal" or view.thermal_max_c is not None):
        hottest = f" {view.thermal_max_c:.0f} °C" if view.thermal_max_c is not None else ""
        parts.append(f"thermal {view.thermal_level}{hottest}")
    if view.units:
        parts.append(f"{len(view.units)} unit{'s' * (len(view.units) > 1)}")
    return Content.styled("  ·  ".join(parts), "dim")


def result_text(view: RequestView, shown: str | None = None) -> Content:
    """Attribution chips, global score, cycles and time, or why there is no answer.
    `shown`: the answer as drawn (the stream signs a one-unit answer itself), else `view.answer`."""
    if view.status == "running":
        return Content("")
    elapsed = f"{view.elapsed_s():.1f} s"
    if view.status == "cancelled":
        return Content.styled(f"■ {view.error or 'cancelled'} after {elapsed}", "bold $warning")
    if view.status == "failed":
        return Content.styled(f"✗ failed after {elapsed}: {view.error or 'no node could answer'}", "bold $error")
    # The answer's last line already names who wrote it ("— [agent/node:model]"): not twice on a narrow screen.
    answer = view.answer if shown is None else shown
    signed = answer.rstrip().rsplit("\n", 1)[-1] if answer else ""
    chips = [part for chip in view.attribution if chip not in signed for part in ((f" {chip} ", "$text on $primary-muted"), " ")]
    cycles = f" · {view.cycles} cycle{'s' * (view.cycles != 1)} · {elapsed}"
    offline = ("\n⚠ answered offline by the embedded fallback (the Plan says why)", "$text-warning") if view.offline else ""
    return Content.assemble(*chips, (score_text(view), "bold"), (cycles, "dim"), offline)


def score_text(view: RequestView) -> str:
    """"score 0.84", marked "(heuristic)" when no checker judged some unit: a guess, not a judgment."""
    score = "n/a" if view.score is None else f"{view.score:.2f}"
    return f"score {score}" + (" (heuristic)" if view.heuristic_score and view.score is not None else "")


def conversation_markdown(views: Iterable[RequestView]) -> str:
    """The session as a Markdown document: each prompt, its answer, chips and score."""
    lines = ["# Jarvis conversation", ""]
    for view in views:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(view.started_at))
        lines += [f"## {when} · {view.task_type or '?'} · {view.status}", ""]
        lines += [f"> {line}" if line else ">" for line in view.prompt.splitlines()] + [""]
        if view.status == "ok":
            lines += [printable(view.answer), "", f"*{' '.join(view.attribution)} · {score_text(view)} · {view.elapsed_s():.1f} s*", ""]
        else:
            lines += [f"*{view.status}: {view.error or 'no answer'}*", ""]
    return "\n".join(lines)


class Turn(Vertical):
    """One request and its answer. The answer streams through
    `Markdown.get_stream`, which batches fragments instead of re-rendering
    the document per token."""

    DEFAULT_CSS = """
    Turn { height: auto; margin: 0 0 1 0; }
    Turn > .prompt { color: $text; text-style: bold; }
    Turn > .meta, Turn > .result { height: auto; }
    Turn > Markdown { margin: 0; padding: 0 0 0 2; background: transparent; }
    """

    def __init__(self, view: RequestView) -> None:
        super().__init__()
        # markdown-it loads with the first answer, not at start-up.
        from textual.widgets import Markdown

        self.view = view
        self.streamer = AnswerStreamer()
        self.answer: Markdown = Markdown()
        self._meta = Static("", classes="meta")
        self._result = Static("", classes="result")
        self._pending: list[str] = []
        self._wake = asyncio.Event()
        self._answer_done = False
        self._streamed: list[str] = []  # everything appended to the Markdown so far
        self.final: str | None = None  # the answer that replaces the stream
        self.settled = False  # the request is over and the answer in place
        self._mounted = False

    def compose(self) -> ComposeResult:
        yield Static(prompt_text(self.view.prompt), classes="prompt")
        yield self._meta
        yield self._result

    async def on_mount(self) -> None:
        # Mounted (and its own first update done) before anything is appended.
        await self.mount(self.answer, before=self._result)
        self._mounted = True
        self._render_meta()
        self.run_worker(self._pump(), group="answer", exit_on_error=False)

    def on_core_event(self, event: ev.Event) -> None:
        """Take one event of this turn's request (already folded into `view`)."""
        fragment = self.streamer.feed(event)
        if fragment:
            self._pending.append(fragment)
            self._streamed.append(fragment)
            self._wake.set()
        if isinstance(event, ev.Classified | ev.ThermalChecked | ev.Planned):
            self._render_meta()
        elif isinstance(event, ev.RequestFinished):
            self.close()

    @property
    def streamed(self) -> str:
        return "".join(self._streamed)

    def close(self) -> None:
        """The request is over: settle the final answer and the result line."""
        view = self.view
        if view.status == "ok" and (self.streamer.diverged or not self.streamed.strip()):
            self.final = printable(view.answer)
        self._answer_done = True
        self._wake.set()
        self._render_meta()

    def _render_meta(self) -> None:
        if self._mounted:
            self._meta.update(meta_text(self.view))
            self._result.update(result_text(self.view, self.final if self.final is not None else self.streamed))

    async def _pump(self) -> None:
        from textual.widgets import Markdown

        stream = None
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                if self._pending:
                    if stream is None:
                        stream = Markdown.get_stream(self.answer)
                        # Let its task start: a stream stopped before it ran raises CancelledError in stop().
                        await asyncio.sleep(0)
                    text, self._pending = "".join(self._pending), []
                    await stream.write(text)
                if self._answer_done:
                    break
                await asyncio.sleep(1 / ANSWER_FPS)
        finally:
            if stream is not None:
                await stream.stop()
        if self.final is not None:
            await self.answer.update(self.final)
        self.settled = True


class Conversation(VerticalScroll):
    """The turns of this session, newest last; older turns leave the screen
    (they stay in the database and in search) so a long session stays light."""

    DEFAULT_CSS = """
    Conversation { height: 1fr; padding: 0 1; scrollbar-size-vertical: 1; }
    Conversation > #welcome { color: $text-muted; margin: 0 0 1 0; }
    Conversation > .notice { margin: 0 0 1 0; }
    Conversation > .notice.-error { color: $error; }
    """

    def __init__(self, *, keep: int = 20, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keep = keep
        self.turns: dict[str, Turn] = {}

    def compose(self) -> ComposeResult:
        yield Static(WELCOME, id="welcome")

    def on_mount(self) -> None:
        self.anchor()

    def on_core_event(self, event: ev.Event, view: RequestView | None) -> None:
        """Route an event to its turn, starting one on RequestStarted."""
        if isinstance(event, ev.RequestStarted) and view is not None:
            turn = Turn(view)
            self.turns[view.id] = turn
            self.mount(turn)
            self._trim()
            self.anchor()
        elif (existing := self.turns.get(event.request_id)) is not None:
            existing.on_core_event(event)

    def notice(self, message: str, *, error: bool = False) -> None:
        """A line in the conversation that is not an answer (a refused prompt, an export)."""
        self.mount(Static(Content(printable(message)), classes="notice -error" if error else "notice"))
        self.anchor()

    def _trim(self) -> None:
        while len(self.turns) > self.keep:
            oldest = next(iter(self.turns))
            self.turns.pop(oldest).remove()
