"""Tests wait on conditions, never on fixed sleeps: a sleep in a test is
either a poll inside a `while` loop (with its own deadline), or part of a
stand-in's simulated work (a nested function: a slow tool, a slow model), or
marked `# fixed-time: <why>` where time passing is itself what is tested
(a parser's escape delay) or paces a load."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# The loopback servers simulate latency on purpose: that is their job.
SIMULATORS = ("servers", "integration/trading/okx_server.py")


def _sleeps(tree: ast.AST) -> list[tuple[ast.Call, list[ast.AST]]]:
    found: list[tuple[ast.Call, list[ast.AST]]] = []

    def walk(node: ast.AST, parents: list[ast.AST]) -> None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "sleep":
            found.append((node, parents))
        for child in ast.iter_child_nodes(node):
            walk(child, [*parents, node])

    walk(tree, [])
    return found


def test_no_test_waits_a_fixed_time_for_a_state() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS).as_posix()
        if rel.startswith(SIMULATORS) or path.name == Path(__file__).name:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for call, parents in _sleeps(ast.parse(source)):
            if "# fixed-time: " in lines[call.lineno - 1]:
                continue
            in_poll = any(isinstance(p, ast.While) for p in parents)
            functions = [p for p in parents if isinstance(p, ast.FunctionDef | ast.AsyncFunctionDef)]
            in_stand_in = len(functions) >= 2 or any(isinstance(p, ast.Constant) for p in parents)
            zero = bool(call.args) and isinstance(call.args[0], ast.Constant) and call.args[0].value == 0
            if not (in_poll or in_stand_in or zero):
                offenders.append(f"{rel}:{call.lineno}")
    assert offenders == [], f"fixed sleeps waiting for a state (poll a condition instead): {offenders}"
