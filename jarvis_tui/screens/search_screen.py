"""Search past conversations: the store's requests whose prompt or answer
contains the text, newest first; the highlighted one is shown in full."""

from __future__ import annotations

import asyncio
import time
from typing import Any, ClassVar, Protocol

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from jarvis_tui.core.text import printable

DEBOUNCE_S = 0.15


class Searchable(Protocol):
    async def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]: ...
    async def recent_requests(self, limit: int = 50) -> list[dict[str, Any]]: ...
    async def get_request(self, request_id: str) -> dict[str, Any] | None: ...


def result_label(row: dict[str, Any]) -> Text:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(row["started_at"]))
    prompt = " ".join(printable(row.get("prompt") or "").split())
    text = Text(f"{when} ", style="dim")
    text.append(f"{row.get('status') or '?':<9} ", style="bold")
    text.append(prompt[:70] + ("…" if len(prompt) > 70 else ""))
    return text


def request_markdown(request: dict[str, Any]) -> str:
    """A stored request as Markdown: prompt, answer, and its units."""
    score = request.get("score")
    heuristic = score is not None and any(u.get("score_method") == "heuristic" for u in request.get("units", ()))
    lines = [
        f"**› {printable(request.get('prompt') or '')}**",
        "",
        f"*{request.get('type') or '?'} · {request.get('status')} · score {'n/a' if score is None else f'{score:.2f}'}{' (heuristic)' if heuristic else ''}*",
        "",
        printable(request.get("answer") or request.get("error") or "(no answer)"),
        "",
    ]
    for unit in request.get("units", ()):
        unit_score = unit.get("score")
        lines.append(
            f"- `{unit['unit_id']}` {unit.get('role') or '?'} [{unit.get('agent') or '-'}/{unit.get('node')}:{unit.get('model')}]"
            f" {unit.get('status')}" + ("" if unit_score is None else f" · score {unit_score:.2f}")
            + (" (heuristic)" if unit_score is not None and unit.get("score_method") == "heuristic" else "")
        )
    return "\n".join(lines)


class SearchScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Close")]
    DEFAULT_CSS = """
    SearchScreen { align: center middle; }
    SearchScreen > Vertical {
        width: 95%; height: 90%; border: round $accent; border-title-color: $accent; background: $surface;
    }
    SearchScreen Horizontal { height: 1fr; }
    SearchScreen OptionList { width: 1fr; min-width: 30; height: 1fr; }
    SearchScreen #search-preview { width: 1fr; height: 1fr; padding: 0 1; }
    SearchScreen #search-status { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, store: Searchable | None, unavailable: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.unavailable = unavailable

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Search past conversations · Esc closes"
            yield Input(placeholder="text in a prompt or an answer", id="search-input")
            yield Static("", id="search-status")
            with Horizontal():
                yield OptionList(id="search-results")
                with VerticalScroll(id="search-preview"):
                    yield Static("", id="search-detail")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.store is None:
            self._status(f"the database is not available: {self.unavailable or 'not opened yet'}")
        else:
            self.run_search("")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, group="search", exit_on_error=False)
    async def run_search(self, text: str) -> None:
        if self.store is None:
            return
        if text:
            await asyncio.sleep(DEBOUNCE_S)  # typing replaces this worker before it queries
        rows = await (self.store.search(text) if text.strip() else self.store.recent_requests())
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(Option(result_label(row), id=row["id"]) for row in rows)
        self._status(f"{len(rows)} request{'s' * (len(rows) != 1)}" + (f" containing {text!r}" if text.strip() else ", newest first"))
        if rows:
            results.highlighted = 0

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self.show_request(event.option.id)

    @work(exclusive=True, group="search-detail", exit_on_error=False)
    async def show_request(self, request_id: str) -> None:
        if self.store is None:
            return
        request = await self.store.get_request(request_id)
        from textual.widgets import Markdown

        preview = self.query_one("#search-preview", VerticalScroll)
        await preview.remove_children()
        await preview.mount(Markdown(request_markdown(request) if request else "(this request is gone)"))

    def _status(self, message: str) -> None:
        self.query_one("#search-status", Static).update(Text(message))
