"""The nodes the dispatcher can use and what it knows of their health.

Besides the configured nodes there are two built-in ones: CLAUDE (when its
key is in the environment) and EMBEDDED (llama.cpp in-process, the last
resort). Cooldown follows LiteLLM: a node that fails `cooldown_failures`
times within `cooldown_window_s` rests for `cooldown_s`; a refused
connection means the server is down and cools it at once, and so does a
timeout: a hung node must not make the next call (the checker's, the next
unit's) wait out its timeout again.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jarvis_tui.core.backends.base import Backend, BackendError, Message
from jarvis_tui.core.config import CLAUDE, EMBEDDED, Config
from jarvis_tui.core.events import CallMoved, EventBus, NodeBackUp, NodeCooldown
from jarvis_tui.core.text import valid_text

if TYPE_CHECKING:
    from jarvis_tui.core.cluster.thermal import ThermalGuard

log = logging.getLogger(__name__)


@dataclass
class NodeHealth:
    failures: deque[float] = field(default_factory=deque)
    cooldown_until: float = 0.0
    in_flight: int = 0
    last_error: str | None = None
    latency_ms: float | None = None  # moving average of successful requests
    # Set by the node monitor's probes: a node known down stays out of routing until a probe finds it up.
    down: bool = False
    down_until: float = 0.0
    probe_ms: float | None = None
    out_since: float | None = None  # when it went down or began cooling down, until it answers again


class NodePool:
    """Backends, created on first use, and the health bookkeeping of each node."""

    def __init__(self, config: Config, bus: EventBus | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self._bus = bus
        self._clock = clock
        self._backends: dict[str, Backend] = {}
        self.health: dict[str, NodeHealth] = {}
        self._embedded_path, self.embedded_reason = self._embedded()
        # Set by the Runtime: every choice of a node then weighs GPU heat too.
        self.thermal: ThermalGuard | None = None

    def _embedded(self) -> tuple[Path | None, str | None]:
        if not self.config.embedded.enabled:
            return None, "the embedded node is disabled in the config"
        from jarvis_tui.core.backends.embedded import resolve  # noqa: PLC0415 - keeps llama_cpp out of start-up

        return resolve(self.config.embedded.model_path)

    @property
    def claude_on(self) -> bool:
        return self.config.claude.api_key() is not None

    @property
    def embedded_on(self) -> bool:
        return self._embedded_path is not None

    def names(self) -> list[str]:
        """Every node a unit may run on, in config order, built-in ones last."""
        names = [n.name for n in self.config.nodes if n.available]
        if self.claude_on:
            names.append(CLAUDE)
        if self.embedded_on:
            names.append(EMBEDDED)
        return names

    def default_model(self, name: str) -> str:
        if name == EMBEDDED:
            # No backend is built for this: planning must work when the embedded node cannot run.
            return self._embedded_path.stem if self._embedded_path is not None else ""
        if name == CLAUDE:
            return self.config.claude.model
        node = self.config.node(name)
        return node.model if node else ""

    def timeout_s(self, name: str) -> float:
        if name == CLAUDE:
            return self.config.claude.timeout_s
        node = self.config.node(name)
        return node.timeout_s if node else 600.0  # EMBEDDED: bounded by max_tokens instead

    def backend(self, name: str) -> Backend:
        if name not in self._backends:
            self._backends[name] = self._make(name)
        return self._backends[name]

    async def stream(self, name: str, messages: list[Message], **kwargs: Any) -> AsyncIterator[str]:
        """Stream a chat on a node. Any failure is a BackendError: a backend
        bug costs one attempt on one node, never the whole request. Every
        fragment leaves here as valid text (a lone surrogate would make the
        store, the JSON document or the screen fail later)."""
        try:
            async for piece in self.backend(name).stream_chat(messages, **kwargs):
                yield valid_text(piece)
        except BackendError:
            raise
        except Exception as exc:
            log.debug("unexpected error from %s", name, exc_info=True)
            raise BackendError(name, "bad_response", f"{type(exc).__name__}: {exc}") from exc

    async def complete(self, name: str, messages: list[Message], **kwargs: Any) -> str:
        """The whole reply of a node as one string."""
        return "".join([piece async for piece in self.stream(name, messages, **kwargs)])

    def _make(self, name: str) -> Backend:
        # Imports are local so a dry run never loads an HTTP stack or an SDK.
        if name == EMBEDDED:
            from jarvis_tui.core.backends.embedded import EmbeddedBackend  # noqa: PLC0415

            if self._embedded_path is None:
                raise BackendError(EMBEDDED, "unavailable", self.embedded_reason or "unavailable")
            emb = self.config.embedded
            return EmbeddedBackend(EMBEDDED, self._embedded_path, n_ctx=emb.n_ctx, threads=emb.threads, max_tokens=emb.max_tokens)
        if name == CLAUDE:
            from jarvis_tui.core.backends.anthropic import AnthropicBackend  # noqa: PLC0415

            claude = self.config.claude
            key = claude.api_key()
            if key is None:
                raise BackendError(CLAUDE, "unavailable", f"{claude.api_key_env} is not set")
            return AnthropicBackend(CLAUDE, "", claude.url, api_key=key, timeout_s=claude.timeout_s, connect_s=5.0)
        node = self.config.node(name)
        if node is None:
            raise BackendError(name, "unavailable", "no such node in the config")
        if node.kind == "ollama":
            from jarvis_tui.core.backends.ollama import OllamaBackend  # noqa: PLC0415

            return OllamaBackend(name, node.model, node.url, connect_s=node.connect_timeout_s, read_s=node.read_timeout_s)
        if node.kind == "anthropic":
            from jarvis_tui.core.backends.anthropic import AnthropicBackend  # noqa: PLC0415

            key = node.api_key()
            if key is None:
                raise BackendError(name, "unavailable", f"{node.api_key_env or 'an API key variable'} is not set")
            return AnthropicBackend(name, node.model, node.url, api_key=key, timeout_s=node.timeout_s, connect_s=node.connect_timeout_s)
        from jarvis_tui.core.backends.openai import OpenAIBackend  # noqa: PLC0415

        return OpenAIBackend(name, node.model, node.url, connect_s=node.connect_timeout_s, read_s=node.read_timeout_s, api_key=node.api_key())

    def state(self, name: str) -> NodeHealth:
        return self.health.setdefault(name, NodeHealth())

    def cooling(self, name: str) -> float:
        """Seconds of cooldown left (0 when the node may be used)."""
        state = self.state(name)
        return max(0.0, max(state.cooldown_until, state.down_until) - self._clock())

    def healthy(self, name: str) -> bool:
        return name in self.names() and self.cooling(name) == 0.0

    def record_success(self, name: str, latency_ms: float) -> None:
        state = self.state(name)
        state.failures.clear()
        state.last_error = None
        self._back_up(name, state)
        state.latency_ms = latency_ms if state.latency_ms is None else 0.8 * state.latency_ms + 0.2 * latency_ms

    def record_probe(self, name: str, reachable: bool, *, latency_ms: float | None = None, error: str | None = None, hold_s: float = 0.0) -> None:
        """A health probe's result (the node monitor's hook). A node found
        down is held out of routing for `hold_s`, long enough for the next
        probe to say otherwise; a probe that finds it up lifts that hold only,
        never a cooldown earned by failed requests."""
        state = self.state(name)
        if reachable:
            state.down, state.down_until, state.probe_ms = False, 0.0, latency_ms
            if state.cooldown_until <= self._clock():
                self._back_up(name, state)
            return
        reason = f"probe: {error or 'unreachable'}"
        if not state.down and self._bus is not None:
            self._bus.publish(NodeCooldown("", node=name, seconds=hold_s, reason=reason))
        state.down, state.down_until, state.last_error = True, self._clock() + hold_s, reason
        if state.out_since is None:
            state.out_since = self._clock()

    def _back_up(self, name: str, state: NodeHealth) -> None:
        """Say once that a node which was out answers again."""
        if state.out_since is None:
            return
        down_s, state.out_since = self._clock() - state.out_since, None
        if self._bus is not None:
            self._bus.publish(NodeBackUp("", node=name, down_s=round(down_s, 1)))

    def record_failure(self, name: str, error: BackendError, request_id: str = "") -> None:
        """Count a failure; start a cooldown when the rule says so."""
        cfg = self.config.commander
        state = self.state(name)
        now = self._clock()
        state.last_error = f"{error.kind}: {error.detail}"
        state.failures.append(now)
        while state.failures and now - state.failures[0] > cfg.cooldown_window_s:
            state.failures.popleft()
        if error.kind in ("unreachable", "unavailable", "timeout") or len(state.failures) >= cfg.cooldown_failures:
            state.cooldown_until = now + cfg.cooldown_s
            state.failures.clear()
            if state.out_since is None:
                state.out_since = now
            if self._bus is not None:
                self._bus.publish(NodeCooldown(request_id, node=name, seconds=cfg.cooldown_s, reason=state.last_error))

    def candidates(
        self,
        *preferred: str,
        exclude_last: str | None = None,
        allow_embedded: bool = True,
        call: str = "",
        request_id: str = "",
    ) -> list[str]:
        """The ordered nodes a call may try: its preferred nodes (routed node
        first), the configured fallbacks, every other node (least busy first,
        then fastest), EMBEDDED last. Nodes down or cooling down are left out;
        `exclude_last` (the node that produced a weak answer) goes to the end.

        This is the one thermal and health decision every call to a node goes
        through: a node at the critical level goes after every cooler node
        (it still serves when nothing else can), and when that moves the call
        off its first preferred node, a CallMoved event (named `call`) says why."""
        head = [*preferred, *self.config.commander.fallbacks]
        others = sorted((n for n in self.names() if n not in head), key=self._load)
        seen: list[str] = []
        for name in [*head, *others]:
            if name and name not in seen and name != EMBEDDED and self.healthy(name):
                seen.append(name)
        if exclude_last in seen:
            seen.remove(exclude_last)
            seen.append(exclude_last)
        levels = self.thermal.levels() if self.thermal is not None else {}
        hot = [n for n in seen if levels.get(n, ("normal", 0.0))[0] == "critical"]
        seen = [n for n in seen if n not in hot] + hot
        if allow_embedded and self.embedded_on and self.cooling(EMBEDDED) == 0.0:
            seen.append(EMBEDDED)
        wanted = next((n for n in preferred if n), None)
        if call and wanted is not None and seen[:1] != [wanted] and self._bus is not None:
            self._bus.publish(CallMoved(request_id, call=call, from_node=wanted, to_node=seen[0] if seen else None, reason="its last answer was weak" if wanted == exclude_last else self.why_not(wanted, levels)))
        return seen

    def why_not(self, name: str, levels: dict[str, tuple[str, float]] | None = None) -> str:
        """Why a call would not go to `name` now."""
        levels = levels if levels is not None else (self.thermal.levels() if self.thermal is not None else {})
        if name not in self.names():
            return "not configured or unavailable"
        if (left := self.cooling(name)) > 0:
            state = self.state(name)
            return f"{'down' if state.down else 'cooling down'} for {left:.0f} s more ({state.last_error or 'failures'})"
        level, temp = levels.get(name, ("normal", 0.0))
        if level == "critical":
            return f"GPU critical ({temp:.0f} °C)"
        return "another node was preferred"

    def _load(self, name: str) -> tuple[int, bool, float, float]:
        """Sort key of an "other" node: requests in flight, then whether it
        queues (Ollama serves one request at a time), then the moving average
        of real requests, then the last probe; unknown latencies sort last and
        ties keep the config order."""
        state = self.state(name)
        node = self.config.node(name)
        queues = state.in_flight > 0 and node is not None and node.kind == "ollama"
        latency = float("inf") if state.latency_ms is None else state.latency_ms
        probe = float("inf") if state.probe_ms is None else state.probe_ms
        return (state.in_flight, queues, latency, probe)

    async def aclose(self) -> None:
        for backend in self._backends.values():
            await backend.aclose()
        self._backends.clear()
