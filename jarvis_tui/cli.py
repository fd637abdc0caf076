"""The `jarvis-tui` command line (DESIGN.md's contract).

Exit codes: 0 done; 1 the request failed (no node could answer); 2 usage or
configuration error. With `--json`, stdout carries exactly one JSON document
and progress goes to stderr. Imports are deferred to the branch that needs
them: a dry run must start in a fraction of a second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jarvis-tui",
        description="A terminal cockpit that orchestrates a personal cluster of LLM servers.",
        epilog="Exit codes: 0 done, 1 the request failed (no node could answer), 2 usage or configuration error.",
    )
    modes = p.add_mutually_exclusive_group()
    actions = p.add_mutually_exclusive_group()
    modes.add_argument("-i", "--interactive", dest="mode", action="store_const", const="commander", help="full-screen cockpit, interactive commander (the default)")
    modes.add_argument("-c", "--commander", dest="mode", action="store_const", const="commander", help="cockpit in commander mode")
    modes.add_argument("-v", "--voice", dest="mode", action="store_const", const="voice", help="cockpit in voice mode: Ctrl+T (or \"hey jarvis\" with [voice] wake_word) to speak; answers are spoken")
    modes.add_argument("-k", "--keyboard", dest="mode", action="store_const", const="keyboard", help="cockpit in keyboard + speech mode: typed requests, spoken answers")
    modes.add_argument("-o", "--ollama", dest="mode", action="store_const", const="ollama", help="cockpit with an Ollama model as commander (with --oneshot: that request)")
    actions.add_argument("-s", "--status", action="store_true", help="cluster status: nodes, models, latency, GPU temperatures")
    actions.add_argument("--oneshot", metavar="PROMPT", help="serve one request headless and exit ('-' reads the prompt from stdin)")
    actions.add_argument("--transcribe", metavar="FILE.wav", help="speech to text of a WAV file (the [voice] model and language)")
    actions.add_argument("--match", metavar="TEXT", help="voice command matching: what a spoken TEXT would run (run, confirm or reject); nothing is run")
    actions.add_argument("--backtest", metavar="PAIR", help="backtest a trading pair against random entries and buy-and-hold (with --from, --to, optionally --data)")
    actions.add_argument("--scenarios", action="store_true", help="run the validation scenarios against the configured cluster")
    actions.add_argument("--export-finetune", metavar="PATH", help="write the best-scored answers as chat JSONL for fine-tuning")
    actions.add_argument("--init", action="store_true", help="find the LLM servers on this machine (and --scan hosts), show the config they make, write it")
    actions.add_argument("--skill", metavar="NAME", help="run one of your skills headless (with --param KEY=VALUE for its parameters; act steps need --yes or [tools] allow)")
    actions.add_argument("--skills", action="store_true", help="list your skills: name, parameters, steps, trigger phrases")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="with --skill: a value for one of its parameters (repeat for each)")
    p.add_argument("--scan", metavar="HOST,...", help="with --init: also probe these hosts (HOST, HOST:PORT); nothing else is contacted")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="backtest start (with --backtest)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="backtest end (with --backtest)")
    p.add_argument("--data", metavar="FILE.csv", help="with --backtest: candles from this CSV (timestamp,open,high,low,close,volume; ms)")
    p.add_argument("--min-score", type=float, metavar="SCORE", help="with --export-finetune: the lowest checker score exported (default 0.8)")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout; progress goes to stderr")
    p.add_argument("--dry-run", action="store_true", help="with --oneshot: classify and plan, call no node")
    p.add_argument("--config", metavar="PATH", help="use this config file instead of the lookup order")
    p.add_argument("--no-store", action="store_true", help="do not record the request in the database")
    p.add_argument("--yes", action="store_true", help="headless: run act and danger tools without asking (danger tools still need [tools] danger_enabled); with --init: write without asking")
    return p


def _fail(message: str, code: int) -> int:
    from jarvis_tui.core.text import printable

    sys.stderr.write(f"jarvis-tui: {printable(message)}\n")
    return code


def _emit_json(doc: dict[str, Any]) -> None:
    from jarvis_tui.core.secrets import redact_json
    from jarvis_tui.core.utf8 import valid_utf8_json

    # Leaves are masked before dumping: JSON escapes would hide a secret from the stream's mask.
    sys.stdout.write(json.dumps(valid_utf8_json(redact_json(doc)), ensure_ascii=True) + "\n")
    sys.stdout.flush()


def _masked_streams() -> Callable[[], None]:
    """Until the returned function is called, nothing printed carries a secret
    (see core/secrets.py): stdout, stderr and the log handler are masked."""
    from jarvis_tui.core.secrets import RedactingStream

    out, err = sys.stdout, sys.stderr
    masked_out, masked_err = RedactingStream(out), RedactingStream(err)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.StreamHandler) and h.stream is err]
    sys.stdout, sys.stderr = masked_out, masked_err
    for handler in handlers:
        handler.setStream(masked_err)

    def restore() -> None:
        masked_out.close()  # writes what was held back
        masked_err.close()
        sys.stdout, sys.stderr = out, err
        for handler in handlers:
            handler.setStream(err)

    return restore


async def _oneshot(args: argparse.Namespace, config: Any) -> int:
    from jarvis_tui.core.orchestra.commander import Mode, PromptError
    from jarvis_tui.core.runtime import Runtime
    from jarvis_tui.core.tools import Policy
    from jarvis_tui.printer import Printer

    prompt = sys.stdin.buffer.read().decode("utf-8", "surrogateescape") if args.oneshot == "-" else args.oneshot
    # A dry run plans only: no store, no subsystem. A request may call the brain's, the skills' and the trading tools.
    services = () if args.dry_run else ("brain", "skills", "trading")
    runtime = Runtime(config, monitor="gpus", record=not (args.dry_run or args.no_store), policy=Policy(config.tools, assume_yes=args.yes), services=services)
    runtime.bus.subscribe(Printer(sys.stdout, sys.stderr, stream_answer=not args.json))
    # The commander is Claude with its key, the -o mode's Ollama model, or else the local pipeline.
    mode: Mode = "ollama" if args.mode == "ollama" else "auto"
    async with runtime:
        if runtime.store_error:
            sys.stderr.write(f"jarvis-tui: warning: not recording this request: {runtime.store_error}\n")
        try:
            doc = await runtime.ask(prompt, mode=mode, source="oneshot", dry_run=args.dry_run)
        except PromptError as exc:
            return _fail(str(exc), EXIT_USAGE)
    if args.json:
        if args.dry_run:
            doc = {k: doc[k] for k in ("prompt", "classification", "thermal", "plan", "elapsed_ms", "request_id")}
        _emit_json(doc)
    elif args.dry_run:
        sys.stdout.write("(dry run: no node was called)\n")
    if doc.get("status") == "failed":
        return _fail(f"the request failed: {doc['error']}", EXIT_FAILED)
    return EXIT_OK


def _status_table(doc: dict[str, Any], off: frozenset[str] = frozenset()) -> str:
    """The `-s` table. `off` names the nodes that are not in use (disabled,
    key missing): they read "off", as in the cockpit, not "down"."""

    def num(value: float | None, unit: str, digits: int = 0) -> str:
        return "?" if value is None else f"{value:.{digits}f}{unit}"

    rows = [f"{'NODE':<9} {'KIND':<9} {'STATE':<14} {'LATENCY':>9} {'IN FLIGHT':>9}  {'THERMAL':<9} MODELS"]
    for n in doc["nodes"]:
        state = "off" if n["name"] in off else "up" if n["reachable"] else "down"
        if n["reachable"] and n["cooldown_s"]:
            state += f", cool {n['cooldown_s']:.0f}s"
        latency = f"{n['latency_ms']:.0f} ms" if n["latency_ms"] is not None else "-"
        models = ", ".join(f"{m}*" if m in n["loaded"] else m for m in n["models"]) or "-"
        rows.append(f"{n['name']:<9} {n['kind']:<9} {state:<14} {latency:>9} {n['in_flight']:>9}  {n['thermal']:<9} {models}")
        if n["error"] and not n["reachable"]:
            rows.append(f"{'':<9} {n['error']}")
        for g in n["gpus"]:
            memory = f"{num(g['memory_used_mb'], '')}/{num(g['memory_total_mb'], ' MiB')}"
            fan = "" if g["fan_pct"] is None else f", fan {g['fan_pct']:.0f} %"
            rows.append(
                f"{'':<9} GPU{g['index']} {g['name'] or '?'}: {num(g['temperature_c'], ' °C')}, "
                f"{num(g['utilisation_pct'], ' %')}, {memory}, {num(g['power_w'], ' W')}{fan}"
            )
        gpu = n["gpu"]
        if gpu is not None and gpu["stale"]:
            rows.append(f"{'':<9} GPU data is {gpu['age_s']:.0f} s old: temperature unknown ({gpu['error'] or 'no fresh reading'})")
        elif gpu is not None and not n["gpus"]:
            rows.append(f"{'':<9} no GPU data ({gpu['error'] or 'no reading yet'})")
    thermal = doc["thermal"]
    hottest = "no GPU data" if thermal["max_c"] is None else f"hottest {thermal['max_c']:.0f} °C"
    legend = "; * = loaded" if any(n["loaded"] for n in doc["nodes"]) else ""
    rows.append(f"\ncluster thermal level: {thermal['level']} ({hottest}){legend}")
    return "\n".join(rows)


async def _status(args: argparse.Namespace, config: Any) -> int:
    from jarvis_tui.core.cluster.status import report
    from jarvis_tui.core.runtime import Runtime

    async with Runtime(config, monitor="gpus", record=False) as runtime:
        assert runtime.monitor is not None
        await runtime.monitor.poll_once()
        doc = report(runtime.monitor)
        off = frozenset(n["name"] for n in doc["nodes"] if runtime.monitor.why_unusable(n["name"]))
    if args.json:
        _emit_json(doc)
    else:
        from jarvis_tui.core.text import printable

        # Model names and errors come from the nodes: no escape sequence reaches the terminal.
        sys.stdout.write(printable(_status_table(doc, off)) + "\n")
    if config.source == "built-in defaults":
        sys.stderr.write("jarvis-tui: no config file, so these are the built-in example nodes: `jarvis-tui --init` finds your servers\n")
    configured = {n.name for n in config.nodes if n.available}
    down = [n["name"] for n in doc["nodes"] if n["name"] in configured and not n["reachable"]]
    return EXIT_FAILED if down else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="jarvis-tui: %(levelname)s: %(message)s", stream=sys.stderr)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    if args.data and args.backtest is None:
        return _fail("--data goes with --backtest", EXIT_USAGE)
    if args.dry_run and args.oneshot is None:
        return _fail("--dry-run goes with --oneshot", EXIT_USAGE)
    if args.min_score is not None and args.export_finetune is None:
        return _fail("--min-score goes with --export-finetune", EXIT_USAGE)
    if args.scan is not None and not args.init:
        return _fail("--scan goes with --init", EXIT_USAGE)
    if args.param and args.skill is None:
        return _fail("--param goes with --skill", EXIT_USAGE)

    from jarvis_tui.core.config import ConfigError
    from jarvis_tui.core.runtime import load_checked_config

    try:
        # --init loads none: it is how a missing or broken config gets replaced.
        config = None if args.init else load_checked_config(args.config)
    except ConfigError as exc:
        return _fail(str(exc), EXIT_USAGE)
    restore = _masked_streams() if args.oneshot is not None or args.status or args.skill is not None else None
    try:
        if config is None:
            from jarvis_tui.init_cli import run as run_init

            return run_init(args, None)
        if args.match is not None:
            from jarvis_tui import match_cli

            return match_cli.run(args, config)
        if args.oneshot is not None:
            return asyncio.run(_oneshot(args, config))
        if args.status:
            return asyncio.run(_status(args, config))
        if args.transcribe is not None:
            from jarvis_tui import transcribe_cli

            return transcribe_cli.run(args, config)
        if args.backtest is not None:
            from jarvis_tui import backtest_cli

            return backtest_cli.run(args, config)
        if args.scenarios:
            from jarvis_tui import scenarios_cli

            return scenarios_cli.run(args, config)
        if args.export_finetune is not None:
            from jarvis_tui import export_cli

            return export_cli.run(args, config)
        if args.skill is not None or args.skills:
            from jarvis_tui import skills_cli

            return skills_cli.run(args, config)
        from jarvis_tui.app import run_app

        return run_app(config, mode=args.mode or "commander")
    except ConfigError as exc:  # found once the services are built (e.g. a tool name)
        return _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # the last line of defence: a message, never a traceback
        logging.getLogger("jarvis_tui").debug("internal error", exc_info=True)
        return _fail(f"internal error: {type(exc).__name__}: {exc} (please report it)", EXIT_FAILED)
    finally:
        if restore is not None:
            restore()


if __name__ == "__main__":
    sys.exit(main())
