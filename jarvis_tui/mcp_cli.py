"""`jarvis-mcp`: the MCP server over stdio (the tools issue builds it)."""

from __future__ import annotations

import sys


def main() -> int:
    sys.stderr.write("jarvis-mcp: the MCP server is not available yet (it comes with the tools issue)\n")
    return 2


if __name__ == "__main__":
    sys.exit(main())
