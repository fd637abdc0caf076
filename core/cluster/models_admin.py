"""Model management on the nodes (the seed's lm_models, lm_load_model,
lm_unload_model, ollama_pull, lm_switch_coder, lm_switch_dev).

- Ollama: `/api/tags` and `/api/ps` list; a chat with no messages loads a
  model, the same with `keep_alive: 0` unloads it; `/api/pull` streams progress.
- LM Studio: its REST API (`/api/v1/models`, `.../load`, `.../unload`, from
  0.4; `/api/v0/models` before, which lists but cannot load); without it, the
  `lms` command when the node runs on this machine.
- Other OpenAI-compatible servers (llama.cpp, vLLM) serve the model they
  were started with: listing works, loading is not supported.

Every operation returns an `AdminResult`; nothing raises for a node that
is down or cannot do what was asked.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import httpx2

from jarvis_tui.core.backends.base import BackendError, ModelInfo, brief
from jarvis_tui.core.backends.http import get_json, loads, make_client, open_stream, request_json
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import CLAUDE

CODER_MODEL = "qwen3-coder-30b"  # the seed's on-demand models of M1
DEV_MODEL = "devstral-small-2"
LOAD_TIMEOUT_S = 600.0  # loading 20 GB from disk takes minutes
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class AdminResult:
    ok: bool
    node: str
    action: str
    detail: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "node": self.node, "action": self.action, "detail": self.detail, **self.data}


@dataclass(frozen=True)
class PullProgress:
    status: str
    completed: int | None = None
    total: int | None = None


def _text(node: str, item: dict[str, Any], key: str, where: str) -> str:
    """A model's name from a listing: a non-empty string, or the listing is malformed."""
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise BackendError(node, "bad_response", f"malformed reply: {where}.{key} is {brief(value, 60)}, expected a model name")
    return value


def _count(value: Any) -> int | None:
    """A byte count of pull progress, when the server sent one."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _root(url: str) -> str:
    """LM Studio's REST API sits at the server root, beside `/v1`."""
    url = url.rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


class ModelAdmin:
    """Model operations on the pool's nodes; one HTTP client per node."""

    def __init__(self, pool: NodePool) -> None:
        self.pool = pool
        self._clients: dict[str, httpx2.AsyncClient] = {}
        self._lmstudio: dict[str, str | None] = {}  # node -> "v1" | "v0" | None (no LM Studio API)

    def _kind(self, name: str) -> str:
        node = self.pool.config.node(name)
        return node.kind if node else ("anthropic" if name == CLAUDE else "embedded")

    def _client(self, name: str) -> httpx2.AsyncClient:
        if name not in self._clients:
            node = self.pool.config.node(name)
            if node is None:
                raise BackendError(name, "unavailable", "no such node in the config")
            key = node.api_key()
            headers = {"authorization": f"Bearer {key}"} if key else None
            self._clients[name] = make_client(_root(node.url) + "/", connect_s=node.connect_timeout_s, read_s=LOAD_TIMEOUT_S, headers=headers)
        return self._clients[name]

    async def _post(self, name: str, path: str, body: dict[str, Any]) -> Any:
        return await request_json(self._client(name), name, "POST", path, body, empty={})

    async def lmstudio_api(self, name: str) -> str | None:
        """"v1" or "v0" when the node is LM Studio with its REST API, else None (remembered)."""
        if name in self._lmstudio:
            return self._lmstudio[name]
        api = None
        for version, key in (("v1", "models"), ("v0", "data")):
            try:
                data = await get_json(self._client(name), name, f"api/{version}/models")
            except BackendError as exc:
                if exc.kind not in ("http", "bad_response"):
                    raise  # the server is down or hung: ask again next time
                continue  # it answered, but not as LM Studio
            if isinstance(data, dict) and isinstance(data.get(key), list):
                api = version
                break
        self._lmstudio[name] = api
        return api

    async def list_models(self, name: str) -> list[ModelInfo]:
        """The node's models with their loaded state where the server says it."""
        if self._kind(name) == "openai":
            api = await self.lmstudio_api(name)
            if api == "v1":
                models = await self._lmstudio_models(name)
                return [ModelInfo(_text(name, m, "key", f"models[{i}]"), bool(m.get("loaded_instances"))) for i, m in enumerate(models)]
            if api == "v0":
                items = await self._items(name, "api/v0/models", "data")
                return [ModelInfo(_text(name, m, "id", f"data[{i}]"), m.get("state") == "loaded") for i, m in enumerate(items)]
        return await self.pool.backend(name).list_models()

    async def _items(self, name: str, path: str, key: str) -> list[dict[str, Any]]:
        """The objects of the list under `key` of a JSON answer, or a bad_response error."""
        data = await get_json(self._client(name), name, path)
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise BackendError(name, "bad_response", f"/{path} has no {key!r} list")
        return [m for m in items if isinstance(m, dict)]

    async def _lmstudio_models(self, name: str) -> list[dict[str, Any]]:
        return await self._items(name, "api/v1/models", "models")

    def _unsupported(self, name: str, action: str, why: str = "") -> AdminResult:
        kind = self._kind(name)
        return AdminResult(False, name, action, f"{action} is not supported by this node kind ({kind}){': ' + why if why else ''}")

    def _lms_usable(self, name: str) -> str | None:
        """The `lms` executable when the node is LM Studio on this machine."""
        node = self.pool.config.node(name)
        if node is None or urlparse(node.url).hostname not in LOOPBACK:
            return None
        return shutil.which("lms")

    async def load(self, name: str, model: str) -> AdminResult:
        """Load `model` into the node's memory."""
        return await self._run(name, "load", model, self._load)

    async def unload(self, name: str, model: str) -> AdminResult:
        """Free the memory `model` holds on the node."""
        return await self._run(name, "unload", model, self._unload)

    async def _run(self, name: str, action: str, model: str, op: Callable[[str, str], Awaitable[AdminResult]]) -> AdminResult:
        if self._kind(name) not in ("openai", "ollama"):
            return self._unsupported(name, action)
        try:
            return await op(name, model)
        except BackendError as exc:
            return AdminResult(False, name, action, f"{model}: {exc.kind}: {exc.detail}")

    async def _load(self, name: str, model: str) -> AdminResult:
        if self._kind(name) == "ollama":
            await self._post(name, "api/chat", {"model": model, "messages": []})
            return AdminResult(True, name, "load", f"{model} loaded")
        api = await self.lmstudio_api(name)
        if api == "v1":
            data = await self._post(name, "api/v1/models/load", {"model": model})
            seconds = data.get("load_time_seconds") if isinstance(data, dict) else None
            return AdminResult(True, name, "load", f"{model} loaded", {"load_time_s": seconds})
        return await self._lms(name, "load", model)

    async def _unload(self, name: str, model: str) -> AdminResult:
        if self._kind(name) == "ollama":
            await self._post(name, "api/chat", {"model": model, "messages": [], "keep_alive": 0})
            return AdminResult(True, name, "unload", f"{model} unloaded")
        if await self.lmstudio_api(name) == "v1":
            models = await self._lmstudio_models(name)
            instances = [i["id"] for m in models if m.get("key") == model for i in m.get("loaded_instances") or [] if isinstance(i, dict) and isinstance(i.get("id"), str)]
            for instance in instances:
                await self._post(name, "api/v1/models/unload", {"instance_id": instance})
            return AdminResult(True, name, "unload", f"{model} unloaded" if instances else f"{model} was not loaded")
        return await self._lms(name, "unload", model)

    async def _lms(self, name: str, action: str, model: str) -> AdminResult:
        exe = self._lms_usable(name)
        if exe is None:
            return self._unsupported(name, action, "the server has no LM Studio REST API (0.4 or newer) and no local `lms`; llama.cpp and vLLM serve the model they were started with")
        args = [exe, action, model] + (["--yes"] if action == "load" else [])
        try:
            proc = await asyncio.create_subprocess_exec(*args, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        except OSError as exc:
            return AdminResult(False, name, action, f"cannot run lms: {exc}")
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), LOAD_TIMEOUT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return AdminResult(False, name, action, f"lms {action} {model} did not finish within {LOAD_TIMEOUT_S:g} s")
        last = (out.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:200]
        if proc.returncode != 0:
            return AdminResult(False, name, action, f"lms {action} {model} failed ({proc.returncode}): {last}")
        return AdminResult(True, name, action, f"{model} {action}ed (lms)")

    async def pull(self, name: str, model: str, on_progress: Callable[[PullProgress], None] | None = None) -> AdminResult:
        """Download `model` onto an Ollama node, reporting progress as it streams."""
        if self._kind(name) != "ollama":
            return self._unsupported(name, "pull")
        last = PullProgress("")
        try:
            async with open_stream(self._client(name), name, "api/pull", {"model": model, "stream": True}) as lines:
                async for line in lines:
                    try:
                        data = loads(line)
                    except ValueError:
                        continue  # a torn line costs one progress update, not the download
                    if not isinstance(data, dict):
                        continue
                    if "error" in data:
                        return AdminResult(False, name, "pull", f"{model}: {brief(data['error'])}")
                    last = PullProgress(brief(data.get("status") or "", 200), _count(data.get("completed")), _count(data.get("total")))
                    if on_progress is not None:
                        on_progress(last)
        except BackendError as exc:
            return AdminResult(False, name, "pull", f"{model}: {exc.kind}: {exc.detail}")
        ok = last.status == "success"
        return AdminResult(ok, name, "pull", f"{model} pulled" if ok else f"{model}: the pull ended at {last.status or 'nothing'}")

    async def switch(self, name: str, model: str) -> AdminResult:
        """Make `model` the node's on-demand model: unload the node's other
        on-demand models (`models` in its config) that are loaded, then load it.
        The node's default model stays."""
        node = self.pool.config.node(name)
        if node is None:
            return AdminResult(False, name, "switch", "no such node in the config")
        try:
            loaded = {m.id for m in await self.list_models(name) if m.loaded}
        except BackendError as exc:
            return AdminResult(False, name, "switch", f"{exc.kind}: {exc.detail}")
        unloaded = []
        for other in node.models:
            if other != model and other in loaded:
                result = await self.unload(name, other)
                if not result.ok:
                    return AdminResult(False, name, "switch", f"could not unload {other}: {result.detail}")
                unloaded.append(other)
        result = await self.load(name, model)
        return AdminResult(result.ok, name, "switch", result.detail, {"model": model, "unloaded": unloaded})

    async def switch_coder(self, name: str = "M1") -> AdminResult:
        """The seed's lm_switch_coder: the coding model on M1."""
        return await self.switch(name, CODER_MODEL)

    async def switch_dev(self, name: str = "M1") -> AdminResult:
        """The seed's lm_switch_dev: the dev-tasks model on M1."""
        return await self.switch(name, DEV_MODEL)

    async def aclose(self) -> None:
        # Take the clients out first: a second aclose() running meanwhile must find nothing to close.
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()
