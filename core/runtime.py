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

import asyncio
import difflib
import logging
import os
import uuid
from collections.abc import Collection
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, cast

from jarvis_tui.core.cluster.nodes import NodePool
from jarvis_tui.core.cluster.thermal import ThermalGovernor, ThermalGuard
from jarvis_tui.core.config import Config
from jarvis_tui.core.events import EventBus

if TYPE_CHECKING:
    from jarvis_tui.core.brain.service import Brain
    from jarvis_tui.core.cluster.gpu.readings import ReadingSource
    from jarvis_tui.core.cluster.monitor import NodeMonitor
    from jarvis_tui.core.orchestra.commander import Commander, Mode
    from jarvis_tui.core.skills.service import Skills
    from jarvis_tui.core.store import Store
    from jarvis_tui.core.tools.permissions import Policy
    from jarvis_tui.core.tools.registry import AuditLog, Toolbox
    from jarvis_tui.core.trading.service import TradingService
    from jarvis_tui.core.voice.service import VoiceService

log = logging.getLogger(__name__)

# background: health and GPU schedules for the life of the process (cockpit, MCP server);
# gpus: one GPU reading before each request (one-shot); off: no polling (tests, dry runs of benchmarks).
MonitorMode = Literal["background", "gpus", "off"]
# The subsystems a process may run; each is started only where asked for
# (a one-shot needs no trading loop, a dry run no brain).
SERVICES = ("brain", "skills", "trading", "voice")


def load_checked_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """The config (core.config.load_config), then the checks that need the
    services' own names: every tool `[tools] allow` names must exist (a typo
    is an error, not a silent no-op). Entry points call this before opening
    anything, so a bad name is exit 2 with one line."""
    from jarvis_tui.core.config import ConfigError, load_config  # noqa: PLC0415

    config = load_config(explicit)
    if not config.tools.allow:
        return config  # nothing to check: the tools need not load (a dry run starts in a fraction of a second)
    from jarvis_tui.core.tools.registry import default_registry  # noqa: PLC0415

    names = [tool.name for tool in default_registry()]
    for name in config.tools.allow:
        if name not in names:
            close = difflib.get_close_matches(name, names, 1, 0.75)
            raise ConfigError(f"{config.source}: tools.allow: unknown tool {name!r}" + (f"; did you mean {close[0]!r}?" if close else ""))
    return config


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
        services: Collection[str] = (),
        trading_scan: bool = False,
        process: str = "one-shot",
    ) -> None:
        """`readings` replaces the monitor's GPU readings (tests); `record`
        opens the store; `policy` decides tool permissions (default: the
        config's, headless); `services` names the subsystems to start (voice
        starts on first use: its model takes a second to load)."""
        unknown = set(services) - set(SERVICES)
        if unknown:
            raise ValueError(f"unknown services: {', '.join(sorted(unknown))}")
        self.config = config
        self.bus = bus or EventBus()
        self.monitor_mode: MonitorMode = monitor
        self.conversation_id = conversation_id or uuid.uuid4().hex[:12]
        self._readings = readings
        self._record = record
        self._db_path = db_path
        self._policy = policy
        self._services = frozenset(services)
        # The trading scan loop runs in one process only (the cockpit): two scanning
        # processes would both mark and close the same paper book in the store.
        self._trading_scan = trading_scan
        self.process = process  # what this process is called to the others (cockpit, jarvis-mcp, one-shot): the trading book's holder
        self.pool = NodePool(config, self.bus)
        self.governor = ThermalGovernor(config.thermal, stale_after_s=max(config.monitor.stale_after_s, 3 * config.monitor.gpu_interval_s))
        self.thermal = ThermalGuard(self.governor, readings)
        self.pool.thermal = self.thermal
        self.monitor: NodeMonitor | None = None
        self.store: Store | None = None
        self.store_error: str | None = None
        self.toolbox: Toolbox
        self.commander: Commander
        self.brain: Brain | None = None
        self.skills: Skills | None = None
        self.trading: TradingService | None = None
        self.voice: VoiceService | None = None
        self._voice_started: asyncio.Future[None] | None = None  # one start, however many callers
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
            self.toolbox.audit = cast("AuditLog | None", self.store)  # None: the caller shows the store's error
        self.commander = Commander(self.config, self.bus, pool=self.pool, thermal=self.thermal, toolbox=self.toolbox)
        await self._start_services()
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

    async def _start_services(self) -> None:
        """The subsystems asked for, each wired to the services it needs."""
        if "brain" in self._services and self.config.brain.enabled:
            from jarvis_tui.core.brain.service import Brain  # noqa: PLC0415

            self.brain = Brain(self.config, store=self.store, bus=self.bus)
            await self.brain.start()
            self.commander.brain = self.brain
        if "skills" in self._services:
            from jarvis_tui.core.skills.service import Skills  # noqa: PLC0415

            self.skills = Skills(self.config.skills, self.store, ask=self.answer, known_tools=[t.name for t in self.toolbox.tools()])
            await self.skills.start()
        if "trading" in self._services:
            from jarvis_tui.core.trading.wiring import trading_service  # noqa: PLC0415

            self.trading = trading_service(self.config.trading, bus=self.bus, store=self.store, review=self.review, scan_loop=self._trading_scan,
                                           process=self.process)
            await self.trading.start()

    async def start_voice(self) -> VoiceService:
        """The voice service, started on first use (it loads a Whisper model).
        When it cannot run (no model, no library) it says why in
        `voice.unavailable` and everything else works."""
        if self.voice is None:
            from jarvis_tui.core.voice.wiring import voice_service  # noqa: PLC0415

            self.voice = voice_service(self.config.voice, bus=self.bus, complete=self.complete_on, skills=self.skills)
            self._voice_started = asyncio.ensure_future(self.voice.start())
        if self._voice_started is not None:
            # Callers at once (the wake word, the first spoken answer) share one start; a cancelled caller does not cancel it.
            await asyncio.shield(self._voice_started)
        return self.voice

    async def complete_on(self, node: str, prompt: str, *, call: str, max_tokens: int = 512) -> str:
        """One short call to `node` (or the next healthy, cool one): the
        subsystems' way to ask a model, through the same thermal and health
        decision and failover path as a unit. Raises RuntimeError when no
        node could answer."""
        from jarvis_tui.core.orchestra.units import UnitRunner  # noqa: PLC0415

        candidates = self.pool.candidates(*([node] if node else []), allow_embedded=False, call=call)
        runner = UnitRunner(self.pool, self.bus, max_tokens=max_tokens)
        attempt, _ = await runner.run("", "", candidates, [{"role": "user", "content": prompt}], model_for=self.pool.default_model)
        if attempt.error is not None:
            raise RuntimeError(attempt.error)
        return attempt.text

    async def review(self, prompt: str) -> str:
        """The trading review: ia-trading's home node reads the candidate."""
        agent = self.config.agents.get("ia-trading")
        return await self.complete_on(agent.node if agent else self.config.commander.classifier_node, prompt, call="trading review")

    async def answer(self, prompt: str) -> str:
        """A whole request's answer text (what a skill's `ask` step gets)."""
        doc = await self.ask(prompt, source="skill")
        return str(doc.get("answer", ""))

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
            *(service.aclose for service in (self.voice, self.trading, self.skills, self.brain) if service is not None),
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
