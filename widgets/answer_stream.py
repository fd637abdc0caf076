"""The answer as it is written: units run in parallel, but the answer reads
in plan order, so one unit (the head) streams live while the others wait
their turn, exactly as the one-shot printer does on a terminal.

The fragments follow `core.orchestra.commander.synthesise`'s layout, so for a clean
run the streamed Markdown is the final answer; `diverged` says when it is
not (a failover after text was shown, an earlier cycle's text kept, a
failed unit) and the final answer must replace the stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jarvis_tui.core import events as ev
from jarvis_tui.core.text import printable

_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)
_OPEN = "<think>"


def visible_text(raw: str) -> str:
    """What a reader should see of a reply still being written: no reasoning
    blocks, and no trailing fragment that may be the start of one."""
    text = _THINK.sub("", raw).lstrip()
    for size in range(min(len(_OPEN) - 1, len(text)), 0, -1):
        if _OPEN.startswith(text[-size:].lower()):
            return text[:-size]
    return text


@dataclass
class _Unit:
    role: str
    agent: str
    node: str = ""
    model: str = ""
    attempt: int = 0
    raw: str = ""
    shown: int = 0  # characters of visible_text(raw) already written
    headed: bool = False
    finished: bool = False
    ok: bool = False
    text: str = ""


class AnswerStreamer:
    """Feed it one request's events; it returns the Markdown to append."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.units: dict[str, _Unit] = {}
        self.head = 0
        self.diverged = False

    @property
    def _multi(self) -> bool:
        return len(self.order) > 1

    def feed(self, event: ev.Event) -> str:
        match event:
            case ev.Planned(answer=True) | ev.UnitAdded(answer=True):
                for spec in event.units if isinstance(event, ev.Planned) else (event.unit,):
                    self.order.append(spec.id)
                    self.units[spec.id] = _Unit(spec.role, spec.agent or "-", spec.node, spec.model)
            case ev.UnitStarted() if event.unit_id in self.units:
                return self._started(event)
            case ev.UnitToken() if event.unit_id in self.units:
                return self._token(event)
            case ev.UnitFailover() if self._is_head(event.unit_id) and self.units[event.unit_id].shown:
                self.diverged = True
                nxt = f"; trying {event.to_node}" if event.to_node else ""
                return f"\n\n> *interrupted: {event.from_node} failed{nxt}*\n\n"
            case ev.UnitRedispatched() if self._is_head(event.unit_id) and self.units[event.unit_id].shown:
                self.diverged = True
                return f"\n\n> *score {event.score:.2f} is too low: re-dispatched*\n\n"
            case ev.UnitFinished() if event.unit_id in self.units:
                return self._finished(event)
        return ""

    def _is_head(self, unit_id: str) -> bool:
        return self.head < len(self.order) and self.order[self.head] == unit_id

    def _header(self, unit: _Unit) -> str:
        if not self._multi or unit.headed:
            return ""
        unit.headed = True
        return f"## {unit.role} [{unit.agent}/{unit.node}:{unit.model}]\n\n"

    def _started(self, event: ev.UnitStarted) -> str:
        unit = self.units[event.unit_id]
        if unit.headed and (event.node, event.model) != (unit.node, unit.model):
            self.diverged = True  # the header already names the node that failed
        unit.node, unit.model, unit.attempt, unit.raw, unit.shown = event.node, event.model, event.attempt, "", 0
        return self._header(unit) if self._is_head(event.unit_id) else ""

    def _token(self, event: ev.UnitToken) -> str:
        unit = self.units[event.unit_id]
        if event.attempt != unit.attempt:
            return ""
        unit.raw += event.text
        return self._catch_up(unit) if self._is_head(event.unit_id) else ""

    def _catch_up(self, unit: _Unit) -> str:
        text = printable(visible_text(unit.raw))
        if len(text) <= unit.shown:
            return ""
        fragment, unit.shown = text[unit.shown :], len(text)
        return fragment

    def _finished(self, event: ev.UnitFinished) -> str:
        unit = self.units[event.unit_id]
        unit.finished, unit.ok, unit.text = True, event.status == "ok", printable(event.text)
        unit.node, unit.model = event.node, event.model
        if not unit.ok:
            self.diverged = True  # the final answer notes the failure
        return self._advance()

    def _advance(self) -> str:
        out: list[str] = []
        while self.head < len(self.order) and self.units[self.order[self.head]].finished:
            unit = self.units[self.order[self.head]]
            if unit.ok:
                streamed = printable(visible_text(unit.raw))
                if unit.shown == 0:  # it finished while another unit had the floor
                    out += [self._header(unit), unit.text]
                elif streamed.strip() != unit.text.strip():
                    self.diverged = True
                out.append(f"\n\n— [{unit.agent}/{unit.node}:{unit.model}]" if not self._multi else "\n\n")
            self.head += 1
            if self.head < len(self.order):
                nxt = self.units[self.order[self.head]]
                if nxt.attempt and not nxt.finished:
                    out += [self._header(nxt), self._catch_up(nxt)]
        return "".join(out)
