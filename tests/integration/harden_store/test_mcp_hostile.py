"""The real `jarvis-mcp`, driven by the official MCP SDK client and by raw
JSON-RPC lines: hostile file names (not UTF-8, control characters, too long)
never kill it, every reply is valid UTF-8, every call is audited, and a
message the SDK cannot parse gets a JSON-RPC error instead of silence."""

from __future__ import annotations

import json
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client

from tests.integration.test_mcp_server import server


@pytest.fixture()
def cluster(make_cluster, tmp_path: Path):
    root = tmp_path / "files"
    root.mkdir()
    for raw in (b"caf\xe9.txt", b"\xff\xfe.bin.txt", b"esc\x1b]0;pwned\x07.txt", b"nl\nname.txt"):
        with open(os.path.join(os.fsencode(root), raw), "wb") as handle:
            handle.write(b"inside " + raw)
    (root / "plain.txt").write_text("plain")
    return make_cluster(extra=f'[tools]\nroots = ["{root}"]\nallow = ["write_text_file"]\n')


def audit(cluster) -> list[dict]:
    with sqlite3.connect(cluster.tmp / "jarvis.db") as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM tool_calls ORDER BY id")]


async def test_hostile_names_through_the_real_server(cluster) -> None:
    calls = 0
    with anyio.fail_after(90):
        async with Client(server(cluster)) as client:
            listed = await client.call_tool("list_folder", {})
            calls += 1
            assert listed.is_error is False, listed.content[0].text
            names = [item["name"] for item in listed.structured_content["items"]]
            assert sorted(names) == sorted(["caf\\xe9.txt", "\\xff\\xfe.bin.txt", "esc\\u001b]0;pwned\\u0007.txt", "nl\\u000aname.txt", "plain.txt"])
            for name in names:  # each shown name reads its own file back
                read = await client.call_tool("read_text_file", {"path": name})
                calls += 1
                assert read.is_error is False, (name, read.content[0].text)
                assert read.structured_content["text"].startswith("inside ") or name == "plain.txt"
            for name, arguments, expected in [
                ("read", {"path": "x" * 300}, "File name too long"),
                ("list_folder", {"path": "y" * 5000}, "invalid arguments for list_folder: path"),
                ("write_text_file", {"path": "evil\x1b[2J.txt", "content": "x"}, "may not hold control characters"),
                ("search_files", {"pattern": "*.txt"}, None),
                ("grep", {"pattern": "inside"}, None),
            ]:
                result = await client.call_tool(name, arguments)
                calls += 1
                text = result.content[0].text
                text.encode("utf-8")
                assert "internal error" not in text
                if expected:
                    assert result.is_error is True and expected in text, (name, text)
                else:
                    assert result.is_error is False and "\\\\xff\\\\xfe.bin.txt" in text, (name, text)
            status = await client.call_tool("lm_cluster_status", {})  # still alive and serving
            calls += 1
            assert status.is_error is False
    rows = audit(cluster)
    assert len(rows) == calls and all(r["status"] in ("ok", "error", "refused") for r in rows)
    assert not (cluster.tmp / "files" / "evil\x1b[2J.txt").exists()


def raw_session(cluster, lines: list[str], wanted: set[int | None], timeout: float = 60) -> tuple[list[dict], str]:
    """Write raw lines to the real server, collect every reply until each wanted id is answered."""
    process = subprocess.Popen([sys.executable, "-m", "jarvis_tui.mcp_cli"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=cluster.env())
    out: queue.Queue[bytes] = queue.Queue()
    threading.Thread(target=lambda: [out.put(line) for line in process.stdout], daemon=True).start()
    process.stdin.write(b"".join(line.encode("utf-8", "surrogatepass") + b"\n" for line in lines))
    process.stdin.flush()
    replies: list[dict] = []
    deadline = time.monotonic() + timeout
    while not wanted <= {r.get("id") for r in replies if "error" in r or "result" in r} and time.monotonic() < deadline:
        try:
            line = out.get(timeout=0.5)
        except queue.Empty:
            continue
        replies.append(json.loads(line.decode("utf-8")))  # valid UTF-8 JSON, or the test fails here
    process.stdin.close()
    code = process.wait(timeout=30)
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert code == 0, stderr
    return replies, stderr


INIT = [
    json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}}),
    json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
]


def test_unparseable_messages_get_a_json_rpc_error(cluster) -> None:
    lines = [*INIT,
             "this is not json",
             '{"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": "not an object"}',
             '{"jsonrpc": "2.0", "id": "six", "method": "tools/call", "params": {"name": "read", "arguments": {"path": "a\\udcff"}}}',
             "[1, 2, 3]",
             '{"jsonrpc": "2.0", "id": 7, "method": 42}',
             json.dumps({"jsonrpc": "2.0", "id": 8, "method": "tools/call", "params": {"name": "list_folder", "arguments": {}}})]
    replies, stderr = raw_session(cluster, lines, {1, 5, "six", 7, 8, None})
    errors = {r["id"]: r["error"] for r in replies if "error" in r}
    assert errors[5]["code"] == -32600 and errors[7]["code"] == -32600
    assert errors["six"]["code"] == -32700 and "surrogate" in errors["six"]["message"]
    assert errors[None]["code"] in (-32700, -32600)
    assert len([r for r in replies if r.get("id") is None]) == 2  # "not json" and the array
    listing = next(r for r in replies if r.get("id") == 8)["result"]
    assert listing["isError"] is False and "caf\\xe9.txt" in [i["name"] for i in json.loads(listing["content"][0]["text"])["items"]]
    assert "Traceback" not in stderr


def test_the_utf8_guard_rebuilds_a_reply_the_sdk_cannot_encode() -> None:
    """Defence in depth for replies not built by call_tool (an echoed name, a future SDK path)."""
    import mcp_types
    from mcp.shared.message import SessionMessage

    from jarvis_tui.core.tools.mcp_server import _Utf8Replies

    sent: list[SessionMessage] = []

    class Sink:
        async def send(self, item: SessionMessage) -> None:
            sent.append(item)

    reply = mcp_types.JSONRPCResponse(jsonrpc="2.0", id=3, result={"text": "name \udcff\udce9", "k\udcfe": 1})
    anyio.run(_Utf8Replies(Sink()).send, SessionMessage(reply))
    assert json.loads(sent[0].message.model_dump_json(by_alias=True)) == {"jsonrpc": "2.0", "id": 3, "result": {"text": "name \\xff\\xe9", "k\\xfe": 1}}
