"""`jarvis-tui --match "TEXT" [--json]`: what the voice matcher decides for
a transcript, without running anything.

Human output: one line with the decision, one with the action it would run.
`--json` prints DESIGN.md's document: {"command", "slots", "score",
"decision"} and more fields (stage, reason, action, alternative, handoff).
Exit codes: 0 a decision was made (a reject is a decision), 2 usage or an
unusable catalogue.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

EXIT_OK, EXIT_USAGE = 0, 2


def run(args: argparse.Namespace, config: Any) -> int:
    """Match `args.match` against the configured catalogue and print the decision."""
    from jarvis_tui.core.voice.catalogue import CatalogueError
    from jarvis_tui.core.voice.matcher_load import matcher_from_config

    text: str = args.match
    if not text.strip():
        sys.stderr.write("jarvis-tui: --match needs a non-empty TEXT\n")
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        matcher = matcher_from_config(config.voice)
    except CatalogueError as exc:
        sys.stderr.write(f"jarvis-tui: {exc}\n")
        return EXIT_USAGE
    loaded = time.perf_counter()
    decision = matcher.match(text)
    match_ms = (time.perf_counter() - loaded) * 1000
    if args.json:
        doc = {**decision.to_json(), "ms": round(match_ms, 3), "load_ms": round((loaded - started) * 1000, 1)}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return EXIT_OK
    sys.stdout.write(decision.summary() + "\n")
    if decision.action is not None:
        verb = "would run" if decision.decision == "run" else "would ask, then run"
        if decision.action["kind"] == "cockpit":
            sys.stdout.write(f"  {verb} the cockpit action {decision.action['name']}\n")
        else:
            args_text = ", ".join(f"{k}={v!r}" for k, v in decision.action["args"].items())
            sys.stdout.write(f"  {verb} the tool {decision.action['name']}({args_text})\n")
    return EXIT_OK
