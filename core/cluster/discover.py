"""Find the LLM servers and GPU exporters on this machine and on the hosts
the user names, for `jarvis-tui --init`.

Each server is identified by its own API, not by its port: Ollama by
`/api/version` and `/api/tags`; an OpenAI-compatible server by `/v1/models`,
then LM Studio by its REST API (`/api/v1/models`, or `/api/v0/models` before
0.4), llama.cpp's server by `/props`, vLLM by `/version` and its `owned_by`,
a LiteLLM proxy by `/health/readiness`. A GPU exporter counts only when its
`/metrics` page is a Prometheus exposition with GPU metrics in it.

Only the hosts given are contacted: never a proxy from the environment,
never a redirect. Every probe runs at once with a short timeout, so a scan
takes about one timeout however many hosts and ports there are.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlparse

import httpx2

from jarvis_tui.core.cluster.gpu.prometheus import parse_page

LOCALHOST = "127.0.0.1"
# The ports each server listens on out of the box.
DEFAULT_SERVER_PORTS: tuple[int, ...] = (1234, 11434, 8080, 8000, 4000)  # LM Studio, Ollama, llama.cpp, vLLM, LiteLLM
DEFAULT_EXPORTER_PORTS: tuple[int, ...] = (9400, 9835)  # dcgm-exporter, nvidia_gpu_exporter
TIMEOUT_S = 1.5
MAX_BODY_BYTES = 4 * 1024 * 1024  # a model list is a few KB, a 16-GPU metrics page ~200 KB

ServerName = Literal["lmstudio", "ollama", "llama.cpp", "vllm", "litellm", "openai"]
LABELS: dict[str, str] = {
    "lmstudio": "LM Studio",
    "ollama": "Ollama",
    "llama.cpp": "llama.cpp server",
    "vllm": "vLLM",
    "litellm": "LiteLLM proxy",
    "openai": "OpenAI-compatible server",
    "dcgm-exporter": "dcgm-exporter",
    "nvidia_gpu_exporter": "nvidia_gpu_exporter",
}
_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")


@dataclass(frozen=True)
class Target:
    """A host to probe: every default port, or only `port` when the user named one."""

    host: str
    port: int | None = None


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def base_url(host: str, port: int) -> str:
    """`http://HOST:PORT`, with an IPv6 address in brackets."""
    return f"http://{_host_for_url(host)}:{port}"


def _check_host(host: str, given: str) -> str:
    if host.lower() == "localhost":
        return LOCALHOST
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if not _HOSTNAME.match(host):
        raise ValueError(f"--scan: {given!r} is not a host name or IP address (expected e.g. 10.5.0.2, gpu-box.lan or 10.5.0.2:1234)")
    return host.lower().rstrip(".")


def parse_target(text: str) -> Target:
    """One `--scan` entry: `HOST`, `HOST:PORT`, `[IPv6]:PORT` or `http://HOST[:PORT]`."""
    given = text.strip()
    if "://" in given:
        parsed = urlparse(given)
        if parsed.scheme not in ("http", "https") or not parsed.hostname or parsed.path not in ("", "/") or parsed.query:
            raise ValueError(f"--scan: {given!r}: expected a host, optionally with :PORT (a URL may name only a host and a port)")
        try:
            port = parsed.port
        except ValueError:
            raise ValueError(f"--scan: {given!r}: the port is not a number from 1 to 65535") from None
        return Target(_check_host(parsed.hostname, given), port)
    host, port_text = given, ""
    if given.startswith("["):  # [IPv6]:PORT
        host, _, rest = given[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif given.count(":") == 1:
        host, port_text = given.split(":")
    port = None
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"--scan: {given!r}: the port is not a number from 1 to 65535")
        port = int(port_text)
    if not host:
        raise ValueError(f"--scan: {given!r}: no host")
    return Target(_check_host(host, given), port)


def parse_targets(text: str | None) -> list[Target]:
    """`--scan`'s comma-separated hosts, in order, without repeats."""
    targets: list[Target] = []
    for part in (text or "").split(","):
        if part.strip():
            target = parse_target(part)
            if target not in targets:
                targets.append(target)
    return targets


@dataclass(frozen=True)
class FoundServer:
    """An LLM server that answered. `models` are the chat models it serves
    (embedding models are in `skipped`); `loaded` those in memory now, when
    the server says."""

    host: str
    port: int
    server: ServerName
    models: tuple[str, ...] = ()
    loaded: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    version: str | None = None
    needs_key: bool = False

    @property
    def url(self) -> str:
        return base_url(self.host, self.port)

    @property
    def kind(self) -> Literal["openai", "ollama"]:
        """The node kind that speaks to it."""
        return "ollama" if self.server == "ollama" else "openai"

    @property
    def label(self) -> str:
        return LABELS[self.server]

    def default_model(self) -> str | None:
        """The model a node should use by default: a loaded one, else the first listed."""
        return next((m for m in self.models if m in self.loaded), self.models[0] if self.models else None)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "host": self.host,
            "port": self.port,
            "server": self.server,
            "kind": self.kind,
            "version": self.version,
            "models": list(self.models),
            "loaded": list(self.loaded),
            "skipped": list(self.skipped),
            "needs_key": self.needs_key,
        }


@dataclass(frozen=True)
class FoundExporter:
    """A GPU metrics exporter whose page holds `gpus` GPUs."""

    host: str
    port: int
    exporter: Literal["dcgm-exporter", "nvidia_gpu_exporter"]
    gpus: int

    @property
    def url(self) -> str:
        return f"{base_url(self.host, self.port)}/metrics"

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "host": self.host, "port": self.port, "exporter": self.exporter, "gpus": self.gpus}


@dataclass(frozen=True)
class Unrecognised:
    """Something answered on a probed port, but not as a server or exporter this knows."""

    host: str
    port: int
    detail: str

    @property
    def url(self) -> str:
        return base_url(self.host, self.port)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "host": self.host, "port": self.port, "detail": self.detail}


@dataclass(frozen=True)
class Discovery:
    """What a scan found, in the order of the hosts, then of the ports."""

    hosts: tuple[str, ...]
    ports: tuple[int, ...]  # the server ports probed on hosts named without one
    servers: tuple[FoundServer, ...] = ()
    exporters: tuple[FoundExporter, ...] = ()
    unrecognised: tuple[Unrecognised, ...] = ()
    elapsed_ms: float = 0.0
    unresolved: tuple[str, ...] = ()  # named hosts whose name did not resolve (nothing probed there)

    def to_json(self) -> dict[str, Any]:
        return {
            "hosts": list(self.hosts),
            "ports": list(self.ports),
            "servers": [s.to_json() for s in self.servers],
            "exporters": [e.to_json() for e in self.exporters],
            "unrecognised": [u.to_json() for u in self.unrecognised],
            "unresolved": list(self.unresolved),
            "elapsed_ms": round(self.elapsed_ms),
        }


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes

    def json(self) -> Any:
        """The decoded JSON body, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class _Silent(Exception):
    """Nothing listens there (connection refused, or no route within the timeout)."""


class _Garbled(Exception):
    """A connection was accepted, but no HTTP answer came back in time; the message says what happened."""


async def _get(client: httpx2.AsyncClient, url: str, timeout_s: float) -> _Reply:
    try:
        # The client's own timeouts (connect, each read) say which step was slow;
        # this outer one only stops a server that drips its answer forever.
        async with asyncio.timeout(2 * timeout_s), client.stream("GET", url) as response:
            body = b""
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    break
            return _Reply(response.status_code, body[:MAX_BODY_BYTES])
    except (httpx2.ConnectError, httpx2.ConnectTimeout):
        raise _Silent from None
    except (TimeoutError, httpx2.TimeoutException):
        raise _Garbled(f"accepted the connection but did not answer within {timeout_s:g} s") from None
    except httpx2.HTTPError as exc:  # not HTTP (another protocol), or the connection dropped
        raise _Garbled(f"accepted the connection but did not answer in HTTP ({type(exc).__name__})") from None


async def _get_or_none(client: httpx2.AsyncClient, url: str, timeout_s: float) -> _Reply | None:
    """The reply, or None for anything but an answer (used once the server is known to be there)."""
    try:
        return await _get(client, url, timeout_s)
    except (_Silent, _Garbled):
        return None


def _dict(reply: _Reply | None) -> dict[str, Any]:
    data = reply.json() if reply is not None and reply.status == 200 else None
    return data if isinstance(data, dict) else {}


def _entries(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _name(value: object) -> str | None:
    """A model name from a server: a non-empty single-line string, else None."""
    if isinstance(value, str) and value.strip() and "\n" not in value and len(value) <= 512:
        return value.strip()
    return None


def _is_embedding(name: str) -> bool:
    # Servers other than LM Studio do not say which models only embed; their names do.
    return "embed" in name.lower()


def _split(names: Sequence[str], embedding: Sequence[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(chat models, skipped embedding models), each without repeats, in order."""
    chat: list[str] = []
    skipped: list[str] = []
    for name in names:
        target = skipped if name in embedding or _is_embedding(name) else chat
        if name not in target:
            target.append(name)
    return tuple(chat), tuple(skipped)


def _version(value: object) -> str | None:
    return value.strip()[:40] if isinstance(value, str) and value.strip() else None


async def _ollama(client: httpx2.AsyncClient, host: str, port: int, version: str | None, timeout_s: float) -> FoundServer | None:
    """Ollama, when `/api/tags` lists models (maybe none yet); None when it does not."""
    base = base_url(host, port)
    tags, ps = await asyncio.gather(_get_or_none(client, f"{base}/api/tags", timeout_s), _get_or_none(client, f"{base}/api/ps", timeout_s))
    if not isinstance(_dict(tags).get("models"), list):
        return None
    names = [n for m in _entries(_dict(tags), "models") if (n := _name(m.get("name") or m.get("model")))]
    loaded = tuple(n for m in _entries(_dict(ps), "models") if (n := _name(m.get("name") or m.get("model"))))
    chat, skipped = _split(names)
    return FoundServer(host, port, "ollama", chat, tuple(m for m in loaded if m in chat), skipped, version)


def _lmstudio(v1: dict[str, Any], v0: dict[str, Any]) -> tuple[list[str], list[str], list[str]] | None:
    """(models, loaded, embedding models) from LM Studio's REST API (0.4+, else 0.3's beta), or None."""
    if v1_models := _entries(v1, "models"):
        names = [(n, m) for m in v1_models if (n := _name(m.get("key")))]
        loaded = [n for n, m in names if m.get("loaded_instances")]
        embedding = [n for n, m in names if m.get("type") not in ("llm", "vlm")]
        return [n for n, _ in names], loaded, embedding
    if (v0_models := _entries(v0, "data")) and any("state" in m for m in v0_models):
        names = [(n, m) for m in v0_models if (n := _name(m.get("id")))]
        loaded = [n for n, m in names if m.get("state") == "loaded"]
        embedding = [n for n, m in names if m.get("type") not in ("llm", "vlm")]
        return [n for n, _ in names], loaded, embedding
    return None


async def _openai(client: httpx2.AsyncClient, host: str, port: int, models: _Reply, timeout_s: float) -> FoundServer:
    """An OpenAI-compatible server (its `/v1/models` answered): which one, and what it serves."""
    base = base_url(host, port)
    v1, v0, props, version, readiness = await asyncio.gather(
        *(_get_or_none(client, f"{base}{path}", timeout_s) for path in ("/api/v1/models", "/api/v0/models", "/props", "/version", "/health/readiness"))
    )
    listed = _entries(_dict(models), "data")
    names = [n for m in listed if (n := _name(m.get("id")))]
    owners = {owner for m in listed if isinstance(owner := m.get("owned_by"), str)}
    needs_key = models.status in (401, 403)
    if litellm := _version(_dict(readiness).get("litellm_version")):
        chat, skipped = _split(names)
        return FoundServer(host, port, "litellm", chat, (), skipped, litellm, needs_key)
    if (lmstudio := _lmstudio(_dict(v1), _dict(v0))) is not None:
        all_names, loaded, embedding = lmstudio
        chat, skipped = _split(all_names, embedding)
        return FoundServer(host, port, "lmstudio", chat, tuple(m for m in loaded if m in chat), skipped, None, needs_key)
    props_doc = _dict(props)
    if "llamacpp" in owners or {"default_generation_settings", "total_slots"} & set(props_doc):
        chat, skipped = _split(names)
        # It serves the one model it was started with, loaded.
        return FoundServer(host, port, "llama.cpp", chat, chat[:1], skipped, _version(props_doc.get("build_info")), needs_key)
    if "vllm" in owners:
        chat, skipped = _split(names)
        return FoundServer(host, port, "vllm", chat, chat, skipped, _version(_dict(version).get("version")), needs_key)
    chat, skipped = _split(names)
    return FoundServer(host, port, "openai", chat, (), skipped, None, needs_key)


def _not_a_server(host: str, port: int, models: _Reply) -> Unrecognised:
    start = " ".join(models.text().split())[:60]
    what = f"HTTP {models.status} on /v1/models" + (f": {start!r}" if start else "")
    return Unrecognised(host, port, f"answered, but not as an LLM server ({what})")


async def probe_server(client: httpx2.AsyncClient, host: str, port: int, timeout_s: float = TIMEOUT_S) -> FoundServer | Unrecognised | None:
    """What listens on `host:port`: an LLM server, something else, or nothing (None)."""
    base = base_url(host, port)
    replies = await asyncio.gather(_get(client, f"{base}/api/version", timeout_s), _get(client, f"{base}/v1/models", timeout_s), return_exceptions=True)
    for reply in replies:
        if isinstance(reply, BaseException) and not isinstance(reply, _Silent | _Garbled):
            raise reply
    version, models = replies
    if isinstance(version, _Silent) and isinstance(models, _Silent):
        return None
    if isinstance(version, _Reply) and (ollama := _version(_dict(version).get("version"))):
        found = await _ollama(client, host, port, ollama, timeout_s)
        if found is not None:
            return found
    if not isinstance(models, _Reply):
        return Unrecognised(host, port, str(models) if isinstance(models, _Garbled) else "answered, but not as an LLM server")
    listing = _dict(models)
    # A 401 or 403 counts only in the OpenAI error shape: plenty of web apps guard every path.
    error_shape = isinstance(error := models.json(), dict) and "error" in error
    if (models.status == 200 and isinstance(listing.get("data"), list)) or (models.status in (401, 403) and error_shape):
        return await _openai(client, host, port, models, timeout_s)
    return _not_a_server(host, port, models)


async def probe_exporter(client: httpx2.AsyncClient, host: str, port: int, timeout_s: float = TIMEOUT_S) -> FoundExporter | Unrecognised | None:
    """A GPU exporter on `host:port`, something else, or nothing (None)."""
    try:
        reply = await _get(client, f"{base_url(host, port)}/metrics", timeout_s)
    except _Silent:
        return None
    except _Garbled as exc:
        return Unrecognised(host, port, f"{exc} on /metrics")
    if reply.status != 200:
        return Unrecognised(host, port, f"HTTP {reply.status} on /metrics")
    text = reply.text()
    gpus, _warnings = parse_page(text)
    if not gpus:
        return Unrecognised(host, port, "serves /metrics, but with no GPU metrics (expected dcgm-exporter or nvidia_gpu_exporter)")
    return FoundExporter(host, port, "dcgm-exporter" if "DCGM_FI_DEV_" in text else "nvidia_gpu_exporter", len(gpus))


async def _resolves(host: str, timeout_s: float) -> bool:
    """Whether a host name resolves (an IP address always does)."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        async with asyncio.timeout(timeout_s):
            await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError):
        return False
    return True


def scan_hosts(targets: Sequence[Target], *, include_localhost: bool = True) -> list[Target]:
    """The hosts a scan contacts, in the order their nodes are named: the
    named ones, then this machine (unless excluded or named), without repeats."""
    out: list[Target] = []
    for target in targets:
        if target not in out:
            out.append(target)
    if include_localhost and Target(LOCALHOST) not in out:
        out.append(Target(LOCALHOST))
    return out


async def discover(
    targets: Sequence[Target] = (),
    *,
    server_ports: Sequence[int] = DEFAULT_SERVER_PORTS,
    exporter_ports: Sequence[int] = DEFAULT_EXPORTER_PORTS,
    timeout_s: float = TIMEOUT_S,
    include_localhost: bool = True,
) -> Discovery:
    """Probe `targets` and localhost (every server and exporter port, or the
    port a target names, as both) all at once; never raises for a host that
    is down or answers nonsense."""
    start = time.perf_counter()
    hosts = scan_hosts(targets, include_localhost=include_localhost)
    names = list(dict.fromkeys(t.host for t in hosts))
    # A misspelt name is said so, not reported as a machine with nothing on it.
    resolved = await asyncio.gather(*(_resolves(h, timeout_s) for h in names))
    unresolved = tuple(h for h, ok in zip(names, resolved, strict=True) if not ok)
    hosts = [t for t in hosts if t.host not in unresolved]
    server_jobs: list[tuple[str, int]] = []
    exporter_jobs: list[tuple[str, int]] = []
    for target in hosts:
        for job, ports in ((server_jobs, server_ports), (exporter_jobs, exporter_ports)):
            for port in (target.port,) if target.port else ports:
                if (target.host, port) not in job:
                    job.append((target.host, port))
    # Never a proxy from the environment, never a redirect: only the named hosts are contacted.
    timeout = httpx2.Timeout(timeout_s)
    async with httpx2.AsyncClient(timeout=timeout, trust_env=False, follow_redirects=False) as client:
        results = await asyncio.gather(
            *(probe_server(client, h, p, timeout_s) for h, p in server_jobs),
            *(probe_exporter(client, h, p, timeout_s) for h, p in exporter_jobs),
        )
    servers = tuple(r for r in results[: len(server_jobs)] if isinstance(r, FoundServer))
    exporters = tuple(r for r in results[len(server_jobs) :] if isinstance(r, FoundExporter))
    taken = {(s.host, s.port) for s in servers} | {(e.host, e.port) for e in exporters}
    # A port probed as both (a named HOST:PORT) is reported once, as what it is.
    unrecognised: list[Unrecognised] = []
    for r in results:
        if isinstance(r, Unrecognised) and (r.host, r.port) not in taken and all((u.host, u.port) != (r.host, r.port) for u in unrecognised):
            unrecognised.append(r)
    elapsed_ms = (time.perf_counter() - start) * 1000
    return Discovery(tuple(names), tuple(server_ports), servers, exporters, tuple(unrecognised), elapsed_ms, unresolved)
