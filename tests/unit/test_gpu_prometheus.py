"""GPU readings from Prometheus exporters: both real text formats, bad
pages, and a loopback exporter that goes down, errs and hangs."""

from __future__ import annotations

import pytest

from jarvis_tui.core.cluster.gpu.prometheus import PrometheusSource, parse_page
from jarvis_tui.core.cluster.gpu.sources import read_safely
from tests.servers.exporters import Exporter, ExporterState, dcgm_page, nvidia_smi_page


def test_dcgm_page_gives_every_gpu_with_its_model_name_and_units():
    gpus, warnings = parse_page(dcgm_page(ExporterState(gpus=6, temperature_c=64.0, temperatures={5: 81.0})))
    assert warnings == []
    assert [g.index for g in gpus] == list(range(6))
    assert gpus[0].name == "NVIDIA GeForce RTX 2060" and gpus[5].name == "NVIDIA GeForce RTX 3080"
    assert [g.temperature_c for g in gpus] == [64.0] * 5 + [81.0]
    g = gpus[0]
    assert (g.utilisation_pct, g.memory_used_mb, g.memory_total_mb, g.power_w) == (37.0, 3000.0, 8192.0, 95.5)
    assert g.fan_pct is None  # dcgm-exporter exports no fan speed


def test_nvidia_gpu_exporter_page_converts_ratios_and_bytes():
    gpus, warnings = parse_page(nvidia_smi_page(ExporterState(gpus=3, temperature_c=55.0, utilisation_pct=42.0)))
    assert warnings == []
    assert [(g.index, g.name) for g in gpus] == [(0, "NVIDIA GeForce RTX 2060"), (1, "NVIDIA GeForce GTX 1660 SUPER"), (2, "NVIDIA GeForce GTX 1660 SUPER")]
    g = gpus[0]
    assert g.temperature_c == 55.0 and g.utilisation_pct == pytest.approx(42.0)
    assert g.memory_used_mb == pytest.approx(3000.0) and g.memory_total_mb == pytest.approx(8192.0)
    assert g.power_w == 95.5 and g.fan_pct == pytest.approx(41.0)


def test_garbage_lines_cost_only_themselves_with_a_warning():
    page = dcgm_page(ExporterState(gpus=2, temperature_c=70.0)).replace(
        "# TYPE DCGM_FI_DEV_GPU_UTIL gauge", "# TYPE DCGM_FI_DEV_GPU_UTIL gauge\nthis is not a metric\n<html><body>\nDCGM_FI_DEV_GPU_UTIL{gpu=0} 5"
    )
    gpus, warnings = parse_page(page)
    assert [g.temperature_c for g in gpus] == [70.0, 70.0]
    assert gpus[1].utilisation_pct == 37.0
    assert len(warnings) == 1 and "3 line(s)" in warnings[0] and "this is not a metric" in warnings[0]


@pytest.mark.parametrize("value", ["NaN", "-5", "0", "900", "+Inf", "1e999"])
def test_impossible_temperatures_are_unknown_never_cool(value):
    page = f'DCGM_FI_DEV_GPU_TEMP{{gpu="0",modelName="RTX 3080"}} {value}\nDCGM_FI_DEV_GPU_TEMP{{gpu="1",modelName="RTX 3080"}} 66\n'
    gpus, warnings = parse_page(page)
    assert gpus[0].temperature_c is None and gpus[1].temperature_c == 66.0
    assert len(warnings) == 1 and "GPU 0: temperature_c" in warnings[0] and "ignored" in warnings[0]


def test_other_impossible_values_are_dropped_one_by_one():
    page = (
        'nvidia_smi_gpu_info{uuid="a",name="RTX",index="0"} 1\n'
        'nvidia_smi_temperature_gpu{uuid="a"} 61\n'
        'nvidia_smi_utilization_gpu_ratio{uuid="a"} 3.5\n'
        'nvidia_smi_power_draw_watts{uuid="a"} -12\n'
        'nvidia_smi_memory_used_bytes{uuid="a"} NaN\n'
    )
    (gpu,), warnings = parse_page(page)
    assert gpu.temperature_c == 61.0 and gpu.utilisation_pct is None and gpu.power_w is None and gpu.memory_used_mb is None
    assert len(warnings) == 3


@pytest.mark.parametrize("page", ["", "\n\n", "# just a comment\n", "go_goroutines 12\n", "\x00\x01binary\xff", "{" * 10_000])
def test_pages_without_gpus_give_none_and_never_raise(page):
    gpus, _ = parse_page(page)
    assert gpus == []


def test_a_page_with_both_exporters_lists_both():
    page = dcgm_page(ExporterState(gpus=1, temperature_c=50.0)) + nvidia_smi_page(ExporterState(gpus=1, temperature_c=52.0))
    gpus, _ = parse_page(page)
    assert sorted(g.temperature_c for g in gpus) == [50.0, 52.0]


async def test_source_reads_a_live_exporter_and_says_why_when_it_cannot():
    with Exporter("nvidia_smi", gpus=2, temperature_c=71.0) as exporter:
        source = PrometheusSource("M2", exporter.metrics_url, timeout_s=1.0)
        try:
            reading = await source.read()
            assert reading.node == "M2" and reading.source == "prometheus" and reading.error is None
            assert reading.max_c == 71.0 and len(reading.gpus) == 2 and reading.age_s() < 1

            exporter.set(status=500)
            reading = await source.read()
            assert reading.gpus == () and "HTTP 500" in reading.error

            exporter.set(status=200, page="<html>not metrics</html>\n")
            reading = await source.read()
            assert reading.gpus == () and "no GPU metrics" in reading.error and reading.warnings

            exporter.set(page=None, hang=True)
            reading = await read_safely(source, timeout_s=0.3)
            assert reading.gpus == () and reading.error == "no GPU reading within 0.3 s"

            exporter.set(hang=False)
            exporter.set_down()
            reading = await source.read()
            assert reading.gpus == () and "unreachable" in reading.error
        finally:
            await source.aclose()


async def test_a_wrong_url_that_serves_a_huge_page_is_cut(monkeypatch):
    monkeypatch.setattr("jarvis_tui.core.cluster.gpu.prometheus.MAX_PAGE_BYTES", 10_000)
    with Exporter("dcgm", gpus=16) as exporter:
        source = PrometheusSource("M1", exporter.metrics_url)
        try:
            reading = await source.read()
        finally:
            await source.aclose()
    assert reading.gpus == () and "is it a metrics URL?" in reading.error


def test_labels_with_escapes_commas_and_braces_and_a_timestamp_are_read():
    page = (
        '# HELP DCGM_FI_DEV_GPU_TEMP GPU temperature (in C).\n'
        'DCGM_FI_DEV_GPU_TEMP{gpu="0", modelName="NVIDIA \\"H200\\", {SXM}",UUID="GPU-1"} 61 1764547200000\n'
        'DCGM_FI_DEV_GPU_TEMP{gpu="1",modelName="line\\nbreak",} 62\n'
        'DCGM_FI_DEV_GPU_TEMP{gpu="2",modelName="x" oops} 63\n'
    )
    gpus, warnings = parse_page(page)
    assert [(g.index, g.name, g.temperature_c) for g in gpus] == [(0, 'NVIDIA "H200", {SXM}', 61.0), (1, "line\nbreak", 62.0)]
    assert len(warnings) == 1 and "1 line(s)" in warnings[0] and "oops" in warnings[0]
