"""The real `jarvis-tui` console script as a child process, with what a
hostile node can cost it: exit code, output, wall time and peak memory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.conftest import Cluster

JARVIS = Path(sys.executable).with_name("jarvis-tui")
# What a terminal acts on: C0 controls but newline and tab, DEL, C1 controls.
ACTIVE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A one-shot's own peak is ~50 MB here; an unbounded read of a hostile node's 128 MiB is several times that.
PEAK_MB = 150


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def jarvis(cluster: Cluster, *args: str, timeout: float = 90) -> Run:
    """Run `jarvis-tui ARGS` against the cluster's config and database; its
    peak RSS comes from wait4, so it is this child's and no other's."""
    if not JARVIS.exists():
        pytest.skip(f"{JARVIS} is missing: run ./install.sh --test")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([str(JARVIS), *args], stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=cluster.env(), cwd=cluster.tmp)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8"), err.read().decode("utf-8")
    assert code != -9, f"jarvis-tui {' '.join(args)} ran past {timeout} s\n{stderr[-3000:]}"
    assert "Traceback" not in stderr, stderr[-3000:]
    return Run(code, stdout, stderr, seconds, usage.ru_maxrss / 1024)
