"""core/ is plain asyncio: it must never import Textual (DESIGN.md), and the
headless dry run must not load heavy SDKs."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
HEAVY = ("textual", "anthropic", "mcp", "llama_cpp", "faster_whisper", "ccxt", "httpx2")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_textual() -> None:
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py") if "textual" in _imports(p)]
    assert offenders == []


def test_dry_run_path_loads_no_heavy_sdk() -> None:
    code = (
        "import sys, asyncio\n"
        "from jarvis_tui.cli import main\n"
        "main(['--oneshot', 'hello', '--dry-run', '--json'])\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines()[-1] == "[]"
