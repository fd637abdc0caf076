"""The tool registry: every tool the agents, the commander, the cockpit and
MCP hosts can call, with its JSON Schema, permission tier and audit.

    toolbox = Toolbox(config, bus=bus, policy=Policy(config.tools, assume_yes=args.yes), audit=store)
    result = await toolbox.call("lm_cluster_status", {}, caller=Caller("user"))

Families load on first use; importing this package stays cheap.
"""

from jarvis_tui.core.tools.base import Caller, NotAvailable, Tier, Tool, ToolCalled, ToolContext, ToolError, ToolResult
from jarvis_tui.core.tools.permissions import Asker, Decision, PermissionRequest, Policy
from jarvis_tui.core.tools.registry import Registry, Toolbox, default_registry

__all__ = [
    "Asker", "Caller", "Decision", "NotAvailable", "PermissionRequest", "Policy", "Registry", "Tier", "Tool",
    "ToolCalled", "ToolContext", "ToolError", "ToolResult", "Toolbox", "default_registry",
]
