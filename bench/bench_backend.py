"""Per-request cost of the backend layer, against one loopback
OpenAI-compatible server (tests/servers/llm.py, in a child process so that it
does not share this interpreter's GIL) answering a 20-token reply at once.

Clients, each with one client object kept for the whole run (connections
may be reused), timed per request:
  httpx2        plain POST (non-streaming) and plain SSE stream read to the end;
                diagnostic: the same stream left at `data: [DONE]`, as ours does
  ours          OpenAIBackend.stream_chat joined; NodePool.complete (the same
                plus the pool's error mapping) -- jarvis-tui only streams
  openai SDK    AsyncOpenAI, non-streaming and streaming (skipped if absent)
  LiteLLM       Router.acompletion, non-streaming and streaming (skipped if absent)
After WARMUP requests each, the variants take turns in rounds of 50 so that
the machine's background load falls on all of them alike; median and p99
of REPEAT requests per variant. Also: import time of each client (a fresh
interpreter, median of 3) and the TCP connections each variant opened.
Target: ours <= 1.5 x plain httpx2 (the issue: httpx2 1.6 / 4.2 ms,
openai SDK 3.0 / 7.7 ms, LiteLLM Router 8.3 / 26 ms and a 3 s import).

The openai SDK and LiteLLM are not project dependencies; for all variants:
    python3 -m venv /tmp/benchvenv
    /tmp/benchvenv/bin/pip install --find-links ~/.cache/jarvis-tui/wheels -e . openai litellm starlette uvicorn
    /tmp/benchvenv/bin/python bench/bench_backend.py
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Self

from _common import ROOT, LoopbackConnections, header, percentile, repeat, verdict

REPLY = " ".join(f"word{i}" for i in range(20))  # 20 tokens: the server streams one chunk per word
MESSAGES = [{"role": "user", "content": "Say twenty words."}]
MODEL = "test-model"
WARMUP = 30
ROUND = 50
# LiteLLM fetches its model price list from the internet at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def serve() -> None:
    """Child process: run the loopback server, print its URL, answer 'count' with accepted connections."""
    loopback = LoopbackConnections().install()
    from tests.servers.llm import OpenAINode

    node = OpenAINode(name="bench", reply=REPLY, models=[MODEL]).start()
    print(node.url, flush=True)
    for line in sys.stdin:
        if line.strip() == "count":
            print(loopback.accepted, flush=True)
    node.stop()


class Server:
    def __enter__(self) -> Self:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http"):
            raise SystemExit("the loopback server did not start")
        return self

    def accepted(self) -> int:
        self.proc.stdin.write("count\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def __exit__(self, *exc: object) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def variants(url: str) -> tuple[dict, list[str], list]:
    """name -> async callable returning the reply text; notes on skipped ones; closers."""
    import httpx2

    from jarvis_tui.core.backends.openai import OpenAIBackend
    from jarvis_tui.core.cluster.nodes import NodePool
    from jarvis_tui.core.config import Config, NodeConfig

    found: dict = {}
    notes: list[str] = []
    closers: list = []
    v1 = url + "/v1"

    client = httpx2.AsyncClient(base_url=v1 + "/", trust_env=False, timeout=30)
    closers.append(client.aclose)

    async def httpx2_post() -> str:
        r = await client.post("chat/completions", json={"model": MODEL, "messages": MESSAGES})
        return r.json()["choices"][0]["message"]["content"]

    async def httpx2_stream() -> str:
        parts = []
        async with client.stream("POST", "chat/completions", json={"model": MODEL, "messages": MESSAGES, "stream": True}) as r:
            async for line in r.aiter_lines():
                if line.startswith("data:") and (payload := line[5:].strip()) != "[DONE]":
                    for choice in json.loads(payload)["choices"]:
                        if text := choice["delta"].get("content"):
                            parts.append(text)
        return "".join(parts)

    async def httpx2_stream_stop_at_done() -> str:
        # Diagnostic: what OpenAIBackend does, leaving the stream at [DONE] before its end.
        parts = []
        async with client.stream("POST", "chat/completions", json={"model": MODEL, "messages": MESSAGES, "stream": True}) as r:
            async for line in r.aiter_lines():
                if line.startswith("data:"):
                    if (payload := line[5:].strip()) == "[DONE]":
                        break
                    for choice in json.loads(payload)["choices"]:
                        if text := choice["delta"].get("content"):
                            parts.append(text)
        return "".join(parts)

    found["httpx2 non-streaming"] = httpx2_post
    found["httpx2 streaming"] = httpx2_stream
    found["httpx2 streaming, left at [DONE]"] = httpx2_stream_stop_at_done

    backend = OpenAIBackend("bench", MODEL, url, connect_s=3.0, read_s=30.0)
    closers.append(backend.aclose)

    async def ours_stream() -> str:
        return "".join([piece async for piece in backend.stream_chat(MESSAGES)])

    config = Config(nodes=[NodeConfig(name="B1", kind="openai", url=url, model=MODEL)], embedded={"enabled": False})
    pool = NodePool(config)
    closers.append(pool.aclose)

    async def ours_complete() -> str:
        return await pool.complete("B1", MESSAGES)

    found["ours OpenAIBackend.stream_chat"] = ours_stream
    found["ours NodePool.complete"] = ours_complete

    if importlib.util.find_spec("openai") is None:
        notes.append("openai SDK: not importable here, skipped (see the docstring for the venv that has it)")
    else:
        import openai

        sdk = openai.AsyncOpenAI(base_url=v1, api_key="bench", max_retries=0)
        closers.append(sdk.close)

        async def sdk_post() -> str:
            r = await sdk.chat.completions.create(model=MODEL, messages=MESSAGES)
            return r.choices[0].message.content

        async def sdk_stream() -> str:
            parts = []
            stream = await sdk.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
            async for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta.content:
                        parts.append(choice.delta.content)
            return "".join(parts)

        found[f"openai SDK {openai.__version__} non-streaming"] = sdk_post
        found[f"openai SDK {openai.__version__} streaming"] = sdk_stream

    if importlib.util.find_spec("litellm") is None:
        notes.append("LiteLLM: not importable here, skipped (see the docstring for the venv that has it)")
    else:
        import litellm
        from litellm import Router

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        version = getattr(litellm, "version", None) or _dist_version("litellm")
        router = Router(
            model_list=[{"model_name": "bench", "litellm_params": {"model": f"openai/{MODEL}", "api_base": v1, "api_key": "bench"}}],
            num_retries=0,
        )

        async def router_post() -> str:
            r = await router.acompletion(model="bench", messages=MESSAGES)
            return r.choices[0].message.content

        async def router_stream() -> str:
            parts = []
            stream = await router.acompletion(model="bench", messages=MESSAGES, stream=True)
            async for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta.content:
                        parts.append(choice.delta.content)
            return "".join(parts)

        found[f"LiteLLM {version} Router non-streaming"] = router_post
        found[f"LiteLLM {version} Router streaming"] = router_stream
    return found, notes, closers


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


async def measure(server: Server, n: int) -> dict[str, tuple[list[float], int]]:
    found, notes, closers = variants(server.url)
    for note in notes:
        print(f"NOTE: {note}")
    samples: dict[str, list[float]] = {name: [] for name in found}
    connections = dict.fromkeys(found, 0)
    try:
        for name, call in found.items():
            for _ in range(WARMUP):
                text = await call()
            assert text == REPLY, (name, text)
        clock = time.perf_counter_ns
        done = 0
        while done < n:
            batch = min(ROUND, n - done)
            for name, call in found.items():
                before = server.accepted()
                for _ in range(batch):
                    t0 = clock()
                    await call()
                    samples[name].append((clock() - t0) / 1e6)
                connections[name] += server.accepted() - before
            done += batch
    finally:
        for close in closers:
            await close()
    return {name: (samples[name], connections[name]) for name in found}


def import_time(statement: str) -> float | None:
    """Seconds to run `statement` in a fresh interpreter, beyond bare start-up; median of 3."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = []
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=False)
        if proc.returncode != 0:
            return None
        times.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def main() -> None:
    n = repeat(300)
    header(f"backend layer: per-request cost, 20-token reply, loopback server, {n} requests per variant")
    with Server() as server:
        print(f"server: {server.url} (child process)\n")
        results = asyncio.run(measure(server, n))

    print(f"{'client':<44}{'median ms':>10}{'p99 ms':>9}{'x httpx2':>10}{'TCP conns':>11}")
    base = {
        "non-streaming": statistics.median(results["httpx2 non-streaming"][0]),
        "streaming": statistics.median(results["httpx2 streaming"][0]),
    }
    for name, (values, conns) in results.items():
        mode = "non-streaming" if "non-streaming" in name else "streaming"
        med = statistics.median(values)
        print(f"{name:<44}{med:>10.2f}{percentile(values, 99):>9.2f}{med / base[mode]:>9.2f}x{conns:>11}")
    ours = statistics.median(results["ours OpenAIBackend.stream_chat"][0]) / base["streaming"]
    print(f"\nours (stream_chat) / plain httpx2 streaming = {ours:.2f}; target <= 1.5: {verdict(ours <= 1.5)}")
    print("('ours NodePool.complete' is compared with httpx2 streaming too: it streams and joins)")
    print("TCP conns: connections the server accepted during the timed requests; one per request means the")
    print("client could not put the connection back in its pool (a response left before its end is closed).")

    print("\nimport time in a fresh interpreter (median of 3, beyond interpreter start-up):")
    for label, statement, module in (
        ("httpx2", "import httpx2", "httpx2"),
        ("ours: jarvis_tui.core.backends.openai", "import jarvis_tui.core.backends.openai", "jarvis_tui"),
        ("openai SDK", "import openai", "openai"),
        ("LiteLLM: from litellm import Router", "from litellm import Router", "litellm"),
    ):
        if importlib.util.find_spec(module) is None:
            print(f"    {label:<40} skipped (not importable)")
            continue
        t = import_time(statement)
        print(f"    {label:<40} {'failed' if t is None else f'{t * 1000:.0f} ms'}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main()
