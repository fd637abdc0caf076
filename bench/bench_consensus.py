"""`consensus` over three loopback OpenAI-compatible nodes that answer after
300, 500 and 800 ms: the tool asks them in parallel, so its wall time should
be the slowest node's plus the merge. Timed over RUNS calls after a warm-up,
through `Toolbox.call` (validation, permission decision and audit included),
against the slowest node's own latency inside the same call and against the
slowest node asked alone.

Target: consensus wall time / slowest node's time <= 1.10.

    .venv/bin/python bench/bench_consensus.py
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

from tests.servers.llm import OpenAINode  # noqa: E402

ANSWER = "Paris is the capital of France, and it has been for a very long time."
RUNS = repeat(10)


async def main() -> None:
    from jarvis_tui.core.config import (
        EmbeddedConfig,
        NodeConfig,
        ToolsConfig,
        load_config,
    )
    from jarvis_tui.core.store import Store
    from jarvis_tui.core.tools import Caller, Policy, Toolbox

    header("consensus over 3 nodes (300 / 500 / 800 ms): wall time vs the slowest node")
    nodes = {name: OpenAINode(name=name, reply=ANSWER, first_token_delay_s=delay, models=[f"model-{name}"]).start() for name, delay in DELAYS.items()}
    try:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            isolate_config(tmp)
            configs = [NodeConfig(name=n, kind="openai", url=node.url, model=f"model-{n}", timeout_s=30) for n, node in nodes.items()]
            config = load_config().model_copy(update={"nodes": configs, "embedded": EmbeddedConfig(enabled=False), "tools": ToolsConfig()})
            store = await Store.open(tmp / "jarvis.db")
            box = Toolbox(config, policy=Policy(config.tools), audit=store)
            caller = Caller("user")
            arguments = {"prompt": "What is the capital of France?", "nodes": list(DELAYS)}
            await box.call("consensus", arguments, caller=caller)  # warm-up: connections, jsonschema
            walls, inside, ratios = [], [], []
            for _ in range(RUNS):
                start = time.perf_counter()
                result = await box.call("consensus", arguments, caller=caller)
                wall = (time.perf_counter() - start) * 1000
                assert result.ok and result.data["agreement"] == 1.0, result.error
                walls.append(wall)
                inside.append(result.data["slowest_ms"])
                ratios.append(wall / result.data["slowest_ms"])
            alone = []
            for _ in range(RUNS):
                start = time.perf_counter()
                await box.call("lm_query", {"prompt": arguments["prompt"], "node": "N3"}, caller=caller)
                alone.append((time.perf_counter() - start) * 1000)
            await box.aclose()
            await store.close()
    finally:
        for node in nodes.values():
            node.stop()
    ratio = statistics.median(ratios)
    ratio_alone = statistics.median(walls) / statistics.median(alone)
    print(f"consensus wall time (Toolbox.call):     {summary(walls, digits=1)}")
    print(f"slowest node inside the same call:      {summary(inside, digits=1)}")
    print(f"slowest node (N3) asked alone, lm_query: {summary(alone, digits=1)}")
    print(f"wall / slowest node inside the call: median {ratio:.3f} (max {max(ratios):.3f})")
    print(f"median wall / median N3 alone:       {ratio_alone:.3f}")
    print(f"target <= 1.10: {verdict(ratio <= 1.10 and ratio_alone <= 1.10)}")
    print(LOOPBACK.describe())


if __name__ == "__main__":
    asyncio.run(main())
