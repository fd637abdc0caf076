"""The permission model: who may run which tool, and who is asked.

An LLM that can run commands on a machine is dangerous, so the rules are
structural and never read a tool's output or a model's text:

- an agent may only call the tools its definition lists;
- `read` tools run;
- `danger` tools (power, kill, registry, file deletion, arbitrary shell) are
  refused unless `[tools] danger_enabled` is true;
- an allow-listed tool (`[tools] allow`) runs without asking;
- an MCP client is headless: anything else is refused;
- `--yes` on the command line runs it;
- in the cockpit an `Asker` (a modal showing exactly what will run) decides;
- with nobody to ask, it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from jarvis_tui.core.config import ToolsConfig
from jarvis_tui.core.tools.base import Caller, Json, Tier, Tool

# Argument names whose values are secrets whatever they contain.
_SECRET_ARG = re.compile(r"pass(word|wd|phrase)?$|secret|token|api_?key|credential|auth", re.I)
REDACTED = "[redacted]"


@dataclass(frozen=True)
class PermissionRequest:
    """What the cockpit's confirmation shows: the tool, its tier, who asked,
    the arguments and `preview`, exactly what will run."""

    tool: str
    tier: Tier
    caller: Caller
    arguments: Json
    preview: str
    description: str


class Asker(Protocol):
    """Implemented by the cockpit: show the request, return the user's answer."""

    async def ask(self, request: PermissionRequest) -> bool: ...


@dataclass(frozen=True)
class Decision:
    allowed: bool
    how: str  # read | allow-list | --yes | asked | denied | refused
    reason: str


class Policy:
    """Decides each call. One per session: the cockpit passes its Asker, the
    CLI its `--yes`, the MCP server neither."""

    def __init__(self, config: ToolsConfig, *, assume_yes: bool = False, asker: Asker | None = None) -> None:
        self.config = config
        self.assume_yes = assume_yes
        self.asker = asker

    async def decide(self, tool: Tool, caller: Caller, arguments: Json, preview: str) -> Decision:
        if caller.allowed is not None and tool.name not in caller.allowed:
            return Decision(False, "refused", f"{caller.name or caller.kind} may not use {tool.name}; its tools are {', '.join(sorted(caller.allowed)) or 'none'}")
        if tool.tier is Tier.READ:
            return Decision(True, "read", "read-only tool")
        if tool.tier is Tier.DANGER and not self.config.danger_enabled:
            return Decision(False, "refused", f"{tool.name} is a danger tool and danger tools are disabled (set [tools] danger_enabled = true to allow them)")
        if tool.name in self.config.allow:
            return Decision(True, "allow-list", f"{tool.name} is in [tools] allow")
        if caller.kind == "mcp":
            return Decision(False, "refused", f"{tool.name} is {_article(tool.tier)} tool and MCP clients are headless: add it to [tools] allow to let them run it")
        if self.assume_yes:
            return Decision(True, "--yes", "the user passed --yes")
        if self.asker is not None:
            request = PermissionRequest(tool.name, tool.tier, caller, arguments, preview, tool.description)
            if await self.asker.ask(request):
                return Decision(True, "asked", "the user said yes")
            return Decision(False, "denied", "the user said no")
        return Decision(False, "refused", f"{tool.name} is {_article(tool.tier)} tool and nobody can be asked: add it to [tools] allow or pass --yes")


def _article(tier: Tier) -> str:
    return "an act" if tier is Tier.ACT else "a danger"


def redact_arguments(value: Any) -> Any:
    """Mask the values of arguments named like secrets, at any depth. The store
    also masks secret environment values and key-shaped strings."""
    if isinstance(value, dict):
        return {k: REDACTED if _SECRET_ARG.search(str(k)) and v not in (None, "") else redact_arguments(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_arguments(v) for v in value]
    return value
