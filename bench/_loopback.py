"""Loopback nodes and exporters served by a child process, so that the CPU
time the benchmarks measure is the monitor's alone, not the servers'.

    with ServerProcess({"M1": ("openai", {}), "E1": ("dcgm", {"gpus": 9})}) as servers:
        servers.urls["M1"]                              # base URL (exporters: the /metrics URL)
        servers.set("E1", temperature_c=90.0)           # returns time.time() once it holds
"""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.connection import Connection
from typing import Any

from _common import ROOT


def _serve(specs: dict[str, tuple[str, dict[str, Any]]], conn: Connection) -> None:
    import time

    sys.path.insert(0, str(ROOT))
    from tests.servers.exporters import Exporter
    from tests.servers.llm import OllamaNode, OpenAINode
    from tests.servers.lmstudio import LMStudioNode

    servers: dict[str, Any] = {}
    for name, (kind, fields) in specs.items():
        if kind in ("dcgm", "nvidia_smi"):
            servers[name] = Exporter(kind, name=name, **fields).start()  # type: ignore[arg-type]
        else:
            hang = fields.pop("probe_hang", False)
            cls = {"openai": OpenAINode, "ollama": OllamaNode, "lmstudio": LMStudioNode}[kind]
            servers[name] = cls(name=name, **fields).start()
            if hang:
                servers[name].probe_hang = True
    conn.send({n: s.metrics_url if isinstance(s, Exporter) else s.url for n, s in servers.items()})
    while True:
        message = conn.recv()
        if message is None:
            break
        name, changes = message
        servers[name].set(**changes)
        conn.send(time.time())
    for server in servers.values():
        server.stop()


class ServerProcess:
    def __init__(self, specs: dict[str, tuple[str, dict[str, Any]]]) -> None:
        self.specs = specs
        self.urls: dict[str, str] = {}

    def __enter__(self) -> ServerProcess:
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(self.specs, child), daemon=True)
        self._proc.start()
        self.urls = self._conn.recv()
        return self

    def set(self, name: str, **changes: Any) -> float:
        """Change a server's behaviour; the wall-clock time at which it took effect."""
        self._conn.send((name, changes))
        return float(self._conn.recv())

    def __exit__(self, *exc: object) -> None:
        self._conn.send(None)
        self._proc.join(timeout=10)
