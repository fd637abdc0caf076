"""GPU readings from a Prometheus exporter on the node: NVIDIA's
dcgm-exporter (`DCGM_FI_DEV_*`, default port 9400) or nvidia_gpu_exporter
(`nvidia_smi_*`, which also runs on Windows).

The page is read line by line (the Prometheus text format): one broken line
costs that line only, with a warning; values no sensor can produce are
dropped by `gpu_reading`.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from jarvis_tui.core.cluster.gpu.page_client import PageClient, PageError, PageTooBig
from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading, gpu_reading

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a real page for 16 GPUs is ~200 KB; more is a wrong URL
MIB = 1024 * 1024

# metric -> (GpuReading field, factor to its unit). dcgm reports MiB, °C, %, W.
DCGM = {
    "DCGM_FI_DEV_GPU_TEMP": ("temperature_c", 1.0),
    "DCGM_FI_DEV_GPU_UTIL": ("utilisation_pct", 1.0),
    "DCGM_FI_DEV_FB_USED": ("memory_used_mb", 1.0),
    "DCGM_FI_DEV_FB_FREE": ("free_mb", 1.0),
    "DCGM_FI_DEV_FB_RESERVED": ("reserved_mb", 1.0),
    "DCGM_FI_DEV_POWER_USAGE": ("power_w", 1.0),
}
# nvidia_gpu_exporter reports ratios and bytes; its series carry only a uuid.
NVIDIA_SMI = {
    "nvidia_smi_temperature_gpu": ("temperature_c", 1.0),
    "nvidia_smi_utilization_gpu_ratio": ("utilisation_pct", 100.0),
    "nvidia_smi_memory_used_bytes": ("memory_used_mb", 1 / MIB),
    "nvidia_smi_memory_total_bytes": ("memory_total_mb", 1 / MIB),
    "nvidia_smi_power_draw_watts": ("power_w", 1.0),
    "nvidia_smi_fan_speed_ratio": ("fan_pct", 100.0),
}
FIELDS = ("temperature_c", "utilisation_pct", "memory_used_mb", "memory_total_mb", "power_w", "fan_pct")


class ExporterError(Exception):
    """The exporter could not be read; the message is for the user."""


# One exposition line: name, optional {labels}, value, optional timestamp.
_LINE = re.compile(r"([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?[ \t]+(\S+)(?:[ \t]+-?\d+)?[ \t]*")
# A label set: name="value" pairs, commas between (one trailing allowed); values escape \\, \" and \n.
_NAME = r"[a-zA-Z_][a-zA-Z0-9_]*"
_QUOTED = r'"((?:[^"\\]|\\.)*)"'
_PAIRS = re.compile(rf"({_NAME})[ \t]*=[ \t]*{_QUOTED}")
_LABELS = re.compile(rf"[ \t]*(?:{_NAME}[ \t]*=[ \t]*{_QUOTED}[ \t]*(?:,[ \t]*|$))*")
_UNESCAPE = re.compile(r"\\(.)")
_NO_LABELS: Mapping[str, str] = MappingProxyType({})
WANTED = frozenset(DCGM) | frozenset(NVIDIA_SMI) | {"nvidia_smi_gpu_info"}


@dataclass(frozen=True)
class Sample:
    name: str
    labels: Mapping[str, str]
    value: float


# An exporter's label sets are the same from one poll to the next (a GPU's uuid,
# model, bus id): parsing them was 70 % of a page's parse. Room for 64 nodes of
# 16 GPUs; the parsed sets are shared, so they are only ever read.
@lru_cache(maxsize=16_384)
def _labels(text: str) -> Mapping[str, str] | None:
    if not _LABELS.fullmatch(text):
        return None
    return MappingProxyType({k: _UNESCAPE.sub(lambda m: "\n" if m[1] == "n" else m[1], v) if "\\" in v else v for k, v in _PAIRS.findall(text)})


def _samples(text: str, warnings: list[str]) -> list[Sample]:
    """The samples of the metric families `parse_page` reads. A regular
    expression, not `prometheus_client`'s parser: that one walks every label
    character by character in Python, 64 % of the monitor's CPU at 64 nodes
    (docs/BENCHMARKS.md, section 12). Lines of other families are only checked
    for the shape of a sample line."""
    samples: list[Sample] = []
    bad: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.fullmatch(line)
        try:
            value = float(match[3]) if match is not None else None
        except ValueError:
            value = None
        wanted = match is not None and match[1] in WANTED
        labels = _labels(match[2] or "") if wanted and match is not None else _NO_LABELS
        if match is None or value is None or labels is None:
            bad.append(line)
        elif wanted:
            samples.append(Sample(match[1], labels, value))
    if bad:
        warnings.append(f"{len(bad)} line(s) of the exporter page could not be parsed and were skipped, e.g. {bad[0][:80]!r}")
    return samples


def parse_page(text: str) -> tuple[list[GpuReading], list[str]]:
    """The GPUs an exporter page describes (either exporter's format, or
    both on one page), and warnings about what was skipped."""
    warnings: list[str] = []
    values: dict[str, dict[str, float]] = defaultdict(dict)  # GPU key -> field -> value
    names: dict[str, str] = {}
    indexes: dict[str, int] = {}
    for sample in _samples(text, warnings):
        labels = sample.labels
        if sample.name in DCGM:
            key = f"dcgm:{labels.get('gpu', labels.get('UUID', '?'))}"
            names.setdefault(key, labels.get("modelName", ""))
            if labels.get("gpu", "").isdigit():
                indexes[key] = int(labels["gpu"])
            field, factor = DCGM[sample.name]
        elif sample.name in NVIDIA_SMI:
            key = f"smi:{labels.get('uuid', '?')}"
            field, factor = NVIDIA_SMI[sample.name]
        elif sample.name == "nvidia_smi_gpu_info":
            key = f"smi:{labels.get('uuid', '?')}"
            names[key] = labels.get("name", "")
            if labels.get("index", "").isdigit():
                indexes[key] = int(labels["index"])
            continue
        else:
            continue
        values[key][field] = float(sample.value) * factor
    gpus = []
    for position, (key, fields) in enumerate(values.items()):
        if "memory_total_mb" not in fields and "free_mb" in fields and "memory_used_mb" in fields:
            fields["memory_total_mb"] = fields["memory_used_mb"] + fields["free_mb"] + fields.get("reserved_mb", 0.0)
        index = indexes.get(key, position)
        gpus.append(gpu_reading(index, names.get(key, ""), warnings, **{f: fields.get(f) for f in FIELDS}))
    return sorted(gpus, key=lambda g: g.index), warnings


class PrometheusSource:
    """Reads one exporter URL; one connection kept across polls (page_client.py:
    a plain HTTP/1.1 GET, a fraction of a general client's CPU per request)."""

    def __init__(self, node: str, url: str, *, timeout_s: float = 3.0) -> None:
        self.node = node
        self.url = url
        # Exporters sit on the LAN: never through a proxy from the environment.
        self._client = PageClient(url, timeout_s=timeout_s, max_bytes=MAX_PAGE_BYTES)

    async def _fetch(self) -> str:
        try:
            page = await self._client.get()
        except TimeoutError:
            raise ExporterError(f"exporter {self.url} did not answer in time") from None
        except PageTooBig:
            raise ExporterError(f"exporter {self.url} sent more than {MAX_PAGE_BYTES // MIB} MiB: is it a metrics URL?") from None
        except asyncio.IncompleteReadError:
            raise ExporterError(f"exporter {self.url} unreachable: the connection closed mid-answer") from None
        except (OSError, PageError) as exc:
            raise ExporterError(f"exporter {self.url} unreachable: {exc or type(exc).__name__}") from None
        if page.status >= 400:
            raise ExporterError(f"exporter {self.url} answered HTTP {page.status}")
        return page.body.decode("utf-8", "replace")

    async def read(self) -> NodeReading:
        """One reading; a failure is a reading with `error` set, never an exception."""
        try:
            text = await self._fetch()
        except ExporterError as exc:
            return NodeReading(self.node, (), source="prometheus", error=str(exc))
        gpus, warnings = parse_page(text)
        error = None if gpus else f"no GPU metrics on {self.url} (expected dcgm-exporter or nvidia_gpu_exporter)"
        return NodeReading(self.node, tuple(gpus), ts=time.time(), source="prometheus", error=error, warnings=tuple(warnings))

    async def aclose(self) -> None:
        await self._client.aclose()
