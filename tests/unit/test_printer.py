"""The headless printer: the answer reads in plan order whatever order the
units stream in, and an interrupted attempt is marked, never passed off."""

import io

from jarvis_tui.core import events as ev
from jarvis_tui.printer import Printer

PLAN = ev.Planned("r", units=(
    ev.PlanUnit("u1", "scanner", "ia-trading", "M1", "q"),
    ev.PlanUnit("u2", "web_data", None, "OL1", "o"),
))


def run(events):
    out, err = io.StringIO(), io.StringIO()
    printer = Printer(out, err, stream_answer=True)
    for event in [PLAN, *events]:
        printer(event)
    return out.getvalue(), err.getvalue()


def started(uid, node, attempt):
    return ev.UnitStarted("r", unit_id=uid, node=node, model="m", attempt=attempt, cycle=1)


def token(uid, text, attempt=1):
    return ev.UnitToken("r", unit_id=uid, attempt=attempt, text=text)


def finished(uid, node, text):
    return ev.UnitFinished("r", unit_id=uid, node=node, model="m", status="ok", text=text, latency_ms=1, attempts=1, error=None)


def test_second_unit_is_buffered_until_the_first_is_done():
    out, _ = run([
        started("u1", "M1", 1), started("u2", "OL1", 1),
        token("u2", "web "), token("u1", "scan "), token("u2", "data"), token("u1", "done"),
        finished("u1", "M1", "scan done"), finished("u2", "OL1", "web data"),
    ])
    assert out.index("## scanner [ia-trading/M1:m]") < out.index("scan done") < out.index("## web_data [-/OL1:m]") < out.index("web data")
    assert out.count("web data") == 1 and out.count("scan done") == 1


def test_failover_after_text_marks_it_interrupted_and_silent_failures_leave_no_header():
    out, err = run([
        started("u1", "M2", 1),
        ev.UnitFailover("r", unit_id="u1", from_node="M2", to_node="M3", reason="unreachable: refused"),
        started("u1", "M3", 2), token("u1", "half an ans", attempt=2),
        ev.UnitFailover("r", unit_id="u1", from_node="M3", to_node="M1", reason="dropped: cut"),
        started("u1", "M1", 3), token("u1", "a whole answer", attempt=3), token("u1", "late token from attempt 2", attempt=2),
        finished("u1", "M1", "a whole answer"), finished("u2", "OL1", "x"),
    ])
    assert "[-/M2" not in out and "ia-trading/M2" not in out  # nothing was shown for the refused attempt
    assert "half an ans\n\n[interrupted: M3 failed: dropped: cut]" in out
    assert out.endswith("x\n\n— [-/OL1:m]\n\n") and "late token" not in out
    assert "u1: M2 failed (unreachable: refused); trying M3" in err
