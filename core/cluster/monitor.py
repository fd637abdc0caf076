"""The node monitor: one async service that watches every node.

Each node has two polls, each on its own schedule: a health probe (can it
be reached, which models does it serve and which are loaded) and, where
`gpu_metrics` names a source, a GPU reading. A poll schedules the next one
only after it ends, and is bounded by a timeout, so a slow or hung node
never piles up requests and never delays the others.

What the probes find feeds routing through the node pool (a node found
down is held out until a probe finds it up) and the commander's thermal
check through `latest()`: the monitor is a `ReadingSource`. With a bus, the
latency of real requests is read off the event stream too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from jarvis_tui.core.backends.base import BackendError, ModelInfo
from jarvis_tui.core.cluster.gpu.readings import NodeReading
from jarvis_tui.core.cluster.gpu.sources import GpuSource, log_warnings, read_safely, source_for
from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.perf import LatencyStats, TrafficStats
from jarvis_tui.core.cluster.thermal import ThermalGovernor
from jarvis_tui.core.config import CLAUDE, EMBEDDED
from jarvis_tui.core.events import EventBus

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.models_admin import ModelAdmin

log = logging.getLogger(__name__)


@dataclass
class NodeState:
    """What the probes know of one node."""

    name: str
    reachable: bool | None = None  # None: never probed
    models: list[str] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)
    error: str | None = None
    checked_at: float | None = None  # wall clock of the last probe
    last_ms: float | None = None  # the last probe's latency
    probes: LatencyStats = field(default_factory=LatencyStats)
    gpu_error: str | None = None  # why the last GPU poll brought nothing


class NodeMonitor:
    """Polls the pool's nodes; `start()` runs the schedules, `poll_once()` one round."""

    def __init__(
        self,
        pool: NodePool,
        *,
        bus: EventBus | None = None,
        governor: ThermalGovernor | None = None,
        interval_s: float | None = None,
        gpu_interval_s: float | None = None,
        probe_timeout_s: float | None = None,
        gpu_timeout_s: float | None = None,
    ) -> None:
        """Intervals and timeouts default to the config's `[monitor]`; the
        governor is the Runtime's one (routing and the status read the same
        hysteresis), or a new one."""
        self.pool = pool
        self.config = pool.config
        settings = self.config.monitor
        self.interval_s = settings.health_interval_s if interval_s is None else interval_s
        self.gpu_interval_s = settings.gpu_interval_s if gpu_interval_s is None else gpu_interval_s
        self.probe_timeout_s = settings.probe_timeout_s if probe_timeout_s is None else probe_timeout_s
        self.gpu_timeout_s = settings.gpu_timeout_s if gpu_timeout_s is None else gpu_timeout_s
        self.traffic = TrafficStats()
        if bus is not None:
            bus.subscribe(self.traffic)
        # A reading older than a few GPU polls is unknown, never cool.
        self.governor = governor or ThermalGovernor(self.config.thermal, stale_after_s=max(settings.stale_after_s, 3 * self.gpu_interval_s))
        self.nodes = {name: NodeState(name) for name in self._names()}
        self._sources: dict[str, GpuSource] = {}
        for node in self.config.nodes:
            source = source_for(node, timeout_s=self.gpu_timeout_s) if node.available else None
            if source is not None:
                self._sources[node.name] = source
        self._readings: dict[str, NodeReading] = {}
        self._warned: set[str] = set()
        self._tasks: list[asyncio.Task[None]] = []

    @cached_property
    def admin(self) -> ModelAdmin:
        """The model lister the probes use; built on the first probe, so a
        one-shot that reads only GPUs never loads the HTTP stack."""
        from jarvis_tui.core.cluster.models_admin import ModelAdmin  # noqa: PLC0415

        return ModelAdmin(self.pool)

    def _names(self) -> list[str]:
        """Every configured node, usable or not (the status shows why not), then the built-in ones."""
        return [n.name for n in self.config.nodes] + ([CLAUDE] if self.pool.claude_on else []) + [EMBEDDED]

    def why_unusable(self, name: str) -> str | None:
        """Why a node is never probed (disabled, key missing), or None."""
        node = self.config.node(name)
        if node is not None and not node.available:
            return "disabled" if not node.enabled else f"{node.api_key_env} is not set"
        if name == EMBEDDED and not self.pool.embedded_on:
            return self.pool.embedded_reason or "unavailable"
        return None

    def latest(self) -> Mapping[str, NodeReading]:
        """The newest GPU reading of each node that has one (ReadingSource)."""
        return dict(self._readings)

    def gpu_configured(self, name: str) -> bool:
        """Whether the node's config names a GPU source."""
        return name in self._sources

    async def poll_node(self, name: str) -> None:
        """Probe one node: reachable, models, loaded models, latency. Never raises."""
        state = self.nodes[name]
        why = self.why_unusable(name)
        if why is not None:
            state.reachable, state.error = False, why
            return
        start = time.perf_counter()
        error: str | None = None
        models: list[ModelInfo] = []
        try:
            async with asyncio.timeout(self.probe_timeout_s):
                models = await self.admin.list_models(name)
        except BackendError as exc:
            error = f"{exc.kind}: {exc.detail}"
        except TimeoutError:
            error = f"timeout: no answer to the probe within {self.probe_timeout_s:g} s"
        except Exception as exc:  # a bug in one probe must not stop the monitor
            log.debug("probe of %s failed", name, exc_info=True)
            error = f"bad_response: {type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - start) * 1000
        state.checked_at, state.error, state.reachable = time.time(), error, error is None
        if error is None:
            state.models = [m.id for m in models]
            state.loaded = [m.id for m in models if m.loaded]
            state.last_ms = ms
            state.probes.add(ms)
        # Held out until the next probe has had its chance to find it up again.
        self.pool.record_probe(name, error is None, latency_ms=ms, error=error, hold_s=2 * self.interval_s + self.probe_timeout_s)

    async def poll_gpu(self, name: str) -> None:
        """Read one node's GPUs. A failed poll keeps the last reading, which
        ages into staleness: a node whose exporter died is not cool."""
        reading = await read_safely(self._sources[name], self.gpu_timeout_s)
        log_warnings(reading, self._warned)
        self.nodes[name].gpu_error = reading.error
        if reading.gpus:
            self._readings[name] = reading

    async def poll_gpus(self) -> None:
        """One GPU reading of every node that has a source (what a one-shot
        request waits for before planning; no health probes)."""
        await asyncio.gather(*(self.poll_gpu(n) for n in self._sources))
        for name in self._sources:
            error = self.nodes[name].gpu_error
            if error and f"{name}: {error}" not in self._warned:  # once per node and fault
                self._warned.add(f"{name}: {error}")
                log.warning("no GPU data for %s: %s", name, error)

    async def poll_once(self) -> None:
        """One probe of every node and one GPU reading of each, all at once."""
        await asyncio.gather(*(self.poll_node(n) for n in self.nodes), *(self.poll_gpu(n) for n in self._sources))

    def start(self) -> None:
        """Run every schedule in the background until `aclose()`."""
        if self._tasks:
            return
        for name in self.nodes:
            if self.why_unusable(name) is None:
                self._tasks.append(asyncio.create_task(self._every(self.interval_s, self.poll_node, name), name=f"probe:{name}"))
        for name in self._sources:
            self._tasks.append(asyncio.create_task(self._every(self.gpu_interval_s, self.poll_gpu, name), name=f"gpu:{name}"))

    @staticmethod
    async def _every(interval_s: float, poll: Callable[[str], Awaitable[None]], name: str) -> None:
        while True:
            await poll(name)
            await asyncio.sleep(interval_s)  # counted from the end of the poll: polls never overlap

    async def aclose(self) -> None:
        """Stop the schedules and release connections."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await asyncio.gather(*(s.aclose() for s in self._sources.values()))
        if "admin" in self.__dict__:
            await self.admin.aclose()
