"""The cockpit: a full-screen Textual app over the core services.

The commander runs as an async worker on the app's loop; its events come
through the bus in `CoreEvents` batches and every pane renders them. The
first screen is frames, the conversation and the prompt: the side panes'
contents mount right after it, then a worker loads the commander, the HTTP
stack, the node monitor and the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import ModalScreen, Screen
from textual.widgets import Static, Tab, Tabs

from jarvis_tui.commands import (
    ACTIONS,
    CockpitCommands,
    bindings,
    help_keys,
    narrow_hidden,
)
from jarvis_tui.core import events as ev
from jarvis_tui.core.cluster.gpu.readings import ReadingSource
from jarvis_tui.core.events import EventBus
from jarvis_tui.core.tools.base import Caller
from jarvis_tui.core.trading.events import TradingChanged
from jarvis_tui.core.voice.events import VoiceDecision, VoiceLevel, VoiceListening, VoiceSpeaking, VoiceTranscript
from jarvis_tui.keys import restore_alt_digits
from jarvis_tui.screens.ask_screen import AskScreen
from jarvis_tui.skills_ui import SkillCommands
from jarvis_tui.voice_control import SPEAKING_MODES, VoiceControl, voice_line
from jarvis_tui.widgets.conversation import Conversation
from jarvis_tui.widgets.footer import CockpitFooter
from jarvis_tui.widgets.messages import (
    CoreEvents,
    PromptSubmitted,
    RequestRejected,
    UnitSelected,
)
from jarvis_tui.widgets.pane import Pane
from jarvis_tui.widgets.prompt_input import PromptInput
from jarvis_tui.widgets.request_view import RequestBook
from jarvis_tui.widgets.status_bar import StatusBar, StatusInfo, short_path
from jarvis_tui.widgets.voice_strip import VoiceStrip

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.monitor import NodeMonitor
    from jarvis_tui.core.config import Config
    from jarvis_tui.core.runtime import Runtime
    from jarvis_tui.core.store import Store
    from jarvis_tui.core.tools import PermissionRequest, Toolbox
    from jarvis_tui.widgets.cluster import ClusterTable, Notice
    from jarvis_tui.widgets.heatmap import GpuHeatMap
    from jarvis_tui.widgets.plan_tree import PlanTree
    from jarvis_tui.widgets.streams import AgentStreams
    from jarvis_tui.widgets.trading import TradingBook

log = logging.getLogger(__name__)

MODES = ("commander", "voice", "keyboard", "ollama")
SIDE_PANES = ("plan", "streams", "gpu", "cluster", "trading")
# (id, title, key hint) of each side pane, in grid order for the wide layout.
PANE_FRAMES = (
    ("plan", "Plan", "alt+2 · ^g 2"),
    ("gpu", "GPU heat map", "alt+4 · ^g 4 · f7 metric"),
    ("streams", "Agent streams", "alt+3 · ^g 3"),
    ("cluster", "Cluster", "alt+5 · ^g 5"),
    ("trading", "Trading", "alt+6 · ^g 6"),
)
PANE_ORDER = ("conversation", *SIDE_PANES)  # F12 walks them in this order
TAB_LABELS = {"plan": "Plan", "streams": "Streams", "gpu": "GPU", "cluster": "Cluster", "trading": "Trading"}
BOOT_DELAY_S = 0.15
MAIN_SCREEN = "_default"
SYSTEM_COMMANDS_KEPT = frozenset({"Theme"})
COCKPIT_ACTIONS = frozenset(a.action.split("(")[0] for a in ACTIONS) - {"quit"}


def has_ollama_node(config: Config) -> bool:
    """Whether the Ollama commander (-o) has a node to run on."""
    return any(n.kind == "ollama" and n.available for n in config.nodes)


def _import_services() -> None:
    """Load the runtime, the commanders, the tools, the monitor, the store and
    the HTTP stack (in a thread: imports block)."""
    import jarvis_tui.core.backends.embedded
    import jarvis_tui.core.backends.http
    import jarvis_tui.core.cluster.monitor
    import jarvis_tui.core.cluster.status
    import jarvis_tui.core.orchestra.tool_commander
    import jarvis_tui.core.runtime
    import jarvis_tui.core.store
    import jarvis_tui.core.tools  # noqa: F401


def release_render_caches() -> None:
    """Let go of the render caches of widgets that are gone.

    Textual 8 memoises `StylesCache.get_inner_outer` with `lru_cache(1024)` on
    the instance, so up to 1024 removed widgets stay alive with every line
    they ever drew (tens of MB over a session of requests). Each request
    replaces the plan and the streams: clear the memo then."""
    from textual._styles_cache import StylesCache

    StylesCache.get_inner_outer.cache_clear()


def cluster_status(monitor: NodeMonitor) -> dict[str, Any]:
    """The monitor's status document, with `reachable` None for a node not probed yet."""
    from jarvis_tui.core.cluster.status import report

    doc = report(monitor)
    for entry in doc["nodes"]:
        state = monitor.nodes.get(entry["name"])
        if state is not None and state.reachable is None:
            entry["reachable"] = None
    return doc


class MainScreen(Screen[int]):
    """The cockpit's screen: the prompt takes focus once, not first the first focusable widget and then the prompt."""

    AUTO_FOCUS = "#prompt"


class JarvisApp(App[int]):
    """Build it with `make_app()`; tests do the same."""

    CSS_PATH = "app.tcss"
    TITLE = "jarvis-tui"
    BINDINGS: ClassVar[list[BindingType]] = list(bindings())
    COMMANDS = App.COMMANDS | {CockpitCommands, SkillCommands}
    # Textual declares the breakpoints as instance attributes, so no ClassVar here.
    HORIZONTAL_BREAKPOINTS = [(0, "-w-tiny"), (70, "-w-compact"), (140, "-w-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-h-tiny"), (16, "-h-short"), (30, "-h-tall")]  # noqa: RUF012

    def __init__(
        self,
        config: Config,
        *,
        mode: str = "commander",
        readings: ReadingSource | None = None,
        monitor: bool = True,
        readings_interval_s: float = 2.0,
        db_path: Path | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        self.config = config
        self.mode = mode
        # GPU readings a test gives; else the runtime's node monitor reads them.
        self._readings = readings
        self.bus = EventBus()
        self.book = RequestBook()
        # The process's one owner of the services, built once the first screen is up.
        self.runtime: Runtime | None = None
        self.cluster_doc: dict[str, Any] | None = None
        self._notice: Notice | None = None  # the cluster notice drawn, kept to redraw it on resize
        self.conversation_id = uuid.uuid4().hex[:12]
        self.ready = asyncio.Event()
        self._use_monitor = monitor
        self._readings_interval_s = readings_interval_s
        self._db_path = db_path
        self._cursor_blink = cursor_blink
        self.boot_error: str | None = None
        self.voice = VoiceControl(self)
        # Set by run_app when no config file applies: offer `--init` once the services are up.
        self.offer_init = False
        self.exit_on_signals = False  # run_app: SIGHUP and SIGTERM close the services (tests keep pytest's handlers)
        # The panes' contents, mounted right after the first paint.
        self.plan_tree: PlanTree
        self.streams: AgentStreams
        self.heatmap: GpuHeatMap
        self.cluster_table: ClusterTable
        self.trading_book: TradingBook
        self._task_requests: dict[asyncio.Task[Any], str] = {}
        self._inbox: list[ev.Event] | None = None  # the batch of bus events not handled yet
        self._cancel_reason = "cancelled by the user"
        self._unsubscribe = self.bus.subscribe(self._on_bus)

    # -- layout -------------------------------------------------------------

    def get_default_screen(self) -> Screen[int]:
        # The breakpoint classes from the start: set on the first resize, they
        # would restyle and redraw the whole screen a frame after the first paint.
        screen: Screen[int] = MainScreen(id=MAIN_SCREEN)
        width, height = self.size
        for dimension, breakpoints in ((width, self.HORIZONTAL_BREAKPOINTS), (height, self.VERTICAL_BREAKPOINTS)):
            screen.add_class(next(name for least, name in sorted(breakpoints or (), reverse=True) if dimension >= least))
        return screen

    def compose(self) -> ComposeResult:
        # Frames only: the side panes' contents come right after the first paint.
        yield StatusBar(StatusInfo(mode=self.mode, nodes_total=len(self.config.nodes)), id="status")
        with Horizontal(id="body"):
            with Pane(title="Conversation", key="alt+1 · ^g 1", id="conversation"):
                yield Static("", id="cluster-notice")
                yield Conversation(id="chat")
                yield VoiceStrip(id="voice-strip")
                yield PromptInput(cursor_blink=self._cursor_blink, id="prompt")
            with Vertical(id="side"), Container(id="side-panes"):
                for name, title, key in PANE_FRAMES:
                    yield Pane(title=title, key=key, id=name)
        yield CockpitFooter(narrow_hidden=narrow_hidden())

    def on_mount(self) -> None:
        if self.exit_on_signals:
            self._exit_on_signals()
        self.query_one("#plan", Pane).add_class("-current")
        self._voice_mode()
        self.call_after_refresh(self._fill_panes)

    def _exit_on_signals(self) -> None:
        """SIGHUP (the SSH connection dropped, the terminal closed) and SIGTERM end the
        cockpit as Ctrl+Q does: the services close, the store is left consistent, the
        trading book's lease is given back. Python's default for both was to die at once."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM) if hasattr(signal, "SIGHUP") else ():
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # no handlers on Windows' loop
                loop.add_signal_handler(signum, self._signalled, signum)

    def _signalled(self, signum: int) -> None:
        log.warning("%s received: closing the services and leaving", signal.Signals(signum).name)
        self.exit(return_code=128 + signum)

    def _fill_panes(self) -> None:
        """Mount the side panes' contents, start the readings poll, then the services."""
        from jarvis_tui.widgets.cluster import ClusterTable
        from jarvis_tui.widgets.heatmap import GpuHeatMap, NodeInfo, Thresholds
        from jarvis_tui.widgets.plan_tree import PlanTree
        from jarvis_tui.widgets.streams import AgentStreams
        from jarvis_tui.widgets.trading import TradingBook

        config = self.config
        # The tab strip picks the side pane in the compact layouts (hidden when wide).
        tabs = Tabs(*(Tab(TAB_LABELS[name], id=f"tab-{name}") for name in SIDE_PANES), id="side-tabs")
        self.query_one("#side", Vertical).mount(tabs, before=0)
        self.plan_tree = PlanTree(id="plan-tree")
        self.heatmap = GpuHeatMap([NodeInfo(n.name, n.gpu_metrics) for n in config.nodes], Thresholds(config.thermal.warning_c, config.thermal.critical_c), id="heatmap")
        self.streams = AgentStreams(id="agent-streams")
        self.cluster_table = ClusterTable(id="cluster-table")
        self.trading_book = TradingBook(mode=config.trading.mode, exchange=config.trading.exchange, min_score=config.trading.min_score, id="trading-book")
        for (name, _, _), widget in zip(PANE_FRAMES, (self.plan_tree, self.heatmap, self.streams, self.cluster_table, self.trading_book), strict=True):
            self.query_one(f"#{name}", Pane).mount(widget)
        self.theme_changed_signal.subscribe(self, self._redraw)
        self.every(self._readings_interval_s, self._poll_readings)
        self.every(1.0, self._refresh_cluster)
        # Imports in a thread would starve the first screen's last frames (the footer).
        self.set_timer(BOOT_DELAY_S, self.boot)

    def every(self, interval_s: float, callback: Callable[[], None]) -> None:
        """Call `callback` every `interval_s` for as long as the cockpit's
        screen is up. The panes it draws are composed once and never removed
        while the app runs, so a pane that is missing means the screen is
        being torn down under a timer that fired late: that tick does nothing.
        Every periodic redraw goes through here."""

        def tick() -> None:
            if self._exit or self.runtime is None:
                return
            try:
                callback()
            except NoMatches:
                log.debug("%s skipped: the screen is going away", callback.__name__)

        self.set_interval(interval_s, tick)

    def _redraw(self, _theme: object) -> None:
        # Rich renderables carry the colours of the theme they were drawn with.
        for widget in (self.plan_tree, self.cluster_table, self.trading_book):
            widget.redraw()
        self.heatmap.refresh()

    def show_side(self, name: str) -> None:
        """The side pane shown when there is room for only one (compact and tiny layouts)."""
        for pane in SIDE_PANES:
            self.query_one(f"#{pane}").set_class(pane == name, "-current")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{name}":
            tabs.active = f"tab-{name}"  # its TabActivated comes back here: a no-op then

    @on(Tabs.TabActivated, "#side-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id:
            self.show_side(event.tab.id.removeprefix("tab-"))

    # -- services -----------------------------------------------------------

    @work(group="boot", exit_on_error=False)
    async def boot(self) -> None:
        """Build the node pool, the monitor and the tools, open the store, start
        polling. A failure is shown, and every request then says why it cannot run."""
        try:
            await self._start_services()
        except Exception as exc:
            log.exception("the services did not start")
            self.boot_error = f"the services did not start: {type(exc).__name__}: {exc}"
            self.query_one(Conversation).notice(self.boot_error, error=True)
        self.ready.set()
        # Start-up garbage stays: collections from now on skip it (see run_app).
        gc.freeze()
        gc.enable()
        if self.runtime is not None:
            self._refresh_cluster()
            self._poll_readings()
        if self.offer_init:
            self._offer_init()

    def _offer_init(self) -> None:
        from jarvis_tui.core.cluster.init_config import needs_first_run
        from jarvis_tui.screens.init_screen import InitScreen

        if needs_first_run():
            self.push_screen(InitScreen())

    @property
    def store(self) -> Store | None:
        return self.runtime.store if self.runtime is not None else None

    @property
    def store_error(self) -> str | None:
        return self.runtime.store_error if self.runtime is not None else None

    @property
    def toolbox(self) -> Toolbox | None:
        return self.runtime.toolbox if self.runtime is not None else None

    @property
    def monitor(self) -> NodeMonitor | None:
        return self.runtime.monitor if self.runtime is not None else None

    async def _start_services(self) -> None:
        await asyncio.to_thread(_import_services)
        from jarvis_tui.core.runtime import Runtime
        from jarvis_tui.core.tools import Policy

        if self.mode == "ollama" and not has_ollama_node(self.config):
            self.mode = "commander"
            self.query_one(Conversation).notice("Ollama mode needs a node with kind = \"ollama\" in the config; using the commander.", error=True)
            self.query_one(StatusBar).set(mode=self.mode)
        # As the one-shot CLI: the same runtime, and this app asks before a tool acts.
        runtime = Runtime(
            self.config,
            bus=self.bus,
            monitor="background" if self._use_monitor else "off",
            readings=self._readings,
            db_path=self._db_path,
            conversation_id=self.conversation_id,
            policy=Policy(self.config.tools, asker=self),
            services=("brain", "skills", "trading"),
            trading_scan=self._use_monitor,  # the cockpit scans (not its tests without a monitor, not jarvis-mcp, not a one-shot)
            process="cockpit",
        )
        try:
            await runtime.start()
        except BaseException:
            await runtime.aclose()
            raise
        self.runtime = runtime
        if runtime.trading is not None:
            self.trading_book.show_snapshot(runtime.trading.snapshot())
        if self.mode in SPEAKING_MODES:  # answers are spoken: load the voice now, not at the first answer
            self.run_worker(self.voice.prepare(), group="voice", exit_on_error=False)
        self._voice_mode()
        status = self.query_one(StatusBar)
        if runtime.store is not None:
            status.set(db=short_path(str(runtime.store.path)))
        else:
            status.set(db=f"not recording ({runtime.store_error})" if runtime.store_error else "not recording")

    async def ask(self, request: PermissionRequest) -> bool:
        """The tools' Asker: show exactly what will run, wait for the user's answer."""
        from jarvis_tui.screens.permission_screen import PermissionScreen

        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def decided(allowed: bool | None) -> None:
            if not answer.done():
                answer.set_result(bool(allowed))

        self.push_screen(PermissionScreen(request), decided)
        return await answer

    def show_cluster(self, doc: dict[str, Any] | None) -> None:
        """Show a cluster status document (the monitor's, or one a test gives)."""
        from jarvis_tui.core.config import user_config_path
        from jarvis_tui.widgets.cluster import cluster_notice, node_rows, summary

        self.cluster_doc = doc
        if self.runtime is None:
            return  # no services yet
        rows = node_rows(self.runtime.pool, doc)
        self.cluster_table.show_rows(rows)
        up, total = summary(rows)
        probed = doc is not None and any(e.get("reachable") is not None for e in doc.get("nodes", ()))
        self.query_one(StatusBar).set(nodes_up=up if probed else None, nodes_total=total)
        notice = cluster_notice(rows, config_source=short_path(self.config.source), config_path=short_path(str(user_config_path())))
        self._notice = notice
        self._draw_notice()
        reasons = {e["name"]: e["gpu"]["error"] for e in (doc or {}).get("nodes", ()) if e.get("gpu") and e["gpu"].get("error")}
        self.heatmap.set_reasons(reasons)

    def _draw_notice(self) -> None:
        """The cluster notice, in short below the wide and tall layout (five lines there hid the answers)."""
        notice = self._notice
        widget = self.query_one("#cluster-notice", Static)
        widget.display = notice is not None
        widget.set_class(notice is not None and notice.level == "warning", "-offline")
        roomy = self.screen.has_class("-w-wide") and self.screen.has_class("-h-tall")
        text = "" if notice is None else notice.text if roomy or not notice.short else notice.short
        widget.update(Content(text))  # server errors are not markup

    def on_resize(self) -> None:
        if self._notice is not None:
            self.call_after_refresh(self._draw_notice)  # after the screen took its new breakpoint classes

    def _refresh_cluster(self) -> None:
        self.show_cluster(cluster_status(self.monitor) if self.monitor is not None else self.cluster_doc)

    def _poll_readings(self) -> None:
        """Draw the runtime's thermal state: the same governor that routes."""
        from jarvis_tui.core.cluster.thermal import cluster_level

        if self.runtime is None:
            return  # no services yet
        thermal = self.runtime.thermal
        level, max_c = cluster_level(thermal.levels())
        self.heatmap.update_readings(thermal.readings.latest(), level, max_c)
        self.query_one(StatusBar).set(thermal=level, max_c=max_c)

    async def on_unmount(self) -> None:
        self._unsubscribe()
        if self.runtime is not None:
            await self.runtime.aclose()

    # -- requests -----------------------------------------------------------

    def _on_bus(self, event: ev.Event) -> None:
        if isinstance(event, ev.RequestStarted) and (task := asyncio.current_task()) is not None:
            self._task_requests[task] = event.request_id
        if self._inbox is None:
            self._inbox = []
            self.post_message(CoreEvents(self._inbox))
        self._inbox.append(event)

    @on(PromptSubmitted)
    def _submitted(self, message: PromptSubmitted) -> None:
        if self.book.running is not None:
            self._cancel_reason = "cancelled: replaced by a new request"
        self.serve(message.text)

    @work(exclusive=True, group="commander", exit_on_error=False)
    async def serve(self, prompt: str) -> None:
        """Run one request; a new one cancels this one (exclusive), as does Esc.
        The commander is the CLI's: Claude with its key, the Ollama model in
        Ollama mode, else the local pipeline."""
        await self.ready.wait()
        from jarvis_tui.core.orchestra.commander import PromptError

        if self.runtime is None:
            self.post_message(RequestRejected(self.boot_error or "the services are not running"))
            return
        try:
            await self.runtime.ask(prompt, mode="ollama" if self.mode == "ollama" else "auto", source="tui")
        except PromptError as exc:
            self.post_message(RequestRejected(str(exc)))
        except asyncio.CancelledError:
            self._end_request("cancelled", self._cancel_reason)
            raise
        except Exception as exc:  # a bug must cost one request, never the cockpit
            log.exception("request failed")
            self._end_request("failed", f"internal error: {type(exc).__name__}: {exc}")
        finally:
            self._task_requests.pop(asyncio.current_task(), None)  # type: ignore[arg-type]
            self._cancel_reason = "cancelled by the user"

    def _end_request(self, status: str, why: str) -> None:
        """Close a request the commander could not finish: the panes and the store learn why."""
        request_id = self._task_requests.get(asyncio.current_task())  # type: ignore[arg-type]
        view = self.book.requests.get(request_id or "")
        if view is not None and not view.finished:
            elapsed = round((time.time() - view.started_at) * 1000, 1)
            self.bus.publish(ev.RequestFinished(view.id, status=status, answer="", score=None, attribution=(), cycles=0, elapsed_ms=elapsed, error=why))

    def on_request_rejected(self, message: RequestRejected) -> None:
        self.query_one(Conversation).notice(f"✗ not sent: {message.reason}", error=True)

    def on_core_events(self, message: CoreEvents) -> None:
        self._inbox = None  # what is published from now on goes in a new batch
        for event in message.events:
            self._show_event(event)

    def _show_event(self, event: ev.Event) -> None:
        if isinstance(event, TradingChanged):
            if self.runtime is not None and self.runtime.trading is not None:
                self.trading_book.show_snapshot(self.runtime.trading.snapshot())
            return
        if isinstance(event, VoiceListening | VoiceLevel | VoiceTranscript | VoiceDecision | VoiceSpeaking):
            self._show_voice(event)
            return
        if isinstance(event, ev.NodeBackUp):
            line = self.cluster_table.node_back_up(event.node, event.down_s, event.ts)
            self.notify(line, title="Cluster")
            self._refresh_cluster()
            return
        view, unit = self.book.apply(event)
        if view is None:
            return
        self.query_one(Conversation).on_core_event(event, view)
        if view is not self.book.current:
            return  # a replaced request closing late: only its turn cares
        plan, streams = self.plan_tree, self.streams
        if isinstance(event, ev.RequestStarted | ev.Planned):
            plan.show(view)
            self.query_one(StatusBar).show_request(view)
            if isinstance(event, ev.Planned):
                streams.reset(view)
        elif isinstance(event, ev.Classified) or (isinstance(event, ev.CallMoved) and unit is None):
            plan.update_request()
        elif isinstance(event, ev.RequestFinished):
            plan.update_request()
            streams.finish(view)
            if event.status == "ok" and self.mode in SPEAKING_MODES:
                self.run_worker(self.voice.speak(event.answer), group="speech", exclusive=True, exit_on_error=False)
            self.query_one(StatusBar).show_request(view)
            release_render_caches()
        elif unit is not None:
            if not isinstance(event, ev.UnitToken):  # token counts redraw with the spinner
                plan.update_unit(unit)
            streams.on_core_event(event, unit)

    def on_unit_selected(self, message: UnitSelected) -> None:
        self.show_side("streams")
        self.screen.add_class("-show-side")
        self.streams.focus_unit(message.unit_id)

    # -- dialogs ------------------------------------------------------------

    def pop_screen(self) -> AwaitComplete:
        """Close the top screen. When a dialog (help, search, export, a
        permission, the palette, Ctrl+G) closes over the cockpit, focus goes
        back to the prompt: typing then always lands somewhere visible. A
        dialog's own result (a pane picked with Ctrl+G, a palette command)
        runs after this and may move focus again."""
        closing = self.screen
        done = super().pop_screen()
        if isinstance(closing, ModalScreen) and self.screen.id == MAIN_SCREEN:
            self._return_to_prompt()
        return done

    def _return_to_prompt(self) -> None:
        screen = self.screen
        prompt = self.query_one(PromptInput)
        if screen.maximized is not None and prompt not in screen.maximized.walk_children(with_self=True):
            return  # a zoomed side pane keeps focus: the prompt is not on screen
        screen.remove_class("-show-side")  # one-pane layouts: the conversation comes back
        screen.set_focus(prompt)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, less those the cockpit has under its
        own names (Help, Zoom, Quit) or that a user does not need (Screenshot, Bell)."""
        return (command for command in super().get_system_commands(screen) if command.title in SYSTEM_COMMANDS_KEPT)

    # -- actions ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Cockpit keys are for the main screen: under a modal they would act unseen.
        return not (action in COCKPIT_ACTIONS and isinstance(self.screen, ModalScreen))

    def action_help(self) -> None:
        from jarvis_tui.screens.help_screen import HelpScreen

        self.push_screen(HelpScreen(help_keys()))

    def action_cancel(self) -> None:
        if self.book.running is not None:
            self._cancel_reason = "cancelled by the user"
            self.workers.cancel_group(self, "commander")
        elif self.screen.maximized is not None:
            self.screen.minimize()

    def action_talk(self) -> None:
        self.run_worker(self.voice.talk(), group="voice", exclusive=True, exit_on_error=False)

    @work(group="trading", exit_on_error=False)  # it waits for a dialog: push_screen_wait needs a worker
    async def on_trading_book_close_requested(self, message: TradingBook.CloseRequested) -> None:
        """x on a position: asked here, then the tool runs under the permission model like any call."""
        answer = await self.push_screen_wait(AskScreen("Close position", f"Close the {message.pair} position at the market price?"))
        if answer == "yes" and self.runtime is not None:
            result = await self.runtime.toolbox.call("trading_close_position", {"pair": message.pair}, caller=Caller("user", "cockpit"))
            self.notify(f"{message.pair}: {'closed' if result.ok else result.error}", title="Trading", severity="information" if result.ok else "error")

    @work(group="trading-scan", exit_on_error=False)  # market data and the cluster's review take seconds
    async def on_trading_book_scan_requested(self, _message: TradingBook.ScanRequested) -> None:
        if self.runtime is None or self.runtime.trading is None:
            return
        if self.runtime.trading.loop.busy:  # never cut a scan short, never queue a second one behind it
            self.notify("a scan is already under way: its result shows in the pane when it ends", title="Trading")
            return
        self.notify(f"scanning {', '.join(self.config.trading.pairs)}…", title="Trading")
        result = await self.runtime.toolbox.call("trading_scan", {}, caller=Caller("user", "cockpit"))
        if not result.ok:
            self.notify(f"scan: {result.error}", title="Trading", severity="error")
        elif not result.data["ok"]:
            self.notify(f"scan: {result.data['notice']}", title="Trading", severity="warning")
        else:
            count = len(result.data["signals"])
            self.notify(f"scan done: {count} pending signal{'s' if count != 1 else ''}", title="Trading")

    @work(group="trading", exit_on_error=False)  # it waits for a dialog: push_screen_wait needs a worker
    async def on_trading_book_kill_requested(self, _message: TradingBook.KillRequested) -> None:
        from jarvis_tui.core.trading.engine import KILL_PHRASE
        from jarvis_tui.core.trading.models import TradingError

        trading = self.runtime.trading if self.runtime is not None else None
        if trading is None:
            return
        typed = await self.push_screen_wait(AskScreen("Kill switch", "Close EVERY position now and halt new entries.", typed=KILL_PHRASE))
        if isinstance(typed, str):
            try:
                report = await trading.kill_switch(typed)
            except TradingError as exc:  # a wrong phrase: said, never a crash
                self.notify(f"kill switch: {exc}", title="Trading", severity="error")
                return
            self.notify(f"kill switch: {report.summary()}", title="Trading", severity="error" if report.failed else "warning")

    @work(group="trading", exit_on_error=False)  # it waits for a dialog: push_screen_wait needs a worker
    async def on_trading_book_resume_requested(self, message: TradingBook.ResumeRequested) -> None:
        """R after a halt: asked here, then trading_resume runs under the permission model like any call."""
        answer = await self.push_screen_wait(AskScreen("Resume trading", f"New entries are halted ({message.halted}). Lift the halt?"))
        if answer == "yes" and self.runtime is not None:
            result = await self.runtime.toolbox.call("trading_resume", {}, caller=Caller("user", "cockpit"))
            self.notify(str(result.data["resumed"]) if result.ok else f"not resumed: {result.error}", title="Trading",
                        severity="information" if result.ok else "error")

    @work(group="trading", exit_on_error=False)  # it waits for a dialog: push_screen_wait needs a worker
    async def on_trading_book_live_confirm_requested(self, _message: TradingBook.LiveConfirmRequested) -> None:
        from jarvis_tui.core.trading.live import confirmation_phrase

        trading = self.runtime.trading if self.runtime is not None else None
        if trading is None:
            return
        phrase = confirmation_phrase(self.config.trading.exchange)
        typed = await self.push_screen_wait(AskScreen("Live trading", "Real money: confirm live orders for this session.", typed=phrase))
        if isinstance(typed, str):
            refusal = trading.confirm_live(typed)
            self.notify(refusal or "live orders confirmed for this session", title="Trading", severity="error" if refusal else "warning")

    def _voice_mode(self) -> None:
        """The voice strip shows in the speaking modes, and there the wake word
        listens when `[voice] wake_word` is on (from boot; stopped on leaving)."""
        speaking = self.mode in SPEAKING_MODES
        if speaking:
            self.query_one(VoiceStrip).add_class("-on")
        if self.runtime is None:
            return  # the boot calls again once the services are up
        if speaking and self.config.voice.wake_word:
            if not any(w.group == "wake" and w.is_running for w in self.workers):
                self.run_worker(self.voice.listen_for_wake_word(), group="wake", exclusive=True, exit_on_error=False)
        else:
            self.workers.cancel_group(self, "wake")

    def _show_voice(self, event: VoiceListening | VoiceLevel | VoiceTranscript | VoiceDecision | VoiceSpeaking) -> None:
        strip = self.query_one(VoiceStrip)
        if isinstance(event, VoiceListening):
            strip.update_state(listening=event.state, reason=event.reason, level_dbfs=None)
        elif isinstance(event, VoiceLevel):
            strip.update_state(level_dbfs=event.rms_dbfs, loud=event.loud)
        elif isinstance(event, VoiceSpeaking):
            strip.update_state(speaking=event.state, speaking_reason=event.reason)
        else:
            line = voice_line(event)
            strip.update_state(line=line)
            self.query_one(Conversation).notice(f"🎤 {line}")

    def action_mode(self, mode: str) -> None:
        if mode == "ollama" and not has_ollama_node(self.config):
            self.notify('Ollama mode needs a node with kind = "ollama" in the config', title="Mode", severity="error")
            return
        self.mode = mode
        self.query_one(StatusBar).set(mode=mode)
        self._voice_mode()
        notes = {
            "commander": "commander mode: typed requests",
            "voice": "voice mode: Ctrl+T to talk, again to stop; answers are spoken",
            "keyboard": "keyboard + speech mode: typed requests, spoken answers (Ctrl+T interrupts)",
            "ollama": "Ollama commander: the Ollama model plans and dispatches the work",
        }
        self.notify(notes[mode], title="Mode")

    def action_zoom(self, state: str = "toggle") -> None:
        """F6 toggles; the voice says which ("zoom" never restores, "unzoom" never zooms)."""
        screen = self.screen
        if screen.maximized is not None:
            if state != "on":
                screen.minimize()
            return
        if state == "off":
            return
        focused = screen.focused
        pane = next((w for w in (focused.ancestors_with_self if focused else ()) if isinstance(w, Pane)), None)
        screen.maximize(pane or self.query_one("#conversation", Pane), container=False)

    def action_metric(self) -> None:
        metric = self.heatmap.next_metric()
        self.show_side("gpu")
        self.notify(f"heat map shows {metric}", title="GPU")

    def action_go(self) -> None:
        """Ctrl+G: the next digit picks the pane to focus."""
        from jarvis_tui.screens.go_screen import GoScreen

        def picked(name: str | None) -> None:
            if name is not None:
                self.action_focus_pane(name)

        self.push_screen(GoScreen(), picked)

    def action_next_pane(self) -> None:
        """F12: focus the pane after the one that has focus."""
        focused = self.screen.focused
        pane = next((w for w in (focused.ancestors_with_self if focused else ()) if isinstance(w, Pane)), None)
        current = PANE_ORDER.index(pane.id) if pane is not None and pane.id in PANE_ORDER else 0
        self.action_focus_pane(PANE_ORDER[(current + 1) % len(PANE_ORDER)])

    def action_focus_pane(self, name: str) -> None:
        """Show a pane and focus it at once (not after a refresh, as
        `Widget.focus` does): a key read in the same burst, F6 after Alt+3,
        must find the focus where this put it."""
        if self.screen.maximized is not None:
            self.screen.minimize()
        if name == "conversation":
            self.screen.remove_class("-show-side")
            self.screen.set_focus(self.query_one(PromptInput))
            return
        self.show_side(name)
        self.screen.add_class("-show-side")
        if name == "streams":
            first = next(iter(self.streams.streams), None)
            if first is None or not self.streams.focus_unit(first):
                self.screen.set_focus(self.streams)
        else:
            self.screen.set_focus({"plan": self.plan_tree, "gpu": self.heatmap, "cluster": self.cluster_table, "trading": self.trading_book}[name])

    def action_brain(self) -> None:
        """F10: what the brain learnt (docs/brain.md)."""
        from jarvis_tui.screens.brain_screen import BrainScreen

        runtime = self.runtime
        why = "the services are still starting" if runtime is None else "[brain] enabled = false" if not self.config.brain.enabled else "it did not start"
        self.push_screen(BrainScreen(runtime.brain if runtime is not None else None, why))

    def action_search(self) -> None:
        from jarvis_tui.screens.search_screen import SearchScreen

        self.push_screen(SearchScreen(self.store, self.store_error))

    def action_export(self) -> None:
        views = list(self.book.requests.values())
        if not views:
            self.notify("nothing to export yet", title="Export")
            return
        from jarvis_tui.screens.export_screen import ExportScreen

        default = self.exports_dir() / f"jarvis-{time.strftime('%Y%m%d-%H%M%S')}.md"
        self.push_screen(ExportScreen(str(default), len(views)), self._export_to)

    def exports_dir(self) -> Path:
        """Where F9 writes: `exports/` beside the database (by default
        ~/.local/share/jarvis-tui/exports), never the current directory."""
        from jarvis_tui.core.store import db_path

        database = self.store.path if self.store is not None else (self._db_path or db_path(self.config.store.path))
        return Path(database).expanduser().resolve().parent / "exports"

    def _export_to(self, path: str | None) -> None:
        if path:
            from jarvis_tui.widgets.conversation import conversation_markdown

            self.write_export(Path(path).expanduser(), conversation_markdown(list(self.book.requests.values())))

    @work(thread=True, group="export", exit_on_error=False)
    def write_export(self, path: Path, markdown: str) -> None:
        from jarvis_tui.core.store import redact

        path = path if path.is_absolute() else self.exports_dir() / path  # a bare name goes with the other exports
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(redact(markdown), encoding="utf-8")
        except OSError as exc:
            self.call_from_thread(self.notify, f"cannot write {path}: {exc}", title="Export", severity="error")
            return
        self.call_from_thread(self.notify, f"exported to {path}", title="Export")
        self.call_from_thread(lambda: self.query_one(Conversation).notice(f"Exported this session to {path}"))


def make_app(config: Config, mode: str = "commander", *, readings: ReadingSource | None = None, **options: Any) -> JarvisApp:
    """The cockpit for a config and a mode; `options` are JarvisApp's keyword arguments."""
    return JarvisApp(config, mode=mode, readings=readings, **options)


def run_app(config: Config, mode: str) -> int:
    """Run the cockpit full-screen until the user quits; the exit code."""
    restore_alt_digits()  # Alt+1…6 in tmux, xterm, over SSH: see jarvis_tui.keys
    app = make_app(config, mode=mode)
    app.offer_init = config.source == "built-in defaults"
    app.exit_on_signals = True
    # Thousands of widgets, styles and strips are made before the first paint and
    # all of them live on: collecting them then only delays it (by about 30 ms).
    # The collector comes back once the services are up.
    gc.disable()
    from jarvis_tui.logfile import logging_to_file

    with logging_to_file():  # stderr is the screen now
        app.run()
    return app.return_code or 0
