"""The MCP server: the tool registry served over stdio with the official
`mcp` SDK (2.x), so Claude Code, Claude Desktop or any MCP host can drive
the cluster. A host sees the tools as `mcp__jarvis__<name>`.

MCPServer derives schemas from Python signatures; the registry already has
a JSON Schema per tool, so `list_tools` and `call_tool` are served from it
directly. An MCP client is headless: `act` and `danger` tools are refused
unless `[tools] allow` lists them. A bad call (unknown tool, arguments that
break the schema, a path outside the roots, a 10 MB argument) is an error
result, never a crash of the server.

Two guards sit between the SDK's stdio transport and its dispatcher:
- a line the SDK cannot parse (not JSON, a string holding a lone surrogate,
  a request whose params are not an object…) reaches the dispatcher as an
  exception, which the SDK only logs: the caller would wait for its own
  timeout. `_Answering` replies with the JSON-RPC error instead (-32700
  parse error, -32600 invalid request), with the request's id when it can
  be read, else `null` as JSON-RPC 2.0 says;
- a reply that cannot be encoded (a lone surrogate anywhere: a file name
  that is not UTF-8, an echoed method name) would kill the transport's
  writer and with it the server. `_Utf8Replies` escapes such strings
  (`core/utf8.py`) before the message reaches the writer.

The SDK takes ~2 s to import: only `jarvis-mcp` imports this module.
"""

from __future__ import annotations

import json
from typing import Any, Self

import mcp_types
from mcp import types
from mcp.server.mcpserver import MCPServer
from mcp.server.stdio import stdio_server
from mcp.shared.message import SessionMessage
from pydantic import ValidationError

from jarvis_tui.core.tools.base import Caller, Tier
from jarvis_tui.core.tools.registry import Toolbox
from jarvis_tui.core.utf8 import valid_utf8, valid_utf8_json

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
        whole = valid_utf8(result.text())
        text = valid_utf8(result.text(limit))
        # Structured content only when it is whole (a cut result is text with a note saying so),
        # and read back from the JSON text so that it is plain JSON whatever the tool returned.
        structured = json.loads(whole) if result.ok and isinstance(result.data, dict) and len(whole) <= limit else None
        return types.CallToolResult(content=[types.TextContent(type="text", text=text)], structured_content=structured, is_error=not result.ok)

    async def run_stdio_async(self) -> None:
        """Serve over stdio, as the SDK does, with the two guards of this module's docstring."""
        async with stdio_server() as (read_stream, write_stream):
            replies = _Utf8Replies(write_stream)
            await self._lowlevel_server.run(
                _Answering(read_stream, replies),
                replies,
                self._lowlevel_server.create_initialization_options(),
            )


def _error_for(exc: Exception) -> mcp_types.JSONRPCError:
    """The JSON-RPC error answering a line the SDK could not parse."""
    code, message, received = mcp_types.INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message", None
    if isinstance(exc, ValidationError):
        errors = exc.errors(include_url=False)
        if errors and errors[0]["type"] == "json_invalid":
            code, message = mcp_types.PARSE_ERROR, f"Parse error: {errors[0]['msg']}"
            try:  # Python's parser is laxer (lone surrogates): it may still find the id
                received = json.loads(errors[0]["input"])
            except (TypeError, ValueError):
                received = None
        else:
            # Each union member that rejected the message reports the whole object as its input.
            received = next((e["input"] for e in errors if isinstance(e.get("input"), dict)), None)
    request_id = received.get("id") if isinstance(received, dict) else None
    if isinstance(request_id, bool) or not isinstance(request_id, (int, str)):
        request_id = None
    return mcp_types.JSONRPCError(jsonrpc="2.0", id=valid_utf8(request_id) if isinstance(request_id, str) else request_id,
                                  error=mcp_types.ErrorData(code=code, message=valid_utf8(message)))


class _Answering:
    """The transport's read stream, minus the lines it could not parse: those
    are answered with a JSON-RPC error on `replies` and never reach the SDK."""

    def __init__(self, inner: Any, replies: Any) -> None:
        self._inner = inner
        self._replies = replies

    def __getattr__(self, name: str) -> Any:  # last_context, aclose... as the SDK's own stream
        return getattr(self._inner, name)

    async def receive(self) -> Any:
        while isinstance(item := await self._inner.receive(), Exception):
            await self._replies.send(SessionMessage(_error_for(item)))
        return item

    def __aiter__(self) -> _Answering:
        return self

    async def __anext__(self) -> Any:
        while isinstance(item := await self._inner.__anext__(), Exception):
            await self._replies.send(SessionMessage(_error_for(item)))
        return item

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> bool | None:
        return bool(await self._inner.__aexit__(*exc_info))


class _Utf8Replies:
    """The transport's write stream; a message that cannot be encoded as UTF-8
    JSON is rebuilt with its strings escaped instead of killing the writer."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def send(self, item: SessionMessage) -> None:
        try:
            item.message.model_dump_json(by_alias=True, exclude_unset=True)
        except ValueError:  # pydantic's serialisation error: a lone surrogate
            data = valid_utf8_json(item.message.model_dump(by_alias=True, exclude_unset=True))
            item = SessionMessage(mcp_types.jsonrpc_message_adapter.validate_python(data), metadata=item.metadata)
        await self._inner.send(item)

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> bool | None:
        return bool(await self._inner.__aexit__(*exc_info))
