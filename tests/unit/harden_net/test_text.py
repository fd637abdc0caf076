"""Hostile output on the terminal: `core.text` turns any string into one a
terminal draws without acting on it, and into valid UTF-8; the one-shot
printer writes only through it."""

from __future__ import annotations

import io
import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from jarvis_tui.core import events as ev
from jarvis_tui.core.text import HOLD_CHARS, PrintableStream, printable, valid_text
from jarvis_tui.printer import Printer

# What a terminal acts on: C0 controls but newline and tab, DEL, C1 controls (8-bit CSI, OSC...).
ACTIVE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ATTACKS = {
    "clear screen": "\x1b[2J\x1b[H",
    "window title": "\x1b]0;owned\x07",
    "OSC 52 clipboard write": "\x1b]52;c;cm0gLXJmIH4K\x1b\\",
    "hyperlink": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "8-bit CSI": "\x9b2J",
    "fake trace line": "\r· M2 is back up\n· ok: score 1.00",
    "device status query": "\x1b[6n",
    "DCS": "\x1bP1$qm\x1b\\",
}
# Text with many of the bytes an attacker would use, and every other character.
hostile = st.text(alphabet=st.one_of(st.sampled_from("\x1b\x07\x9b\x9c\x9d\x90[]();\\0123456789mJHP\r\n\t\x00\x7f"), st.characters()), max_size=300)


def test_each_attack_is_neutralised():
    for name, attack in ATTACKS.items():
        out = printable(f"before {attack} after")
        assert not ACTIVE.search(out), name
        assert out.startswith("before ") and out.endswith(" after"), name


def test_whole_sequences_go_and_plain_text_stays():
    assert printable("\x1b[31mred\x1b[0m \x1b]0;title\x07ok") == "red ok"
    text = "écris — नमस्ते שָׁלוֹם 👩\u200d💻 [bold]not markup[/bold]\n\tindented"
    assert printable(text) == text


def test_one_line_cannot_forge_lines():
    assert printable("a\nb\r\nc\td", one_line=True) == "a b c d"


def test_lone_surrogates_become_replacement_characters():
    assert valid_text("caf\ud800é") == "caf\ufffdé"
    assert printable("\udcff").encode("utf-8") == "\ufffd".encode()


@given(hostile)
@settings(max_examples=300, deadline=None)
def test_printable_output_is_inert_and_valid_utf8(text):
    out = printable(text)
    assert not ACTIVE.search(out)
    out.encode("utf-8")  # raises on a lone surrogate
    assert not ACTIVE.search(printable(text, one_line=True).replace(" ", ""))


@given(hostile, st.lists(st.integers(min_value=0, max_value=300), max_size=8))
@settings(max_examples=300, deadline=None)
def test_a_stream_cut_anywhere_prints_what_the_whole_would(text, cuts):
    stream = PrintableStream()
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    out = "".join(stream.feed(text[a:b]) for a, b in pairwise(bounds)) + stream.flush()
    assert out == printable(text)


def test_a_stream_holds_back_no_more_than_its_bound():
    stream = PrintableStream()
    shown = stream.feed("\x1b]52;c;" + "A" * (2 * HOLD_CHARS))  # an OSC 52 that never ends
    assert len(shown) >= HOLD_CHARS and not ACTIVE.search(shown)


def test_the_printer_writes_no_escape_to_either_stream():
    out, err = io.StringIO(), io.StringIO()
    printer = Printer(out, err, stream_answer=True)
    unit = ev.PlanUnit("u1", "coder", "ia-fast", "M2", "m")
    printer(ev.Planned("r", units=(unit,)))
    printer(ev.UnitStarted("r", unit_id="u1", node="M2", model="m", attempt=1, cycle=1))
    for piece in ("hello \x1b", "]0;own", "ed\x07 \x1b[2", "J world\r\n", "· fake\x9b6n"):
        printer(ev.UnitToken("r", unit_id="u1", attempt=1, text=piece))
    printer(ev.UnitFailover("r", unit_id="u1", from_node="M2", to_node="M3", reason="http: HTTP 500: \x1b]52;c;eA==\x07\n· forged line"))
    printer(ev.UnitFinished("r", unit_id="u1", node="M3", model="m", status="ok", text="done \x1b[2J", latency_ms=1.0, attempts=2, error=None, truncated=True))
    printer(ev.RequestFinished("r", status="ok", answer="done", score=0.9, attribution=(), cycles=1, elapsed_ms=1.0))
    assert not ACTIVE.search(out.getvalue().replace("\n", "")) and not ACTIVE.search(err.getvalue().replace("\n", ""))
    assert "hello   world" in out.getvalue() and "[interrupted: M2 failed: http: HTTP 500:  · forged line]" in out.getvalue()
    assert all(line.startswith("· ") for line in err.getvalue().splitlines())  # no forged trace line
    assert "u1: truncated: M3 stopped at its token limit" in err.getvalue()
