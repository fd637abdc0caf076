"""`jarvis-tui --export-finetune PATH [--min-score 0.8] [--json]`: the
best-scored answers of the history as a JSONL file a QLoRA trainer reads.
Counts go to stderr (with --json, one JSON document on stdout)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from jarvis_tui.core.brain.export import export_finetune
from jarvis_tui.core.config import Config
from jarvis_tui.core.store import Store, StoreError, db_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_MIN_SCORE = 0.8


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"jarvis-tui: {message}\n")
    return code


async def _run(args: argparse.Namespace, config: Config) -> int:
    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    if not 0.0 <= min_score <= 1.0:
        return _fail(f"--min-score must be between 0 and 1 (got {min_score:g})", EXIT_USAGE)
    target = Path(args.export_finetune).expanduser()
    if target.is_dir():
        return _fail(f"{target} is a folder; give the path of the .jsonl file to write", EXIT_USAGE)
    source = db_path(config.store.path)
    if not source.is_file():
        return _fail(f"no history to export: there is no database at {source}", EXIT_FAILED)
    try:
        store = await Store.open(source)
    except StoreError as exc:
        return _fail(str(exc), EXIT_FAILED)
    try:
        report = await export_finetune(store, config, target, min_score=min_score)
    except OSError as exc:
        return _fail(f"cannot write {target}: {exc}", EXIT_USAGE)
    finally:
        await store.close()
    sys.stderr.write(
        f"jarvis-tui: wrote {report.examples} examples to {report.path}"
        f" ({report.below_min_score} below --min-score {min_score:g}, {report.unjudged} not judged by the checker,"
        f" {report.tool_messages} tool outputs)\n"
    )
    if args.json:
        sys.stdout.write(json.dumps({**report.to_json(), "min_score": min_score}) + "\n")
    return EXIT_OK


def run(args: argparse.Namespace, config: Config) -> int:
    """Export; 0 done, 1 nothing could be read, 2 a bad argument or an unwritable path."""
    return asyncio.run(_run(args, config))
