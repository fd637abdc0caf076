"""`jarvis-mcp`: the tool registry served over MCP on stdin/stdout.

Nothing but protocol goes to stdout: messages and errors go to stderr. A
bad config is one message and exit code 2, as for `jarvis-tui`. Every tool
call is audited in the same database as the cockpit's requests.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import uuid
from typing import Any

EXIT_OK, EXIT_USAGE = 0, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jarvis-mcp",
        description="Serve jarvis-tui's tools over MCP (stdio). Hosts see them as mcp__jarvis__<name>.",
        epilog="act and danger tools run only when listed in the config's [tools] allow.",
    )
    p.add_argument("--config", metavar="PATH", help="use this config file instead of the lookup order")
    p.add_argument("--no-store", action="store_true", help="do not record requests and tool calls in the database")
    return p


async def serve(config: Any, *, record: bool = True) -> None:
    """Serve until the client closes stdin. The runtime's monitor runs in the
    background, so `jarvis_ask` routes with live health and GPU readings."""
    from importlib.metadata import PackageNotFoundError, version

    from jarvis_tui.core.runtime import Runtime
    from jarvis_tui.core.tools.mcp_server import JarvisMCP
    from jarvis_tui.core.tools.models import traffic

    runtime = Runtime(config, monitor="background", record=record, conversation_id=f"mcp-{uuid.uuid4().hex[:8]}", services=("brain", "skills", "trading"),
                      process="jarvis-mcp")
    traffic(runtime.bus)  # lm_perf_metrics sees all the traffic of the session
    try:
        server_version = version("jarvis-tui")
    except PackageNotFoundError:
        server_version = ""
    async with runtime:
        if runtime.store_error:
            sys.stderr.write(f"jarvis-mcp: warning: tool calls will not be audited: {runtime.store_error}\n")
        await JarvisMCP(runtime.toolbox, version=server_version).run_stdio_async()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Before the SDK's own setup: our handler wins, and it writes to stderr only.
    logging.basicConfig(level=logging.WARNING, format="jarvis-mcp: %(levelname)s: %(message)s", stream=sys.stderr)
    from jarvis_tui.core.config import ConfigError
    from jarvis_tui.core.runtime import load_checked_config

    try:
        config = load_checked_config(args.config)
        asyncio.run(serve(config, record=not args.no_store))
    except ConfigError as exc:
        sys.stderr.write(f"jarvis-mcp: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        pass
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
