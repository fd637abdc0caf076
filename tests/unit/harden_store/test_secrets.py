"""Every configured secret is masked wherever text leaves the process: the
store, the audit (after any cut), printed streams split at any point."""

from __future__ import annotations

import io
import itertools
import os
import sqlite3
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from jarvis_tui.core import secrets
from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.events import EventBus, RequestFinished, RequestStarted
from jarvis_tui.core.secrets import REDACTED, RedactingStream, redact
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Caller, Policy, Toolbox
from jarvis_tui.core.tools.registry import AUDIT_RESULT_CHARS

KEY = "vllm-k3y-0123456789abcdefXYZ"


def node_config(tmp_path: Path, env: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(f'[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "http://127.0.0.1:9"\nmodel = "m"\napi_key_env = "{env}"\n')
    return path


def everything_written(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


async def test_a_key_in_any_api_key_env_variable_is_masked_in_the_store(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VLLM_SERVER_AUTH", KEY)  # no secret-like suffix: only the config says it is one
    load_config(node_config(tmp_path, "VLLM_SERVER_AUTH"))
    store = await Store.open(tmp_path / "j.db")
    bus = EventBus()
    store.attach(bus, "c")
    bus.publish(RequestStarted("r1", prompt="hi", source="oneshot"))
    bus.publish(RequestFinished("r1", status="ok", answer=f"the server said: Bearer {KEY}", score=1.0, attribution=(), cycles=1,
                                elapsed_ms=1.0, document={"answer": f"Bearer {KEY}"}))
    await store.close()
    assert KEY.encode() not in everything_written(tmp_path / "j.db")
    with sqlite3.connect(tmp_path / "j.db") as db:
        assert db.execute("SELECT answer FROM requests").fetchone() == (f"the server said: Bearer {REDACTED}",)


async def test_a_key_straddling_the_audit_cut_leaves_no_piece(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EXCHANGE_SECRET", KEY)
    store = await Store.open(tmp_path / "j.db")
    try:
        settings = ToolsConfig(roots=[str(tmp_path)], allow=["write"])
        box = Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings), audit=store)
        for cut_at in (5, 12, 20):  # the cut falls that many characters into the key
            filler = "x" * (AUDIT_RESULT_CHARS - len('{"path": "a.txt", "content": "') - cut_at)
            await box.call("write", {"path": "a.txt", "content": filler + KEY + " tail"}, caller=Caller("mcp", "host"))
        (tmp_path / "big.txt").write_text("y" * (AUDIT_RESULT_CHARS - 40) + KEY)
        await box.call("read_text_file", {"path": "big.txt"}, caller=Caller("mcp", "host"))
        rows = await store.tool_calls()
    finally:
        await store.close()
    assert len(rows) == 4
    for row in rows:
        text = str(row["arguments"]) + str(row["result"])
        assert KEY[:5] not in text and "vllm-k3y" not in text, text[-200:]
    assert KEY[:5].encode() not in everything_written(tmp_path / "j.db")


def test_pieces_of_a_cut_key_are_masked(monkeypatch) -> None:
    monkeypatch.setenv("NODE_API_KEY", KEY)
    assert redact(f"body: {KEY[:15]}") == f"body: {REDACTED}"  # cut after 15 characters
    assert redact(f"{KEY[-14:]} was the end") == f"{REDACTED} was the end"  # a window that starts inside it
    assert redact("vllm-k3y is just 8 characters") == "vllm-k3y is just 8 characters"  # too short a piece to be sure


@given(text=st.text(max_size=80), cuts=st.lists(st.integers(0, 140), max_size=6))
def test_a_stream_never_prints_a_secret_however_it_is_split(text: str, cuts: list[int]) -> None:
    whole = text + KEY + text
    out = io.StringIO()
    stream = RedactingStream(out)
    points = sorted({0, len(whole), *(c for c in cuts if c < len(whole))})
    with mock.patch.dict(os.environ, {"STREAM_TEST_TOKEN": KEY}):
        for start, end in itertools.pairwise(points):
            stream.write(whole[start:end])
        stream.close()
    assert KEY not in out.getvalue()
    assert out.getvalue() == redact(whole, [KEY])


def test_watch_adds_configured_names(monkeypatch) -> None:
    monkeypatch.setenv("PLAIN_NAME", "value-long-enough")
    assert "value-long-enough" not in secrets.secret_values()
    secrets.watch(["PLAIN_NAME"])
    assert "value-long-enough" in secrets.secret_values()


NO_BRACKETS = st.characters(blacklist_characters="[]")


@given(prefix=st.text(NO_BRACKETS, max_size=40), suffix=st.text(NO_BRACKETS, max_size=40), key=st.text(NO_BRACKETS, min_size=8, max_size=60))
def test_redact_removes_any_secret(prefix: str, suffix: str, key: str) -> None:
    assert key not in redact(prefix + key + suffix, [key]) or key in REDACTED
