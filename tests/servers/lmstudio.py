"""A loopback LM Studio: the OpenAI-compatible API of ``OpenAINode`` plus LM
Studio's REST API for model management (0.4+: ``GET /api/v1/models``,
``POST /api/v1/models/load``, ``POST /api/v1/models/unload``), and model
listings that can be made slow or hang, for the node monitor's probes.

    with LMStudioNode(models=["qwen3-30b", "qwen3-coder-30b"], loaded=["qwen3-30b"]) as node:
        node.probe_delay_s = 0.5     # /v1/models and /api/v1/models answer late
        node.probe_hang = True       # ... or never
"""

from __future__ import annotations

from typing import Any

from tests.servers.llm import OpenAINode, _Call

__all__ = ["LMStudioNode"]


class LMStudioNode(OpenAINode):
    def __init__(self, *, name: str = "lmstudio", loaded: list[str] | None = None, **fields: Any) -> None:
        super().__init__(name=name, **fields)
        self.loaded: list[str] = list(self.behaviour.models[:1] if loaded is None else loaded)
        self.probe_delay_s = 0.0
        self.probe_hang = False
        self._routes.update(
            {
                ("GET", "/v1/models"): self._slow(self._models),
                ("GET", "/api/v1/models"): self._slow(self._rest_models),
                ("POST", "/api/v1/models/load"): self._load,
                ("POST", "/api/v1/models/unload"): self._unload,
            }
        )

    def _slow(self, handler: Any) -> Any:
        async def slow(call: _Call) -> None:
            await call.pause(None if self.probe_hang else self.probe_delay_s)
            await handler(call)

        return slow

    async def _rest_models(self, call: _Call) -> None:
        models = [
            {
                "type": "llm",
                "publisher": "lmstudio-community",
                "key": m,
                "display_name": m,
                "architecture": "qwen3",
                "quantization": {"name": "Q4_K_M", "bits_per_weight": 4.8},
                "size_bytes": 18_630_000_000,
                "params_string": "30B",
                "loaded_instances": [{"id": m, "config": {"context_length": 8192, "flash_attention": True}}] if m in self.loaded else [],
                "max_context_length": 262144,
                "format": "gguf",
            }
            for m in call.behaviour.models
        ]
        await call.respond(200, {"models": models})

    async def _load(self, call: _Call) -> None:
        model = call.body.get("model", "")
        if model not in self.behaviour.models:
            await call.respond(404, {"error": {"message": f"Model '{model}' not found", "type": "model_not_found"}})
            return
        if model not in self.loaded:
            self.loaded.append(model)
        await call.respond(200, {"type": "llm", "instance_id": model, "load_time_seconds": 1.25, "status": "loaded"})

    async def _unload(self, call: _Call) -> None:
        instance = call.body.get("instance_id", "")
        if instance not in self.loaded:
            await call.respond(404, {"error": {"message": f"No loaded instance '{instance}'", "type": "not_found"}})
            return
        self.loaded.remove(instance)
        await call.respond(200, {"instance_id": instance})
