"""The one tool registry and the Toolbox that runs its tools.

Every call goes through `Toolbox.call`, whoever asks (the user, an agent, an
MCP client, the commander): unknown tool, oversized or schema-violating
arguments, a path outside the roots, a refusal and a crash all come back as
a clear error result, never as an exception; and every call, refused or
not, is written to the audit trail with its caller, arguments (secrets
masked), tier, decision and result. A call that is allowed is written to
the audit trail before it runs: when that write fails, the call does not
run. Every string in a result is valid UTF-8 (see `core/utf8.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, Protocol

from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.secrets import redact, redact_json
from jarvis_tui.core.tools.base import Caller, Json, NotAvailable, Tool, ToolCalled, ToolContext, ToolError, ToolResult, cut
from jarvis_tui.core.tools.permissions import Decision, Policy, redact_arguments
from jarvis_tui.core.utf8 import quote_name, valid_utf8, valid_utf8_json

log = logging.getLogger(__name__)

# What the audit trail keeps of a result: enough to see what happened.
AUDIT_RESULT_CHARS = 4000


class AuditLog(Protocol):
    """Where tool calls are recorded: the Store implements it. `record_tool_call`
    writes a row (status `running` for a call about to run) and returns its
    id; `finish_tool_call` completes that row. Either raises when it cannot write."""

    async def record_tool_call(
        self, *, ts: float, request_id: str, caller_kind: str, caller: str, tool: str, tier: str | None, arguments: Any,
        decision: str, reason: str | None, status: str, result: str | None, error: str | None, elapsed_ms: float | None,
    ) -> int: ...

    async def finish_tool_call(self, call_id: int, *, status: str, result: str | None, error: str | None, elapsed_ms: float | None) -> None: ...


class Registry:
    """Tools by name. Registering a name twice is a programming error."""

    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for tool in tools:
            self.add(tool)

    def add(self, tool: Tool) -> None:
        if tool.name in self._tools:
            raise ValueError(f"tool {tool.name!r} is registered twice")
        self._tools[tool.name] = tool

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)


@cache
def default_registry() -> Registry:
    """Every family's tools, in the seed's order; the subsystems' tools reach
    their service through the runtime (`ctx.runtime.trading`, `.brain`, `.skills`)."""
    from jarvis_tui.core.brain import tools as brain  # noqa: PLC0415 - families import on first use
    from jarvis_tui.core.skills import tools as skills  # noqa: PLC0415
    from jarvis_tui.core.tools import ai, commander, files, models, ollama, scripts, system, web  # noqa: PLC0415
    from jarvis_tui.core.trading import tools as trading  # noqa: PLC0415

    return Registry([*ai.TOOLS, *models.TOOLS, *ollama.TOOLS, *scripts.TOOLS, *files.TOOLS, *system.TOOLS, *web.TOOLS,
                     *trading.TOOLS, *brain.TOOLS, *skills.TOOLS, *commander.TOOLS])


@cache
def _validator(schema: str) -> Any:
    """A compiled validator per distinct schema (given as its JSON text, so it can be cached)."""
    import jsonschema  # noqa: PLC0415 - ~50 ms, only once a tool is called

    return jsonschema.Draft202012Validator(json.loads(schema))


def schema_error(tool: Tool, arguments: Json) -> str | None:
    """The first way `arguments` break the tool's schema, phrased for a model."""
    import jsonschema  # noqa: PLC0415

    validator = _validator(json.dumps(tool.schema, sort_keys=True))
    error = jsonschema.exceptions.best_match(validator.iter_errors(arguments))
    if error is None:
        return None
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    message = error.message if len(error.message) < 300 else error.message[:300] + "…"
    return f"invalid arguments for {tool.name}: {where + ': ' if where else ''}{message}"


class Toolbox:
    """The registry bound to a session: its config, nodes, event bus,
    permission policy and audit log."""

    def __init__(
        self,
        config: Config,
        *,
        pool: NodePool | None = None,
        bus: EventBus | None = None,
        policy: Policy | None = None,
        audit: AuditLog | None = None,
        registry: Registry | None = None,
        platform: str | None = None,
        runtime: Any = None,
    ) -> None:
        self.config = config
        self.bus = bus or EventBus()
        self._owns_pool = pool is None
        self.pool = pool or NodePool(config, self.bus)
        self.policy = policy or Policy(config.tools)
        self.audit = audit
        self._registry = registry
        self.platform = platform
        self.runtime = runtime

    @property
    def registry(self) -> Registry:
        """The tools; every family is imported on first use, not when the toolbox
        is made (a dry run or a request that calls no tool never pays for it)."""
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    async def aclose(self) -> None:
        """Close the node pool when the toolbox made it (a given pool is its owner's)."""
        if self._owns_pool:
            await self.pool.aclose()

    def tools(self, names: Iterable[str] | None = None) -> list[Tool]:
        """The registered tools, or those of `names` that exist, in that order."""
        if names is None:
            return list(self.registry)
        return [tool for name in names if (tool := self.registry.get(name)) is not None]

    def context(self, caller: Caller, request_id: str = "", scope: Any = None) -> ToolContext:
        ctx = ToolContext(self.config, self.pool, self.bus, self, caller, request_id, runtime=self.runtime, scope=scope)
        if self.platform is not None:
            ctx.platform = self.platform
        return ctx

    async def call(self, name: str, arguments: Any, *, caller: Caller, request_id: str = "", scope: Any = None) -> ToolResult:
        """Validate, decide, run and audit one call. Never raises for bad input."""
        start = time.perf_counter()
        tool = self.registry.get(name) if isinstance(name, str) else None
        args: Json = arguments if isinstance(arguments, dict) else {}
        decision = Decision(False, "invalid", "")
        call_id: int | None = None
        try:
            if tool is None:
                raise ToolError(f"unknown tool {quote_name(name) if isinstance(name, str) else repr(name)}")
            problem = self._check(tool, arguments)
            if problem is not None:
                raise ToolError(problem)
            ctx = self.context(caller, request_id, scope)
            preview = tool.preview(args, ctx) if tool.preview else _default_preview(tool, args)
            decision = await self.policy.decide(tool, caller, args, preview)
            if not decision.allowed:
                result = ToolResult(tool.name, "refused", error=decision.reason, decision=decision.how)
            else:
                call_id = await self._audit_start(tool, args, caller, request_id, decision)
                async with asyncio.timeout(tool.timeout_s or self.config.tools.timeout_s):
                    data = await tool.run(args, ctx)
                result = ToolResult(tool.name, "ok", data=valid_utf8_json(data), decision=decision.how)
        except asyncio.CancelledError:
            if call_id is not None:  # the row says `running`: say it never finished
                await self._audit_cancelled(call_id, start)
            raise
        except _Unaudited as exc:
            result = ToolResult(str(name), "error", error=f"{name} was not run: its call could not be written to the audit trail ({exc})", decision=decision.how)
        except NotAvailable as exc:
            result = ToolResult(str(name), "error", error=f"not available: {exc}", decision=decision.how)
        except ToolError as exc:
            result = ToolResult(str(name), "error", error=str(exc), decision=decision.how)
        except TimeoutError:
            limit = (tool.timeout_s if tool else None) or self.config.tools.timeout_s
            result = ToolResult(str(name), "error", error=f"{name} did not finish within {limit:g} s", decision=decision.how)
        except OSError as exc:  # the file system said no (a name too long, a permission): the caller's business, not a bug
            where = f" ({quote_name(str(exc.filename))})" if exc.filename else ""
            result = ToolResult(str(name), "error", error=f"{name}: {exc.strerror or exc}{where}", decision=decision.how)
        except Exception as exc:  # a tool's bug costs one call, never the agent, the server or the app
            log.exception("tool %s crashed", name)
            result = ToolResult(str(name), "error", error=f"internal error in {name}: {type(exc).__name__}: {exc}", decision=decision.how)
        result.error = None if result.error is None else valid_utf8(result.error)
        result.tool = valid_utf8(result.tool)
        result.elapsed_ms = round((time.perf_counter() - start) * 1000, 2)
        await self._record(tool, result.tool, args, caller, request_id, decision, result, call_id)
        return result

    def _check(self, tool: Tool, arguments: Any) -> str | None:
        if not isinstance(arguments, dict):
            return f"arguments for {tool.name} must be a JSON object, not {type(arguments).__name__}"
        size = len(json.dumps(arguments, ensure_ascii=False, default=str).encode(errors="surrogatepass"))
        limit = self.config.tools.max_argument_bytes
        if size > limit:
            return f"arguments for {tool.name} are {size:,} bytes; the limit is {limit:,} ([tools] max_argument_bytes)"
        return schema_error(tool, arguments)

    async def _audit_start(self, tool: Tool, args: Json, caller: Caller, request_id: str, decision: Decision) -> int | None:
        """Write the call to the audit trail before it runs; raise _Unaudited when that fails."""
        if self.audit is None:
            return None
        insert = asyncio.ensure_future(
            self.audit.record_tool_call(**self._fields(tool, tool.name, args, caller, request_id, decision), status="running", result=None, error=None, elapsed_ms=None)
        )
        try:
            return await asyncio.shield(insert)
        except asyncio.CancelledError:
            # Cancelled while the row was being written: once it is, it must not stay `running`.
            try:
                call_id = await insert
            except Exception:  # noqa: BLE001 - whatever stopped the write, no row exists: nothing to complete
                raise asyncio.CancelledError from None
            await self._audit_cancelled(call_id, time.perf_counter())
            raise
        except Exception as exc:
            log.exception("could not audit the call to %s: it is not run", tool.name)
            raise _Unaudited(str(exc) or type(exc).__name__) from None

    async def _audit_cancelled(self, call_id: int, start: float) -> None:
        assert self.audit is not None
        elapsed_ms = round((time.perf_counter() - start) * 1000, 2)
        try:
            await asyncio.shield(self.audit.finish_tool_call(call_id, status="error", result=None, error="cancelled while running", elapsed_ms=elapsed_ms))
        except asyncio.CancelledError:
            log.warning("could not audit the cancellation of tool call %s", call_id)
        except Exception:
            log.exception("could not audit the cancellation of tool call %s", call_id)

    def _fields(self, tool: Tool | None, name: str, args: Json, caller: Caller, request_id: str, decision: Decision) -> dict[str, Any]:
        return {
            "ts": time.time(),
            "request_id": request_id,
            "caller_kind": caller.kind,
            "caller": caller.name,
            "tool": name[:200],
            "tier": str(tool.tier) if tool else None,
            "arguments": _audited_arguments(args),
            "decision": decision.how,
            "reason": decision.reason or None,
        }

    async def _record(self, tool: Tool | None, name: str, args: Json, caller: Caller, request_id: str, decision: Decision, result: ToolResult, call_id: int | None) -> None:
        tier = str(tool.tier) if tool else None
        self.bus.publish(
            ToolCalled(request_id, tool=name[:200], caller=str(caller), tier=tier or "", decision=decision.how, status=result.status, elapsed_ms=result.elapsed_ms, error=result.error)
        )
        if self.audit is None:
            return
        # Mask before cutting: a cut through a key would leave a piece no mask recognises.
        outcome: dict[str, Any] = {
            "status": result.status,
            "result": cut(redact(result.text()), AUDIT_RESULT_CHARS) if result.ok else None,
            "error": result.error,
            "elapsed_ms": result.elapsed_ms,
        }
        write: asyncio.Future[Any]
        if call_id is not None:
            write = asyncio.ensure_future(self.audit.finish_tool_call(call_id, **outcome))
        else:
            write = asyncio.ensure_future(self.audit.record_tool_call(**self._fields(tool, name, args, caller, request_id, decision), **outcome))
        try:
            await asyncio.shield(write)
        except asyncio.CancelledError:
            # Cancelled while the outcome was being written: the call has run, its row must not stay `running`.
            with contextlib.suppress(Exception):
                await write
            raise
        except Exception:  # the call has already run (or was never going to): say so, do not crash it
            log.exception("could not audit the outcome of the call to %s", name)


class _Unaudited(Exception):
    """The audit trail could not record a call that was about to run."""


def _audited_arguments(args: Json) -> Any:
    """Arguments with secrets masked; huge values cut so a 10 MB argument
    does not become a 10 MB audit row. Masked before the cut, so no piece of
    a secret survives it."""
    masked = redact_json(redact_arguments(args))
    text = json.dumps(masked, ensure_ascii=False, default=str)
    return masked if len(text) <= AUDIT_RESULT_CHARS else {"truncated": text[:AUDIT_RESULT_CHARS], "bytes": len(text.encode(errors="surrogatepass"))}


def _default_preview(tool: Tool, args: Json) -> str:
    shown = json.dumps(args, ensure_ascii=False, default=str)
    return f"{tool.name}({shown[:2000]})"
