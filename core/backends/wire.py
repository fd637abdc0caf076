"""Typed readers of what nodes send, one per wire format: every field the
backends use is checked against its format, so a malformed reply (a number
where text belongs, a list where an object does) is a `bad_response` failure
of that node, never a TypeError in the request that asked it.

Unknown fields are ignored; a field that is absent or null reads as absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from jarvis_tui.core.backends.base import BackendError, ModelInfo, brief

T = TypeVar("T")
Json = dict[str, Any]
_NAMES = {str: "a string", dict: "an object", list: "a list", bool: "a boolean", int: "an integer"}


def _type_name(value: Any) -> str:
    return {str: "a string", dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def bad(node: str, where: str, value: Any, expected: str) -> BackendError:
    return BackendError(node, "bad_response", f"malformed reply: {where} is {_type_name(value)} ({brief(value, 60)}), expected {expected}")


def get(node: str, obj: Json, key: str, kind: type[T], where: str) -> T | None:
    """`obj[key]` when it is of `kind`, None when absent or null; anything else fails."""
    value = obj.get(key)
    if value is None:
        return None
    # bool is an int to Python, never to a wire format
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise bad(node, f"{where}.{key}", value, _NAMES.get(kind, kind.__name__))


def objects(node: str, items: list[Any], where: str) -> list[Json]:
    """`items`, each of which must be a JSON object."""
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad(node, f"{where}[{i}]", item, "an object")
    return cast(list[Json], items)


def _arguments(node: str, value: Any, where: str) -> str | None:
    """Tool-call arguments: a JSON string per the format; an object (some
    servers send one) is serialised back."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    raise bad(node, where, value, "a string or an object")


# -- OpenAI chat/completions stream ------------------------------------------------


@dataclass(frozen=True)
class CallFragment:
    """A piece of a tool call: id and name first, then arguments in pieces."""

    index: int | None
    id: str | None
    name: str | None
    arguments: str | None


@dataclass(frozen=True)
class Delta:
    content: str | None
    reasoning: str | None  # reasoning_content: thinking, not part of the answer
    calls: list[CallFragment] = field(default_factory=list)
    finish_reason: str | None = None

    @property
    def tokens(self) -> int:
        """Fragments of generated text this delta carries, for the token bound."""
        return bool(self.content) + bool(self.reasoning) + len(self.calls)


def openai_deltas(node: str, chunk: Json) -> list[Delta]:
    """The choices of one `chat.completion.chunk`."""
    choices = get(node, chunk, "choices", list, "chunk") or []
    deltas = []
    for i, choice in enumerate(objects(node, choices, "chunk.choices")):
        where = f"choices[{i}]"
        delta = get(node, choice, "delta", dict, where) or {}
        calls = []
        for j, call in enumerate(objects(node, get(node, delta, "tool_calls", list, f"{where}.delta") or [], f"{where}.delta.tool_calls")):
            at = f"{where}.delta.tool_calls[{j}]"
            function = get(node, call, "function", dict, at) or {}
            calls.append(CallFragment(
                get(node, call, "index", int, at), get(node, call, "id", str, at),
                get(node, function, "name", str, f"{at}.function"), _arguments(node, function.get("arguments"), f"{at}.function.arguments"),
            ))
        deltas.append(Delta(
            get(node, delta, "content", str, f"{where}.delta"), get(node, delta, "reasoning_content", str, f"{where}.delta"),
            calls, get(node, choice, "finish_reason", str, where),
        ))
    return deltas


def openai_models(node: str, data: Any) -> list[ModelInfo]:
    """`GET /v1/models`: `{"data": [{"id": "..."}, ...]}`."""
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BackendError(node, "bad_response", "/v1/models has no 'data' list")
    return [ModelInfo(_name(node, m, "id", f"data[{i}]")) for i, m in enumerate(objects(node, items, "data"))]


def _name(node: str, item: Json, key: str, where: str) -> str:
    name = get(node, item, key, str, where)
    if not name:
        raise BackendError(node, "bad_response", f"malformed reply: {where} has no {key!r}")
    return name


# -- Ollama /api/chat NDJSON, /api/tags, /api/ps --------------------------------


@dataclass(frozen=True)
class OllamaCall:
    name: str
    arguments: Any  # an object, or the string the model wrote


@dataclass(frozen=True)
class OllamaChunk:
    content: str | None
    thinking: str | None
    calls: list[OllamaCall]
    done: bool
    done_reason: str | None

    @property
    def tokens(self) -> int:
        return bool(self.content) + bool(self.thinking) + len(self.calls)


def ollama_chunk(node: str, chunk: Json) -> OllamaChunk:
    """One line of an `/api/chat` stream."""
    message = get(node, chunk, "message", dict, "line") or {}
    calls = []
    for i, call in enumerate(objects(node, get(node, message, "tool_calls", list, "message") or [], "message.tool_calls")):
        at = f"message.tool_calls[{i}]"
        function = get(node, call, "function", dict, at) or {}
        arguments = function.get("arguments")
        if arguments is not None and not isinstance(arguments, dict | str):
            raise bad(node, f"{at}.function.arguments", arguments, "an object")
        calls.append(OllamaCall(get(node, function, "name", str, f"{at}.function") or "", {} if arguments is None else arguments))
    return OllamaChunk(
        get(node, message, "content", str, "message"), get(node, message, "thinking", str, "message"), calls,
        bool(get(node, chunk, "done", bool, "line")), get(node, chunk, "done_reason", str, "line"),
    )


def ollama_names(node: str, data: Any, path: str) -> list[str]:
    """The model names of `/api/tags` or `/api/ps`: `{"models": [{"name": ...}, ...]}`."""
    items = data.get("models") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BackendError(node, "bad_response", f"/{path} has no 'models' list")
    names = []
    for i, item in enumerate(objects(node, items, "models")):
        name = get(node, item, "name", str, f"models[{i}]") or get(node, item, "model", str, f"models[{i}]")
        if not name:
            raise BackendError(node, "bad_response", f"malformed reply: models[{i}] of /{path} has no name")
        names.append(name)
    return names
