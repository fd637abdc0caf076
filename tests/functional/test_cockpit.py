"""The cockpit driven by the Pilot against loopback nodes: a request fills
the plan tree, streams run, the answer arrives with attribution; cancel,
failover and a cluster with every node down."""

from __future__ import annotations

from typing import Any

from textual.message import Message

from jarvis_tui.app import make_app
from jarvis_tui.core import events as ev
from jarvis_tui.core.config import load_config
from jarvis_tui.widgets.conversation import Conversation
from jarvis_tui.widgets.messages import CoreEvents
from jarvis_tui.widgets.plan_tree import PlanTree
from jarvis_tui.widgets.status_bar import StatusBar
from jarvis_tui.widgets.streams import AgentStreams

from .helpers import PROMPT, finish, screen_text, submit, wait_for


def events_of(messages: list[Message]) -> list[ev.Event]:
    return [event for m in messages if isinstance(m, CoreEvents) for event in m.events]


def app_for(cluster: Any, **options: Any):
    return make_app(load_config(cluster.config_path), cursor_blink=False, **options)


async def test_a_request_fills_the_plan_streams_and_answer(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(token_delay_s=0.03)
    messages: list[Message] = []
    app = app_for(cluster)
    async with app.run_test(size=(160, 48), message_hook=messages.append) as pilot:
        await wait_for(pilot, lambda: "nodes 4/4 up" in screen_text(app), what="the monitor's first probes")
        await submit(pilot)
        tree = app.query_one(PlanTree)
        # The plan tree fills before the units finish.
        await wait_for(pilot, lambda: "u1 coder" in str(tree.root.children[0].label) if tree.root.children else False, what="the plan")
        await wait_for(pilot, lambda: "running" in str(tree.root.children[0].label), what="u1 running")
        await finish(pilot)
        view = app.book.current
        assert view is not None and view.status == "ok" and view.task_type == "code"
        # Each unit: its state line, then its [agent/node:model] chip on a line of its own.
        labels = [(str(node.label), str(node.children[0].label)) for node in tree.root.children]
        assert labels[0][0].startswith("✓ u1 coder") and "score 0.90" in labels[0][0] and labels[0][1] == "[ia-fast/M2:deepseek-coder-v2-lite]"
        assert labels[1][0].startswith("✓ u2 reviewer") and labels[1][1] == "[ia-check/M1:qwen3-30b]"
        # One stream per unit, holding exactly the tokens the node sent.
        streams = app.query_one(AgentStreams).streams
        assert set(streams) == {"u1", "u2", "s1"}
        assert streams["u1"].text.strip() == "M2 did the coder work. def reverse(xs): return xs[::-1]"
        # The answer is the synthesis of the parts (each tag kept), streamed as it was written.
        turn = app.query_one(Conversation).turns[view.id]
        assert turn.streamed.startswith("M1 merged the parts") and "[ia-fast/M2:deepseek-coder-v2-lite]" in turn.streamed
        assert "M2 did the coder work" not in turn.streamed  # the parts are not repeated in the answer
        assert turn.final is None  # the streamed Markdown was the final answer
        screen = screen_text(app)
        assert "[ia-fast/M2:deepseek-coder-v2-lite]" in screen and "score 0.90" in screen
        assert "│ ok " in screen and "nodes 4/4 up" in screen
        # The events arrived in pipeline order, tokens included.
        names = [e.name for e in events_of(messages) if e.request_id == view.id]
        assert names[:5] == ["RequestStarted", "Classified", "ThermalChecked", "Enriched", "Planned"]
        assert names[-1] == "RequestFinished" and "UnitToken" in names
        stored = await app.store.get_request(view.id)
        assert stored is not None and stored["status"] == "ok" and stored["source"] == "tui"


async def test_cancel_mid_stream_then_a_new_request_works(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(token_delay_s=0.3)
    app = app_for(cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await wait_for(pilot, lambda: app.book.current is not None and "u1" in app.book.current.units and app.book.current.units["u1"].tokens >= 1, what="u1 streaming")
        await pilot.press("escape")
        await finish(pilot)
        first = app.book.current
        assert first.status == "cancelled" and first.units["u1"].state == "cancelled"
        assert "cancelled by the user" in screen_text(app)
        assert "■ u1 coder" in str(app.query_one(PlanTree).root.children[0].label)
        stored = await app.store.get_request(first.id)
        assert stored["status"] == "cancelled"
        # The next request runs normally.
        cluster.nodes["M2"].set(token_delay_s=0.0)
        await submit(pilot, "écris une fonction python qui trie une liste")
        await wait_for(pilot, lambda: app.book.current is not first, what="a new request")
        await finish(pilot)
        assert app.book.current.status == "ok"


async def test_a_new_request_replaces_the_one_in_flight(make_cluster):
    cluster = make_cluster()
    cluster.nodes["M2"].set(token_delay_s=0.3)
    app = app_for(cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await wait_for(pilot, lambda: app.book.current is not None and app.book.current.units.get("u1") is not None and app.book.current.units["u1"].tokens >= 1)
        first = app.book.current
        cluster.nodes["M2"].set(token_delay_s=0.0)
        await submit(pilot, "écris une fonction python qui trie une liste")
        await wait_for(pilot, lambda: app.book.current is not first)
        await finish(pilot)
        assert first.status == "cancelled" and first.error == "cancelled: replaced by a new request"
        assert app.book.current.status == "ok"


async def test_a_node_dying_mid_request_shows_the_failover_on_its_unit(make_cluster):
    cluster = make_cluster(extra='synthesis = "concat"\n')  # the parts are the answer: the interrupted one is seen replaced
    cluster.nodes["M2"].set(token_delay_s=0.02, drop_after_tokens=3)
    app = app_for(cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        await submit(pilot)
        await finish(pilot)
        view = app.book.current
        u1 = view.units["u1"]
        assert view.status == "ok" and u1.node == "M3" and u1.state == "done"
        assert any(n.kind == "failover" and n.text.startswith("M2 failed → M3: dropped") for n in u1.notes)
        tree = app.query_one(PlanTree)
        unit_node = tree.root.children[0]
        assert "u1 coder" in str(unit_node.label) and "[ia-fast/M3:mistral-7b]" in str(unit_node.children[0].label)
        assert any("⇢ M2 failed → M3: dropped" in str(child.label) for child in unit_node.children)
        stream = app.query_one(AgentStreams).streams["u1"]
        assert "── ✗ M2 failed: dropped" in stream.text and "── attempt 2 · M3:mistral-7b · cycle 1 ──" in stream.text
        turn = app.query_one(Conversation).turns[view.id]
        assert turn.final is not None and "[ia-fast/M3:mistral-7b]" in turn.final  # the interrupted stream was replaced
        assert "⇢ M2 failed → M3: dropped" in screen_text(app)


async def test_every_node_down_says_why_and_keeps_working(make_cluster):
    cluster = make_cluster()
    for node in cluster.nodes.values():
        node.set_down()
    app = app_for(cluster)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, lambda: "No node is reachable" in screen_text(app), what="the all-down notice")
        screen = screen_text(app)
        assert "nodes 0/4 up" in screen and "M1: unreachable" in screen
        await submit(pilot)
        await finish(pilot)
        view = app.book.current
        assert view.status == "failed" and "no node could answer" in (view.error or "")
        assert "✗ failed after" in screen_text(app)
        # A node coming back is found by the monitor, and the next request works.
        for node in cluster.nodes.values():
            node.set_up()
        await wait_for(pilot, lambda: app.query_one(StatusBar).info.nodes_up == 4, timeout=25, what="the nodes to come back")
        await submit(pilot)
        await wait_for(pilot, lambda: app.book.current is not view)
        await finish(pilot)
        assert app.book.current.status == "ok"


async def test_bus_events_without_a_request_are_ignored(make_cluster):
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        app.bus.publish(ev.NodeCooldown("", node="M1", seconds=5, reason="probe: down"))
        app.bus.publish(ev.UnitToken("unknown", unit_id="u1", attempt=1, text="stray"))
        await pilot.pause(0.1)
        assert app.book.current is None and "stray" not in screen_text(app)


def test_prompt_is_shown_in_full_until_it_is_long():
    from jarvis_tui.widgets.conversation import prompt_text

    assert prompt_text(PROMPT).plain == f"› {PROMPT}"
    assert prompt_text("x" * 2500).plain.endswith("… (500 more characters)")


async def test_services_that_cannot_start_say_why_and_refuse_requests(tmp_path, monkeypatch):
    # A bad config no longer gets this far (it is refused at load): break the start itself.
    from jarvis_tui.core.runtime import Runtime

    async def fail(self):
        raise RuntimeError("the pool could not start: no_such_tool")

    monkeypatch.setattr(Runtime, "start", fail)
    path = tmp_path / "config.toml"
    path.write_text("[embedded]\nenabled = false\n", encoding="utf-8")
    app = make_app(load_config(path), cursor_blink=False, monitor=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        assert app.boot_error is not None and "no_such_tool" in app.boot_error
        await submit(pilot)
        await wait_for(pilot, lambda: len(app.query(".notice")) == 2, what="the refusal")
        assert "no_such_tool" in str(app.query(".notice").last().content) and app.book.current is None


async def test_a_small_terminal_gets_the_short_notice_and_a_resize_redraws_it(make_cluster, monkeypatch):
    """Five lines of notice hid the answer at 80x24: below the wide and tall layout the notice is its short form."""
    from textual.widgets import Static

    from jarvis_tui.widgets import cluster
    from jarvis_tui.widgets.cluster import Notice

    offline = Notice("Answering offline with the small embedded model: every node is down (M1, M2).", "warning", "Offline: every node is down.")
    monkeypatch.setattr(cluster, "cluster_notice", lambda *_, **__: offline)  # the state it describes is tested in test_daily_use
    app = app_for(make_cluster(), monitor=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        notice = app.query_one("#cluster-notice", Static)
        await wait_for(pilot, lambda: str(notice.content) == "Offline: every node is down.", what="the short notice on a small terminal")
        assert notice.has_class("-offline")
        await pilot.resize_terminal(160, 48)
        await wait_for(pilot, lambda: str(notice.content).startswith("Answering offline"), what="the whole notice on a large terminal")
        await pilot.resize_terminal(100, 28)
        await wait_for(pilot, lambda: str(notice.content) == "Offline: every node is down.", what="the short one again")
