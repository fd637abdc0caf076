"""Loopback Prometheus exporters that serve GPU metrics in the real text
formats of NVIDIA's dcgm-exporter and of nvidia_gpu_exporter, with a
temperature the test controls. Same lifecycle as the LLM nodes
(`tests.servers.loopback`): start, stop, set_down, set_up, a fixed port.

    with Exporter("dcgm", gpus=9, temperature_c=61.0) as exporter:
        node_toml(..., gpu_metrics=exporter.metrics_url)
        exporter.set(temperature_c=90.0)          # every GPU
        exporter.set(temperatures={2: 90.0})      # one GPU
        exporter.set(page="garbage\\n")           # serve this text instead
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from tests.servers.loopback import LoopbackServer, Receive, Send, read_request, watch_disconnect

__all__ = ["Exporter", "ExporterState", "dcgm_page", "nvidia_smi_page"]

Kind = Literal["dcgm", "nvidia_smi"]
MIB = 1024 * 1024
# The seed's M1: an RTX 2060, four GTX 1660 SUPER and an RTX 3080, repeated as needed.
NAMES = ["NVIDIA GeForce RTX 2060", *["NVIDIA GeForce GTX 1660 SUPER"] * 4, "NVIDIA GeForce RTX 3080"]


@dataclass(frozen=True)
class ExporterState:
    """What the exporter reports; swap it with ``exporter.set(...)``."""

    gpus: int = 1
    temperature_c: float = 55.0
    temperatures: dict[int, float] = field(default_factory=dict)  # per-GPU overrides
    utilisation_pct: float = 37.0
    memory_used_mb: float = 3000.0
    memory_total_mb: float = 8192.0
    power_w: float = 95.5
    fan_pct: float = 41.0
    page: str | None = None  # served verbatim instead of the generated page
    status: int = 200
    delay_s: float = 0.0
    hang: bool = False
    chunked: bool = False  # no Content-Length, the body in pieces: Go's net/http past 4 KiB

    def temperature(self, index: int) -> float:
        return self.temperatures.get(index, self.temperature_c)


def _uuid(index: int) -> str:
    return f"GPU-7a1c{index:04d}-5f2e-4b1d-9c3a-1e0d2c3b{index:04d}"


def _num(value: float) -> str:
    return "NaN" if value != value else repr(float(value)) if value != int(value) else str(int(value))


def dcgm_page(state: ExporterState, hostname: str = "m1") -> str:
    """dcgm-exporter's page (its default counters, in its label layout)."""
    counters = [
        ("DCGM_FI_DEV_SM_CLOCK", "gauge", "SM clock frequency (in MHz).", lambda i: 1410),
        ("DCGM_FI_DEV_MEM_CLOCK", "gauge", "Memory clock frequency (in MHz).", lambda i: 7000),
        ("DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C).", state.temperature),
        ("DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W).", lambda i: state.power_w),
        ("DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "counter", "Total energy consumption since boot (in mJ).", lambda i: 319159391),
        ("DCGM_FI_DEV_PCIE_REPLAY_COUNTER", "counter", "Total number of PCIe retries.", lambda i: 0),
        ("DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %).", lambda i: state.utilisation_pct),
        ("DCGM_FI_DEV_MEM_COPY_UTIL", "gauge", "Memory utilization (in %).", lambda i: 12),
        ("DCGM_FI_DEV_XID_ERRORS", "gauge", "Value of the last XID error encountered.", lambda i: 0),
        ("DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB).", lambda i: state.memory_total_mb - state.memory_used_mb),
        ("DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB).", lambda i: state.memory_used_mb),
    ]
    lines = []
    for name, kind, help_text, value in counters:
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        for i in range(state.gpus):
            labels = (
                f'gpu="{i}",UUID="{_uuid(i)}",pci_bus_id="00000000:{i + 1:02X}:00.0",device="nvidia{i}",'
                f'modelName="{NAMES[i % len(NAMES)]}",Hostname="{hostname}",DCGM_FI_DRIVER_VERSION="550.127.05"'
            )
            lines.append(f"{name}{{{labels}}} {_num(value(i))}")
    return "\n".join(lines) + "\n"


def nvidia_smi_page(state: ExporterState) -> str:
    """nvidia_gpu_exporter's page: per-GPU series labelled by uuid only, the
    identity on nvidia_smi_gpu_info, ratios and bytes, plus its own health series."""
    families: list[tuple[str, str, str, Any]] = [
        ("nvidia_smi_fan_speed_ratio", "gauge", "fan.speed [%]", lambda i: state.fan_pct / 100),
        ("nvidia_smi_index", "gauge", "index", lambda i: i),
        ("nvidia_smi_memory_free_bytes", "gauge", "memory.free [MiB]", lambda i: (state.memory_total_mb - state.memory_used_mb) * MIB),
        ("nvidia_smi_memory_total_bytes", "gauge", "memory.total [MiB]", lambda i: state.memory_total_mb * MIB),
        ("nvidia_smi_memory_used_bytes", "gauge", "memory.used [MiB]", lambda i: state.memory_used_mb * MIB),
        ("nvidia_smi_power_draw_watts", "gauge", "power.draw [W]", lambda i: state.power_w),
        ("nvidia_smi_temperature_gpu", "gauge", "temperature.gpu", state.temperature),
        ("nvidia_smi_utilization_gpu_ratio", "gauge", "utilization.gpu [%]", lambda i: state.utilisation_pct / 100),
    ]
    lines = [
        "# HELP nvidia_smi_command_exit_code Exit code of the most recent nvidia-smi run",
        "# TYPE nvidia_smi_command_exit_code gauge",
        "nvidia_smi_command_exit_code 0",
        "# HELP nvidia_smi_gpu_info A metric with a constant '1' value labeled by gpu uuid, name, driver_model_current, "
        "driver_model_pending, vbios_version, driver_version, pci_bus_id, serial, compute_cap, pci_sub_device_id, index.",
        "# TYPE nvidia_smi_gpu_info gauge",
    ]
    for i in range(state.gpus):
        lines.append(
            f'nvidia_smi_gpu_info{{compute_cap="7.5",driver_model_current="WDDM",driver_model_pending="WDDM",driver_version="591.86",'
            f'index="{i}",name="{NAMES[i % len(NAMES)]}",pci_bus_id="00000000:{i + 1:02X}:00.0",serial="[N/A]",uuid="{_uuid(i)}",'
            f'vbios_version="90.04.7a.40.73"}} 1'
        )
    for name, kind, help_text, value in families:
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        lines += [f'{name}{{uuid="{_uuid(i)}"}} {_num(value(i))}' for i in range(state.gpus)]
    lines += [
        "# HELP go_goroutines Number of goroutines that currently exist.",
        "# TYPE go_goroutines gauge",
        "go_goroutines 12",
        "# HELP nvidia_smi_last_collect_success Whether the most recent collection succeeded (1) or not (0)",
        "# TYPE nvidia_smi_last_collect_success gauge",
        "nvidia_smi_last_collect_success 1",
    ]
    return "\n".join(lines) + "\n"


class Exporter(LoopbackServer):
    """``GET /metrics`` in the chosen exporter's format; every request is
    recorded as ``time.monotonic()`` in ``scrapes``."""

    def __init__(self, kind: Kind = "dcgm", *, name: str = "exporter", **fields: Any) -> None:
        super().__init__(name)
        self.kind = kind
        self.state = ExporterState(**fields)
        self.scrapes: list[float] = []

    @property
    def metrics_url(self) -> str:
        return f"{self.url}/metrics"

    def set(self, **changes: Any) -> Exporter:
        """Change what is reported, e.g. ``exporter.set(temperature_c=90.0)``."""
        self.state = replace(self.state, **changes)
        return self

    def page(self) -> str:
        state = self.state
        if state.page is not None:
            return state.page
        return dcgm_page(state) if self.kind == "dcgm" else nvidia_smi_page(state)

    async def _asgi(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        _, path, _, _ = await read_request(scope, receive)
        self.scrapes.append(time.monotonic())
        state = self.state
        gone = asyncio.Event()
        watcher = asyncio.create_task(watch_disconnect(receive, gone))
        try:
            if state.hang:
                await gone.wait()
                return
            if state.delay_s:
                await asyncio.sleep(state.delay_s)
            status, body = (state.status, self.page().encode()) if path == "/metrics" else (404, b"404 page not found\n")
            headers = [(b"content-type", b"text/plain; version=0.0.4; charset=utf-8")]
            if not state.chunked:
                headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            pieces = [body[i : i + 4096] for i in range(0, len(body), 4096)] if state.chunked else [body]
            for number, piece in enumerate(pieces, 1):
                await send({"type": "http.response.body", "body": piece, "more_body": number < len(pieces)})
        finally:
            watcher.cancel()
