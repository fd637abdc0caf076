"""The Linux and macOS backend of the system tools: psutil for processes and
machine facts, the standard desktop commands for the rest (xdotool, wmctrl,
wl-clipboard/xclip, PipeWire/PulseAudio/ALSA, systemd, NetworkManager on
Linux; osascript, pbcopy, screencapture, launchctl on macOS).

A tool whose program is missing says which one to install (NotAvailable).
"""

from __future__ import annotations

import os
import platform as platform_module
import re
import socket
import sys
import time
from typing import Any

from jarvis_tui.core.tools.base import Command, Json, NotAvailable, ToolContext, ToolError
from jarvis_tui.core.tools.paths import Roots
from jarvis_tui.core.tools.proc import need, which
from jarvis_tui.core.tools.system.steps import Py, Shell, Step

_MAC = "darwin"
# The only characters a service name may hold: nothing a program could read as an option.
_SERVICE = re.compile(r"[A-Za-z0-9@._:+\\-]+\Z")
_OSA_MODIFIERS = {"ctrl": "control down", "control": "control down", "alt": "option down", "option": "option down",
                  "shift": "shift down", "cmd": "command down", "command": "command down", "super": "command down", "win": "command down"}


def _psutil() -> Any:
    import psutil  # noqa: PLC0415 - loaded by the tools that need it

    return psutil


def _osascript(*lines: str, argv: tuple[str, ...] = ()) -> Shell:
    """An AppleScript whose values arrive as `argv`, never spliced into its text."""
    program = ["osascript"]
    for line in ("on run argv", *lines, "end run"):
        program += ["-e", line]
    return Shell(Command((*program, *argv)))


def _service_name(name: str) -> str:
    if not _SERVICE.match(name) or name.startswith("-"):
        raise ToolError(f"{name!r} is not a service name")
    return name


# -- applications, processes ----------------------------------------------------------------


def open_app(args: Json, ctx: ToolContext) -> Step:
    extra = tuple(args.get("args", []))
    if ctx.platform == _MAC:
        return Shell(Command(("open", "-a", args["name"], *(("--args", *extra) if extra else ())), detach=True))
    program = which(args["name"])
    if program is None:
        raise ToolError(f"no program named {args['name']!r} on PATH")
    return Shell(Command((program, *extra), detach=True))


def open_url(args: Json, ctx: ToolContext) -> Step:
    url = args["url"]
    if ctx.platform == _MAC:
        return Shell(Command(("open", *(("-a", args["browser"]) if args.get("browser") else ()), url), detach=True))
    if args.get("browser"):
        return Shell(Command((need(args["browser"], purpose=f"opening {args['browser']}"), url), detach=True))
    return Shell(Command((need("xdg-open", purpose="opening a URL"), url), detach=True))


def _matching(name: str) -> list[Any]:
    psutil = _psutil()
    wanted = name.lower()
    own = {os.getpid(), os.getppid()}
    return [p for p in psutil.process_iter(["pid", "name"]) if (p.info["name"] or "").lower() == wanted and p.pid not in own]


def close_app(args: Json, ctx: ToolContext) -> Step:
    def close() -> Json:
        processes = _matching(args["name"])
        if not processes:
            raise ToolError(f"no running process is named {args['name']!r}")
        for process in processes:
            process.terminate()  # SIGTERM: the application may save and quit
        return {"closed": [{"pid": p.pid, "name": p.info["name"]} for p in processes]}

    return Py(f"send SIGTERM to every process named {args['name']!r}", close)


def list_processes(args: Json, ctx: ToolContext) -> Step:
    def listing() -> Json:
        psutil = _psutil()
        wanted = args.get("filter", "").lower()
        rows = []
        for p in psutil.process_iter(["pid", "name", "username", "memory_info", "cmdline"]):
            info = p.info
            name = info["name"] or ""
            if wanted and wanted not in name.lower() and wanted not in " ".join(info["cmdline"] or []).lower():
                continue
            memory = info["memory_info"].rss if info["memory_info"] else 0
            rows.append({"pid": info["pid"], "name": name, "user": info["username"], "memory_mb": round(memory / 1048576, 1)})
        rows.sort(key=lambda r: r["memory_mb"], reverse=True)
        return {"count": len(rows), "processes": rows[: args.get("limit", 50)]}

    return Py("list processes with psutil" + (f" matching {args['filter']!r}" if args.get("filter") else ""), listing)


def kill_process(args: Json, ctx: ToolContext) -> Step:
    target = args["target"].strip()

    def kill() -> Json:
        psutil = _psutil()
        if target.isdigit():
            pid = int(target)
            if pid in (0, 1, os.getpid(), os.getppid()):
                raise ToolError(f"refusing to kill pid {pid} (init or jarvis itself)")
            try:
                processes = [psutil.Process(pid)]
            except psutil.NoSuchProcess:
                raise ToolError(f"no process has pid {pid}") from None
        else:
            processes = _matching(target)
            if not processes:
                raise ToolError(f"no running process is named {target!r}")
        killed = []
        for process in processes:
            try:
                process.kill()
                killed.append({"pid": process.pid, "name": process.name()})
            except psutil.NoSuchProcess:
                continue
            except psutil.AccessDenied:
                raise ToolError(f"not allowed to kill pid {process.pid}") from None
        return {"killed": killed}

    return Py(f"send SIGKILL to {'pid ' + target if target.isdigit() else 'every process named ' + repr(target)}", kill)


# -- windows, keyboard, mouse ----------------------------------------------------------------


def list_windows(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return _osascript('tell application "System Events" to get name of every window of (every process whose visible is true)')

    def parse(output: str) -> list[Json]:
        rows = []
        for line in output.splitlines():
            parts = line.split(None, 3)
            if len(parts) >= 3:
                rows.append({"id": parts[0], "desktop": parts[1], "title": parts[3] if len(parts) > 3 else ""})
        return rows

    return Shell(Command((need("wmctrl", purpose="listing windows"), "-l")), parse)


def focus_window(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return _osascript('tell application "System Events" to set frontmost of (first process whose name contains (item 1 of argv)) to true', argv=(args["title"],))
    return Shell(Command((need("wmctrl", purpose="focusing a window"), "-a", args["title"])))


def minimize_window(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        raise NotAvailable("minimize_window is not available on macOS")
    return Shell(Command((need("xdotool", purpose="minimizing a window"), "search", "--limit", "1", "--name", args["title"], "windowminimize")))


def maximize_window(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        raise NotAvailable("maximize_window is not available on macOS")
    return Shell(Command((need("wmctrl", purpose="maximizing a window"), "-r", args["title"], "-b", "add,maximized_vert,maximized_horz")))


def send_keys(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return _osascript('tell application "System Events" to keystroke (item 1 of argv)', argv=(args["keys"],))
    return Shell(Command((need("xdotool", purpose="sending keys"), "key", "--clearmodifiers", *args["keys"].split())))


def type_text(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return _osascript('tell application "System Events" to keystroke (item 1 of argv)', argv=(args["text"],))
    return Shell(Command((need("xdotool", purpose="typing text"), "type", "--delay", "12", "--", args["text"])))


def press_hotkey(args: Json, ctx: ToolContext) -> Step:
    parts = [p.strip().lower() for p in args["keys"].split("+") if p.strip()]
    if not parts:
        raise ToolError("no keys given")
    if ctx.platform == _MAC:
        *mods, key = parts
        unknown = [m for m in mods if m not in _OSA_MODIFIERS]
        if unknown or len(key) != 1:
            raise ToolError(f"on macOS a hotkey is modifiers plus one character, e.g. cmd+c (got {args['keys']!r})")
        using = ", ".join(_OSA_MODIFIERS[m] for m in mods)
        line = 'tell application "System Events" to keystroke (item 1 of argv)' + (f" using {{{using}}}" if using else "")
        return _osascript(line, argv=(key,))
    xdo = {"win": "super", "windows": "super", "control": "ctrl", "esc": "Escape", "enter": "Return"}
    return Shell(Command((need("xdotool", purpose="pressing a hotkey"), "key", "--clearmodifiers", "+".join(xdo.get(p, p) for p in parts))))


def mouse_click(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        raise NotAvailable("mouse_click is not available on macOS")
    button = "3" if args.get("button") == "right" else "1"
    return Shell(Command((need("xdotool", purpose="clicking"), "mousemove", str(args["x"]), str(args["y"]), "click", button)))


# -- clipboard, audio, screen ---------------------------------------------------------------


def clipboard_get(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("pbpaste",)), lambda out: out)
    if os.environ.get("WAYLAND_DISPLAY") and which("wl-paste"):
        return Shell(Command(("wl-paste", "--no-newline")), lambda out: out)
    program = need("xclip", "xsel", purpose="reading the clipboard")
    argv = (program, "-selection", "clipboard", "-o") if program.endswith("xclip") else (program, "--clipboard", "--output")
    return Shell(Command(argv), lambda out: out)


def clipboard_set(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("pbcopy",), stdin=args["text"]))
    if os.environ.get("WAYLAND_DISPLAY") and which("wl-copy"):
        return Shell(Command(("wl-copy",), stdin=args["text"]))
    program = need("xclip", "xsel", purpose="writing the clipboard")
    argv = (program, "-selection", "clipboard") if program.endswith("xclip") else (program, "--clipboard", "--input")
    return Shell(Command(argv, stdin=args["text"]))


def _volume(ctx: ToolContext, change: str) -> Step:
    """`change` is "+5" or "-5" (percent)."""
    if ctx.platform == _MAC:
        return _osascript(f"set volume output volume ((output volume of (get volume settings)) {change[0]} {change[1:]})")
    if program := which("wpctl"):
        argv: tuple[str, ...] = (program, "set-volume", "@DEFAULT_AUDIO_SINK@", f"{change[1:]}%{change[0]}")
    elif program := which("pactl"):
        argv = (program, "set-sink-volume", "@DEFAULT_SINK@", f"{change}%")
    else:
        argv = (need("amixer", purpose="changing the volume"), "-q", "set", "Master", f"{change[1:]}%{change[0]}")
    return Shell(Command(argv))


def volume_up(args: Json, ctx: ToolContext) -> Step:
    return _volume(ctx, f"+{args.get('step', 10)}")


def volume_down(args: Json, ctx: ToolContext) -> Step:
    return _volume(ctx, f"-{args.get('step', 10)}")


def volume_mute(args: Json, ctx: ToolContext) -> Step:
    """`state`: on (mute), off (unmute) or toggle: "unmute" must never mute what was not muted."""
    state = args.get("state", "toggle")
    if ctx.platform == _MAC:
        muted = {"on": "true", "off": "false"}.get(state, "not (output muted of (get volume settings))")
        return _osascript(f"set volume output muted {muted}")
    if program := which("wpctl"):
        argv: tuple[str, ...] = (program, "set-mute", "@DEFAULT_AUDIO_SINK@", {"on": "1", "off": "0"}.get(state, "toggle"))
    elif program := which("pactl"):
        argv = (program, "set-sink-mute", "@DEFAULT_SINK@", {"on": "1", "off": "0"}.get(state, "toggle"))
    else:
        argv = (need("amixer", purpose="muting the sound"), "-q", "set", "Master", {"on": "mute", "off": "unmute"}.get(state, "toggle"))
    return Shell(Command(argv))


def screenshot(args: Json, ctx: ToolContext) -> Step:
    path = str(Roots(ctx.config.tools.roots).resolve(args["path"]))
    if ctx.platform == _MAC:
        return Shell(Command(("screencapture", "-x", path)), lambda _: path)
    for program, argv in (("grim", (path,)), ("gnome-screenshot", ("-f", path)), ("scrot", ("--overwrite", path)), ("import", ("-window", "root", path))):
        if found := which(program):
            return Shell(Command((found, *argv)), lambda _: path)
    raise NotAvailable("screenshot needs grim, gnome-screenshot, scrot or ImageMagick's import on PATH")


def screen_resolution(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("system_profiler", "SPDisplaysDataType")), lambda out: re.findall(r"Resolution: (.+)", out))
    return Shell(Command((need("xrandr", purpose="reading the screen resolution"), "--current")), lambda out: re.findall(r"^(\S+) connected.*?(\d+x\d+)\+", out, re.M))


# -- system, power -------------------------------------------------------------------------------


def system_info(args: Json, ctx: ToolContext) -> Step:
    def info() -> Json:
        psutil = _psutil()
        memory = psutil.virtual_memory()
        disks = []
        for part in psutil.disk_partitions(all=False):
            try:
                usage = psutil.disk_usage(part.mountpoint)
            except OSError:
                continue
            disks.append({"mount": part.mountpoint, "size_gb": round(usage.total / 1e9, 1), "free_gb": round(usage.free / 1e9, 1)})
        return {
            "os": f"{platform_module.system()} {platform_module.release()}",
            "hostname": socket.gethostname(),
            "cpu": platform_module.processor() or platform_module.machine(),
            "cores": psutil.cpu_count(),
            "cpu_percent": psutil.cpu_percent(interval=0.1),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "ram_total_gb": round(memory.total / 1e9, 1),
            "ram_used_percent": memory.percent,
            "disks": disks,
            "uptime_hours": round((time.time() - psutil.boot_time()) / 3600, 1),
            "python": sys.version.split()[0],
        }

    return Py("read CPU, memory, disks and uptime with psutil", info)


def gpu_info(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("system_profiler", "SPDisplaysDataType")))
    fields = ("index", "name", "memory.total", "memory.used", "temperature.gpu", "utilization.gpu", "driver_version")

    def parse(output: str) -> list[Json]:
        keys = ("index", "name", "memory_total_mb", "memory_used_mb", "temperature_c", "utilization_percent", "driver")
        return [dict(zip(keys, (v.strip() for v in line.split(",")), strict=False)) for line in output.strip().splitlines()]

    program = need("nvidia-smi", purpose="gpu_info (NVIDIA GPUs)")
    return Shell(Command((program, f"--query-gpu={','.join(fields)}", "--format=csv,noheader,nounits")), parse)


def network_info(args: Json, ctx: ToolContext) -> Step:
    def info() -> Json:
        psutil = _psutil()
        stats = psutil.net_if_stats()
        io = psutil.net_io_counters(pernic=True)
        interfaces = {}
        for name, addresses in psutil.net_if_addrs().items():
            stat, counters = stats.get(name), io.get(name)
            interfaces[name] = {
                "up": bool(stat and stat.isup),
                "speed_mbps": stat.speed if stat else None,
                "addresses": [a.address for a in addresses if a.family in (socket.AF_INET, socket.AF_INET6)],
                "sent_mb": round(counters.bytes_sent / 1e6, 1) if counters else None,
                "received_mb": round(counters.bytes_recv / 1e6, 1) if counters else None,
            }
        return {"hostname": socket.gethostname(), "interfaces": interfaces}

    return Py("read network interfaces and counters with psutil", info)


def get_ip(args: Json, ctx: ToolContext) -> Step:
    def addresses() -> Json:
        psutil = _psutil()
        found = []
        for name, addrs in psutil.net_if_addrs().items():
            for a in addrs:
                if a.family in (socket.AF_INET, socket.AF_INET6) and not a.address.startswith(("127.", "::1")):
                    found.append({"interface": name, "address": a.address.split("%")[0], "family": "IPv4" if a.family == socket.AF_INET else "IPv6"})
        return {"addresses": found}

    return Py("list this machine's IP addresses with psutil", addresses)


def powershell_run(args: Json, ctx: ToolContext) -> Step:
    program = need("pwsh", purpose="powershell_run outside Windows (PowerShell 7)")
    return Shell(Command((program, "-NoProfile", "-NonInteractive", "-Command", args["command"])))


def bash(args: Json, ctx: ToolContext) -> Step:
    return Shell(Command(("/bin/sh", "-c", args["command"])), lambda out: out)


def lock_screen(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("pmset", "displaysleepnow")))
    if program := which("loginctl"):
        return Shell(Command((program, "lock-session")))
    return Shell(Command((need("xdg-screensaver", purpose="locking the screen"), "lock")))


def _power(ctx: ToolContext, systemd: str, mac: tuple[str, ...]) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(mac))
    return Shell(Command((need("systemctl", purpose="power actions (systemd)"), systemd)))


def shutdown_pc(args: Json, ctx: ToolContext) -> Step:
    return _power(ctx, "poweroff", ("osascript", "-e", 'tell application "System Events" to shut down'))


def restart_pc(args: Json, ctx: ToolContext) -> Step:
    return _power(ctx, "reboot", ("osascript", "-e", 'tell application "System Events" to restart'))


def sleep_pc(args: Json, ctx: ToolContext) -> Step:
    return _power(ctx, "suspend", ("pmset", "sleepnow"))


# -- services, network -----------------------------------------------------------------------------


def list_services(args: Json, ctx: ToolContext) -> Step:
    wanted = args.get("filter", "").lower()
    if ctx.platform == _MAC:
        def parse_launchd(output: str) -> list[Json]:
            rows = [line.split("\t") for line in output.splitlines()[1:]]
            return [{"pid": r[0], "status": r[1], "label": r[2]} for r in rows if len(r) == 3 and wanted in r[2].lower()]

        return Shell(Command(("launchctl", "list")), parse_launchd)

    def parse(output: str) -> list[Json]:
        rows = []
        for line in output.splitlines():
            parts = line.split(None, 4)
            if len(parts) >= 4 and wanted in line.lower():
                rows.append({"name": parts[0], "load": parts[1], "active": parts[2], "sub": parts[3], "description": parts[4] if len(parts) > 4 else ""})
        return rows

    program = need("systemctl", purpose="listing services (systemd)")
    return Shell(Command((program, "list-units", "--type=service", "--all", "--no-pager", "--no-legend", "--plain")), parse)


def _service(ctx: ToolContext, verb: str, name: str) -> Step:
    name = _service_name(name)
    if ctx.platform == _MAC:
        return Shell(Command(("launchctl", verb, name)))
    return Shell(Command((need("systemctl", purpose="managing services (systemd)"), verb, "--", name)))


def start_service(args: Json, ctx: ToolContext) -> Step:
    return _service(ctx, "start", args["name"])


def stop_service(args: Json, ctx: ToolContext) -> Step:
    return _service(ctx, "stop", args["name"])


def wifi_networks(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        raise NotAvailable("wifi_networks is not available on macOS (Apple removed the airport tool)")

    def parse(output: str) -> list[Json]:
        rows = [re.split(r"(?<!\\):", line) for line in output.splitlines() if line]
        return [{"ssid": r[0].replace("\\:", ":"), "signal": r[1], "security": r[2]} for r in rows if len(r) >= 3]

    program = need("nmcli", purpose="listing Wi-Fi networks (NetworkManager)")
    return Shell(Command((program, "-t", "-f", "SSID,SIGNAL,SECURITY", "device", "wifi", "list")), parse)


def ping(args: Json, ctx: ToolContext) -> Step:
    program = need("ping", purpose="ping")
    return Shell(Command((program, "-c", str(args.get("count", 4)), "--", args["host"])) if ctx.platform != _MAC else Command((program, "-c", str(args.get("count", 4)), args["host"])))


# -- notifications ------------------------------------------------------------------------------------


def notify(args: Json, ctx: ToolContext) -> Step:
    title = args.get("title", "JARVIS")
    if ctx.platform == _MAC:
        return _osascript("display notification (item 2 of argv) with title (item 1 of argv)", argv=(title, args["message"]))
    return Shell(Command((need("notify-send", purpose="notifications (libnotify)"), "--", title, args["message"])))


def speak(args: Json, ctx: ToolContext) -> Step:
    if ctx.platform == _MAC:
        return Shell(Command(("say", "--", args["text"])))
    program = need("espeak-ng", "espeak", "spd-say", purpose="speech")
    return Shell(Command((program, "--", args["text"]) if not program.endswith("spd-say") else (program, "--wait", "--", args["text"])))


def scheduled_tasks(args: Json, ctx: ToolContext) -> Step:
    wanted = args.get("filter", "").lower()
    if ctx.platform == _MAC:
        return Shell(Command(("crontab", "-l")), lambda out: [line for line in out.splitlines() if wanted in line.lower()])
    program = need("systemctl", purpose="listing timers (systemd)")
    return Shell(Command((program, "list-timers", "--all", "--no-pager", "--no-legend")), lambda out: [line.strip() for line in out.splitlines() if wanted in line.lower()])


def registry_read(args: Json, ctx: ToolContext) -> Step:
    raise NotAvailable("the registry exists only on Windows")


registry_write = registry_read
