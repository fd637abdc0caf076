"""Helpers shared by the benchmarks: the machine they ran on, the command
that produced the figures, and robust statistics (median, p99).

Benchmarks are scripts, not tests: they print figures and always exit 0.
Run them from the repository root, e.g. `.venv/bin/python bench/bench_classifier.py`.
"""

from __future__ import annotations

import datetime
import os
import platform
import shlex
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, OS, Python and the date, for the report."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.release()})"
    except OSError:
        pass
    try:
        load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "unknown"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "os": os_name,
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "load average": load,
    }


def header(title: str) -> None:
    """Print the benchmark's title, the exact command line and the machine."""
    print(f"== {title}")
    print(f"command: {command_line()}")
    for key, value in machine().items():
        print(f"{key + ':':<14}{value}")
    print()


def command_line() -> str:
    """The command that ran this script, as one could type it again."""
    exe = sys.executable
    try:
        exe = os.path.relpath(exe) if Path(exe).resolve().is_relative_to(ROOT) else exe
    except ValueError:
        pass
    env = " ".join(f"{k}={shlex.quote(os.environ[k])}" for k in ("BENCH_REPEAT",) if k in os.environ)
    cmd = shlex.join([exe, *sys.argv])
    return f"{env} {cmd}" if env else cmd


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100), nearest-rank; good enough for p99 of thousands."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summary(values: Sequence[float], unit: str = "ms", digits: int = 3) -> str:
    """'median X, p99 Y, min Z (n=N)'."""
    fmt = f"{{:.{digits}f}}"
    return (
        f"median {fmt.format(statistics.median(values))} {unit}, p99 {fmt.format(percentile(values, 99))} {unit}, "
        f"min {fmt.format(min(values))} {unit}, max {fmt.format(max(values))} {unit} (n={len(values)})"
    )


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def isolate_config(tmp: Path) -> None:
    """Point the config lookup at an empty directory: the user's config must not count."""
    os.environ.pop("JARVIS_CONFIG", None)
    xdg = tmp / "xdg"
    xdg.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CONFIG_HOME"] = str(xdg)


def repeat(default: int) -> int:
    """Repetitions, overridable with BENCH_REPEAT (a quick run on a busy machine)."""
    return int(os.environ.get("BENCH_REPEAT", default))


async def timed(step: Callable[[], Awaitable[object]], runs: int, warmup: int = 3) -> tuple[list[float], list[float]]:
    """CPU and wall milliseconds of each of `runs` awaits of `step`, after `warmup` untimed ones."""
    cpu: list[float] = []
    wall: list[float] = []
    for i in range(runs + warmup):
        c0, w0 = time.process_time(), time.perf_counter()
        await step()
        if i >= warmup:
            cpu.append((time.process_time() - c0) * 1000)
            wall.append((time.perf_counter() - w0) * 1000)
    return cpu, wall


# The three test nodes: parallel work is judged against the slowest.
NODE_DELAYS = {"N1": 0.3, "N2": 0.5, "N3": 0.8}


class LoopbackConnections:
    """Count the TCP connections the loopback test servers (tests/servers)
    accept: with connections reused, a run of N requests opens a handful."""

    def __init__(self) -> None:
        self.accepted = 0

    def install(self) -> LoopbackConnections:
        from uvicorn.protocols.http.h11_impl import H11Protocol

        original = H11Protocol.connection_made
        counter = self

        def connection_made(protocol, transport):  # type: ignore[no-untyped-def]
            counter.accepted += 1
            return original(protocol, transport)

        H11Protocol.connection_made = connection_made  # type: ignore[method-assign]
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))  # tests.servers
        return self

    def describe(self) -> str:
        return f"loopback servers accepted {self.accepted} TCP connections"
