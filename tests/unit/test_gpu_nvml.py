"""The local GPU source: NVML through a fake `pynvml` module, the real
"no driver" path of this machine, and the fall back to nvidia-smi."""

from __future__ import annotations

import sys
import threading
import types
from pathlib import Path

import pytest

from jarvis_tui.core.cluster.gpu.nvml import NvmlSource
from jarvis_tui.core.cluster.gpu.readings import GpuUnavailable
from jarvis_tui.core.cluster.gpu.sources import LocalSource


class NVMLError(Exception):
    pass


class NVMLError_NotSupported(NVMLError):  # - pynvml's own naming
    pass


def fake_pynvml(gpus: list[dict], *, init_error: Exception | None = None) -> types.ModuleType:
    """A pynvml stand-in: each GPU is a dict of what it supports; a missing
    key raises NVMLError_NotSupported, as datacenter GPUs do for the fan."""
    mod = types.ModuleType("pynvml")
    mod.NVMLError = NVMLError
    mod.NVML_TEMPERATURE_GPU = 0
    mod.calls = {"init": 0, "shutdown": 0, "threads": set()}

    def init():
        mod.calls["init"] += 1
        if init_error is not None:
            raise init_error

    def get(key):
        def call(handle, *args):
            mod.calls["threads"].add(threading.current_thread().name)
            if key not in gpus[handle]:
                raise NVMLError_NotSupported("Not Supported")
            return gpus[handle][key]

        return call

    mod.nvmlInit = init
    mod.nvmlShutdown = lambda: mod.calls.__setitem__("shutdown", mod.calls["shutdown"] + 1)
    mod.nvmlDeviceGetCount = lambda: len(gpus)
    mod.nvmlDeviceGetHandleByIndex = lambda i: i
    mod.nvmlDeviceGetName = get("name")
    mod.nvmlDeviceGetTemperature = get("temp")
    mod.nvmlDeviceGetUtilizationRates = get("util")
    mod.nvmlDeviceGetMemoryInfo = get("memory")
    mod.nvmlDeviceGetPowerUsage = get("power_mw")
    mod.nvmlDeviceGetFanSpeed = get("fan")
    return mod


RTX = {
    "name": "NVIDIA GeForce RTX 3080",
    "temp": 67,
    "util": types.SimpleNamespace(gpu=88, memory=40),
    "memory": types.SimpleNamespace(used=6 * 2**30, total=10 * 2**30, free=4 * 2**30),
    "power_mw": 245_500,
    "fan": 55,
}
# A datacenter GPU: no fan, and this one reports no power either; old bindings return bytes.
H100 = {"name": b"NVIDIA H100 80GB HBM3", "temp": 41, "util": types.SimpleNamespace(gpu=3, memory=0), "memory": types.SimpleNamespace(used=2**30, total=80 * 2**30, free=79 * 2**30)}


async def test_every_metric_read_on_its_own_off_the_event_loop(monkeypatch):
    mod = fake_pynvml([RTX, H100])
    monkeypatch.setitem(sys.modules, "pynvml", mod)
    source = NvmlSource("M1")
    reading = await source.read()
    assert reading.source == "nvml" and reading.error is None and reading.max_c == 67.0
    rtx, h100 = reading.gpus
    assert (rtx.index, rtx.name, rtx.temperature_c, rtx.utilisation_pct, rtx.memory_used_mb, rtx.memory_total_mb, rtx.power_w, rtx.fan_pct) == (
        0, "NVIDIA GeForce RTX 3080", 67.0, 88.0, 6144.0, 10240.0, 245.5, 55.0,
    )
    assert (h100.name, h100.temperature_c, h100.fan_pct, h100.power_w) == ("NVIDIA H100 80GB HBM3", 41.0, None, None)
    assert threading.main_thread().name not in mod.calls["threads"]
    await source.read()
    assert mod.calls["init"] == 1  # initialised once, lazily
    await source.aclose()
    assert mod.calls["shutdown"] == 1


async def test_a_gpu_that_reports_nonsense_is_unknown_with_a_warning(monkeypatch):
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([{**RTX, "temp": 4_294_967_295}]))
    reading = await NvmlSource("M1").read()
    assert reading.gpus[0].temperature_c is None and reading.max_c is None
    assert "temperature_c" in reading.warnings[0]


async def test_a_driver_that_fails_to_init_is_unavailable_and_not_retried(monkeypatch):
    mod = fake_pynvml([RTX], init_error=NVMLError("Driver Not Loaded"))
    monkeypatch.setitem(sys.modules, "pynvml", mod)
    source = NvmlSource("M1")
    for _ in range(3):
        with pytest.raises(GpuUnavailable, match="NVML: Driver Not Loaded"):
            await source.read()
    assert mod.calls["init"] == 1


async def test_the_real_no_driver_path_of_this_machine():
    pynvml = pytest.importorskip("pynvml")
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError:
        pass
    else:
        pynvml.nvmlShutdown()
        pytest.skip("this machine has an NVIDIA driver")
    with pytest.raises(GpuUnavailable, match="NVML"):
        await NvmlSource("OL1").read()


async def test_without_the_package_nvml_is_unavailable(monkeypatch):
    monkeypatch.setitem(sys.modules, "pynvml", None)  # makes `import pynvml` raise ImportError
    with pytest.raises(GpuUnavailable, match="nvidia-ml-py is not installed"):
        await NvmlSource("M1").read()


async def test_local_source_says_no_gpu_data_when_neither_nvml_nor_nvidia_smi_works(monkeypatch, tmp_path: Path):
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([], init_error=NVMLError("NVML Shared Library Not Found")))
    monkeypatch.setenv("PATH", str(tmp_path))  # no nvidia-smi here
    reading = await LocalSource("OL1").read()
    assert reading.gpus == () and reading.max_c is None
    assert reading.error == "NVML: NVML Shared Library Not Found; nvidia-smi is not on PATH"


async def test_local_source_prefers_nvml(monkeypatch, tmp_path: Path):
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([RTX]))
    monkeypatch.setenv("PATH", str(tmp_path))
    reading = await LocalSource("M1").read()
    assert reading.source == "nvml" and reading.max_c == 67.0
