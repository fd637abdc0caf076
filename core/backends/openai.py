"""OpenAI-compatible servers: LM Studio, llama.cpp server, vLLM, a LiteLLM
proxy, Gemini's OpenAI endpoint. Chat streams as Server-Sent Events ending
with `data: [DONE]`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlparse

from jarvis_tui.core.backends.base import Backend, Message, ModelInfo, ReplyInfo, TokenBudget
from jarvis_tui.core.backends.http import get_json, make_client, sse_chunks
from jarvis_tui.core.backends.wire import openai_deltas, openai_models


def api_base(url: str) -> str:
    """The node URL is the server root; the API lives under /v1 unless the URL
    already names its API path (Gemini's `.../v1beta/openai`, a proxy's `/v1`)."""
    path = urlparse(url).path.rstrip("/")
    if path.endswith(("/v1", "/openai")):
        return url.rstrip("/")
    return url.rstrip("/") + "/v1"


class OpenAIBackend(Backend):
    kind = "openai"

    def __init__(self, name: str, model: str, url: str, *, connect_s: float, read_s: float, api_key: str | None = None) -> None:
        super().__init__(name, model)
        headers = {"authorization": f"Bearer {api_key}"} if api_key else None
        self._client = make_client(api_base(url) + "/", connect_s=connect_s, read_s=read_s, headers=headers)

    async def stream_chat(
        self,
        messages: list[Message],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        info: ReplyInfo | None = None,
    ) -> AsyncIterator[str]:
        body: dict[str, Any] = {"model": model or self.model, "messages": messages, "stream": True}
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        if temperature is not None:
            body["temperature"] = temperature
        budget = TokenBudget(self.name, max_tokens)
        async for chunk in sse_chunks(self._client, self.name, "chat/completions", body, max_tokens=max_tokens):
            for delta in openai_deltas(self.name, chunk):
                budget.spend(delta.tokens)
                if info is not None and delta.finish_reason:
                    info.finish_reason = delta.finish_reason
                # Reasoning models stream their thinking as reasoning_content: not part of the answer.
                if delta.content:
                    yield delta.content

    async def list_models(self) -> list[ModelInfo]:
        return openai_models(self.name, await get_json(self._client, self.name, "models"))

    async def aclose(self) -> None:
        await self._client.aclose()
