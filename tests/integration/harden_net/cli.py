"""The real `jarvis-tui` console script as a child process, with what a
hostile node can cost it: exit code, output, wall time and peak memory."""

from __future__ import annotations

import os
import re
import signal
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


# A small process forks jarvis-tui and reports its peak RSS from wait4. Forked
# straight from the test process, the child's peak would count the pages it
# shares with pytest before exec (hundreds of MB once Whisper models are loaded).
TRAMPOLINE = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


def jarvis(cluster: Cluster, *args: str, timeout: float = 90) -> Run:
    """Run `jarvis-tui ARGS` against the cluster's config and database, with
    its own peak RSS (see TRAMPOLINE)."""
    if not JARVIS.exists():
        pytest.skip(f"{JARVIS} is missing: run ./install.sh --test")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as tmp:
        rss = Path(tmp) / "rss"
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", TRAMPOLINE, str(rss), str(JARVIS), *args], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, env=cluster.env(), cwd=cluster.tmp, start_new_session=True)
        killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        killer.start()
        try:
            code = proc.wait()
        finally:
            killer.cancel()
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8"), err.read().decode("utf-8")
        peak_kb = float(rss.read_text()) if rss.exists() else 0.0
    assert code != -9, f"jarvis-tui {' '.join(args)} ran past {timeout} s\n{stderr[-3000:]}"
    assert "Traceback" not in stderr, stderr[-3000:]
    return Run(code, stdout, stderr, seconds, peak_kb / 1024)
