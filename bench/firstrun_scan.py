"""How long `jarvis-tui --init`'s scan takes (core.cluster.discover):

  empty     this machine's default ports (1234, 11434, 8080, 8000, 4000, 9400,
            9835), nothing listening: what a newcomer with no server waits
  busy      seven loopback servers in their real wire formats (LM Studio,
            Ollama, llama.cpp, vLLM, a LiteLLM proxy, dcgm-exporter,
            nvidia_gpu_exporter), each identified and its models listed
  hung      the same plus one server that accepts and never answers: the
            scan is bounded by one timeout (1.5 s), not one per probe

Median and max of REPEAT scans (BENCH_REPEAT, default 10).
Run from the repository root: .venv/bin/python bench/firstrun_scan.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

from _common import ROOT, header, repeat

sys.path.insert(0, str(ROOT))

from jarvis_tui.core.cluster.discover import DEFAULT_EXPORTER_PORTS, DEFAULT_SERVER_PORTS, discover
from tests.servers.exporters import Exporter
from tests.servers.flavours import LiteLLMNode, LlamaCppNode, VLLMNode
from tests.servers.llm import OllamaNode
from tests.servers.lmstudio import LMStudioNode


def timed(server_ports: list[int], exporter_ports: list[int], n: int) -> tuple[list[float], int]:
    times: list[float] = []
    found = 0
    for _ in range(n):
        t0 = time.perf_counter()
        discovery = asyncio.run(discover(server_ports=server_ports, exporter_ports=exporter_ports))
        times.append((time.perf_counter() - t0) * 1000)
        found = len(discovery.servers) + len(discovery.exporters)
    return times, found


def show(name: str, times: list[float], found: int) -> None:
    print(f"{name:<6} median {statistics.median(times):7.1f} ms, max {max(times):7.1f} ms (n={len(times)}), {found} found")


def main() -> None:
    header("--init scan time")
    n = repeat(10)
    show("empty", *timed(list(DEFAULT_SERVER_PORTS), list(DEFAULT_EXPORTER_PORTS), n))
    servers = [LMStudioNode(models=["qwen3-30b", "qwen3-coder-30b"]), OllamaNode(models=["qwen3:1.7b"]), LlamaCppNode(models=["q.gguf"]),
               VLLMNode(models=["Qwen/Qwen2.5-7B-Instruct"]), LiteLLMNode(models=["gpt-4o"])]
    exporters = [Exporter("dcgm", gpus=6), Exporter("nvidia_smi", gpus=3)]
    for server in [*servers, *exporters]:
        server.start()
    try:
        ports, exporter_ports = [s.port for s in servers], [e.port for e in exporters]
        show("busy", *timed(ports, exporter_ports, n))
        hung = LMStudioNode(models=["m"]).start()
        hung.probe_hang = True
        try:
            show("hung", *timed([*ports, hung.port], exporter_ports, max(3, n // 3)))
        finally:
            hung.stop()
    finally:
        for server in [*servers, *exporters]:
            server.stop()


if __name__ == "__main__":
    main()
