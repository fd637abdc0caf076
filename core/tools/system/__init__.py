"""The system tools: the seed's Windows set, one set on every OS.

Each tool is declared once here (name, description, arguments, tier); a
backend per OS says what a call does: `windows` (PowerShell), `posix`
(psutil and the standard commands of Linux and macOS). A tool the OS
cannot do answers "not available on …" rather than pretending.
"""

from __future__ import annotations

import asyncio
from typing import Any

from jarvis_tui.core.tools.base import (
    Json,
    NotAvailable,
    Tier,
    Tool,
    ToolContext,
    integer,
    params,
    string,
    strings,
)
from jarvis_tui.core.tools.proc import run as run_command
from jarvis_tui.core.tools.system.steps import Py, Step

from . import posix, windows

_OS_NAMES = {"win32": "Windows", "darwin": "macOS", "linux": "Linux"}
HOST = string("a host name or IP address", max_length=253)
SHORT = 4096


def plan(name: str, args: Json, ctx: ToolContext) -> Step:
    """What `name` would do here, without doing it."""
    backend = windows if ctx.platform == "win32" else posix
    build = getattr(backend, name, None)
    if build is None:
        raise NotAvailable(f"{name} is not available on {_OS_NAMES.get(ctx.platform, ctx.platform)}")
    step: Step = build(args, ctx)
    return step


async def execute(step: Step) -> Any:
    if isinstance(step, Py):
        return await asyncio.to_thread(step.fn)
    finished = await run_command(step.command)
    return step.parse(finished.stdout)


def _tool(name: str, description: str, tier: Tier, schema: Json | None = None, timeout_s: float | None = None) -> Tool:
    async def run(args: Json, ctx: ToolContext) -> Any:
        return await execute(plan(name, args, ctx))

    return Tool(name, "system", description, schema or params(), tier, run, lambda args, ctx: plan(name, args, ctx).preview(), timeout_s)


def _host_check(schema: Json) -> Json:
    # A host never starts with "-": nothing a program could read as an option.
    schema["properties"]["host"]["pattern"] = r"^[A-Za-z0-9_.:\[\]%][A-Za-z0-9_.:\[\]%-]*$"
    return schema


TOOLS = [
    # Applications (3)
    _tool("open_app", "Start an application by name (a program on PATH; an app name on macOS).", Tier.ACT,
          params(("name",), name=string("program or application name", max_length=256, min_length=1), args=strings("its arguments", item_max_length=SHORT))),
    _tool("close_app", "Ask every process with this name to quit (gracefully).", Tier.ACT, params(("name",), name=string("process name", max_length=256, min_length=1))),
    _tool("open_url", "Open an http(s) URL in the browser.", Tier.ACT,
          params(("url",), url={"type": "string", "pattern": r"^https?://\S+$", "maxLength": 8192, "description": "http:// or https:// URL"}, browser=string("a browser to use instead of the default", max_length=256))),
    # Processes (2)
    _tool("list_processes", "List running processes, largest memory first.", Tier.READ,
          params(filter=string("only names or command lines containing this", max_length=256), limit=integer("at most this many", minimum=1, maximum=1000))),
    _tool("kill_process", "Kill a process by pid or by name.", Tier.DANGER, params(("target",), target=string("a pid or a process name", max_length=256, min_length=1))),
    # Windows (4)
    _tool("list_windows", "List the open windows and their titles.", Tier.READ),
    _tool("focus_window", "Bring the window whose title contains this text to the front.", Tier.ACT, params(("title",), title=string("part of the title", max_length=512, min_length=1))),
    _tool("minimize_window", "Minimize the window whose title contains this text.", Tier.ACT, params(("title",), title=string("part of the title", max_length=512, min_length=1))),
    _tool("maximize_window", "Maximize the window whose title contains this text.", Tier.ACT, params(("title",), title=string("part of the title", max_length=512, min_length=1))),
    # Keyboard and mouse (4)
    _tool("send_keys", "Send keys to the active window (xdotool names on Linux, SendKeys syntax on Windows).", Tier.ACT, params(("keys",), keys=string("the keys", max_length=SHORT, min_length=1))),
    _tool("type_text", "Type text into the active window.", Tier.ACT, params(("text",), text=string("the text", max_length=8000))),
    _tool("press_hotkey", "Press a key combination such as ctrl+c or alt+tab.", Tier.ACT, params(("keys",), keys=string("keys joined by +", max_length=100, min_length=1))),
    _tool("mouse_click", "Click at screen coordinates.", Tier.ACT,
          params(("x", "y"), x=integer("pixels from the left", minimum=0, maximum=100000), y=integer("pixels from the top", minimum=0, maximum=100000), button=string("left or right", enum=["left", "right"]))),
    # Clipboard (2)
    _tool("clipboard_get", "Read the clipboard (it may hold passwords: this asks first).", Tier.ACT),
    _tool("clipboard_set", "Put text on the clipboard.", Tier.ACT, params(("text",), text=string("the text"))),
    # Audio (3)
    _tool("volume_up", "Raise the system volume.", Tier.ACT, params(step=integer("percent", minimum=1, maximum=100))),
    _tool("volume_down", "Lower the system volume.", Tier.ACT, params(step=integer("percent", minimum=1, maximum=100))),
    _tool("volume_mute", "Mute (state on), unmute (off) or toggle mute (the default).", Tier.ACT,
          params(state=string("on mutes, off unmutes, toggle switches", enum=["on", "off", "toggle"]))),
    # Screen (2)
    _tool("screenshot", "Capture the screen to a PNG file inside the roots.", Tier.ACT, params(("path",), path=string("where to save the PNG, inside the roots", max_length=4096))),
    _tool("screen_resolution", "The resolution of each screen.", Tier.READ),
    # System (8, with bash for the agents)
    _tool("system_info", "OS, CPU, memory, disks and uptime of this machine.", Tier.READ),
    _tool("gpu_info", "The GPUs of this machine: name, memory, temperature, driver.", Tier.READ),
    _tool("network_info", "Network interfaces, addresses and traffic counters.", Tier.READ),
    _tool("powershell_run", "Run a PowerShell command (Windows; pwsh elsewhere). Arbitrary code.", Tier.DANGER, params(("command",), command=string("PowerShell code", max_length=8000, min_length=1)), timeout_s=300),
    _tool("bash", "Run a shell command with /bin/sh (Linux, macOS). Arbitrary code.", Tier.DANGER, params(("command",), command=string("shell command line", max_length=100_000, min_length=1)), timeout_s=300),
    _tool("lock_screen", "Lock the screen.", Tier.ACT),
    # Power (3)
    _tool("shutdown_pc", "Shut the machine down.", Tier.DANGER, params(delay_s=integer("Windows: seconds before it happens (shutdown /a cancels)", minimum=0, maximum=3600))),
    _tool("restart_pc", "Restart the machine.", Tier.DANGER, params(delay_s=integer("Windows: seconds before it happens (shutdown /a cancels)", minimum=0, maximum=3600))),
    _tool("sleep_pc", "Put the machine to sleep.", Tier.DANGER),
    # Services (3)
    _tool("list_services", "List system services and their state.", Tier.READ, params(filter=string("only names containing this", max_length=256))),
    _tool("start_service", "Start a system service.", Tier.ACT, params(("name",), name=string("service name", max_length=256, min_length=1))),
    _tool("stop_service", "Stop a system service.", Tier.DANGER, params(("name",), name=string("service name", max_length=256, min_length=1))),
    # Network (3)
    _tool("wifi_networks", "List the Wi-Fi networks in range.", Tier.READ),
    _tool("ping", "Ping a host.", Tier.READ, _host_check(params(("host",), host=HOST, count=integer("echo requests", minimum=1, maximum=20)))),
    _tool("get_ip", "This machine's IP addresses.", Tier.READ),
    # Registry (2), Windows only
    _tool("registry_read", "Read a registry key or value (Windows only).", Tier.DANGER,
          params(("path",), path=string(r"e.g. HKCU\Software\Microsoft", max_length=1024, min_length=1), name=string("value name; empty: every value of the key", max_length=256))),
    _tool("registry_write", "Write a registry value (Windows only).", Tier.DANGER,
          params(("path", "name", "value"), path=string(r"e.g. HKCU\Software\Jarvis", max_length=1024, min_length=1), name=string("value name", max_length=256, min_length=1),
                 value=string("the value", max_length=SHORT), type=string("registry type", enum=["String", "ExpandString", "MultiString", "DWord", "QWord", "Binary"]))),
    # Notifications and voice (3)
    _tool("notify", "Show a desktop notification.", Tier.ACT, params(("message",), title=string("title", max_length=256), message=string("text", max_length=2000))),
    _tool("speak", "Say a text aloud with the system's speech synthesis.", Tier.ACT, params(("text",), text=string("what to say", max_length=4000))),
    _tool("scheduled_tasks", "List scheduled tasks (Task Scheduler, systemd timers, crontab).", Tier.READ, params(filter=string("only lines containing this", max_length=256))),
]

