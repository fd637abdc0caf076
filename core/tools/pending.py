"""Trading, brain and skills: registered here with their names, arguments
and tiers so agents, the cockpit and MCP hosts see them today; their own
issues give them effect. Until then each answers "not configured"."""

from __future__ import annotations

from typing import Any

from jarvis_tui.core.tools.base import Json, Tier, Tool, ToolContext, ToolError, integer, params, string

_OWNERS = {"trading": "the trading issue", "brain": "the brain issue", "skills": "the skills issue"}
PAIR = string("e.g. BTC or BTC/USDT", min_length=1, max_length=32)


def _pending(name: str, family: str) -> Any:
    async def run(args: Json, ctx: ToolContext) -> Json:
        raise ToolError(f"not configured: {name} comes with {_OWNERS[family]}")

    return run


def _tool(name: str, family: str, description: str, tier: Tier, schema: Json | None = None) -> Tool:
    return Tool(name, family, description, schema or params(), tier, _pending(name, family))


TOOLS = [
    _tool("trading_pending_signals", "trading", "Trading signals waiting for a decision.", Tier.READ, params(min_score=integer("only signals scoring at least this", minimum=0, maximum=100))),
    _tool("trading_execute_signal", "trading", "Open the position a pending signal proposes (paper unless live mode is on).", Tier.ACT, params(("signal_id",), signal_id=string("the signal's id", min_length=1, max_length=64))),
    _tool("trading_positions", "trading", "Open positions with entry, size, PnL, TP and SL.", Tier.READ),
    _tool("trading_status", "trading", "Trading mode, exchange, balance and risk limits.", Tier.READ),
    _tool("trading_close_position", "trading", "Close an open position.", Tier.ACT, params(("pair",), pair=PAIR)),
    _tool("brain_status", "brain", "What the brain has learnt: patterns, counts, last analysis.", Tier.READ),
    _tool("brain_analyze", "brain", "Analyse the action history for recurring patterns.", Tier.READ),
    _tool("brain_suggest", "brain", "Suggest new skills from the patterns found.", Tier.READ, params(limit=integer("at most this many", minimum=1, maximum=50))),
    _tool("brain_learn", "brain", "Turn a suggested pattern into a skill.", Tier.ACT, params(("pattern_id",), pattern_id=string("the pattern's id", min_length=1, max_length=64))),
    _tool("list_skills", "skills", "The skills (named sequences of tool calls) the user has.", Tier.READ),
    _tool("create_skill", "skills", "Create a skill from a name, trigger phrases and steps.", Tier.ACT,
          params(("name", "steps"), name=string("skill name", min_length=1, max_length=100), triggers={"type": "array", "items": {"type": "string", "maxLength": 200}, "maxItems": 20, "description": "phrases that run it"},
                 steps={"type": "array", "items": {"type": "object"}, "minItems": 1, "maxItems": 50, "description": "tool calls: {tool, arguments}"})),
    _tool("remove_skill", "skills", "Remove a skill.", Tier.ACT, params(("name",), name=string("skill name", min_length=1, max_length=100))),
    _tool("suggest_actions", "skills", "Actions likely useful now, from the history.", Tier.READ, params(context=string("what the user is doing", max_length=2000))),
    _tool("action_history", "skills", "The latest actions run, newest first.", Tier.READ, params(limit=integer("at most this many", minimum=1, maximum=500))),
]
