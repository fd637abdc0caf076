"""The brain inside the pipeline: recorded outcomes reorder the next plans.
With the coder's routed node (M2) scored low by the checker, code requests
move to the fallback (M3) once the brain has seen enough, and the plan says
why; a fresh install plans exactly as the matrix says."""

from __future__ import annotations

import json
from typing import Any

from jarvis_tui.core.runtime import Runtime, load_checked_config

PROMPT = "écris une fonction python qui inverse une liste"


def low_for_m2(body: dict[str, Any]) -> str:
    judged = body["messages"][-1]["content"]
    return json.dumps({"score": 0.2 if "M2 did" in judged else 0.95, "reason": "checked"})


async def test_low_scores_move_the_coder_and_the_plan_says_why(make_cluster, tmp_path) -> None:
    cluster = make_cluster(score=low_for_m2, extra='max_cycles = 0\nsynthesis = "concat"\n\n[brain]\nseed = 7\nexploration = 0.0\n')
    config = load_checked_config(cluster.config_path)
    async with Runtime(config, monitor="off", services=("brain",), db_path=tmp_path / "history.db") as runtime:
        assert runtime.brain is not None
        first = await runtime.ask(PROMPT)
        assert first["plan"][0]["node"] == "M2" and "note" not in first["plan"][0]  # the matrix's order, with no history
        plans = [first["plan"]]
        for _ in range(12):
            doc = await runtime.ask(PROMPT)
            plans.append(doc["plan"])
            if doc["plan"][0]["node"] == "M3":
                break
        coder = plans[-1][0]
        assert coder["node"] == "M3", [p[0]["node"] for p in plans]
        assert coder["note"].startswith("brain: M3 first instead of the matrix's M2")
        status = runtime.brain.table_status("code", "coder")
        assert status.order[0] == "M3" and "M2 scored" in status.why and "M3 scored 0.95" in status.why
