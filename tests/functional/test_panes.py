"""The panes' pure parts: events folded into unit states, the answer
streamed in plan order, and the functions that turn state into text."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from jarvis_tui.app import has_ollama_node
from jarvis_tui.core import events as ev
from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import load_config
from jarvis_tui.core.trading.snapshot import PositionView, SignalView, TradingSnapshot
from jarvis_tui.widgets.answer_stream import AnswerStreamer, visible_text
from jarvis_tui.widgets.cluster import down_message, node_rows, summary
from jarvis_tui.widgets.conversation import conversation_markdown, result_text
from jarvis_tui.widgets.heatmap import (
    NodeInfo,
    Thresholds,
    heatmap,
    sparkline,
    temperature_band,
)
from jarvis_tui.widgets.plan_tree import unit_label
from jarvis_tui.widgets.request_view import RequestBook, printable
from jarvis_tui.widgets.status_bar import StatusInfo, status_text
from jarvis_tui.widgets.trading import book

from .scripted import T0, finished_request, write_config

R = "r1"


def plan(*units: tuple[str, str, str]) -> ev.Planned:
    return ev.Planned(R, units=tuple(ev.PlanUnit(i, role, "ia-fast", node, "m") for i, role, node in units))


def text_of(renderable, width: int = 100) -> str:
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_events_fold_into_unit_states():
    book = RequestBook()
    states = []
    for event in finished_request(R):
        view, unit = book.apply(event)
        if unit is not None and unit.id == "u1":
            states.append(unit.state)
    view = book.current
    u1, u2 = view.units["u1"], view.units["u2"]
    assert states[0] == "running" and states[-1] == "done"
    assert (u1.node, u1.attempt, u1.latency_ms, u1.score) == ("M3", 2, 812.0, 0.86)
    assert [n.kind for n in u1.notes] == ["failover"] and [n.kind for n in u2.notes] == ["thermal"]
    assert u2.notes[0].text == "thermal: moved M1 → M2 (critical at 88 °C)"
    assert view.status == "ok" and view.elapsed_s() == 2.345 and view.attribution[0] == "[ia-fast/M3:mistral-7b]"
    assert abs(u1.elapsed_s() - 0.94) < 1e-6  # from its first start to its finish, event times


def test_redispatch_and_cancel_states():
    book = RequestBook()
    for event in (ev.RequestStarted(R, prompt="p", source="tui", ts=T0), plan(("u1", "coder", "M2"), ("u2", "reviewer", "M1")),
                  ev.UnitStarted(R, unit_id="u1", node="M2", model="m", attempt=1, cycle=1),
                  ev.UnitScored(R, unit_id="u1", score=0.4, method="llm", cycle=1, checker="M1"),
                  ev.UnitRedispatched(R, unit_id="u1", cycle=2, score=0.4, from_node="M2")):
        book.apply(event)
    u1 = book.current.units["u1"]
    assert u1.state == "redispatched" and u1.cycle == 2 and "re-dispatched, cycle 2" in u1.notes[-1].text
    assert str(unit_label(u1)).startswith("↻ u1 coder  re-dispatched")
    book.apply(ev.RequestFinished(R, status="cancelled", answer="", score=None, attribution=(), cycles=0, elapsed_ms=10.0, error="cancelled by the user"))
    assert {u.state for u in book.current.units.values()} == {"cancelled"}
    assert result_text(book.current).plain.startswith("■ cancelled by the user")


def test_book_keeps_a_bounded_number_of_requests():
    book = RequestBook(keep=3)
    for i in range(10):
        book.apply(ev.RequestStarted(f"r{i}", prompt="p", source="tui"))
    assert list(book.requests) == ["r7", "r8", "r9"]
    assert book.apply(ev.UnitToken("r0", unit_id="u1", attempt=1, text="x")) == (None, None)


def test_answer_streams_in_plan_order_and_matches_the_synthesis():
    streamer = AnswerStreamer()
    out = "".join(streamer.feed(e) for e in finished_request(R))
    assert streamer.diverged  # u1's first attempt was shown, then failed over
    clean = AnswerStreamer()
    events = [plan(("u1", "coder", "M2"), ("u2", "reviewer", "M1")),
              ev.UnitStarted(R, unit_id="u2", node="M1", model="m", attempt=1, cycle=1),
              ev.UnitToken(R, unit_id="u2", attempt=1, text="review"),
              ev.UnitStarted(R, unit_id="u1", node="M2", model="m", attempt=1, cycle=1),
              ev.UnitToken(R, unit_id="u1", attempt=1, text="<think>hmm</think>\n\ncode"),
              ev.UnitFinished(R, unit_id="u1", node="M2", model="m", status="ok", text="code", latency_ms=1, attempts=1, error=None),
              ev.UnitFinished(R, unit_id="u2", node="M1", model="m", status="ok", text="review", latency_ms=1, attempts=1, error=None)]
    out = "".join(clean.feed(e) for e in events)
    assert not clean.diverged
    assert out.strip() == "## coder [ia-fast/M2:m]\n\ncode\n\n## reviewer [ia-fast/M1:m]\n\nreview"
    assert "hmm" not in out


def test_visible_text_hides_reasoning_and_a_tag_being_written():
    assert visible_text("<think>plan") == ""
    assert visible_text("<think>a</think> answer <thi") == "answer "
    assert visible_text("a < b") == "a < b"


def test_printable_drops_what_a_terminal_would_act_on():
    assert printable("a\x1b[31mb\x07\r\nc\x00\td") == "ab\nc\td"  # whole escape sequences go (core.text)


def test_heatmap_cells_history_and_missing_data():
    assert [temperature_band(t, Thresholds()) for t in (None, 60, 75, 84.9, 85)] == ["unknown", "normal", "warning", "warning", "critical"]
    assert sparkline([20, 60, 100, None], 10, 20, 100) == "▁▅█ "
    reading = NodeReading("M1", (GpuReading(0, "RTX 3090", 88.0, 97.0, 22_800, 24_576, 342.0),))
    nodes = [NodeInfo("M1"), NodeInfo("M2", "http://h:9400/metrics"), NodeInfo("M3")]
    text = text_of(heatmap(nodes, {"M1": reading}, {("M1", 0): [reading.gpus[0]]}, level="critical", max_c=88.0, reasons={"M2": "exporter down"}))
    assert "thermal CRITICAL · hottest 88 °C" in text and "88°" in text
    assert "M2 no GPU data (exporter down)" in text and "M3 no GPU data (gpu_metrics not set)" in text
    assert "22.3/24 GB" in text and "342W" in text
    stale = NodeReading("M1", reading.gpus, ts=0.0)
    assert "last reading" in text_of(heatmap(nodes[:1], {"M1": stale}, {}))
    assert "97%" in text_of(heatmap(nodes[:1], {"M1": reading}, {}, metric="utilisation", detail=False))


def test_cluster_rows_say_why_a_node_is_not_up(tmp_path):
    pool = NodePool(load_config(write_config(tmp_path)))
    assert [r.state for r in node_rows(pool, None)] == ["unknown"] * 4 + ["disabled"]
    doc = {"nodes": [{"name": "M1", "reachable": True, "latency_ms": 12.0, "loaded": ["qwen3-30b"]},
                     {"name": "M2", "reachable": False, "error": "unreachable: refused"},
                     {"name": "M3", "reachable": False, "error": "timeout"},
                     {"name": "OL1", "reachable": False, "error": "unreachable: refused"}]}
    rows = node_rows(pool, doc)
    assert [(r.state, r.reason) for r in rows[:2]] == [("up", None), ("down", "unreachable: refused")]
    assert summary(rows) == (1, 4) and down_message(rows) is None
    doc["nodes"][0] = {"name": "M1", "reachable": False, "error": "unreachable: refused"}
    message = down_message(node_rows(pool, doc))
    assert message.startswith("No node is reachable") and "M3: timeout" in message


def test_status_bar_shortens_the_database_path():
    info = StatusInfo(mode="ollama", nodes_up=2, nodes_total=4, db="/very/long/path/to/the/database/jarvis.db")
    wide = status_text(info, None, width=200).plain
    assert "OLLAMA" in wide and "nodes 2/4 up" in wide and "idle" in wide and "db /very/long" in wide
    assert "db …/jarvis.db" in status_text(info, None, width=80).plain
    assert "db" not in status_text(info, None, width=50).plain.split("│")[-1]


def test_trading_book_modes_and_positions():
    assert "trading not configured" in text_of(book(None, mode="paper", exchange="mexc", min_score=70))
    assert text_of(book(None, mode="live", exchange="bybit", min_score=70)).startswith(" LIVE  bybit")
    position = PositionView("BTC/USDT:USDT", "long", 10, 10, 97000, 97100, 1.25, 87785, 96757.5, 97388)
    signal = SignalView("abc123def456", "SOL/USDT:USDT", "short", 82, 74, ("EMA cross down", "volume spike"), 600)
    snap = TradingSnapshot("paper", "mexc", balance_usdt=990, equity_usdt=1001.25, pnl_usdt=1.25, positions=(position,), signals=(signal,), equity_curve=(1000, 1001.25))
    text = text_of(book(snap, mode="paper", exchange="mexc", min_score=70))
    assert "PnL +1.25" in text and "BTC/USDT" in text and "87785" in text and "SOL/USDT short score 82" in text and "volume spike" in text
    live = text_of(book(replace(snap, mode="live", live_missing="live trading refused: confirmed this session"), mode="live", exchange="okx", min_score=70))
    assert live.startswith(" LIVE (orders refused) ") and "confirmed this session" in live


def test_export_markdown_and_the_ollama_node(tmp_path):
    book = RequestBook()
    for event in finished_request(R):
        book.apply(event)
    markdown = conversation_markdown(book.requests.values())
    assert markdown.startswith("# Jarvis conversation") and "> écris une fonction" in markdown and "score 0.89" in markdown
    config = load_config(write_config(tmp_path))
    assert has_ollama_node(config)
    assert not has_ollama_node(config.model_copy(update={"nodes": [n for n in config.nodes if n.kind != "ollama"]}))


async def test_a_unit_the_plan_did_not_announce_gets_a_line_and_a_stream(tmp_path, monkeypatch):
    from pathlib import Path

    from jarvis_tui.app import make_app

    monkeypatch.chdir(tmp_path)
    app = make_app(load_config(write_config(tmp_path)), monitor=False, cursor_blink=False, db_path=Path("jarvis.db"))
    async with app.run_test(size=(160, 48)) as pilot:
        await app.ready.wait()
        for event in (ev.RequestStarted(R, prompt="p", source="tui"), plan(("u1", "coder", "M2")),
                      ev.UnitStarted(R, unit_id="t1", node="M1", model="m", attempt=1, cycle=1),
                      ev.UnitToken(R, unit_id="t1", attempt=1, text="dispatched work")):
            app.bus.publish(event)
        await pilot.pause(0.2)
        assert [n.data for n in app.plan_tree.root.children] == ["u1", "t1"]
        assert "dispatched work" in app.streams.streams["t1"].text
