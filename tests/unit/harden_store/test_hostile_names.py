"""Hostile file names through the real file tools: names that are not UTF-8,
hold control characters or are too long. Every result is valid UTF-8 with no
control character, a shown name leads back to its file, and an OS refusal is
a clear error (never "internal error")."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.tools import Caller, Policy, Toolbox
from jarvis_tui.core.utf8 import escape_name, needs_escape, unescape_name, valid_utf8

USER = Caller("user")
MCP = Caller("mcp", "hostile")
# Names as the kernel stores them: any bytes but NUL and '/'.
RAW_NAMES = st.binary(min_size=1, max_size=40).filter(lambda b: b"\x00" not in b and b"/" not in b and b not in (b".", b".."))


def box(root: Path, **tools) -> Toolbox:
    config = ToolsConfig(roots=[str(root)], **tools)
    return Toolbox(load_config().model_copy(update={"tools": config}), policy=Policy(config, assume_yes=True))


def encodable(value) -> str:
    """The value as UTF-8 JSON, as the MCP SDK and the store write it (raises on a lone surrogate)."""
    text = json.dumps(value, ensure_ascii=False)
    text.encode("utf-8")
    return text


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    root.mkdir()
    for raw in (b"caf\xe9-latin1.txt", b"\xff\xfe-not-utf8.txt", b"esc-\x1b[2J-clear.txt", b"back\\slash-\xe9.txt", b"line\nbreak.txt"):
        with open(os.path.join(os.fsencode(root), raw), "wb") as handle:
            handle.write(b"content of " + raw)
    (root / "plain.txt").write_text("plain")
    return root


async def test_listing_non_utf8_names_is_valid_utf8_and_reversible(hostile: Path) -> None:
    tools = box(hostile)
    listed = await tools.call("list_folder", {}, caller=MCP)
    assert listed.ok, listed.error
    encodable(listed.data)
    names = [item["name"] for item in listed.data["items"]]
    assert "caf\\xe9-latin1.txt" in names and "esc-\\u001b[2J-clear.txt" in names and "plain.txt" in names
    assert not any(needs_escape(name) for name in names)
    for name in names:  # every shown name leads back to its file
        read = await tools.call("read_text_file", {"path": name}, caller=MCP)
        assert read.ok, (name, read.error)
        encodable(read.data)
        assert read.data["path"].endswith(name)


async def test_search_glob_grep_show_escaped_paths(hostile: Path) -> None:
    tools = box(hostile)
    for name, arguments in (("search_files", {"pattern": "*"}), ("glob", {"pattern": "*"}), ("grep", {"pattern": "content"})):
        result = await tools.call(name, arguments, caller=USER)
        assert result.ok, result.error
        encodable(result.data)
        paths = [line.partition(":")[0] for line in result.data.get("items") or result.data["matches"]]
        assert str(hostile / "\\xff\\xfe-not-utf8.txt") in paths and not any(needs_escape(path) for path in paths), (name, paths)


async def test_errors_naming_a_hostile_path_are_valid_utf8(hostile: Path) -> None:
    tools = box(hostile)
    missing = await tools.call("read", {"path": "nope-\udcff\x1b.txt"}, caller=USER)
    assert missing.status == "error" and "\\xff" in missing.error and "\x1b" not in missing.error
    missing.error.encode("utf-8")


async def test_a_name_too_long_is_a_clear_error_not_an_internal_one(hostile: Path) -> None:
    tools = box(hostile, danger_enabled=True)
    long = "x" * 300 + ".txt"
    for name, arguments in (("read", {"path": long}), ("write", {"path": long, "content": "x"}), ("list_folder", {"path": long}),
                            ("delete_item", {"path": long}), ("copy_item", {"source": "plain.txt", "dest": long}), ("create_folder", {"path": long})):
        result = await tools.call(name, arguments, caller=USER)
        assert result.status == "error", name
        assert "internal error" not in result.error and "too long" in result.error.lower(), (name, result.error)


async def test_new_names_with_control_characters_are_refused(hostile: Path) -> None:
    tools = box(hostile)
    for name, arguments in (("write", {"path": "evil\x1b]0;title\x07.txt", "content": "x"}), ("create_folder", {"path": "dir\nname"}),
                            ("copy_item", {"source": "plain.txt", "dest": "c\udcff.txt"})):
        result = await tools.call(name, arguments, caller=USER)
        assert result.status == "error" and "control characters" in result.error, (name, result.error)
    assert sorted(p.name for p in hostile.iterdir() if p.name.isascii() and p.name.isprintable()) == ["plain.txt"]


@given(raw=RAW_NAMES)
def test_escape_is_reversible_and_printable(raw: bytes) -> None:
    name = os.fsdecode(raw)
    shown = escape_name(name)
    shown.encode("utf-8")
    assert not needs_escape(shown)  # no control character, no lone surrogate
    assert unescape_name(shown) == name if needs_escape(name) else shown == name


@given(text=st.text())
def test_valid_utf8_never_fails(text: str) -> None:
    valid_utf8(text).encode("utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=RAW_NAMES)
async def test_any_name_on_disk_lists_and_reads_back(tmp_path: Path, raw: bytes) -> None:
    root = tmp_path / "prop"
    root.mkdir(exist_ok=True)
    path = os.path.join(os.fsencode(root), raw)
    Path(os.fsdecode(path)).write_bytes(b"x")
    try:
        tools = box(root)
        listed = await tools.call("list_folder", {}, caller=MCP)
        encodable(listed.data)
        (item,) = listed.data["items"]
        read = await tools.call("read_text_file", {"path": f"{listed.data['path']}/{item['name']}"}, caller=MCP)
        assert read.ok, (raw, item["name"], read.error)
    finally:
        os.unlink(path)
