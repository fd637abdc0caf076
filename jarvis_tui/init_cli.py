"""`jarvis-tui --init [--scan HOST,...] [--yes] [--json]`: find the LLM
servers on this machine and on the hosts named, show the config they make,
and write it to the user config path after asking (`--yes`: without).

Exit codes: 0 a config was proposed (written, or declined), 1 no server with
a model answered (nothing written), 2 a bad `--scan` value. With `--json`,
stdout carries one document (docs/json.md) and everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jarvis_tui.core.cluster.discover import DEFAULT_EXPORTER_PORTS, DEFAULT_SERVER_PORTS, discover, parse_targets
from jarvis_tui.core.cluster.init_config import nothing_found, render, summary, write_config
from jarvis_tui.core.config import Config, ConfigError, user_config_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _confirm(path: Path) -> bool:
    """Ask on the terminal; anything but yes is no."""
    exists = " (the current file is kept as a .bak copy)" if path.exists() else ""
    sys.stderr.write(f"Write it to {path}{exists}? [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def run(
    args: argparse.Namespace,
    config: Config | None = None,
    *,
    server_ports: Sequence[int] = DEFAULT_SERVER_PORTS,
    exporter_ports: Sequence[int] = DEFAULT_EXPORTER_PORTS,
) -> int:
    """Scan, show, write. `config` is unused: a broken config must not stop
    `--init` from replacing it. Tests inject ports; users get the defaults."""
    del config
    try:
        targets = parse_targets(args.scan)
    except ValueError as exc:
        _say(f"jarvis-tui: {exc}")
        return EXIT_USAGE
    path = Path(args.config).expanduser() if args.config else user_config_path()
    named = ", ".join(t.host + (f":{t.port}" if t.port else "") for t in targets)
    _say(f"jarvis-tui: looking for LLM servers and GPU exporters on this machine{' and ' + named if named else ''}…")
    discovery = asyncio.run(discover(targets, server_ports=server_ports, exporter_ports=exporter_ports))
    proposal = render(discovery)
    doc: dict[str, Any] = {
        **discovery.to_json(),
        "nodes": [n.to_json() for n in proposal.nodes],
        "path": str(path),
        "config": proposal.text or None,
        "written": False,
        "backup": None,
    }
    report = sys.stderr if args.json else sys.stdout
    report.write("\n".join(summary(discovery, proposal)) + "\n")
    if not proposal.nodes:
        _say("\n".join(nothing_found(discovery)))
        return _finish(args, doc, EXIT_FAILED)
    report.write(f"\nThe config for {path}:\n\n{proposal.text}\n")
    if not args.yes:
        if not sys.stdin.isatty():
            _say("jarvis-tui: not written: run again with --yes to write it without asking.")
            return _finish(args, doc, EXIT_OK)
        if not _confirm(path):
            _say("jarvis-tui: not written.")
            return _finish(args, doc, EXIT_OK)
    try:
        written = write_config(path, proposal.text)
    except ConfigError as exc:  # a bug here, not the user's: say so, write nothing
        _say(f"jarvis-tui: the proposed config does not load, so nothing was written ({exc}); please report it")
        return _finish(args, doc, EXIT_FAILED)
    except OSError as exc:
        _say(f"jarvis-tui: cannot write {path}: {exc.strerror or exc}")
        return _finish(args, doc, EXIT_FAILED)
    doc.update(written=True, backup=str(written.backup) if written.backup else None)
    if written.backup:
        _say(f"jarvis-tui: the previous config is kept as {written.backup}")
    _say(f"jarvis-tui: wrote {path}. Check it with: jarvis-tui -s")
    if (env := os.environ.get("JARVIS_CONFIG")) and not args.config and Path(env).expanduser() != path:
        _say(f"jarvis-tui: note: $JARVIS_CONFIG is set, so jarvis-tui reads {env}, not this file, until you unset it")
    return _finish(args, doc, EXIT_OK)


def _finish(args: argparse.Namespace, doc: dict[str, Any], code: int) -> int:
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=True) + "\n")
        sys.stdout.flush()
    return code
