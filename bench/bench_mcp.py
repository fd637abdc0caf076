"""`jarvis-mcp` over stdio, driven by the `mcp` SDK's own client (what an
MCP host does): start-up to a usable session, then the round trip of
`tools/list` and of a `read` tool call (a small file in a configured root),
each timed over RUNS calls after a warm-up. The server audits every call in
its SQLite store, as in real use; client-side response caching is off.

    .venv/bin/python bench/bench_mcp.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, header, isolate_config, repeat, summary

RUNS = repeat(200)


async def main() -> None:
    from mcp import Client, StdioServerParameters

    header("jarvis-mcp over stdio: start-up, tools/list and a read tool call")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        isolate_config(tmp)
        files = tmp / "files"
        files.mkdir()
        (files / "notes.md").write_text("# Notes\n" + "a line of notes\n" * 40)
        config = tmp / "config.toml"
        config.write_text(f'[embedded]\nenabled = false\n[tools]\nroots = ["{files}"]\n', encoding="utf-8")
        env = {"JARVIS_CONFIG": str(config), "JARVIS_DB": str(tmp / "jarvis.db"), "XDG_CONFIG_HOME": str(tmp / "xdg"), "PATH": os.environ["PATH"]}
        params = StdioServerParameters(command=sys.executable, args=["-m", "jarvis_tui.mcp_cli"], env=env, cwd=str(ROOT))

        starts = []
        for _ in range(5):
            start = time.perf_counter()
            async with Client(params, cache=None) as client:
                await client.list_tools()
                starts.append((time.perf_counter() - start) * 1000)

        async with Client(params, cache=None) as client:
            protocol = client.protocol_version
            tools = (await client.list_tools()).tools
            await client.call_tool("read", {"path": "notes.md"})
            listing, reading = [], []
            for _ in range(RUNS):
                t = time.perf_counter()
                await client.list_tools()
                listing.append((time.perf_counter() - t) * 1000)
            for _ in range(RUNS):
                t = time.perf_counter()
                result = await client.call_tool("read", {"path": "notes.md"})
                reading.append((time.perf_counter() - t) * 1000)
            assert not result.is_error, result.content
        print(f"tools listed: {len(tools)}; protocol version: {protocol}")
        print(f"start-up to first tools/list:  {summary(starts, digits=0)}")
        print(f"tools/list round trip:          {summary(listing)}")
        print(f"read tool call round trip:      {summary(reading)}")
        print(f"median tools/list {statistics.median(listing):.2f} ms, median read call {statistics.median(reading):.2f} ms")


if __name__ == "__main__":
    asyncio.run(main())
