"""Property-based: any arguments, to any file or script tool (or a name
that is no tool), through `Toolbox.call` with a real audit store: no
exception escapes, every result and error is valid UTF-8, and every call
is in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.store import Store
from jarvis_tui.core.tools import Caller, Policy, Toolbox
from jarvis_tui.core.tools.registry import default_registry

TOOLS = [tool for tool in default_registry() if tool.family in ("files", "scripts")]
HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["a\udcffb.txt", "\x1b[2J", "~root", "x" * 300, "..", "../../etc/passwd", "/", "\\xff", "dir/\udce9/f", "", " ", "*", "**/*"]),
)
VALUES = st.recursive(st.one_of(HOSTILE_TEXT, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False)),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


@st.composite
def calls(draw) -> tuple[str, object]:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=20)), draw(VALUES)  # no such tool, any arguments
    tool = draw(st.sampled_from(TOOLS))
    names = [*tool.schema["properties"], "unexpected"]
    return tool.name, draw(st.dictionaries(st.sampled_from(names), VALUES, max_size=4))


@pytest.fixture()
async def audited(tmp_path: Path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text("a\n")
    store = await Store.open(tmp_path / "j.db")
    config = ToolsConfig(roots=[str(root)], danger_enabled=False, timeout_s=10)
    box = Toolbox(load_config().model_copy(update={"tools": config}), policy=Policy(config, assume_yes=True), audit=store)
    yield box, store
    await store.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batch=st.lists(calls(), min_size=1, max_size=3))
async def test_any_arguments_give_a_valid_utf8_result_and_an_audit_row(audited, batch) -> None:
    box, store = audited
    before = len(await store.tool_calls(limit=100_000))
    for name, arguments in batch:
        for caller in (Caller("mcp", "fuzz"), Caller("user")):
            result = await box.call(name, arguments, caller=caller)
            assert result.status in ("ok", "error", "refused")
            result.text().encode("utf-8")
            json.dumps(result.data, ensure_ascii=False).encode("utf-8")
            assert result.ok or "internal error" not in (result.error or ""), (name, arguments, result.error)
    rows = await store.tool_calls(limit=100_000)
    assert len(rows) == before + 2 * len(batch)
    assert all(row["status"] != "running" for row in rows)
