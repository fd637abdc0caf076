"""GPU readings of this machine through `nvidia-smi --query-gpu=… --format=csv`:
the fallback where NVML cannot be loaded but the tool exists (some Windows
and container setups)."""

from __future__ import annotations

import asyncio
import csv
import shutil
import time

from jarvis_tui.core.cluster.gpu.readings import GpuReading, GpuUnavailable, NodeReading, gpu_reading

QUERY = ("index", "name", "temperature.gpu", "utilization.gpu", "memory.used", "memory.total", "power.draw", "fan.speed")
FIELDS = ("temperature_c", "utilisation_pct", "memory_used_mb", "memory_total_mb", "power_w", "fan_pct")


def parse_csv(text: str) -> tuple[list[GpuReading], list[str]]:
    """Rows of `--format=csv,noheader,nounits` for QUERY; "[N/A]" and
    "[Not Supported]" are unknown values, a malformed row is skipped with a warning."""
    warnings: list[str] = []
    gpus: list[GpuReading] = []
    for row in csv.reader(text.splitlines(), skipinitialspace=True):
        if not row:
            continue
        if len(row) != len(QUERY) or not row[0].strip().isdigit():
            warnings.append(f"nvidia-smi row skipped: {','.join(row)[:80]!r}")
            continue
        index, name, *raw = (cell.strip() for cell in row)
        values: dict[str, float | None] = {}
        for field, cell in zip(FIELDS, raw, strict=True):
            try:
                values[field] = float(cell)
            except ValueError:
                if not cell.startswith("[") and cell != "N/A":
                    warnings.append(f"GPU {index}: {field} = {cell[:40]!r} is not a number")
                values[field] = None
        gpus.append(gpu_reading(int(index), name, warnings, **values))
    return gpus, warnings


class NvidiaSmiSource:
    """Runs nvidia-smi once per read, bounded by `timeout_s`."""

    def __init__(self, node: str, *, timeout_s: float = 5.0) -> None:
        self.node = node
        self.timeout_s = timeout_s

    async def read(self) -> NodeReading:
        """One reading. Raises GpuUnavailable when the tool is missing or finds no driver."""
        exe = shutil.which("nvidia-smi")
        if exe is None:
            raise GpuUnavailable("nvidia-smi is not on PATH")
        proc = await asyncio.create_subprocess_exec(
            exe,
            f"--query-gpu={','.join(QUERY)}",
            "--format=csv,noheader,nounits",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(proc.communicate(), self.timeout_s)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return NodeReading(self.node, (), source="nvidia-smi", error=f"nvidia-smi did not finish within {self.timeout_s:g} s")
        text = out.decode("utf-8", "replace")
        if proc.returncode != 0:
            # nvidia-smi explains a missing driver on stdout, other failures on stderr.
            why = (err.decode("utf-8", "replace").strip() or text.strip() or "no output").splitlines()[0][:200]
            raise GpuUnavailable(f"nvidia-smi exited with {proc.returncode}: {why}")
        gpus, warnings = parse_csv(text)
        error = None if gpus else "nvidia-smi listed no GPU"
        return NodeReading(self.node, tuple(gpus), ts=time.time(), source="nvidia-smi", error=error, warnings=tuple(warnings))

    async def aclose(self) -> None:
        """Nothing is held between reads."""
