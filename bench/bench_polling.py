"""Polling cost of the node monitor, and what a hung node does to the others.

Cluster (served by a child process, so the CPU time measured is the
monitor's own): M1 LM Studio, M2 and M3 OpenAI-compatible, OL1 Ollama;
each with a Prometheus exporter of 9 GPUs (M1, M3 dcgm-exporter; M2, OL1
nvidia_gpu_exporter). 4 nodes x 9 GPUs.

1. CPU time per poll cycle (`NodeMonitor.poll_once()`: 4 probes + 4 exporter
   pages parsed), after 3 warm-up cycles; and the parse alone of one 9-GPU page.
2. Cadence: the schedules run (`start()`, probe and GPU interval 0.25 s)
   for 6 s, first with the 4 nodes, then with a 5th node whose model
   listing hangs and a 5th exporter that hangs (probe timeout 1 s). The gap
   between two polls of each healthy node should not change. Target: no
   effect.

    .venv/bin/python bench/bench_polling.py
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path

from _common import ROOT, header, isolate_config, repeat, summary, timed, verdict
from _loopback import ServerProcess

INTERVAL_S = 0.25
RUN_S = 6.0
sys.path.insert(0, str(ROOT))  # tests.servers, for the pages
SPECS = {
    "M1": ("lmstudio", {"models": ["qwen3-30b", "qwen3-coder-30b"]}),
    "M2": ("openai", {"models": ["deepseek-coder-v2-lite"]}),
    "M3": ("openai", {"models": ["mistral-7b"]}),
    "OL1": ("ollama", {"models": ["qwen3:1.7b"]}),
    "M4": ("lmstudio", {"probe_hang": True}),
    "E1": ("dcgm", {"gpus": 9, "temperature_c": 61.0}),
    "E2": ("nvidia_smi", {"gpus": 9, "temperature_c": 55.0}),
    "E3": ("dcgm", {"gpus": 9, "temperature_c": 58.0}),
    "E4": ("nvidia_smi", {"gpus": 9, "temperature_c": 49.0}),
    "E5": ("dcgm", {"gpus": 9, "hang": True}),
}
HEALTHY = {"M1": ("openai", "E1"), "M2": ("openai", "E2"), "M3": ("openai", "E3"), "OL1": ("ollama", "E4")}


def write_config(path: Path, urls: dict[str, str], *, hung: bool) -> Path:
    nodes = dict(HEALTHY) | ({"M4": ("openai", "E5")} if hung else {})
    toml = ""
    for name, (kind, exporter) in nodes.items():
        toml += f'[[nodes]]\nname = "{name}"\nkind = "{kind}"\nurl = "{urls[name]}"\nmodel = "m"\ngpu_metrics = "{urls[exporter]}"\n'
    path.write_text(toml + "[embedded]\nenabled = false\n", encoding="utf-8")
    return path


async def cost(config_path: Path, cycles: int) -> tuple[list[float], list[float]]:
    from jarvis_tui.core.cluster.monitor import NodeMonitor
    from jarvis_tui.core.cluster.nodes import NodePool
    from jarvis_tui.core.config import load_config

    pool = NodePool(load_config(config_path))
    monitor = NodeMonitor(pool)
    try:
        cpu, wall = await timed(monitor.poll_once, cycles)
        gpus = sum(len(r.gpus) for r in monitor.latest().values())
        assert gpus == 36, gpus
    finally:
        await monitor.aclose()
        await pool.aclose()
    return cpu, wall


async def cadence(config_path: Path) -> dict[str, list[float]]:
    """Gaps (s) between successive polls of each schedule during RUN_S."""
    from jarvis_tui.core.cluster.monitor import NodeMonitor
    from jarvis_tui.core.cluster.nodes import NodePool
    from jarvis_tui.core.config import load_config

    pool = NodePool(load_config(config_path))
    monitor = NodeMonitor(pool, interval_s=INTERVAL_S, gpu_interval_s=INTERVAL_S, probe_timeout_s=1.0, gpu_timeout_s=1.0)
    starts: dict[str, list[float]] = defaultdict(list)

    def timed(kind: str, poll: Callable[[str], Awaitable[None]]) -> Callable[[str], Awaitable[None]]:
        async def run(name: str) -> None:
            starts[f"{kind}:{name}"].append(time.perf_counter())
            await poll(name)

        return run

    # start() schedules whatever these attributes hold.
    monitor.poll_node = timed("probe", monitor.poll_node)  # type: ignore[method-assign]
    monitor.poll_gpu = timed("gpu", monitor.poll_gpu)  # type: ignore[method-assign]
    monitor.start()
    await asyncio.sleep(RUN_S)
    await monitor.aclose()
    await pool.aclose()
    return {k: [b - a for a, b in itertools.pairwise(v)] for k, v in starts.items()}


def parse_costs() -> None:
    """The parse alone of one 9-GPU page of each exporter."""
    from jarvis_tui.core.cluster.gpu.prometheus import parse_page
    from tests.servers.exporters import ExporterState, dcgm_page, nvidia_smi_page

    for name, page in (("dcgm-exporter", dcgm_page(ExporterState(gpus=9))), ("nvidia_gpu_exporter", nvidia_smi_page(ExporterState(gpus=9)))):
        times = []
        for _ in range(repeat(200)):
            c0 = time.perf_counter()
            parse_page(page)
            times.append((time.perf_counter() - c0) * 1000)
        print(f"   parse only, {name} page of 9 GPUs ({len(page) / 1024:.1f} KiB): {summary(times)}")


def main() -> None:
    header("node monitor polling: 4 nodes x 9 GPUs")
    with tempfile.TemporaryDirectory() as tmp:
        isolate_config(Path(tmp))
        with ServerProcess(SPECS) as servers:
            healthy = write_config(Path(tmp) / "healthy.toml", servers.urls, hung=False)
            with_hung = write_config(Path(tmp) / "hung.toml", servers.urls, hung=True)
            cpu, wall = asyncio.run(cost(healthy, repeat(50)))
            print("1. one poll cycle (4 probes + 4 exporter pages of 9 GPUs, 36 GPUs):")
            print(f"   CPU time   {summary(cpu)}")
            print(f"   wall time  {summary(wall)}  (loopback; includes the test servers' response time)")
            parse_costs()
            base = asyncio.run(cadence(healthy))
            hung = asyncio.run(cadence(with_hung))
        print(f"\n2. cadence over {RUN_S:g} s, interval {INTERVAL_S} s (gap = interval + the poll's own duration):")
        print(f"   {'schedule':<12} {'gaps (4 nodes)':<34} {'gaps (+ hung node and exporter)':<34} change")
        worst = 0.0
        for key in sorted(base):
            a, b = base[key], hung[key]
            change = (statistics.mean(b) - statistics.mean(a)) * 1000
            worst = max(worst, abs(change))
            print(f"   {key:<12} mean {statistics.mean(a) * 1000:6.1f} ms, max {max(a) * 1000:6.1f} ms    mean {statistics.mean(b) * 1000:6.1f} ms, max {max(b) * 1000:6.1f} ms    {change:+.1f} ms")
        for key in ("probe:M4", "gpu:M4"):
            gaps = hung.get(key, [])
            shown = ", ".join(f"{g:.2f}" for g in gaps[:4]) or "no second poll"
            print(f"   {key:<12} (hung) polls: {len(gaps) + 1}, gaps {shown} s: one at a time, each after the 1 s timeout")
        print(f"\n   target: a hung node changes no other node's cadence; worst mean change {worst:.1f} ms: {verdict(worst < 10.0)}")



if __name__ == "__main__":
    main()
