"""The headless subscriber: a short trace of each step on stderr and, in
human mode, the answer streamed on stdout as it is written.

Units run in parallel but the answer reads in plan order, so the printer
streams one unit at a time (the head) and buffers the others until their
turn. When an attempt fails after some of its text was shown, the text is
marked as interrupted rather than silently continued: partial text is never
passed off as complete, and an answer a node cut at its token limit is said
to be truncated.

Everything written came, in part, from nodes and tools: it goes through
`core.text` first, so no escape sequence (clear screen, window title, OSC 52
clipboard write) reaches the terminal and no node text forges a trace line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from jarvis_tui.core import events as ev
from jarvis_tui.core.orchestra.checker import strip_thinking
from jarvis_tui.core.text import PrintableStream, printable


@dataclass
class _UnitView:
    role: str
    agent: str
    attempt: int = 0
    node: str = ""
    model: str = ""
    text: list[str] = field(default_factory=list)
    finished: bool = False
    status: str = ""


class Printer:
    def __init__(self, out: TextIO, err: TextIO, *, stream_answer: bool) -> None:
        self.out = out
        self.err = err
        self.stream_answer = stream_answer
        self.order: list[str] = []
        self.units: dict[str, _UnitView] = {}
        self.head = 0
        self.shown = 0  # characters of the head's current attempt already written
        self.wrote = False  # whether any of the answer reached stdout while it was written
        self.screen = PrintableStream()  # stdout, neutralised across fragment boundaries

    def trace(self, line: str) -> None:
        self.err.write(f"· {printable(line, one_line=True)}\n")
        self.err.flush()

    def __call__(self, event: ev.Event) -> None:
        handler = getattr(self, f"_on_{event.name}", None)
        if handler is not None:
            handler(event)

    def _on_Classified(self, e: ev.Classified) -> None:
        self.trace(f"classified: {e.type} ({e.method}, confidence {e.confidence:.2f}, {e.ms:.1f} ms)")

    def _on_ThermalChecked(self, e: ev.ThermalChecked) -> None:
        if e.max_c is not None:
            self.trace(f"thermal: {e.level}, hottest GPU {e.max_c:.0f} °C")
        for move in e.moved:
            self.trace(f"thermal move: {move.unit} {move.from_node} → {move.to_node} ({move.level}, {move.temperature_c:.0f} °C)")

    def _on_Planned(self, e: ev.Planned) -> None:
        for unit in e.units:
            self._add(unit, "plan", answer=e.answer)

    def _on_UnitAdded(self, e: ev.UnitAdded) -> None:
        self._add(e.unit, "plan" if e.answer else "dispatched", answer=e.answer)

    def _add(self, unit: ev.PlanUnit, kind: str, *, answer: bool) -> None:
        """A unit of the plan; only those that write the answer stream on stdout."""
        if answer:
            self.order.append(unit.id)
        self.units[unit.id] = _UnitView(unit.role, unit.agent or "-")
        after = f" after {', '.join(unit.depends_on)}" if unit.depends_on else ""
        self.trace(f"{kind}: {unit.id} {unit.role} {unit.attribution()}{after}")

    def _on_CallMoved(self, e: ev.CallMoved) -> None:
        where = f"went to {e.to_node}" if e.to_node else "was skipped"
        self.trace(f"{e.call}: not sent to {e.from_node} ({e.reason}); it {where}")

    def _on_NodeBackUp(self, e: ev.NodeBackUp) -> None:
        self.trace(f"{e.node} is back up (out for {e.down_s:.0f} s)")

    def _is_head(self, unit_id: str) -> bool:
        return self.head < len(self.order) and self.order[self.head] == unit_id

    def _write(self, text: str) -> None:
        self.wrote = True
        if self.stream_answer:
            self.out.write(self.screen.feed(text))
            self.out.flush()

    def _header(self, view: _UnitView) -> None:
        if len(self.order) > 1:
            self._write(f"## {view.role} [{view.agent}/{view.node}:{view.model}]\n\n")

    def _on_UnitStarted(self, e: ev.UnitStarted) -> None:
        view = self.units[e.unit_id]
        view.attempt, view.node, view.model, view.text = e.attempt, e.node, e.model, []
        self.trace(f"{e.unit_id} → {e.node} ({e.model}), attempt {e.attempt}, cycle {e.cycle}")
        if self._is_head(e.unit_id):
            self.shown = 0

    def _on_UnitToken(self, e: ev.UnitToken) -> None:
        view = self.units[e.unit_id]
        if e.attempt != view.attempt:
            return
        view.text.append(e.text)
        if self._is_head(e.unit_id):
            if self.shown == 0:  # the header waits for text: an attempt that fails silently leaves no trace on stdout
                self._header(view)
            self._write(e.text)
            self.shown += len(e.text)

    def _interrupt(self, unit_id: str, why: str) -> None:
        if self._is_head(unit_id) and self.shown:
            self._write(f"\n\n[interrupted: {printable(why, one_line=True)}]\n\n")
        self.shown = 0

    def _on_UnitFailover(self, e: ev.UnitFailover) -> None:
        nxt = f"; trying {e.to_node}" if e.to_node else "; no node left"
        self.trace(f"{e.unit_id}: {e.from_node} failed ({e.reason}){nxt}")
        self._interrupt(e.unit_id, f"{e.from_node} failed: {e.reason}")

    def _on_UnitScored(self, e: ev.UnitScored) -> None:
        by = f" by {e.checker}" if e.checker else ""
        self.trace(f"{e.unit_id}: score {e.score:.2f} ({e.method}{by}), cycle {e.cycle}")

    def _on_UnitRedispatched(self, e: ev.UnitRedispatched) -> None:
        self.trace(f"{e.unit_id}: score {e.score:.2f} is below the threshold; re-dispatching (cycle {e.cycle})")
        self._interrupt(e.unit_id, f"score {e.score:.2f} from {e.from_node} is too low; re-dispatched")

    def _on_NodeCooldown(self, e: ev.NodeCooldown) -> None:
        self.trace(f"{e.node} cools down for {e.seconds:g} s ({e.reason})")

    def _on_UnitFinished(self, e: ev.UnitFinished) -> None:
        view = self.units[e.unit_id]
        if e.unit_id not in self.order:  # dispatched work: traced, not part of the answer
            view.finished, view.status = True, e.status
            self._outcome(e)
            return
        view.finished, view.status = True, e.status
        if self._is_head(e.unit_id) and self.shown and e.status == "ok" and strip_thinking("".join(view.text)) != e.text:
            # The kept result came from an earlier, better-scored cycle than the one shown.
            self._write(f"\n\n[kept the better-scored answer of {e.node}:]\n\n{e.text}")
        view.node, view.model, view.text = e.node, e.model, [e.text]
        self._outcome(e)
        self._advance()

    def _outcome(self, e: ev.UnitFinished) -> None:
        if e.status != "ok":
            self.trace(f"{e.unit_id} failed: {e.error}")
        elif e.truncated:
            self.trace(f"{e.unit_id}: truncated: {e.node} stopped at its token limit, the answer is incomplete")

    def _advance(self) -> None:
        while self.head < len(self.order):
            view = self.units[self.order[self.head]]
            if not view.finished:
                return
            if view.status == "ok":
                if self.shown == 0:  # buffered while another unit had the floor
                    self._header(view)
                    self._write(view.text[0])
                self._write(f"\n\n— [{view.agent}/{view.node}:{view.model}]\n\n")
            self.head += 1
            self.shown = 0
            if self.head < len(self.order):
                nxt = self.units[self.order[self.head]]
                if nxt.attempt and not nxt.finished and nxt.text:
                    self._header(nxt)
                    self._write("".join(nxt.text))
                    self.shown = sum(map(len, nxt.text))

    def _on_RequestFinished(self, e: ev.RequestFinished) -> None:
        if self.stream_answer:
            self.out.write(self.screen.flush())
            self.out.flush()
        if e.status == "planned":
            return
        if not self.wrote and e.answer:  # no unit wrote it as it came (a merge that failed): the parts as they stand
            self._write(f"{e.answer}\n")
        score = "n/a" if e.score is None else f"{e.score:.2f}"
        self.trace(f"{e.status}: score {score}, {e.cycles} cycle(s), {e.elapsed_ms / 1000:.1f} s")
