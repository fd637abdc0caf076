"""Parallel dispatch: three independent units on three loopback
OpenAI-compatible nodes that answer after 300, 500 and 800 ms.

What `Commander.run` really does for such a request (no dry run):
classification (heuristic + the classifier node), decomposition, then per
unit: stream the answer from its node, THEN ask the checker node for a score
(always, whatever quality_threshold says; max_cycles = 0 only forbids a
re-dispatch). So a unit costs its node's time plus one checker call, and the
request costs the slowest unit.

Scenarios, each `Commander.run` timed over RUNS runs after one warm-up run
(one Commander and its connections kept across runs, as in the cockpit):
  A  parallel (max_parallel 4), checker and classifier on CHK, a 4th node
     that answers at once: measures the dispatcher alone.
  B  the same with max_parallel = 1: the sequential baseline.
  C  parallel, checker on N1 (300 ms, like every request to N1): what a
     cluster whose checker is a real model pays.
Target: A / slowest node <= 1.10 (the seed: 2.2 s parallel vs 3.7 s sequential).

    .venv/bin/python bench/bench_parallel.py
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from _common import (
    NODE_DELAYS as DELAYS,
)
from _common import (
    LoopbackConnections,
    header,
    isolate_config,
    repeat,
    summary,
    verdict,
)

LOOPBACK = LoopbackConnections().install()

from tests.servers.llm import OpenAINode  # noqa: E402 - after the loopback patch it measures

ANSWER = "Paris is the capital of France, and it has been for a very long time now, said the node."
PROMPT = "what is the capital of France?"


def reply(body: dict) -> str:
    system = next((m.get("content", "") for m in body.get("messages", []) if m.get("role") == "system"), "")
    if "quality checker" in system:
        return '{"score": 0.9, "reason": "correct"}'
    if system.startswith("Classify the user's request"):
        return "simple"
    return ANSWER


def write_config(path: Path, nodes: dict[str, OpenAINode], *, max_parallel: int, checker: str) -> None:
    lines = []
    for name, node in nodes.items():
        lines += ["[[nodes]]", f'name = "{name}"', 'kind = "openai"', f'url = "{node.url}"', 'model = "test-model"', ""]
    units = ", ".join(f'{{ agent = "", node = "{n}", role = "responder" }}' for n in DELAYS)
    lines += [
        "[embedded]",
        "enabled = false",
        "",
        "[commander]",
        "max_cycles = 0",
        f"max_parallel = {max_parallel}",
        f'checker_node = "{checker}"',
        'classifier_node = "CHK"',
        "fallbacks = []",
        "",
        "[routing]",
        # Every type gets the same three independent units, whatever the classification says.
        *(f"{t} = [{units}]" for t in ("code", "analyse", "trading", "systeme", "web", "simple")),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


async def scenario(label: str, cfg_path: Path, nodes: dict[str, OpenAINode], runs: int) -> list[float]:
    from jarvis_tui.core.config import load_config
    from jarvis_tui.core.events import EventBus
    from jarvis_tui.core.orchestra.commander import Commander

    commander = Commander(load_config(cfg_path), EventBus())
    try:
        doc = await commander.run(PROMPT)  # warm-up: connections opened, backends built
        assert doc["status"] == "ok", doc
        for node in nodes.values():
            node.reset()
        walls = []
        accepted = LOOPBACK.accepted
        for _ in range(runs):
            t0 = time.perf_counter()
            start_mono = time.monotonic()
            doc = await commander.run(PROMPT)
            walls.append(time.perf_counter() - t0)
        accepted = LOOPBACK.accepted - accepted
        arrivals = {
            name: [round((r.time - start_mono) * 1000) for r in node.chat_requests if r.time >= start_mono]
            for name, node in nodes.items()
        }
    finally:
        await commander.aclose()
    units = ", ".join(f"{r['id']}@{r['node']} {r['latency_ms']:.0f} ms score {r['score']} ({r['score_method']})" for r in doc["results"])
    print(f"{label}")
    print(f"    wall: {summary([w * 1000 for w in walls], digits=1)}")
    print(f"    last run: classification {doc['classification']['method']}, cycles {doc['cycles']}; {units}")
    print(f"    last run, chat requests received by each node (ms after run() began): {arrivals}")
    print(f"    peak concurrent chat requests per node: { {n: node.max_in_flight for n, node in nodes.items()} }")
    chats = sum(len(node.chat_requests) for node in nodes.values())
    print(f"    TCP connections opened during the {runs} runs: {accepted} for {chats} chat requests")
    return walls


async def direct_time(node: OpenAINode, n: int = 7) -> float:
    """Plain streamed requests to the slowest node (httpx2, connection reused): the ratio's denominator."""
    import httpx2

    body = {"model": "test-model", "messages": [{"role": "user", "content": PROMPT}], "stream": True}
    async with httpx2.AsyncClient(trust_env=False) as client:
        times = []
        for i in range(n + 1):
            t0 = time.perf_counter()
            async with client.stream("POST", f"{node.url}/v1/chat/completions", json=body) as response:
                async for _ in response.aiter_lines():
                    pass
            if i:  # the first one opens the connection
                times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    runs = repeat(15)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        isolate_config(tmp_path)
        header("parallel dispatch: 3 independent units on nodes answering in 300/500/800 ms")
        nodes = {n: OpenAINode(name=n, reply=reply, first_token_delay_s=d).start() for n, d in DELAYS.items()}
        nodes["CHK"] = OpenAINode(name="CHK", reply=reply).start()
        try:
            slowest = asyncio.run(direct_time(nodes["N3"]))
            print(f"slowest node alone (N3, median of 7 streamed requests, plain httpx2): {slowest * 1000:.1f} ms (nominal 800 ms)\n")
            results = {}
            for key, label, par, checker in (
                ("A", "A  parallel, max_parallel=4, checker on CHK (instant)", 4, "CHK"),
                ("B", "B  sequential, max_parallel=1, checker on CHK (instant)", 1, "CHK"),
                ("C", "C  parallel, max_parallel=4, checker on N1 (300 ms)", 4, "N1"),
            ):
                cfg = tmp_path / f"{key}.toml"
                write_config(cfg, nodes, max_parallel=par, checker=checker)
                results[key] = statistics.median(asyncio.run(scenario(label, cfg, nodes, runs)))
                print()
        finally:
            for node in nodes.values():
                node.stop()
    a, b, c = results["A"], results["B"], results["C"]
    print(f"parallel A:   {a * 1000:.0f} ms median; A / slowest node = {a / slowest:.3f} (vs nominal 0.8 s: {a / 0.8:.3f}); "
          f"target <= 1.10: {verdict(a / slowest <= 1.10)}")
    print(f"sequential B: {b * 1000:.0f} ms median; B / A = {b / a:.2f} (ideal: (0.3+0.5+0.8)/0.8 = 2.00)")
    print(f"checker on N1 C: {c * 1000:.0f} ms median; C / slowest node = {c / slowest:.3f} "
          f"(expected about (0.8 + 0.3) / 0.8 = 1.375: each unit waits for its own checker call)")
    print(f"median of {runs} runs per scenario")


if __name__ == "__main__":
    main()
