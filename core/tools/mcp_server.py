"""The MCP server: the tool registry served over stdio with the official
`mcp` SDK (2.x), so Claude Code, Claude Desktop or any MCP host can drive
the cluster. A host sees the tools as `mcp__jarvis__<name>`.

MCPServer derives schemas from Python signatures; the registry already has
a JSON Schema per tool, so `list_tools` and `call_tool` are served from it
directly. An MCP client is headless: `act` and `danger` tools are refused
unless `[tools] allow` lists them. A bad call (unknown tool, arguments that
break the schema, a path outside the roots, a 10 MB argument) is an error
result, never a crash of the server.

The SDK takes ~2 s to import: only `jarvis-mcp` imports this module.
"""

from __future__ import annotations

import json
from typing import Any

from mcp import types
from mcp.server.mcpserver import MCPServer

from jarvis_tui.core.tools.base import Caller, Tier
from jarvis_tui.core.tools.registry import Toolbox

SERVER_NAME = "jarvis"
INSTRUCTIONS = (
    "JARVIS orchestrates a personal cluster of LLM servers. jarvis_ask serves a whole request (classified, "
    "dispatched to agents and nodes, checked, synthesised with attribution and a score). lm_query, consensus "
    "and dispatch_agent reach single nodes and agents; lm_cluster_status shows the cluster. Tools marked "
    "read-only run; others are refused unless the user allow-lists them in the [tools] section of the config."
)


def _client_name(context: Any) -> str:
    """The MCP client's own name (`claude-code`, `mcp-inspector`…), for the audit."""
    try:
        info = context.request_context.session.client_params.client_info
        return f"{info.name} {info.version}".strip()
    except AttributeError:
        return ""


class JarvisMCP(MCPServer):
    """An MCPServer whose tools are the registry's, behind the permission model."""

    def __init__(self, toolbox: Toolbox, version: str = "") -> None:
        super().__init__(name=SERVER_NAME, instructions=INSTRUCTIONS, version=version, log_level="WARNING")
        self.toolbox = toolbox
        self._listing: list[types.Tool] | None = None

    async def list_tools(self) -> list[types.Tool]:
        # The registry does not change while serving: build the listing once.
        if self._listing is None:
            self._listing = [
                types.Tool(
                    name=tool.name,
                    description=f"{tool.description} [{tool.tier}]",
                    input_schema=tool.schema,
                    annotations=types.ToolAnnotations(read_only_hint=tool.tier is Tier.READ, destructive_hint=tool.tier is Tier.DANGER),
                )
                for tool in self.toolbox.tools()
            ]
        return self._listing

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> types.CallToolResult:
        result = await self.toolbox.call(name, arguments, caller=Caller("mcp", _client_name(context)))
        limit = self.toolbox.config.tools.max_result_chars
        whole = result.text()
        text = result.text(limit)
        # Structured content only when it is whole (a cut result is text with a note saying so),
        # and read back from the JSON text so that it is plain JSON whatever the tool returned.
        structured = json.loads(whole) if result.ok and isinstance(result.data, dict) and len(whole) <= limit else None
        return types.CallToolResult(content=[types.TextContent(type="text", text=text)], structured_content=structured, is_error=not result.ok)
