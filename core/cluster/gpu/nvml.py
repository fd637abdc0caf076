"""GPU readings of this machine through NVML (`nvidia-ml-py`, imported as
`pynvml`).

NVML is initialised on the first read, never at start-up, and every call
runs in a worker thread: the driver can block for tens of milliseconds.
Each metric is read on its own, because GPUs support different subsets
(datacenter GPUs have no fan; some report no power). Without a driver,
`read()` raises `GpuUnavailable` so the caller can try nvidia-smi.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from jarvis_tui.core.cluster.gpu.readings import GpuReading, GpuUnavailable, NodeReading, gpu_reading


class NvmlSource:
    """Reads every GPU of this machine; `node` names the reading."""

    def __init__(self, node: str) -> None:
        self.node = node
        self._nvml: Any = None
        self._unavailable: str | None = None
        self._lock = threading.Lock()  # NVML init/shutdown must not race between worker threads

    def _init(self) -> Any:
        with self._lock:
            if self._unavailable is not None:
                raise GpuUnavailable(self._unavailable)
            if self._nvml is None:
                try:
                    import pynvml  # noqa: PLC0415 - loaded on the first local read only
                except ImportError:
                    self._unavailable = "NVML: nvidia-ml-py is not installed"
                    raise GpuUnavailable(self._unavailable) from None
                try:
                    pynvml.nvmlInit()
                except pynvml.NVMLError as exc:
                    # No driver now means none for this process's life: do not retry every poll.
                    self._unavailable = f"NVML: {exc}"
                    raise GpuUnavailable(self._unavailable) from None
                self._nvml = pynvml
            return self._nvml

    def _read_sync(self) -> NodeReading:
        nvml = self._init()
        warnings: list[str] = []

        def metric(call: Callable[[], Any]) -> Any:
            try:
                return call()
            except nvml.NVMLError:
                return None  # not supported on this GPU, or lost for this poll: unknown

        try:
            count = nvml.nvmlDeviceGetCount()
        except nvml.NVMLError as exc:
            return NodeReading(self.node, (), source="nvml", error=f"NVML: {exc}")
        gpus: list[GpuReading] = []
        for index in range(count):
            handle = metric(partial(nvml.nvmlDeviceGetHandleByIndex, index))
            if handle is None:
                warnings.append(f"GPU {index}: NVML gives no handle; skipped")
                continue
            name = metric(partial(nvml.nvmlDeviceGetName, handle))
            util = metric(partial(nvml.nvmlDeviceGetUtilizationRates, handle))
            memory = _memory(nvml, handle, metric)
            power_mw = metric(partial(nvml.nvmlDeviceGetPowerUsage, handle))
            gpus.append(
                gpu_reading(
                    index,
                    name.decode() if isinstance(name, bytes) else str(name or ""),
                    warnings,
                    temperature_c=_num(metric(partial(nvml.nvmlDeviceGetTemperature, handle, nvml.NVML_TEMPERATURE_GPU))),
                    utilisation_pct=_num(getattr(util, "gpu", None)),
                    memory_used_mb=_num(getattr(memory, "used", None), 1 / 2**20),
                    memory_total_mb=_num(getattr(memory, "total", None), 1 / 2**20),
                    power_w=_num(power_mw, 1 / 1000),
                    fan_pct=_num(metric(partial(nvml.nvmlDeviceGetFanSpeed, handle))),
                )
            )
        return NodeReading(self.node, tuple(gpus), ts=time.time(), source="nvml", warnings=tuple(warnings))

    async def read(self) -> NodeReading:
        """One reading, off the event loop. Raises GpuUnavailable without a driver."""
        return await asyncio.to_thread(self._read_sync)

    async def aclose(self) -> None:
        with self._lock:
            if self._nvml is not None:
                try:
                    self._nvml.nvmlShutdown()
                except self._nvml.NVMLError:
                    pass  # shutting down a driver that went away is not worth a message
                self._nvml = None


def _memory(nvml: Any, handle: Any, metric: Callable[[Callable[[], Any]], Any]) -> Any:
    """Memory in use as nvidia-smi counts it: NVML's v2 call, where the driver
    has it. The v1 call also counts memory the driver reserves (615 MiB on an
    idle H200 where nvidia-smi says 0)."""
    version = getattr(nvml, "nvmlMemory_v2", None)
    if version is not None:
        memory = metric(partial(nvml.nvmlDeviceGetMemoryInfo, handle, version=version))
        if memory is not None:
            return memory
    return metric(partial(nvml.nvmlDeviceGetMemoryInfo, handle))


def _num(value: Any, factor: float = 1.0) -> float | None:
    return None if value is None else float(value) * factor
