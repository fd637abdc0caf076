"""Start-up hygiene: the cockpit's first screen needs no heavy SDK, and an
idle cockpit with its services up has loaded none (they load when used)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("anthropic", "mcp", "llama_cpp", "faster_whisper", "ccxt")

SCRIPT = """
import asyncio, sys
from jarvis_tui.core.config import load_config
import jarvis_tui.app
at_import = [m for m in {heavy!r} if m in sys.modules]

async def main():
    app = jarvis_tui.app.make_app(load_config(), monitor=True)
    async with app.run_test(size=(160, 48)) as pilot:
        await app.ready.wait()
        await pilot.pause(0.5)
    print(at_import, [m for m in {heavy!r} if m in sys.modules])

asyncio.run(main())
"""


def test_no_heavy_sdk_at_start_or_idle(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(heavy=HEAVY)], capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[] []"
