"""Which process owns a row left `running` in the shared database.

Several processes share one database (the cockpit, the MCP server, one-shot
runs). A process killed outright (SIGKILL, a crash, the power going) leaves its
requests and tool calls `running` for ever. Each such row carries its owner,
`host|pid|start time`, so the next process to open the database can tell a
row whose process is gone from one another live process is still working on.
The start time guards against a pid reused by an unrelated process."""

from __future__ import annotations

import os
import socket
from functools import cache

import psutil

_SEP = "|"


@cache
def process_owner() -> str:
    """This process, as written in the `owner` column."""
    pid = os.getpid()
    return f"{socket.gethostname()}{_SEP}{pid}{_SEP}{_started(pid)}"


def _started(pid: int) -> str:
    return f"{psutil.Process(pid).create_time():.2f}"


def owner_gone(owner: str) -> bool:
    """True only when `owner` ran on this host and that process no longer
    exists; another host's process cannot be checked, so it is never gone."""
    host, _, rest = owner.partition(_SEP)
    pid_text, _, started = rest.partition(_SEP)
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        return _started(int(pid_text)) != started
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return True
    except psutil.Error:  # access denied: it exists
        return False


def owner_pid(owner: str) -> str:
    """The pid part, for messages."""
    return owner.split(_SEP)[1] if owner.count(_SEP) == 2 else "?"
