"""A chat in which the model may call tools, on each wire the cluster speaks:
the Anthropic Messages API (through the `anthropic` SDK), OpenAI-compatible
tool calling (LM Studio, llama.cpp, vLLM, Gemini) and Ollama's `/api/chat`.

Each `ToolChat` keeps its conversation in its own wire format; the agent
loop sees only turns (text and tool calls) and hands back tool results.
Every failure is a `BackendError`, as for plain chats.
"""

from __future__ import annotations

import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

from jarvis_tui.core.backends.base import BackendError, Message, TokenBudget
from jarvis_tui.core.backends.http import crossed, make_client, map_error, ndjson_chunks, sdk_client_options, sse_chunks, valid_json
from jarvis_tui.core.backends.openai import api_base
from jarvis_tui.core.backends.wire import bad, ollama_chunk, openai_deltas
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import CLAUDE, EMBEDDED
from jarvis_tui.core.orchestra.checker import strip_thinking
from jarvis_tui.core.text import valid_text
from jarvis_tui.core.tools.base import Tool

OnText = Callable[[str], None]


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: Any  # what the model sent, parsed; a string when it was not JSON


@dataclass
class Turn:
    text: str
    calls: list[ToolCall] = field(default_factory=list)


def _arguments(raw: str) -> Any:
    if not raw.strip():
        return {}
    try:
        return valid_json(json.loads(raw))
    except (ValueError, RecursionError):
        return raw  # the registry answers "must be a JSON object": the model can correct itself


class ToolChat(ABC):
    """One conversation with one model on one node."""

    def __init__(self, node: str, model: str, system: str, tools: list[Tool], max_tokens: int) -> None:
        self.node = node
        self.model = model
        self.system = system
        self.tools = tools
        self.max_tokens = max_tokens

    @abstractmethod
    async def turn(self, on_text: OnText) -> Turn:
        """Let the model speak once; its text streams through `on_text`."""

    @abstractmethod
    def add_user(self, text: str) -> None:
        """Append a user message."""

    @abstractmethod
    def add_assistant(self, text: str) -> None:
        """Append the model's own answer (a turn without tool calls)."""

    @abstractmethod
    def add_results(self, turn: Turn, results: list[tuple[ToolCall, str, bool]]) -> None:
        """Append the model's turn and the (call, text, is_error) results of its calls."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


class AnthropicChat(ToolChat):
    """Claude's tool use through the official SDK (imported on first use)."""

    def __init__(self, node: str, model: str, system: str, tools: list[Tool], max_tokens: int, *, url: str, api_key: str, timeout_s: float) -> None:
        super().__init__(node, model, system, tools, max_tokens)
        import anthropic  # noqa: PLC0415 - ~2 s to import: only when Claude is used

        self._sdk = anthropic
        self._client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=url, timeout=anthropic.Timeout(timeout_s, connect=5.0), max_retries=0,
            http_client=anthropic.DefaultAsyncHttpxClient(**sdk_client_options()),  # bounded reads
        )
        self._messages: list[dict[str, Any]] = []
        self._blocks: list[dict[str, Any]] = []

    def add_user(self, text: str) -> None:
        self._messages.append({"role": "user", "content": text})

    def add_assistant(self, text: str) -> None:
        if text:  # the API refuses empty text blocks
            self._messages.append({"role": "assistant", "content": text})

    async def turn(self, on_text: OnText) -> Turn:
        sdk = self._sdk
        kwargs: dict[str, Any] = {"model": self.model, "max_tokens": self.max_tokens, "messages": self._messages, "system": self.system}
        if self.tools:
            kwargs["tools"] = [{"name": t.name, "description": t.description, "input_schema": t.schema} for t in self.tools]
        budget = TokenBudget(self.node, self.max_tokens)
        try:
            async with self._client.messages.stream(**kwargs) as stream:
                async for event in stream:
                    if event.type == "content_block_delta" and getattr(event.delta, "type", "") in ("text_delta", "input_json_delta"):
                        budget.spend()
                        if event.delta.type == "text_delta" and isinstance(event.delta.text, str):
                            on_text(valid_text(event.delta.text))
                message = await stream.get_final_message()
            self._blocks, calls = self._read_blocks(message)
        except BackendError:
            raise
        except sdk.APIError as exc:
            if (bound := crossed(exc)) is not None:
                raise BackendError(self.node, "bad_response", str(bound)) from exc
            if isinstance(exc, sdk.APITimeoutError):
                raise BackendError(self.node, "timeout", "Claude did not answer in time") from exc
            if isinstance(exc, sdk.APIStatusError):
                raise BackendError(self.node, "http", f"HTTP {exc.status_code}: {exc.message}") from exc
            raise BackendError(self.node, "unreachable", str(exc)) from exc
        except httpx2.HTTPError as exc:
            raise map_error(self.node, exc) from exc
        except Exception as exc:  # the SDK choking on a malformed stream: this node failed, not the request
            raise BackendError(self.node, "bad_response", f"{type(exc).__name__}: {exc}") from exc
        text = "".join(b["text"] for b in self._blocks if b["type"] == "text")
        return Turn(text, calls)

    def _read_blocks(self, message: Any) -> tuple[list[dict[str, Any]], list[ToolCall]]:
        """The final message's blocks, checked: the SDK builds them without validating."""
        blocks: list[dict[str, Any]] = []
        calls = []
        for i, block in enumerate(getattr(message, "content", None) or []):
            where = f"content[{i}]"
            if block.type == "text":
                if not isinstance(block.text, str):
                    raise bad(self.node, f"{where}.text", block.text, "a string")
                blocks.append({"type": "text", "text": valid_text(block.text)})
            elif block.type == "tool_use":
                for key, kind, expected in (("id", str, "a string"), ("name", str, "a string"), ("input", dict, "an object")):
                    if not isinstance(getattr(block, key, None), kind):
                        raise bad(self.node, f"{where}.{key}", getattr(block, key, None), expected)
                arguments = valid_json(block.input)
                blocks.append({"type": "tool_use", "id": valid_text(block.id), "name": valid_text(block.name), "input": arguments})
                calls.append(ToolCall(valid_text(block.id), valid_text(block.name), arguments))
        return blocks, calls

    def add_results(self, turn: Turn, results: list[tuple[ToolCall, str, bool]]) -> None:
        self._messages.append({"role": "assistant", "content": self._blocks or [{"type": "text", "text": turn.text}]})
        self._messages.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c.id, "content": text, "is_error": err} for c, text, err in results]})

    async def aclose(self) -> None:
        await self._client.close()


def _function_specs(tools: list[Tool]) -> list[dict[str, Any]]:
    return [{"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.schema}} for t in tools]


class _HttpChat(ToolChat):
    def __init__(self, node: str, model: str, system: str, tools: list[Tool], max_tokens: int, *, client: httpx2.AsyncClient) -> None:
        super().__init__(node, model, system, tools, max_tokens)
        self._client = client
        self._messages: list[Message] = [{"role": "system", "content": system}]
        self._raw_calls: list[dict[str, Any]] = []  # the last turn's calls as the server sent them

    def add_user(self, text: str) -> None:
        self._messages.append({"role": "user", "content": text})

    def add_assistant(self, text: str) -> None:
        self._messages.append({"role": "assistant", "content": text})

    async def aclose(self) -> None:
        await self._client.aclose()


class OpenAIChat(_HttpChat):
    """OpenAI-compatible tool calling over SSE: `delta.tool_calls` arrive in
    fragments keyed by index (id and name first, then the arguments)."""

    async def turn(self, on_text: OnText) -> Turn:
        body: dict[str, Any] = {"model": self.model, "messages": self._messages, "stream": True, "max_tokens": self.max_tokens}
        if self.tools:
            body["tools"] = _function_specs(self.tools)
        text: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        budget = TokenBudget(self.node, self.max_tokens)
        async for chunk in sse_chunks(self._client, self.node, "chat/completions", body, max_tokens=self.max_tokens):
            for delta in openai_deltas(self.node, chunk):
                budget.spend(delta.tokens)
                if delta.content:
                    text.append(delta.content)
                    on_text(delta.content)
                for fragment in delta.calls:
                    call = calls.setdefault(len(calls) if fragment.index is None else fragment.index, {"id": "", "name": "", "arguments": ""})
                    call["id"] = fragment.id or call["id"]
                    call["name"] = fragment.name or call["name"]
                    call["arguments"] += fragment.arguments or ""
        self._raw_calls = [calls[i] for i in sorted(calls)]
        for call in self._raw_calls:
            call["id"] = call["id"] or f"call_{uuid.uuid4().hex[:12]}"
        return Turn(strip_thinking("".join(text)), [ToolCall(c["id"], c["name"], _arguments(c["arguments"])) for c in self._raw_calls])

    def add_results(self, turn: Turn, results: list[tuple[ToolCall, str, bool]]) -> None:
        self._messages.append({
            "role": "assistant",
            "content": turn.text or None,
            "tool_calls": [{"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"] or "{}"}} for c in self._raw_calls],
        })
        self._messages += [{"role": "tool", "tool_call_id": call.id, "content": text} for call, text, _ in results]


class OllamaChat(_HttpChat):
    """Ollama's native `/api/chat`: tool calls arrive whole, arguments as objects."""

    async def turn(self, on_text: OnText) -> Turn:
        body: dict[str, Any] = {"model": self.model, "messages": self._messages, "stream": True, "options": {"num_predict": self.max_tokens}}
        if self.tools:
            body["tools"] = _function_specs(self.tools)
        text: list[str] = []
        self._raw_calls = []
        budget = TokenBudget(self.node, self.max_tokens)
        async for raw in ndjson_chunks(self._client, self.node, "api/chat", body, max_tokens=self.max_tokens):
            chunk = ollama_chunk(self.node, raw)
            budget.spend(chunk.tokens)
            if chunk.content:
                text.append(chunk.content)
                on_text(chunk.content)
            self._raw_calls += [{"name": c.name, "arguments": c.arguments} for c in chunk.calls]
        calls = [ToolCall(f"call_{i}", c["name"], c["arguments"] if isinstance(c["arguments"], dict) else _arguments(c["arguments"]))
                 for i, c in enumerate(self._raw_calls)]
        return Turn(strip_thinking("".join(text)), calls)

    def add_results(self, turn: Turn, results: list[tuple[ToolCall, str, bool]]) -> None:
        self._messages.append({"role": "assistant", "content": turn.text, "tool_calls": [{"function": c} for c in self._raw_calls]})
        self._messages += [{"role": "tool", "tool_name": call.name, "content": text} for call, text, _ in results]


def open_chat(pool: NodePool, node: str, *, model: str, system: str, tools: list[Tool], max_tokens: int) -> ToolChat:
    """A tool-calling chat with `node`, whatever its wire format."""
    if node == EMBEDDED:
        raise BackendError(node, "unavailable", "the embedded model cannot call tools")
    if node == CLAUDE:
        claude = pool.config.claude
        key = claude.api_key()
        if key is None:
            raise BackendError(node, "unavailable", f"{claude.api_key_env} is not set")
        return AnthropicChat(node, model, system, tools, max_tokens, url=claude.url, api_key=key, timeout_s=claude.timeout_s)
    config = pool.config.node(node)
    if config is None or not config.available:
        raise BackendError(node, "unavailable", "no such node, or it is disabled or missing its key")
    if config.kind == "anthropic":
        key = config.api_key()
        if key is None:
            raise BackendError(node, "unavailable", f"{config.api_key_env or 'an API key variable'} is not set")
        return AnthropicChat(node, model, system, tools, max_tokens, url=config.url, api_key=key, timeout_s=config.timeout_s)
    key = config.api_key()
    headers = {"authorization": f"Bearer {key}"} if key else None
    if config.kind == "ollama":
        client = make_client(config.url.rstrip("/") + "/", connect_s=config.connect_timeout_s, read_s=config.read_timeout_s, headers=headers)
        return OllamaChat(node, model, system, tools, max_tokens, client=client)
    client = make_client(api_base(config.url) + "/", connect_s=config.connect_timeout_s, read_s=config.read_timeout_s, headers=headers)
    return OpenAIChat(node, model, system, tools, max_tokens, client=client)
