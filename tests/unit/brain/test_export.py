"""The fine-tuning export from a real store: valid JSONL in the chat format,
the right counts, dependencies and tool outputs in place, secrets masked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jarvis_tui.core.brain.export import export_finetune
from jarvis_tui.core.config import load_config
from jarvis_tui.core.events import Classified, EventBus, Planned, PlanUnit, RequestFinished, RequestStarted, UnitFinished, UnitScored, UnitStarted
from jarvis_tui.core.store import Store

SECRET = "gm-very-secret-value-123456"


def request(bus: EventBus, rid: str, prompt: str, units: list[tuple[str, str, str, float, str, str]]) -> None:
    """units: (id, role, agent, score, method, text); a reviewer depends on the units before it."""
    bus.publish(RequestStarted(rid, prompt=prompt, source="oneshot"))
    bus.publish(Classified(rid, type="code", method="heuristic", confidence=0.9, ms=0.1, heuristic_type="code", total_ms=0.1))
    plan = tuple(PlanUnit(u, role, agent or None, "M1", "m", (units[0][0],) if role == "reviewer" else ()) for u, role, agent, *_ in units)
    bus.publish(Planned(rid, units=plan))
    for uid, _, _, score, method, text in units:
        bus.publish(UnitStarted(rid, unit_id=uid, node="M1", model="m", attempt=1, cycle=1))
        bus.publish(UnitScored(rid, unit_id=uid, score=score, method=method, cycle=1, checker="M1"))
        bus.publish(UnitFinished(rid, unit_id=uid, node="M1", model="m", status="ok", text=text, latency_ms=10.0, attempts=1, error=None))
    bus.publish(RequestFinished(rid, status="ok", answer="a", score=0.9, attribution=(), cycles=1, elapsed_ms=1.0))


async def test_small_history_exports_valid_jsonl_with_the_right_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_GEMINI", SECRET)  # a key under a name the store's own redaction does not know
    config = load_config()
    nodes = [n.model_copy(update={"api_key_env": "MY_GEMINI"}) if n.name == "GEMINI" else n for n in config.nodes]
    config = config.model_copy(update={"nodes": nodes})
    store = await Store.open(tmp_path / "jarvis.db")
    bus = EventBus()
    store.attach(bus, "c1")
    request(bus, "r1", "write a reverse function", [("u1", "coder", "ia-fast", 0.9, "llm", "def rev(xs): return xs[::-1]"),
                                                    ("u2", "reviewer", "ia-check", 0.85, "llm", f"looks right; token {SECRET}")])
    request(bus, "r2", "hello", [("u1", "responder", "", 0.5, "llm", "hi")])
    request(bus, "r3", "hello again", [("u1", "responder", "", 0.5, "heuristic", "hi")])
    await store.flush()
    await store.record_tool_call(ts=1.0, request_id="r1", caller_kind="agent", caller="ia-fast", tool="read_text_file", tier="read",
                                 arguments={"path": "/tmp/x"}, decision="read", reason=None, status="ok", result="file body", error=None, elapsed_ms=1.0)
    report = await export_finetune(store, config, tmp_path / "out" / "train.jsonl", min_score=0.8)
    await store.close()
    assert (report.examples, report.below_min_score, report.unjudged, report.tool_messages) == (2, 1, 1, 1)
    lines = (tmp_path / "out" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    examples = [json.loads(line) for line in lines]
    assert len(examples) == 2
    for example in examples:
        assert all(set(m) >= {"role", "content"} for m in example["messages"])
        assert [m["role"] for m in example["messages"]][:2] == ["system", "user"]
        assert example["messages"][-1]["role"] == "assistant"
    coder, reviewer = (e["messages"] for e in examples)
    assert [m["role"] for m in coder] == ["system", "user", "assistant", "tool", "assistant"]
    assert coder[2]["tool_calls"][0]["function"] == {"name": "read_text_file", "arguments": '{"path": "/tmp/x"}'}
    assert coder[3] == {"role": "tool", "tool_call_id": "call_1", "name": "read_text_file", "content": "file body"}
    assert "Your role: coder." in coder[0]["content"]
    assert "def rev(xs)" in reviewer[1]["content"]  # the reviewer saw the coder's work
    text = "\n".join(lines)
    assert SECRET not in text and "[redacted]" in reviewer[-1]["content"]


async def test_an_empty_history_writes_an_empty_file(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "jarvis.db")
    report = await export_finetune(store, load_config(), tmp_path / "train.jsonl")
    await store.close()
    assert report.examples == 0 and (tmp_path / "train.jsonl").read_text() == ""
