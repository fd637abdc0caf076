"""Which GPU source reads which node, and reading them without ever failing.

A node's `gpu_metrics` picks the source: an http(s) URL is a Prometheus
exporter; "local" is this machine, through NVML or, where NVML cannot load,
nvidia-smi. Sources are imported only for nodes that name one, so a config
without `gpu_metrics` costs no import and no network.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable
from typing import Protocol

from jarvis_tui.core.cluster.gpu.readings import GpuUnavailable, NodeReading, NoReadings, ReadingSource, StaticReadings
from jarvis_tui.core.config import Config, NodeConfig

log = logging.getLogger(__name__)

ONESHOT_TIMEOUT_S = 2.0  # a one-shot request waits this long at most for its GPU readings
_VALUES = re.compile(r"= \S+|^\d+(?= line)")  # what changes between two polls of the same fault


class GpuSource(Protocol):
    node: str

    async def read(self) -> NodeReading:
        """One reading of the node's GPUs."""
        ...

    async def aclose(self) -> None:
        """Release what the source holds."""
        ...


class LocalSource:
    """This machine's GPUs: NVML first, nvidia-smi where NVML is missing."""

    def __init__(self, node: str, *, timeout_s: float = 5.0) -> None:
        from jarvis_tui.core.cluster.gpu.nvml import NvmlSource  # noqa: PLC0415
        from jarvis_tui.core.cluster.gpu.smi import NvidiaSmiSource  # noqa: PLC0415

        self.node = node
        self._nvml = NvmlSource(node)
        self._smi = NvidiaSmiSource(node, timeout_s=timeout_s)

    async def read(self) -> NodeReading:
        try:
            return await self._nvml.read()
        except GpuUnavailable as nvml_missing:
            try:
                return await self._smi.read()
            except GpuUnavailable as smi_missing:
                return NodeReading(self.node, (), source="local", error=f"{nvml_missing}; {smi_missing}")

    async def aclose(self) -> None:
        await self._nvml.aclose()


def source_for(node: NodeConfig, *, timeout_s: float = 3.0) -> GpuSource | None:
    """The source a node's `gpu_metrics` names, or None when it names none."""
    if not node.gpu_metrics:
        return None
    if node.gpu_metrics == "local":
        return LocalSource(node.name, timeout_s=timeout_s)
    from jarvis_tui.core.cluster.gpu.prometheus import PrometheusSource  # noqa: PLC0415 - loaded only when an exporter is configured

    return PrometheusSource(node.name, node.gpu_metrics, timeout_s=timeout_s)


async def read_safely(source: GpuSource, timeout_s: float) -> NodeReading:
    """A reading, or one whose `error` says why there is none: a hung
    exporter or a bug in a source never reaches the caller as an exception."""
    try:
        async with asyncio.timeout(timeout_s):
            return await source.read()
    except TimeoutError:
        return NodeReading(source.node, (), error=f"no GPU reading within {timeout_s:g} s")
    except Exception as exc:  # the monitor must survive any source failure
        log.debug("GPU source of %s failed", source.node, exc_info=True)
        return NodeReading(source.node, (), error=f"GPU source failed: {type(exc).__name__}: {exc}")


def log_warnings(reading: NodeReading, already: set[str] | None = None) -> None:
    """Log a reading's warnings; with `already`, each kind of warning once per node."""
    for warning in reading.warnings:
        # A sensor gone wrong reports a new absurd value every poll: the same warning, not a new one.
        key = f"{reading.node}: {_VALUES.sub('#', warning)}"
        if already is None or key not in already:
            log.warning("GPU data of %s: %s", reading.node, warning)
            if already is not None:
                already.add(key)


async def poll_once(config: Config, *, timeout_s: float = ONESHOT_TIMEOUT_S) -> ReadingSource:
    """One reading of every configured node's GPUs, for a one-shot request.
    Readings without GPUs (exporter down, no driver) are left out: unknown."""
    sources = [s for s in (source_for(n, timeout_s=timeout_s) for n in config.nodes if n.available) if s is not None]
    if not sources:
        return NoReadings()
    try:
        readings = await read_all(sources, timeout_s)
    finally:
        await asyncio.gather(*(s.aclose() for s in sources))
    for reading in readings:
        log_warnings(reading)
        if reading.error:
            log.warning("no GPU data for %s: %s", reading.node, reading.error)
    return StaticReadings({r.node: r for r in readings if r.gpus})


async def read_all(sources: Iterable[GpuSource], timeout_s: float) -> list[NodeReading]:
    """Read several sources at once, each bounded by `timeout_s`."""
    return list(await asyncio.gather(*(read_safely(s, timeout_s) for s in sources)))
