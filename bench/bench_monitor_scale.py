"""The node monitor's cost as the cluster grows, and the cockpit's frame time
with the heat map full.

Cluster: N loopback nodes (a mix of LM Studio, OpenAI-compatible and Ollama,
as `bench_polling.py`) and N Prometheus exporters of 8 GPUs each (dcgm-exporter
and nvidia_gpu_exporter pages in turn), served by a child process, so that the
CPU time measured here is the monitor's alone. The config polls GPUs every
2 s and health every 5 s (`[monitor] gpu_interval_s = 2`, `health_interval_s = 5`).

For each N (default 1, 8, 32, 64):
1. one poll cycle: `NodeMonitor.poll_once()` of a `Runtime(config, monitor="gpus")`
   (N probes + N exporter pages, 8N GPUs), CPU and wall time;
2. the background schedules: `Runtime(config, monitor="background", record=False)`
   running for a window; the process's CPU time over it, as a share of one
   core and per 2 s GPU cycle (target: under 5 % of one core at 64 nodes);
   RSS at the end;
3. the cockpit (`make_app` under `run_test(size=(160, 48))`, headless) against
   the same cluster, GPU pane focused (Alt+4) and zoomed (F6), the heat map
   full (every node's GPUs read, a full history): the frame in which a new
   reading is drawn (`GpuHeatMap.update_readings` then Textual's frame update
   `Screen._on_timer_update`), a full-screen composite
   (`_compositor.render_update(full=True)`), and the whole cockpit's CPU while
   it sits idle with the monitor polling.

Then memory: the background runtime at the largest N for `--minutes` (default
10), RSS sampled every 10 s (target: flat).

Each part runs in a fresh child process, so its CPU time and RSS are its own.
The machine is shared: every figure is printed with the load average.

    .venv/bin/python bench/bench_monitor_scale.py                       # the full run (about 22 minutes)
    .venv/bin/python bench/bench_monitor_scale.py --nodes 1,8 --window 10 --minutes 0   # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from _common import ROOT, header, isolate_config, percentile, repeat, timed, verdict
from _loopback import ServerProcess

sys.path.insert(0, str(ROOT))

GPUS = 8
GPU_INTERVAL_S = 2.0
HEALTH_INTERVAL_S = 5.0
TARGET_CORE_PCT = 5.0
SAMPLE_S = 10.0  # RSS sampling period of the memory run
NODE_KINDS = (("lmstudio", "openai"), ("openai", "openai"), ("openai", "openai"), ("ollama", "ollama"))  # (server, config kind)
PAGE = os.sysconf("SC_PAGE_SIZE")


def load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def rss_mib(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of another process (the servers)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the cluster ----------------------------------------------------------------


def specs(n: int) -> dict[str, tuple[str, dict[str, Any]]]:
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for i in range(n):
        server, _ = NODE_KINDS[i % len(NODE_KINDS)]
        model = "qwen3:1.7b" if server == "ollama" else "qwen3-30b"
        out[f"N{i + 1:02d}"] = (server, {"models": [model, "mistral-7b"]})
        # Temperatures spread over 45-74 °C, one GPU of every fifth node at 78 °C (warning): a varied map.
        temps = {3: 78.0} if i % 5 == 4 else {}
        out[f"E{i + 1:02d}"] = ("dcgm" if i % 2 == 0 else "nvidia_smi", {"gpus": GPUS, "temperature_c": 45.0 + (i * 7) % 30, "temperatures": temps})
    return out


def write_config(path: Path, n: int, urls: dict[str, str]) -> Path:
    toml = f"[monitor]\ngpu_interval_s = {GPU_INTERVAL_S:g}\nhealth_interval_s = {HEALTH_INTERVAL_S:g}\n[embedded]\nenabled = false\n"
    for i in range(n):
        _, kind = NODE_KINDS[i % len(NODE_KINDS)]
        model = "qwen3:1.7b" if kind == "ollama" else "qwen3-30b"
        toml += f'[[nodes]]\nname = "N{i + 1:02d}"\nkind = "{kind}"\nurl = "{urls[f"N{i + 1:02d}"]}"\nmodel = "{model}"\ngpu_metrics = "{urls[f"E{i + 1:02d}"]}"\n'
    path.write_text(toml, encoding="utf-8")
    return path


class PollCounter:
    """Counts the monitor's probes and GPU polls (wrapped on the class, so the
    schedules the Runtime starts are counted)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        from jarvis_tui.core.cluster.monitor import NodeMonitor

        for attr in ("poll_node", "poll_gpu"):
            original = getattr(NodeMonitor, attr)
            setattr(NodeMonitor, attr, self._counted(attr, original))

    def _counted(self, attr: str, original: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        counts = self.counts

        async def poll(monitor: Any, name: str) -> None:
            counts[attr] += 1
            await original(monitor, name)

        return poll


async def wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def all_read(monitor: Any, n: int) -> bool:
    readings = monitor.latest()
    probed = all(monitor.nodes[f"N{i + 1:02d}"].reachable for i in range(n))
    return probed and len(readings) == n and all(len(r.gpus) == GPUS for r in readings.values())


# -- 1. one poll cycle ----------------------------------------------------------------


async def one_cycle(config_path: Path, n: int, cycles: int) -> dict[str, Any]:
    from jarvis_tui.core.config import load_config
    from jarvis_tui.core.runtime import Runtime

    async with Runtime(load_config(config_path), monitor="gpus", record=False) as runtime:
        monitor = runtime.monitor
        assert monitor is not None
        cpu, wall = await timed(monitor.poll_once, cycles)
        gpus = sum(len(r.gpus) for r in monitor.latest().values())
        assert gpus == n * GPUS, (gpus, {k: s.gpu_error for k, s in monitor.nodes.items() if s.gpu_error})
    return {"cpu_ms": cpu, "wall_ms": wall, "load": load()}


# -- 2. the background schedules ------------------------------------------------------


async def background(config_path: Path, n: int, window_s: float, counter: PollCounter, server_pid: int) -> dict[str, Any]:
    from jarvis_tui.core.config import load_config
    from jarvis_tui.core.runtime import Runtime

    async with Runtime(load_config(config_path), monitor="background", record=False) as runtime:
        monitor = runtime.monitor
        assert monitor is not None
        await wait_for(lambda: all_read(monitor, n), 60, f"{n} nodes' first probes and GPU readings")
        await asyncio.sleep(GPU_INTERVAL_S)  # connections open, the first round's garbage made
        before = dict(counter.counts)
        c0, w0, s0 = time.process_time(), time.perf_counter(), cpu_s(server_pid)
        await asyncio.sleep(window_s)
        cpu, wall, server = time.process_time() - c0, time.perf_counter() - w0, cpu_s(server_pid) - s0
        gpu_polls = counter.counts["poll_gpu"] - before.get("poll_gpu", 0)
        probes = counter.counts["poll_node"] - before.get("poll_node", 0)
        stale = [name for name, r in monitor.latest().items() if r.age_s() > 2 * GPU_INTERVAL_S + 1]
        return {
            "core_pct": 100 * cpu / wall,
            "cycles": gpu_polls / n,
            "cpu_per_cycle_ms": 1000 * cpu / (gpu_polls / n) if gpu_polls else float("nan"),
            "gpu_polls": gpu_polls,
            "probes": probes,
            "wall_s": wall,
            "stale": stale,
            "rss_mib": rss_mib(),
            "server_core_pct": 100 * server / wall,
            "load": load(),
        }


# -- 3. the cockpit -------------------------------------------------------------------


async def cockpit(config_path: Path, n: int, frames: int, idle_s: float, db: Path) -> dict[str, Any]:
    from textual.screen import Screen
    from textual.widget import Widget

    from jarvis_tui.app import make_app
    from jarvis_tui.core.config import load_config
    from jarvis_tui.widgets.heatmap import HISTORY

    # Textual's frame update, timed: patched before the screen exists, since its
    # update timer holds the method it was created with.
    frame_ms: list[float] = []
    frame_cpu_ms: list[float] = []
    full_ms: list[float] = []
    drawn, recording = [False], [False]
    update = Screen._on_timer_update

    def timed(self: Screen) -> None:
        drawn[0] = False
        c0, w0 = time.thread_time(), time.perf_counter()
        update(self)
        if drawn[0] and recording[0]:  # a frame that drew the heat map (layout, render, composite, write)
            frame_ms.append((time.perf_counter() - w0) * 1000)
            frame_cpu_ms.append((time.thread_time() - c0) * 1000)

    Screen._on_timer_update = timed  # type: ignore[method-assign]
    app = make_app(load_config(config_path), db_path=db)
    result: dict[str, Any] = {}
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(lambda: app.ready.is_set() and app.monitor is not None, 60, "the cockpit's services")
        await wait_for(lambda: all_read(app.monitor, n), 60, "every node's GPU readings in the cockpit")
        await wait_for(lambda: len(app.heatmap.readings) == n, 10, "the heat map's first drawing")
        await pilot.press("alt+4")
        await pilot.press("f6")
        await pilot.pause()
        maximized: Widget | None = app.screen.maximized
        result["zoomed"] = maximized is not None and maximized.id == "gpu"
        result["heatmap_size"] = f"{app.heatmap.size.width}x{app.heatmap.size.height}"
        heatmap = app.heatmap

        def fresh(offset: float = 0.0) -> dict[str, Any]:
            now = time.time() + offset
            return {name: dataclasses.replace(r, ts=now) for name, r in app.monitor.latest().items()}

        # A full history: HISTORY readings of every GPU (what 2 minutes of polling leaves).
        for k in range(HISTORY):
            heatmap.update_readings(fresh(-1e-3 * (HISTORY - k)), heatmap.level, heatmap.max_c)
        await pilot.pause()
        result["cells"] = sum(len(r.gpus) for r in heatmap.readings.values())
        result["history_full"] = all(len(h) == HISTORY for h in heatmap.history.values())

        render = heatmap.render

        def flagged() -> Any:
            drawn[0] = True
            return render()

        heatmap.render = flagged  # type: ignore[method-assign]
        screen = app.screen
        recording[0] = True
        while len(frame_ms) < frames + 3:
            heatmap.update_readings(fresh(), heatmap.level, heatmap.max_c)
            await pilot.pause()  # the app handles the refresh, then draws a frame
            await asyncio.sleep(0.02)  # the monitor's polls run in between
        recording[0] = False
        for _ in range(frames + 3):
            await asyncio.sleep(0.02)
            w0 = time.perf_counter()
            screen._compositor.render_update(full=True)
            full_ms.append((time.perf_counter() - w0) * 1000)
        result["frame_ms"], result["frame_cpu_ms"], result["full_ms"] = frame_ms[3:], frame_cpu_ms[3:], full_ms[3:]
        result["frame_load"] = load()

        # Idle: the monitor polls, the cockpit redraws the heat map (every 2 s) and the cluster table (every 1 s).
        c0, w0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(idle_s)
        result["idle_core_pct"] = 100 * (time.process_time() - c0) / (time.perf_counter() - w0)
        result["idle_load"] = load()
        result["rss_mib"] = rss_mib()
        await app.action_quit()
    return result


# -- 4. memory over minutes -------------------------------------------------------------


async def memory(config_path: Path, n: int, minutes: float) -> list[tuple[float, float, float, int, str]]:
    """(elapsed s, RSS MiB, CPU % of one core over the last period, live objects, load) every SAMPLE_S."""
    from jarvis_tui.core.config import load_config
    from jarvis_tui.core.runtime import Runtime

    samples = []
    async with Runtime(load_config(config_path), monitor="background", record=False) as runtime:
        monitor = runtime.monitor
        assert monitor is not None
        await wait_for(lambda: all_read(monitor, n), 60, f"{n} nodes' first readings")
        t0 = time.perf_counter()
        c_prev, t_prev = time.process_time(), t0
        samples.append((0.0, rss_mib(), float("nan"), len(gc.get_objects()), load()))
        while (elapsed := time.perf_counter() - t0) < minutes * 60:
            await asyncio.sleep(SAMPLE_S - (elapsed % SAMPLE_S))
            now, c_now = time.perf_counter(), time.process_time()
            samples.append((now - t0, rss_mib(), 100 * (c_now - c_prev) / (now - t_prev), len(gc.get_objects()), load()))
            c_prev, t_prev = c_now, now
            print(f"   {now - t0:6.0f} s  RSS {samples[-1][1]:7.1f} MiB  CPU {samples[-1][2]:5.2f} % of one core  objects {samples[-1][3]}  {samples[-1][4]}", flush=True)
    return samples


def slope_mib_per_min(points: list[tuple[float, float]]) -> float:
    if len(points) < 2:
        return float("nan")
    xs, ys = [p[0] / 60 for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} ms, p95 {percentile(values, 95):.2f}, max {max(values):.2f} (n={len(values)})"


def child(part: str, n: int, config: Path, options: dict[str, Any]) -> dict[str, Any]:
    """One measurement in this (fresh) process: its CPU time and RSS are the part's alone."""
    if part == "cycle":
        return asyncio.run(one_cycle(config, n, options["cycles"]))
    if part == "background":
        return asyncio.run(background(config, n, options["window"], PollCounter(), options["server_pid"]))
    if part == "cockpit":
        return asyncio.run(cockpit(config, n, options["frames"], options["idle"], Path(options["db"])))
    return {"samples": asyncio.run(memory(config, n, options["minutes"]))}


def measure(part: str, n: int, config: Path, **options: Any) -> dict[str, Any]:
    """Run one part in a child process (the servers run in another)."""
    out = config.with_suffix(f".{part}.json")
    command = [sys.executable, str(Path(__file__).resolve()), "--child", part, str(n), str(config), json.dumps(options), str(out)]
    done = subprocess.run(command, check=False, stdout=None if part == "memory" else subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the {part} measurement at {n} nodes failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(out.read_text(encoding="utf-8")))


def main() -> None:
    if len(sys.argv) == 7 and sys.argv[1] == "--child":
        _, _, part, n, config, options, out = sys.argv
        result = child(part, int(n), Path(config), json.loads(options))
        Path(out).write_text(json.dumps(result), encoding="utf-8")
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", default="1,8,32,64", help="cluster sizes, comma-separated ('' skips the scaling runs)")
    parser.add_argument("--window", type=float, default=60.0, help="seconds of background polling measured per size")
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the memory run at the largest size (0 skips it)")
    parser.add_argument("--no-cockpit", action="store_true", help="skip the cockpit frame times")
    args = parser.parse_args()
    sizes = [int(s) for s in args.nodes.split(",") if s.strip()]
    header(f"node monitor at scale: N nodes x {GPUS} GPUs, GPU poll every {GPU_INTERVAL_S:g} s, health every {HEALTH_INTERVAL_S:g} s")
    print("Each measurement runs in a fresh process of its own; the loopback servers in another.\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        isolate_config(tmp)
        for n in sizes:
            print(f"-- {n} node(s), {n * GPUS} GPUs  ({load()})", flush=True)
            with ServerProcess(specs(n)) as servers:
                config = write_config(tmp / f"n{n}.toml", n, servers.urls)
                cycle = measure("cycle", n, config, cycles=repeat(20))
                print(
                    f"   1. one poll_once() cycle ({n} probes + {n} pages):  CPU {ms(cycle['cpu_ms'])};  wall median {statistics.median(cycle['wall_ms']):.2f} ms  ({cycle['load']})",
                    flush=True,
                )
                bg = measure("background", n, config, window=args.window, server_pid=servers._proc.pid)
                print(
                    f"   2. background, {bg['wall_s']:.0f} s: {bg['core_pct']:.2f} % of one core, {bg['cpu_per_cycle_ms']:.1f} ms CPU per {GPU_INTERVAL_S:g} s cycle "
                    f"({bg['cycles']:.1f} cycles, {bg['gpu_polls']} GPU polls, {bg['probes']} probes), RSS {bg['rss_mib']:.1f} MiB, "
                    f"stale readings: {len(bg['stale'])}; servers' process {bg['server_core_pct']:.1f} %  ({bg['load']})",
                    flush=True,
                )
                ui: dict[str, Any] | None = None
                if not args.no_cockpit:
                    ui = measure("cockpit", n, config, frames=repeat(100), idle=max(args.window / 3, 10.0), db=str(tmp / f"cockpit{n}.db"))
                    print(
                        f"   3. cockpit, GPU pane zoomed: {ui['zoomed']}, heat map {ui['heatmap_size']}, {ui['cells']} GPU cells, full history: {ui['history_full']}\n"
                        f"      frame drawing a new reading: wall {ms(ui['frame_ms'])}; CPU median {statistics.median(ui['frame_cpu_ms']):.2f} ms  ({ui['frame_load']})\n"
                        f"      full-screen composite:       wall {ms(ui['full_ms'])}\n"
                        f"      idle cockpit with the monitor: {ui['idle_core_pct']:.2f} % of one core, RSS {ui['rss_mib']:.1f} MiB  ({ui['idle_load']})",
                        flush=True,
                    )
                rows.append((n, cycle, bg, ui))
        if rows:
            print("\nsummary (Markdown):\n")
            print("| nodes | GPUs | poll_once CPU (median) | background: % of one core | CPU per 2 s cycle | RSS | frame drawing a new reading (median / p95) | full composite | idle cockpit | load |")
            print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
            for n, cycle, bg, ui in rows:
                frame = f"{statistics.median(ui['frame_ms']):.1f} / {percentile(ui['frame_ms'], 95):.1f} ms" if ui else "-"
                full = f"{statistics.median(ui['full_ms']):.1f} ms" if ui else "-"
                idle = f"{ui['idle_core_pct']:.1f} %" if ui else "-"
                print(
                    f"| {n} | {n * GPUS} | {statistics.median(cycle['cpu_ms']):.1f} ms | {bg['core_pct']:.2f} % | {bg['cpu_per_cycle_ms']:.1f} ms | "
                    f"{bg['rss_mib']:.0f} MiB | {frame} | {full} | {idle} | {bg['load'].removeprefix('load ')} |"
                )
            n, _, bg, _ = rows[-1]
            print(f"\n   target: under {TARGET_CORE_PCT:g} % of one core at {n} nodes: {bg['core_pct']:.2f} %: {verdict(bg['core_pct'] < TARGET_CORE_PCT)}")
        if args.minutes > 0:
            n = max(sizes) if sizes else 64
            print(f"\n-- memory: {n} nodes, background monitor, {args.minutes:g} minutes, RSS every {SAMPLE_S:g} s  ({load()})", flush=True)
            with ServerProcess(specs(n)) as servers:
                config = write_config(tmp / f"mem{n}.toml", n, servers.urls)
                samples = measure("memory", n, config, minutes=args.minutes)["samples"]
            settled = [(t, r) for t, r, *_ in samples if t >= 60]
            first = [r for t, r in settled if t < 120] or [samples[0][1]]
            last = [r for t, r in settled if t >= samples[-1][0] - 60] or [samples[-1][1]]
            growth = statistics.median(last) - statistics.median(first)
            cpu = [c for _, _, c, _, _ in samples[1:]]
            print(
                f"   RSS at start {samples[0][1]:.1f} MiB, minute 2 median {statistics.median(first):.1f}, last minute median {statistics.median(last):.1f} MiB "
                f"(change {growth:+.2f} MiB; slope after minute 1 {slope_mib_per_min(settled):+.3f} MiB/min); max {max(r for _, r, *_ in samples):.1f} MiB\n"
                f"   live objects {samples[0][3]} -> {samples[-1][3]}; CPU per {SAMPLE_S:g} s: median {statistics.median(cpu):.2f} %, max {max(cpu):.2f} % of one core"
            )
            print(f"   target: flat memory (change after the first minute under 1 MiB): {verdict(abs(growth) < 1.0)}")


if __name__ == "__main__":
    main()
