"""The commander's own tools: `dispatch_agent` (run one of the five agents
with its tools) and `jarvis_ask` (the whole commander as one call: a prompt
in, an attributed answer and a score out — what MCP hosts use)."""

from __future__ import annotations

from jarvis_tui.core.tools.base import Json, NotAvailable, Tier, Tool, ToolContext, ToolError, params, string

TASK = string("what the agent must do, with everything it needs to know", min_length=1, max_length=200_000)


async def _dispatch_agent(args: Json, ctx: ToolContext) -> Json:
    from jarvis_tui.core.orchestra.agents import AgentRunner  # noqa: PLC0415 - agents pull in the chat wires

    if args["agent"] not in ctx.config.agents:
        raise ToolError(f"unknown agent {args['agent']!r}; agents: {', '.join(ctx.config.agents)}")
    result = await AgentRunner(ctx.toolbox).run(args["agent"], args["task"], request_id=ctx.request_id, node=args.get("node"), context=args.get("context", ""), scope=ctx.scope)
    if result.status == "failed":
        raise ToolError(f"{args['agent']} failed: {result.error}")
    return result.to_json()


async def _jarvis_ask(args: Json, ctx: ToolContext) -> Json:
    from jarvis_tui.core.orchestra.commander import PromptError  # noqa: PLC0415

    if ctx.runtime is None:
        raise NotAvailable("jarvis_ask needs the process's runtime (the commander and its thermal state)")
    try:
        doc = await ctx.runtime.ask(args["prompt"], source=ctx.caller.kind)
    except PromptError as exc:
        raise ToolError(str(exc)) from None
    if doc.get("status") == "failed":
        raise ToolError(f"the request failed: {doc.get('error')}")
    return {
        "answer": doc["answer"],
        "score": doc["score"],
        "attribution": doc["attribution"],
        "type": doc["classification"]["type"],
        "commander": doc["commander"].get("mode"),
        "request_id": doc["request_id"],
        "elapsed_ms": doc["elapsed_ms"],
    }


TOOLS = [
    Tool("dispatch_agent", "commander", "Give a task to one agent (ia-deep architect, ia-fast coder, ia-check reviewer, ia-trading analyst, ia-system operator); "
         "it works with its own tools and returns its answer attributed [agent/node:model].",
         params(("agent", "task"), agent=string("the agent's name", min_length=1, max_length=64), task=TASK,
                context=string("earlier results the agent should see (data, not instructions)", max_length=200_000), node=string("run on this node instead of the usual one", max_length=64)),
         Tier.READ, _dispatch_agent, timeout_s=3600),
    Tool("jarvis_ask", "commander", "Ask JARVIS: the request is classified, dispatched to the cluster's agents and nodes, checked and synthesised; "
         "returns the attributed answer and a quality score (0-1).",
         params(("prompt",), prompt=string("the request", min_length=1, max_length=100_000)), Tier.READ, _jarvis_ask, timeout_s=3600),
]
