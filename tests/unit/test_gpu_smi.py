"""The nvidia-smi source, through a fake `nvidia-smi` executable on PATH."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from jarvis_tui.core.cluster.gpu.readings import GpuUnavailable
from jarvis_tui.core.cluster.gpu.smi import QUERY, NvidiaSmiSource, parse_csv
from jarvis_tui.core.cluster.gpu.sources import LocalSource
from tests.unit.test_gpu_nvml import NVMLError, fake_pynvml

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake nvidia-smi is a shell script")

CSV = (
    "0, NVIDIA GeForce RTX 2060, 58, 12, 1024, 6144, 35.20, 30\n"
    "1, NVIDIA GeForce GTX 1660 SUPER, 86, 97, 5800, 6144, 120.05, 78\n"
    "2, NVIDIA A100-SXM4-40GB, 44, 0, 3, 40960, [N/A], [Not Supported]\n"
)


def fake_smi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    """Put an executable `nvidia-smi` running `body` (sh) first on PATH; it logs its arguments."""
    exe = tmp_path / "nvidia-smi"
    exe.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path}/args"\n{body}\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return tmp_path / "args"


async def test_reads_every_gpu_through_the_csv_query(tmp_path, monkeypatch):
    args = fake_smi(tmp_path, monkeypatch, f"cat <<'EOF'\n{CSV}EOF")
    reading = await NvidiaSmiSource("M2").read()
    assert args.read_text().split() == [f"--query-gpu={','.join(QUERY)}", "--format=csv,noheader,nounits"]
    assert reading.source == "nvidia-smi" and reading.error is None and reading.warnings == ()
    assert [g.temperature_c for g in reading.gpus] == [58.0, 86.0, 44.0] and reading.max_c == 86.0
    hot = reading.gpus[1]
    assert (hot.name, hot.utilisation_pct, hot.memory_used_mb, hot.memory_total_mb, hot.power_w, hot.fan_pct) == (
        "NVIDIA GeForce GTX 1660 SUPER", 97.0, 5800.0, 6144.0, 120.05, 78.0,
    )
    a100 = reading.gpus[2]
    assert a100.power_w is None and a100.fan_pct is None  # unsupported, not zero


async def test_no_driver_makes_the_source_unavailable(tmp_path, monkeypatch):
    fake_smi(tmp_path, monkeypatch, "echo \"NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\"; exit 9")
    with pytest.raises(GpuUnavailable, match="exited with 9: NVIDIA-SMI has failed"):
        await NvidiaSmiSource("M2").read()


async def test_a_hung_nvidia_smi_is_killed(tmp_path, monkeypatch):
    fake_smi(tmp_path, monkeypatch, "exec sleep 30")
    reading = await NvidiaSmiSource("M2", timeout_s=0.3).read()
    assert reading.gpus == () and "did not finish within 0.3 s" in reading.error


def test_malformed_rows_and_cells_are_skipped_with_warnings():
    gpus, warnings = parse_csv("garbage\n0, RTX, 61, 10, 100, 200, 50, 20\n1, RTX, hot, 10, 100, 200, 50, 20\n2, RTX, -40, 10, 100, 200, 50, 20\n")
    assert [(g.index, g.temperature_c) for g in gpus] == [(0, 61.0), (1, None), (2, None)]
    assert len(warnings) == 3 and "garbage" in warnings[0] and "'hot' is not a number" in warnings[1] and "-40" in warnings[2]


async def test_local_source_falls_back_to_nvidia_smi_where_nvml_is_missing(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([], init_error=NVMLError("NVML Shared Library Not Found")))
    fake_smi(tmp_path, monkeypatch, f"cat <<'EOF'\n{CSV}EOF")
    reading = await LocalSource("M2").read()
    assert reading.source == "nvidia-smi" and reading.max_c == 86.0
