"""Pipeline overhead without inference: `Commander.run(prompt, dry_run=True)`
in-process, i.e. clean + heuristic classification + decomposition + thermal
check (with injected GPU readings) + enrichment + the bus events.

The built-in default config is used (XDG_CONFIG_HOME points at an empty
directory, JARVIS_CONFIG is unset). Readings: M1 warm (78 °C, warning),
M2 cool, M3 critical (87 °C), OL1 cool, so code units move and M3 is avoided.
Target: < 5 ms median (the seed: 150 ms).

    .venv/bin/python bench/bench_pipeline.py
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from _common import header, isolate_config, repeat, summary, verdict

PROMPTS = [
    "écris une fonction python qui inverse une liste",
    "Bonjour, comment vas-tu ?",
    "analyse les avantages et les inconvénients du télétravail pour une PME",
    "open a 3x long on SOL with a tp at 180 and sl at 140",
    "quelle est la température du GPU de M1 et redémarre le service ollama",
    "recherche les dernières nouvelles sur la sortie de Python 3.14",
    "fix this TypeError in my React component: cannot read properties of undefined",
    "what is the capital of Australia?",
]


def readings():
    from jarvis_tui.core.cluster.gpu.readings import GpuReading, NodeReading, StaticReadings

    now = time.time()
    temps = {"M1": (78.0, 70.0), "M2": (55.0,), "M3": (87.0,), "OL1": (61.0,)}
    return StaticReadings(
        {n: NodeReading(n, tuple(GpuReading(i, "RTX 3090", t, 90.0) for i, t in enumerate(ts)), ts=now) for n, ts in temps.items()}
    )


async def run(n: int) -> None:
    from jarvis_tui.core.config import load_config
    from jarvis_tui.core.events import EventBus
    from jarvis_tui.core.orchestra.commander import Commander

    config = load_config()
    print(f"config: {config.source}; nodes: {', '.join(n.name for n in config.nodes)}")
    bus = EventBus()
    events = Counter()
    bus.subscribe(lambda e: events.update([e.name]))  # one subscriber, as the one-shot printer
    source = readings()
    t0 = time.perf_counter()
    commander = Commander(config, bus, readings=source)
    build_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    first = await commander.run(PROMPTS[0], dry_run=True)
    first_ms = (time.perf_counter() - t0) * 1000
    for p in PROMPTS * 5:  # warm-up
        await commander.run(p, dry_run=True)

    all_ms: list[float] = []
    cpu_ms: list[float] = []
    per_type: dict[str, list[float]] = defaultdict(list)
    moved = 0
    clock, cpu = time.perf_counter_ns, time.thread_time_ns
    for i in range(n):
        if i % 500 == 0:
            source = readings()  # keep the readings fresh: stale ones count as unknown
            commander.readings = source
        for p in PROMPTS:
            c0, t0 = cpu(), clock()
            doc = await commander.run(p, dry_run=True)
            ms = (clock() - t0) / 1e6
            cpu_ms.append((cpu() - c0) / 1e6)
            all_ms.append(ms)
            per_type[doc["classification"]["type"]].append(ms)
            moved += bool(doc["thermal"]["moved"])
    await commander.aclose()

    print(f"Commander(config, bus, readings) construction: {build_ms:.2f} ms; first run (cold): {first_ms:.2f} ms")
    print(f"plan of the first prompt: {[(u['role'], u['node']) for u in first['plan']]}, thermal {first['thermal']['level']}, moved {first['thermal']['moved']}")
    print(f"{len(PROMPTS)} prompts x {n} rounds; {moved} of {len(all_ms)} runs moved a unit off a hot node")
    print()
    print(f"Commander.run(dry_run=True), wall:    {summary(all_ms)}")
    print(f"Commander.run(dry_run=True), CPU time: {summary(cpu_ms)}")
    print("    (CPU time of this thread excludes the time other processes had the core: a wall p99 far above")
    print("     the CPU p99 is preemption on the shared machine, not the pipeline)")
    for t, values in sorted(per_type.items()):
        print(f"    {t:<8} median {statistics.median(values):.3f} ms")
    print(f"target median < 5 ms: {verdict(statistics.median(all_ms) < 5.0)}")
    print(f"events per run: {sum(events.values()) / (len(all_ms) + 1 + len(PROMPTS) * 5):.1f}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        isolate_config(Path(tmp))
        header("pipeline overhead: Commander.run(prompt, dry_run=True), in-process")
        asyncio.run(run(repeat(500)))


if __name__ == "__main__":
    main()
