"""Running programs for tools: never through a shell unless the tool *is* a
shell, always with a deadline, and never leaving a child behind when the
call is cancelled or times out."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass

from jarvis_tui.core.tools.base import Command, NotAvailable, ToolError

# What a tool keeps of a program's output: a model cannot use more, and a
# runaway program must not fill the memory.
MAX_OUTPUT_BYTES = 512_000


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: str
    stderr: str


def which(*programs: str) -> str | None:
    """The first of `programs` found on PATH (its full path), or None."""
    for program in programs:
        found = shutil.which(program)
        if found:
            return found
    return None


def need(*programs: str, purpose: str) -> str:
    """Like `which`, but a missing program is a clear NotAvailable."""
    found = which(*programs)
    if found is None:
        names = " or ".join(programs)
        raise NotAvailable(f"{purpose} needs {names} on PATH, and none was found")
    return found


async def _drain(stream: asyncio.StreamReader | None) -> bytes:
    if stream is None:
        return b""
    data = bytearray()
    while chunk := await stream.read(65536):
        if len(data) < MAX_OUTPUT_BYTES:
            data += chunk[: MAX_OUTPUT_BYTES - len(data)]
    return bytes(data)


async def run(command: Command, *, check: bool = True) -> Finished:
    """Run `command` to completion (or start it, when `detach`). A non-zero
    exit is a ToolError carrying the program's own words when `check`."""
    if command.detach:
        return _spawn_detached(command)
    try:
        process = await asyncio.create_subprocess_exec(
            *command.argv,
            stdin=subprocess.PIPE if command.stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=sys.platform != "win32",  # so a timeout can kill its children too
        )
    except FileNotFoundError:
        raise NotAvailable(f"{command.argv[0]} is not installed") from None
    except OSError as exc:
        raise ToolError(f"cannot run {command.argv[0]}: {exc}") from None
    try:
        if command.stdin is not None and process.stdin is not None:
            process.stdin.write(command.stdin.encode())
            with contextlib.suppress(ConnectionError):
                await process.stdin.drain()
            process.stdin.close()
        out, err = await asyncio.gather(_drain(process.stdout), _drain(process.stderr))
        returncode = await process.wait()
    except BaseException:  # cancelled or timed out: the program must not outlive the call
        _kill(process)
        with contextlib.suppress(Exception):
            await asyncio.shield(process.wait())
        raise
    finished = Finished(returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))
    if check and returncode != 0:
        words = (finished.stderr.strip() or finished.stdout.strip())[-2000:] or "no output"
        raise ToolError(f"{os.path.basename(command.argv[0])} exited with status {returncode}: {words}")
    return finished


def _kill(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, 9)


def _spawn_detached(command: Command) -> Finished:
    """Start an application and let it live on after the call returns."""
    try:
        child = subprocess.Popen(  # - argv from a validated tool call, no shell
            command.argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=sys.platform != "win32",
        )
    except FileNotFoundError:
        raise NotAvailable(f"{command.argv[0]} is not installed") from None
    except OSError as exc:
        raise ToolError(f"cannot start {command.argv[0]}: {exc}") from None
    # Reap it when it exits, so a long-lived server does not collect zombies.
    threading.Thread(target=child.wait, name="reap-app", daemon=True).start()
    return Finished(0, f"started {os.path.basename(command.argv[0])} (pid {child.pid})", "")
