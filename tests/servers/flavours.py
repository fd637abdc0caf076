"""Loopback OpenAI-compatible servers with each one's own endpoints, in their
real formats, so `jarvis-tui --init` can tell them apart as it does real ones:

- ``LlamaCppNode``: llama.cpp's server (`/props`, `/health`, a `/v1/models`
  with ``owned_by: "llamacpp"``, its ``meta`` and the Ollama-style ``models``);
- ``VLLMNode``: vLLM (`/version`, ``owned_by: "vllm"``, ``max_model_len``);
- ``LiteLLMNode``: a LiteLLM proxy (`/health/readiness` with its version,
  `/health/liveliness`; with a master key `/v1/models` is a 401 in its shape);
- ``LMStudio03Node``: LM Studio 0.3, whose REST API is `/api/v0/models`;
- ``PlainHTTP``: a web server that is no LLM server (HTML 404s, a redirect,
  or the same body on every path).

    with LlamaCppNode(models=["qwen2.5-7b-instruct-q4_k_m.gguf"]) as node: ...
"""

from __future__ import annotations

import time
from typing import Any

from tests.servers.llm import OpenAINode, _Call
from tests.servers.loopback import LoopbackServer, Receive, Send, read_request

__all__ = ["LMStudio03Node", "LiteLLMNode", "LlamaCppNode", "PlainHTTP", "VLLMNode"]


class LlamaCppNode(OpenAINode):
    def __init__(self, *, name: str = "llama.cpp", build: str = "b6240-54a241f5", **fields: Any) -> None:
        super().__init__(name=name, **fields)
        self.build = build
        self._routes.update({("GET", "/v1/models"): self._llama_models, ("GET", "/models"): self._llama_models, ("GET", "/props"): self._props})

    async def _llama_models(self, call: _Call) -> None:
        model = call.behaviour.models[0]
        details = {"parent_model": "", "format": "gguf", "family": "", "families": [""], "parameter_size": "", "quantization_level": ""}
        meta = {"vocab_type": 2, "n_vocab": 152064, "n_ctx_train": 32768, "n_embd": 3584, "n_params": 7615616512, "size": 4677120000}
        await call.respond(
            200,
            {
                "models": [
                    {"name": model, "model": model, "modified_at": "", "size": "", "digest": "", "type": "model", "description": "",
                     "tags": [""], "capabilities": ["completion"], "parameters": "", "details": details}
                ],
                "object": "list",
                "data": [{"id": model, "object": "model", "created": int(time.time()), "owned_by": "llamacpp", "meta": meta}],
            },
        )

    async def _props(self, call: _Call) -> None:
        model = call.behaviour.models[0]
        settings = {"id": 0, "id_task": -1, "n_ctx": 4096, "speculative": False, "is_processing": False, "params": {"temperature": 0.8, "top_k": 40}}
        await call.respond(
            200,
            {
                "default_generation_settings": settings,
                "total_slots": 1,
                "model_path": f"/models/{model}",
                "modalities": {"vision": False, "audio": False},
                "chat_template": "{% for message in messages %}{{ message.content }}{% endfor %}",
                "bos_token": "<|endoftext|>",
                "eos_token": "<|im_end|>",
                "build_info": self.build,
            },
        )


class VLLMNode(OpenAINode):
    def __init__(self, *, name: str = "vllm", version: str = "0.10.1", **fields: Any) -> None:
        super().__init__(name=name, **fields)
        self.version = version
        self._routes.update({("GET", "/v1/models"): self._vllm_models, ("GET", "/version"): self._version, ("GET", "/health"): self._empty})

    async def _vllm_models(self, call: _Call) -> None:
        now = int(time.time())
        permission = {
            "id": "modelperm-0d5e3c1f", "object": "model_permission", "created": now, "allow_create_engine": False, "allow_sampling": True,
            "allow_logprobs": True, "allow_search_indices": False, "allow_view": True, "allow_fine_tuning": False, "organization": "*",
            "group": None, "is_blocking": False,
        }
        data = [
            {"id": m, "object": "model", "created": now, "owned_by": "vllm", "root": m, "parent": None, "max_model_len": 32768, "permission": [permission]}
            for m in call.behaviour.models
        ]
        await call.respond(200, {"object": "list", "data": data})

    async def _version(self, call: _Call) -> None:
        await call.respond(200, {"version": self.version})

    async def _empty(self, call: _Call) -> None:
        await call.start(200, "application/json", 0)
        await call.write(b"", more=False)


class LiteLLMNode(OpenAINode):
    def __init__(self, *, name: str = "litellm", master_key: str | None = None, version: str = "1.76.0", **fields: Any) -> None:
        super().__init__(name=name, **fields)
        self.master_key = master_key
        self.version = version
        self._routes.update(
            {("GET", "/v1/models"): self._litellm_models, ("GET", "/health/readiness"): self._readiness, ("GET", "/health/liveliness"): self._liveliness}
        )

    async def _litellm_models(self, call: _Call) -> None:
        if self.master_key is not None:
            error = {"message": "Authentication Error, No api key passed in.", "type": "auth_error", "param": "None", "code": "401"}
            await call.respond(401, {"error": error})
            return
        data = [{"id": m, "object": "model", "created": 1677610602, "owned_by": "openai"} for m in call.behaviour.models]
        await call.respond(200, {"data": data, "object": "list"})

    async def _readiness(self, call: _Call) -> None:
        await call.respond(
            200,
            {
                "status": "connected",
                "db": "Not connected",
                "cache": None,
                "litellm_version": self.version,
                "success_callbacks": ["sync_deployment_callback_on_success"],
                "use_aiohttp_transport": True,
                "last_updated": "2025-09-01T12:00:00.000000",
            },
        )

    async def _liveliness(self, call: _Call) -> None:
        body = b'"I\'m alive!"'
        await call.start(200, "application/json", len(body))
        await call.write(body, more=False)


class LMStudio03Node(OpenAINode):
    """LM Studio 0.3: models listed with their type and state at `/api/v0/models` (no `/api/v1`)."""

    def __init__(self, *, name: str = "lmstudio-0.3", loaded: list[str] | None = None, types: dict[str, str] | None = None, **fields: Any) -> None:
        super().__init__(name=name, **fields)
        self.loaded = list(self.behaviour.models[:1] if loaded is None else loaded)
        self.types = types or {}
        self._routes[("GET", "/api/v0/models")] = self._v0_models

    async def _v0_models(self, call: _Call) -> None:
        data = [
            {
                "id": m, "object": "model", "type": self.types.get(m, "llm"), "publisher": "lmstudio-community", "arch": "qwen3",
                "compatibility_type": "gguf", "quantization": "Q4_K_M", "state": "loaded" if m in self.loaded else "not-loaded",
                "max_context_length": 32768,
            }
            for m in call.behaviour.models
        ]
        await call.respond(200, {"object": "list", "data": data})


class PlainHTTP(LoopbackServer):
    """A web server that is not an LLM server: every path is an HTML 404, or
    with ``redirect_to`` a 302 there. ``paths`` records every request (as a
    proxy it sees absolute URLs)."""

    def __init__(self, name: str = "web", *, redirect_to: str | None = None, body: bytes | None = None) -> None:
        """``body``: answer every path with it (status 200, JSON) instead of a 404."""
        super().__init__(name)
        self.redirect_to = redirect_to
        self.body = body
        self.paths: list[str] = []

    async def _asgi(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        _, path, _, _ = await read_request(scope, receive)
        self.paths.append(path)
        if self.redirect_to is not None:
            headers = [(b"location", f"{self.redirect_to}{path}".encode()), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 302, "headers": headers})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        if self.body is not None:
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(self.body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": self.body, "more_body": False})
            return
        body = b"<!doctype html><html><body><h1>404 Not Found</h1></body></html>"
        await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body, "more_body": False})
