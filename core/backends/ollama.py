"""The Ollama API: `/api/chat` streams newline-delimited JSON ending with an
object whose `done` is true; `/api/tags` lists models, `/api/ps` the loaded ones."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from jarvis_tui.core.backends.base import Backend, BackendError, Message, ModelInfo
from jarvis_tui.core.backends.http import get_json, make_client, ndjson_chunks


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
    ) -> AsyncIterator[str]:
        options: dict[str, Any] = {}
        if max_tokens is not None:
            options["num_predict"] = max_tokens
        if temperature is not None:
            options["temperature"] = temperature
        body: dict[str, Any] = {"model": model or self.model, "messages": messages, "stream": True}
        if options:
            body["options"] = options
        async for chunk in ndjson_chunks(self._client, self.name, "api/chat", body):
            text = (chunk.get("message") or {}).get("content")
            if text:
                yield text

    async def list_models(self) -> list[ModelInfo]:
        tags = await get_json(self._client, self.name, "api/tags")
        try:
            ps = await get_json(self._client, self.name, "api/ps")
            loaded = {m.get("name") for m in ps.get("models") or [] if isinstance(m, dict)}
        except BackendError:
            loaded = None  # older servers have no /api/ps: loaded state unknown
        items = tags.get("models") if isinstance(tags, dict) else None
        if not isinstance(items, list):
            raise BackendError(self.name, "bad_response", "/api/tags has no 'models' list")
        names = [str(m.get("name") or m.get("model")) for m in items if isinstance(m, dict)]
        return [ModelInfo(n, None if loaded is None else n in loaded) for n in names]

    async def aclose(self) -> None:
        await self._client.aclose()
