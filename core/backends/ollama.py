"""The Ollama API: `/api/chat` streams newline-delimited JSON ending with an
object whose `done` is true; `/api/tags` lists models, `/api/ps` the loaded ones."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from jarvis_tui.core.backends.base import Backend, BackendError, Message, ModelInfo, ReplyInfo, TokenBudget
from jarvis_tui.core.backends.http import get_json, make_client, ndjson_chunks
from jarvis_tui.core.backends.wire import ollama_chunk, ollama_names


class OllamaBackend(Backend):
    kind = "ollama"

    def __init__(self, name: str, model: str, url: str, *, connect_s: float, read_s: float) -> None:
        super().__init__(name, model)
        self._client = make_client(url.rstrip("/") + "/", connect_s=connect_s, read_s=read_s)

    async def stream_chat(
        self,
        messages: list[Message],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        info: ReplyInfo | None = None,
    ) -> AsyncIterator[str]:
        options: dict[str, Any] = {}
        if max_tokens is not None:
            options["num_predict"] = max_tokens
        if temperature is not None:
            options["temperature"] = temperature
        body: dict[str, Any] = {"model": model or self.model, "messages": messages, "stream": True}
        if options:
            body["options"] = options
        budget = TokenBudget(self.name, max_tokens)
        async for raw in ndjson_chunks(self._client, self.name, "api/chat", body, max_tokens=max_tokens):
            chunk = ollama_chunk(self.name, raw)
            budget.spend(chunk.tokens)
            if info is not None and chunk.done_reason:
                info.finish_reason = chunk.done_reason
            if chunk.content:
                yield chunk.content

    async def list_models(self) -> list[ModelInfo]:
        names = ollama_names(self.name, await get_json(self._client, self.name, "api/tags"), "api/tags")
        loaded: set[str] | None
        try:
            loaded = set(ollama_names(self.name, await get_json(self._client, self.name, "api/ps"), "api/ps"))
        except BackendError:
            loaded = None  # older servers have no /api/ps: loaded state unknown
        return [ModelInfo(n, None if loaded is None else n in loaded) for n in names]

    async def aclose(self) -> None:
        await self._client.aclose()
