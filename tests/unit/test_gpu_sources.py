"""Choosing a node's GPU source, and the one-shot poll: cheap when nothing
is configured, bounded when an exporter hangs, never raising."""

from __future__ import annotations

import subprocess
import sys
import time

from jarvis_tui.core.cluster.gpu.prometheus import PrometheusSource
from jarvis_tui.core.cluster.gpu.readings import NodeReading, NoReadings
from jarvis_tui.core.cluster.gpu.sources import LocalSource, poll_once, read_safely, source_for
from jarvis_tui.core.config import Config, NodeConfig
from tests.servers.exporters import Exporter


def node(name: str, gpu_metrics: str | None, **fields) -> NodeConfig:
    return NodeConfig(name=name, kind="openai", url="http://127.0.0.1:9", model="m", gpu_metrics=gpu_metrics, **fields)


async def test_gpu_metrics_picks_the_source():
    assert source_for(node("M1", None)) is None and source_for(node("M1", "")) is None
    local = source_for(node("M1", "local"))
    assert isinstance(local, LocalSource)
    exporter = source_for(node("M2", "http://10.5.0.2:9400/metrics"))
    assert isinstance(exporter, PrometheusSource) and exporter.url == "http://10.5.0.2:9400/metrics"
    await exporter.aclose()


async def test_poll_once_without_gpu_metrics_is_free():
    assert isinstance(await poll_once(Config(nodes=[node("M1", None)])), NoReadings)
    code = (
        "import asyncio, sys\n"
        "from jarvis_tui.core.config import load_config\n"
        "from jarvis_tui.core.cluster.gpu.sources import poll_once\n"
        "asyncio.run(poll_once(load_config()))\n"
        "print([m for m in ('httpx2', 'pynvml') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={"XDG_CONFIG_HOME": "/nonexistent", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


async def test_poll_once_reads_every_exporter_at_once_and_leaves_out_the_broken():
    with Exporter("dcgm", gpus=2, temperature_c=90.0) as hot, Exporter("nvidia_smi", temperature_c=60.0, delay_s=0.4) as slow, Exporter(hang=True) as hung:
        config = Config(
            nodes=[
                node("M1", hot.metrics_url),
                node("M2", slow.metrics_url),
                node("M3", hung.metrics_url),
                node("M4", "http://127.0.0.1:9/metrics"),
                node("M5", hot.metrics_url, enabled=False),
            ]
        )
        start = time.perf_counter()
        readings = (await poll_once(config, timeout_s=1.0)).latest()
        elapsed = time.perf_counter() - start
    assert set(readings) == {"M1", "M2"}
    assert readings["M1"].max_c == 90.0 and readings["M2"].max_c == 60.0
    assert elapsed < 1.8  # the slow and the hung exporter were waited for together, not in turn


async def test_read_safely_turns_a_crashing_source_into_an_error_reading():
    class Broken:
        node = "M1"

        async def read(self) -> NodeReading:
            raise RuntimeError("boom")

        async def aclose(self) -> None:
            pass

    reading = await read_safely(Broken(), 1.0)
    assert reading.gpus == () and reading.error == "GPU source failed: RuntimeError: boom"
