"""Claude through the official `anthropic` SDK (2.x, on httpx2).

The SDK takes about 2.5 s to import, so it is imported when the first Claude
request is made, never at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx2

from jarvis_tui.core.backends.base import Backend, BackendError, Message, ModelInfo, ReplyInfo, TokenBudget
from jarvis_tui.core.backends.http import crossed, map_error, sdk_client_options
from jarvis_tui.core.backends.wire import bad
from jarvis_tui.core.text import valid_text

DEFAULT_MAX_TOKENS = 1024


class AnthropicBackend(Backend):
    kind = "anthropic"

    def __init__(self, name: str, model: str, url: str, *, api_key: str, timeout_s: float, connect_s: float) -> None:
        super().__init__(name, model)
        self._url = url
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._connect_s = connect_s
        self._client: Any = None

    def _sdk(self) -> Any:
        import anthropic  # noqa: PLC0415 - deliberately lazy, see module docstring

        if self._client is None:
            self._client = anthropic.AsyncAnthropic(
                api_key=self._api_key,
                base_url=self._url,
                timeout=anthropic.Timeout(self._timeout_s, connect=self._connect_s),
                max_retries=0,  # failover is the dispatcher's job, with its cooldowns
                http_client=anthropic.DefaultAsyncHttpxClient(**sdk_client_options()),  # bounded reads
            )
        return anthropic

    def _error(self, sdk: Any, exc: Any) -> BackendError:
        if (bound := crossed(exc)) is not None:
            return BackendError(self.name, "bad_response", str(bound))
        if isinstance(exc, sdk.APITimeoutError):
            return BackendError(self.name, "timeout", "Claude did not answer in time")
        if isinstance(exc, sdk.APIStatusError):
            return BackendError(self.name, "http", f"HTTP {exc.status_code}: {exc.message}")
        return BackendError(self.name, "unreachable", str(exc))

    async def stream_chat(
        self,
        messages: list[Message],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,  # the Messages API of SDK 2.x takes none
        info: ReplyInfo | None = None,
    ) -> AsyncIterator[str]:
        sdk = self._sdk()
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] != "system"]
        kwargs: dict[str, Any] = {
            "model": model or self.model,
            "max_tokens": max_tokens or DEFAULT_MAX_TOKENS,
            "messages": turns,
        }
        if system:
            kwargs["system"] = system
        finished = False
        budget = TokenBudget(self.name, kwargs["max_tokens"])
        try:
            async with self._client.messages.stream(**kwargs) as stream:
                async for event in stream:
                    # The SDK builds its events without validating them: check what is used.
                    if event.type == "content_block_delta" and getattr(event.delta, "type", "") == "text_delta":
                        if not isinstance(event.delta.text, str):
                            raise bad(self.name, "content_block_delta.delta.text", event.delta.text, "a string")
                        budget.spend()
                        yield valid_text(event.delta.text)
                    elif event.type == "message_delta" and info is not None:
                        reason = getattr(event.delta, "stop_reason", None)
                        info.finish_reason = reason if isinstance(reason, str) else info.finish_reason
                    elif event.type == "message_stop":
                        finished = True
        except BackendError:
            raise
        except sdk.APIError as exc:
            raise self._error(sdk, exc) from exc
        except httpx2.HTTPError as exc:  # transport errors mid-stream surface raw
            raise map_error(self.name, exc) from exc
        except Exception as exc:  # the SDK choking on a malformed stream: this node failed, not the request
            raise BackendError(self.name, "bad_response", f"{type(exc).__name__}: {exc}") from exc
        if not finished:
            raise BackendError(self.name, "dropped", "stream ended before message_stop")

    async def list_models(self) -> list[ModelInfo]:
        sdk = self._sdk()
        try:
            page = await self._client.models.list(limit=100)
        except sdk.APIError as exc:
            raise self._error(sdk, exc) from exc
        except httpx2.HTTPError as exc:
            raise map_error(self.name, exc) from exc
        data = getattr(page, "data", None)
        if not isinstance(data, list) or not all(isinstance(getattr(m, "id", None), str) for m in data):
            raise BackendError(self.name, "bad_response", "malformed reply: /v1/models is not a list of models with ids")
        return [ModelInfo(valid_text(m.id)) for m in data]

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
