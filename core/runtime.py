"""The Runtime: the one owner of a process's services.

The one-shot CLI, `jarvis-mcp` and the cockpit each open exactly one: the
config, the event bus, the node pool, the node monitor, the one thermal
governor (its hysteresis outlives a request), the store, the tool registry
and its toolbox, and one long-lived commander. Subsystems (voice, trading,
skills, the brain) are services of the same Runtime; tools reach them as
`ctx.runtime.<name>`.

    async with Runtime(config, monitor="background") as runtime:
        doc = await runtime.ask("écris une fonction python")
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.thermal import ThermalGovernor, ThermalGuard
from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.gpu.readings import ReadingSource
    from jarvis_tui.core.cluster.monitor import NodeMonitor
    from jarvis_tui.core.orchestra.commander import Commander, Mode
    from jarvis_tui.core.store import Store
    from jarvis_tui.core.tools.permissions import Policy
    from jarvis_tui.core.tools.registry import Toolbox

log = logging.getLogger(__name__)

# background: health and GPU schedules for the life of the process (cockpit, MCP server);
# gpus: one GPU reading before each request (one-shot); off: no polling (tests, dry runs of benchmarks).
MonitorMode = Literal["background", "gpus", "off"]


class Runtime:
    """Build with the process's choices, then `async with` it (or `start()` / `aclose()`)."""

    def __init__(
        self,
        config: Config,
        *,
        bus: EventBus | None = None,
        monitor: MonitorMode = "gpus",
        readings: ReadingSource | None = None,
        record: bool = True,
        db_path: Path | None = None,
        conversation_id: str | None = None,
        policy: Policy | None = None,
    ) -> None:
        """`readings` replaces the monitor's GPU readings (tests); `record`
        opens the store; `policy` decides tool permissions (default: the
        config's, headless)."""
        self.config = config
        self.bus = bus or EventBus()
        self.monitor_mode: MonitorMode = monitor
        self.conversation_id = conversation_id or uuid.uuid4().hex[:12]
        self._readings = readings
        self._record = record
        self._db_path = db_path
        self._policy = policy
        self.pool = NodePool(config, self.bus)
        self.governor = ThermalGovernor(config.thermal, stale_after_s=max(config.monitor.stale_after_s, 3 * config.monitor.gpu_interval_s))
        self.thermal = ThermalGuard(self.governor, readings)
        self.pool.thermal = self.thermal
        self.monitor: NodeMonitor | None = None
        self.store: Store | None = None
        self.store_error: str | None = None
        self.toolbox: Toolbox
        self.commander: Commander
        self.started = False

    async def start(self) -> Runtime:
        """Open the store, build the tools and the commander, start polling (once)."""
        if self.started:
            return self
        from jarvis_tui.core.orchestra.commander import Commander  # noqa: PLC0415
        from jarvis_tui.core.tools.permissions import Policy  # noqa: PLC0415
        from jarvis_tui.core.tools.registry import Toolbox  # noqa: PLC0415

        if self.monitor_mode != "off":
            from jarvis_tui.core.cluster.monitor import NodeMonitor  # noqa: PLC0415

            self.monitor = NodeMonitor(self.pool, bus=self.bus, governor=self.governor)
            if self._readings is None:
                self.thermal.readings = self.monitor
        self.toolbox = Toolbox(self.config, pool=self.pool, bus=self.bus, policy=self._policy or Policy(self.config.tools), runtime=self)
        if self._record:
            await self._open_store()
            self.toolbox.audit = self.store
        self.commander = Commander(self.config, self.bus, pool=self.pool, thermal=self.thermal, toolbox=self.toolbox)
        if self.monitor is not None and self.monitor_mode == "background":
            self.monitor.start()
        self.started = True
        return self

    async def _open_store(self) -> None:
        from jarvis_tui.core.store import Store, StoreError, db_path  # noqa: PLC0415

        path = self._db_path or db_path(self.config.store.path)
        try:
            self.store = await Store.open(path)
        except StoreError as exc:
            self.store_error = str(exc)  # a broken store never stops a request: the caller says so
            return
        self.store.attach(self.bus, self.conversation_id)

    async def ask(self, prompt: str, *, mode: Mode = "auto", source: str = "oneshot", dry_run: bool = False) -> dict[str, Any]:
        """Serve one request through the commander; DESIGN.md's one-shot document."""
        if self.monitor is not None and self.monitor_mode == "gpus":
            await self.monitor.poll_gpus()
        return await self.commander.run(prompt, mode=mode, source=source, dry_run=dry_run)

    async def aclose(self) -> None:
        """Stop polling, write what is pending, close connections. Each step
        runs even when one before it fails: a store left open would keep the
        process alive."""
        closers = [
            self.monitor.aclose if self.monitor is not None else None,
            self.store.close if self.store is not None else None,
            self.pool.aclose,
        ]
        for close in closers:
            if close is None:
                continue
            try:
                await close()
            except Exception:
                log.exception("closing %s failed", close)

    async def __aenter__(self) -> Runtime:
        try:
            return await self.start()
        except BaseException:  # what did open must not keep the process alive
            await self.aclose()
            raise

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()
