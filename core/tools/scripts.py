"""Scripts: run one of the user's scripts from the configured script folders
(`[tools] script_dirs`) and nothing else; list them; list the folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jarvis_tui.core.tools.base import (
    Command,
    Json,
    Tier,
    Tool,
    ToolContext,
    ToolError,
    params,
    string,
    strings,
)
from jarvis_tui.core.tools.paths import Roots
from jarvis_tui.core.tools.proc import run

# How each kind of script is started: never through a shell.
_INTERPRETERS: dict[str, tuple[str, ...]] = {
    ".py": (sys.executable,),
    ".sh": ("/bin/sh",),
    ".ps1": ("powershell.exe" if sys.platform == "win32" else "pwsh", "-NoProfile", "-NonInteractive", "-File"),
    ".bat": ("cmd.exe", "/c"),
    ".cmd": ("cmd.exe", "/c"),
}


def _dirs(ctx: ToolContext) -> Roots:
    return Roots(ctx.config.tools.script_dirs)


def _runnable(path: Path) -> bool:
    return path.is_file() and (path.suffix.lower() in _INTERPRETERS or os.access(path, os.X_OK))


def command_for(args: Json, ctx: ToolContext) -> Command:
    if not ctx.config.tools.script_dirs:
        raise ToolError('no script folders are configured: set [tools] script_dirs = ["~/scripts"]')
    path = _dirs(ctx).resolve(args["script"], must_exist=True)
    if not _runnable(path):
        raise ToolError(f"{path} is not a script (.py, .sh, .ps1, .bat, .cmd or an executable file)")
    interpreter = _INTERPRETERS.get(path.suffix.lower(), ())
    return Command((*interpreter, str(path), *args.get("args", [])))


async def _run_script(args: Json, ctx: ToolContext) -> Json:
    finished = await run(command_for(args, ctx), check=False)
    return {"exit_code": finished.returncode, "stdout": finished.stdout, "stderr": finished.stderr}


async def _list_scripts(args: Json, ctx: ToolContext) -> Json:
    dirs = _dirs(ctx)
    scripts = []
    for folder in dirs.roots:
        if folder.is_dir():
            scripts += [{"script": str(p.relative_to(folder)), "folder": str(folder)} for p in dirs.walk(folder) if _runnable(p) and not p.is_symlink()]
    return {"script_dirs": [str(d) for d in dirs.roots], "scripts": scripts}


async def _list_project_paths(args: Json, ctx: ToolContext) -> Json:
    def describe(paths: list[Path]) -> list[Json]:
        return [{"path": str(p), "exists": p.is_dir()} for p in paths]

    return {"roots": describe(Roots(ctx.config.tools.roots).roots), "script_dirs": describe(_dirs(ctx).roots)}


TOOLS = [
    Tool("run_script", "scripts", "Run a script from the configured script folders, with arguments (no shell).",
         params(("script",), script=string("the script's path inside a script folder", min_length=1, max_length=4096), args=strings("its arguments")),
         Tier.ACT, _run_script, lambda args, ctx: command_for(args, ctx).preview(), timeout_s=600),
    Tool("list_scripts", "scripts", "List the runnable scripts of the configured script folders.", params(), Tier.READ, _list_scripts),
    Tool("list_project_paths", "scripts", "The folders the tools may use: file roots and script folders.", params(), Tier.READ, _list_project_paths),
]
