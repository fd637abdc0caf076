"""The Windows backend of the system tools: one PowerShell script per call.

Scripts go to `powershell.exe -EncodedCommand` (UTF-16LE, base64), so no
layer of command-line quoting can change them; every value from a call is
a single-quoted PowerShell literal (`quote`). The script itself is what the
confirmation shows, and what the tests compare.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from typing import Any

from jarvis_tui.core.tools.base import Command, Json, NotAvailable, ToolContext, ToolError
from jarvis_tui.core.tools.paths import Roots
from jarvis_tui.core.tools.system.steps import Shell, Step, json_or_text, text

POWERSHELL = "powershell.exe"
# PowerShell ends a single-quoted string at any of these quote characters.
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
_HIVES = {
    "HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER", "HKCR": "HKEY_CLASSES_ROOT",
    "HKU": "HKEY_USERS", "HKCC": "HKEY_CURRENT_CONFIG",
}
_REG_TYPES = {"String", "ExpandString", "MultiString", "DWord", "QWord", "Binary"}
# SendKeys gives these characters a meaning; braces make them literal.
_SENDKEYS_SPECIAL = set("+^%~(){}[]")
_KEY_NAMES = {
    "enter": "{ENTER}", "return": "{ENTER}", "tab": "{TAB}", "esc": "{ESC}", "escape": "{ESC}",
    "space": " ", "backspace": "{BACKSPACE}", "delete": "{DEL}", "del": "{DEL}", "insert": "{INS}",
    "home": "{HOME}", "end": "{END}", "pageup": "{PGUP}", "pagedown": "{PGDN}",
    "up": "{UP}", "down": "{DOWN}", "left": "{LEFT}", "right": "{RIGHT}",
    **{f"f{n}": f"{{F{n}}}" for n in range(1, 17)},
}
_MODIFIERS = {"ctrl": "^", "control": "^", "alt": "%", "shift": "+"}
_USER32 = (
    "$sig = '[DllImport(\"user32.dll\")] public static extern bool ShowWindow(IntPtr h, int n);"
    " [DllImport(\"user32.dll\")] public static extern bool SetForegroundWindow(IntPtr h);"
    " [DllImport(\"user32.dll\")] public static extern bool SetCursorPos(int x, int y);"
    " [DllImport(\"user32.dll\")] public static extern void mouse_event(int f, int x, int y, int d, int i);'\n"
    "Add-Type -Name Win -Namespace Jarvis -MemberDefinition $sig\n"
)


def quote(value: str) -> str:
    """A PowerShell single-quoted literal: nothing inside it is interpreted."""
    return "'" + "".join(c + c if c in _SINGLE_QUOTES else c for c in value) + "'"


def like(value: str) -> str:
    """A `-like` pattern matching `value` anywhere, its own wildcards made literal."""
    return f"('*' + [WildcardPattern]::Escape({quote(value)}) + '*')"


def powershell(script: str, parse: Callable[[str], Any] = json_or_text, *, stdin: str | None = None) -> Shell:
    encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
    argv = (POWERSHELL, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded)
    return Shell(Command(argv, stdin=stdin), parse, shown=script)


def _json(select: str) -> str:
    return f"{select} | ConvertTo-Json -Compress -Depth 3"


# -- applications, processes, windows ----------------------------------------------


def open_app(args: Json, ctx: ToolContext) -> Step:
    script = f"Start-Process -FilePath {quote(args['name'])}"
    if args.get("args"):
        script += " -ArgumentList @(" + ", ".join(quote(a) for a in args["args"]) + ")"
    return powershell(script, text)


def close_app(args: Json, ctx: ToolContext) -> Step:
    name = re.sub(r"\.exe$", "", args["name"], flags=re.I)
    return powershell(
        f"$p = @(Get-Process -Name {quote(name)} -ErrorAction Stop)\n"
        "$p | ForEach-Object { [void]$_.CloseMainWindow() }\n"
        + _json("$p | Select-Object Id, ProcessName"),
    )


def open_url(args: Json, ctx: ToolContext) -> Step:
    if args.get("browser"):
        return powershell(f"Start-Process -FilePath {quote(args['browser'])} -ArgumentList {quote(args['url'])}", text)
    return powershell(f"Start-Process {quote(args['url'])}", text)


def list_processes(args: Json, ctx: ToolContext) -> Step:
    limit = args.get("limit", 50)
    return powershell(
        f"Get-Process | Where-Object {{ $_.ProcessName -like {like(args.get('filter', ''))} }}"
        f" | Sort-Object WorkingSet64 -Descending | Select-Object -First {limit}"
        " Id, ProcessName, @{n='MemoryMB';e={[math]::Round($_.WorkingSet64 / 1MB, 1)}}, CPU"
        " | ConvertTo-Json -Compress -Depth 3"
    )


def kill_process(args: Json, ctx: ToolContext) -> Step:
    target = args["target"].strip()
    name = re.sub(r"\.exe$", "", target, flags=re.I)
    selector = f"-Id {int(target)}" if target.isdigit() else f"-Name {quote(name)}"
    return powershell(_json(f"Stop-Process {selector} -Force -PassThru -ErrorAction Stop | Select-Object Id, ProcessName"))


def list_windows(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json("Get-Process | Where-Object { $_.MainWindowTitle } | Select-Object Id, ProcessName, MainWindowTitle"))


def _window(title: str, show: int) -> Shell:
    return powershell(
        _USER32
        + f"$p = Get-Process | Where-Object {{ $_.MainWindowTitle -like {like(title)} }} | Select-Object -First 1\n"
        + f"if (-not $p) {{ Write-Error ('no window title contains ' + {quote(title)}); exit 1 }}\n"
        + f"[void][Jarvis.Win]::ShowWindow($p.MainWindowHandle, {show})\n"
        + ("[void][Jarvis.Win]::SetForegroundWindow($p.MainWindowHandle)\n" if show != 6 else "")
        + "$p.MainWindowTitle",
        text,
    )


def focus_window(args: Json, ctx: ToolContext) -> Step:
    return _window(args["title"], 9)  # SW_RESTORE, then to the foreground


def minimize_window(args: Json, ctx: ToolContext) -> Step:
    return _window(args["title"], 6)  # SW_MINIMIZE


def maximize_window(args: Json, ctx: ToolContext) -> Step:
    return _window(args["title"], 3)  # SW_MAXIMIZE


# -- keyboard, mouse, clipboard -------------------------------------------------------


def _sendkeys(keys: str) -> Shell:
    return powershell(f"Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait({quote(keys)})", text)


def send_keys(args: Json, ctx: ToolContext) -> Step:
    return _sendkeys(args["keys"])  # SendKeys syntax as given: {ENTER}, ^c, %{F4}


def type_text(args: Json, ctx: ToolContext) -> Step:
    return _sendkeys("".join(f"{{{c}}}" if c in _SENDKEYS_SPECIAL else c for c in args["text"]))


def sendkeys_chord(keys: str) -> str:
    """`ctrl+shift+t` in SendKeys syntax: `^+t`."""
    parts = [p.strip().lower() for p in keys.split("+") if p.strip()]
    if not parts:
        raise ToolError("no keys given")
    if any(p in ("win", "windows", "super", "cmd", "meta") for p in parts):
        raise NotAvailable("the Windows key cannot be sent through SendKeys")
    *mods, key = parts
    unknown = [m for m in mods if m not in _MODIFIERS]
    if unknown:
        raise ToolError(f"unknown modifier {unknown[0]!r}; use ctrl, alt or shift")
    if key in _KEY_NAMES:
        name = _KEY_NAMES[key]
    elif len(key) == 1:
        name = f"{{{key}}}" if key in _SENDKEYS_SPECIAL else key
    else:
        raise ToolError(f"unknown key {key!r}")
    return "".join(_MODIFIERS[m] for m in mods) + name


def press_hotkey(args: Json, ctx: ToolContext) -> Step:
    return _sendkeys(sendkeys_chord(args["keys"]))


def mouse_click(args: Json, ctx: ToolContext) -> Step:
    down, up = (0x0008, 0x0010) if args.get("button") == "right" else (0x0002, 0x0004)
    return powershell(
        _USER32
        + f"[void][Jarvis.Win]::SetCursorPos({int(args['x'])}, {int(args['y'])})\n"
        + f"[Jarvis.Win]::mouse_event({down}, 0, 0, 0, 0)\n[Jarvis.Win]::mouse_event({up}, 0, 0, 0, 0)",
        text,
    )


def clipboard_get(args: Json, ctx: ToolContext) -> Step:
    return powershell("Get-Clipboard -Raw", text)


def clipboard_set(args: Json, ctx: ToolContext) -> Step:
    # The text travels on stdin: a command line is limited to 32,767 characters.
    return powershell("Set-Clipboard -Value ([Console]::In.ReadToEnd())", text, stdin=args["text"])


# -- audio, screen ----------------------------------------------------------------------


# The media keys: 173 mute (toggles), 174 volume down, 175 volume up (2 % a press; either one unmutes).
MUTE, DOWN, UP = 173, 174, 175


def _volume_keys(*codes: int) -> Shell:
    return powershell("$w = New-Object -ComObject WScript.Shell\n" + "\n".join(f"$w.SendKeys([char]{code})" for code in codes), text)


def volume_up(args: Json, ctx: ToolContext) -> Step:
    return _volume_keys(*[UP] * max(1, args.get("step", 10) // 2))


def volume_down(args: Json, ctx: ToolContext) -> Step:
    return _volume_keys(*[DOWN] * max(1, args.get("step", 10) // 2))


def volume_mute(args: Json, ctx: ToolContext) -> Step:
    """No mute state can be read without the audio COM API, but a volume key
    unmutes: up then down unmutes at the same volume, then the mute key mutes."""
    return _volume_keys(*{"on": (UP, DOWN, MUTE), "off": (UP, DOWN)}.get(args.get("state", "toggle"), (MUTE,)))


def screenshot(args: Json, ctx: ToolContext) -> Step:
    path = Roots(ctx.config.tools.roots).resolve(args["path"])
    return powershell(
        "Add-Type -AssemblyName System.Windows.Forms, System.Drawing\n"
        "$b = [System.Windows.Forms.SystemInformation]::VirtualScreen\n"
        "$bmp = New-Object System.Drawing.Bitmap $b.Width, $b.Height\n"
        "$g = [System.Drawing.Graphics]::FromImage($bmp)\n"
        "$g.CopyFromScreen($b.Left, $b.Top, 0, 0, $bmp.Size)\n"
        f"$bmp.Save({quote(str(path))}, [System.Drawing.Imaging.ImageFormat]::Png)\n"
        f"{quote(str(path))}",
        text,
    )


def screen_resolution(args: Json, ctx: ToolContext) -> Step:
    return powershell(
        "Add-Type -AssemblyName System.Windows.Forms\n"
        + _json("[System.Windows.Forms.Screen]::AllScreens | Select-Object DeviceName, Primary,"
                " @{n='Width';e={$_.Bounds.Width}}, @{n='Height';e={$_.Bounds.Height}}")
    )


# -- system, power -----------------------------------------------------------------------


def system_info(args: Json, ctx: ToolContext) -> Step:
    return powershell(
        "$os = Get-CimInstance Win32_OperatingSystem\n"
        "$cpu = Get-CimInstance Win32_Processor | Select-Object -First 1\n"
        "$disks = Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | Select-Object DeviceID,"
        " @{n='SizeGB';e={[math]::Round($_.Size / 1GB, 1)}}, @{n='FreeGB';e={[math]::Round($_.FreeSpace / 1GB, 1)}}\n"
        + _json("[pscustomobject]@{ os = $os.Caption; version = $os.Version; hostname = $env:COMPUTERNAME;"
                " cpu = $cpu.Name; cores = $cpu.NumberOfLogicalProcessors;"
                " ram_total_gb = [math]::Round($os.TotalVisibleMemorySize / 1MB, 1);"
                " ram_free_gb = [math]::Round($os.FreePhysicalMemory / 1MB, 1);"
                " uptime_hours = [math]::Round(((Get-Date) - $os.LastBootUpTime).TotalHours, 1); disks = $disks }")
    )


def gpu_info(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json("Get-CimInstance Win32_VideoController | Select-Object Name, DriverVersion, @{n='AdapterRAMGB';e={[math]::Round($_.AdapterRAM / 1GB, 1)}}"))


def network_info(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json("Get-NetIPAddress | Select-Object InterfaceAlias, IPAddress, @{n='Family';e={$_.AddressFamily.ToString()}}, PrefixLength"))


def powershell_run(args: Json, ctx: ToolContext) -> Step:
    return powershell(args["command"], text)


def lock_screen(args: Json, ctx: ToolContext) -> Step:
    return Shell(Command(("rundll32.exe", "user32.dll,LockWorkStation")))


def shutdown_pc(args: Json, ctx: ToolContext) -> Step:
    return Shell(Command(("shutdown.exe", "/s", "/t", str(args.get("delay_s", 30)))))  # `shutdown /a` cancels


def restart_pc(args: Json, ctx: ToolContext) -> Step:
    return Shell(Command(("shutdown.exe", "/r", "/t", str(args.get("delay_s", 30)))))


def sleep_pc(args: Json, ctx: ToolContext) -> Step:
    return powershell("Add-Type -AssemblyName System.Windows.Forms\n[void][System.Windows.Forms.Application]::SetSuspendState('Suspend', $false, $false)", text)


# -- services, network, registry ----------------------------------------------------------


def list_services(args: Json, ctx: ToolContext) -> Step:
    pattern = like(args.get("filter", ""))
    return powershell(_json(f"Get-Service | Where-Object {{ $_.Name -like {pattern} -or $_.DisplayName -like {pattern} }} | Select-Object Name, DisplayName, @{{n='Status';e={{$_.Status.ToString()}}}}"))


def start_service(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json(f"Start-Service -Name {quote(args['name'])} -PassThru -ErrorAction Stop | Select-Object Name, @{{n='Status';e={{$_.Status.ToString()}}}}"))


def stop_service(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json(f"Stop-Service -Name {quote(args['name'])} -PassThru -ErrorAction Stop | Select-Object Name, @{{n='Status';e={{$_.Status.ToString()}}}}"))


def wifi_networks(args: Json, ctx: ToolContext) -> Step:
    return Shell(Command(("netsh.exe", "wlan", "show", "networks", "mode=bssid")))


def ping(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json(f"Test-Connection -ComputerName {quote(args['host'])} -Count {args.get('count', 4)} -ErrorAction Stop | Select-Object Address, ResponseTime, StatusCode"))


def get_ip(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json("Get-NetIPAddress | Where-Object { $_.IPAddress -notin @('127.0.0.1', '::1') } | Select-Object InterfaceAlias, IPAddress, @{n='Family';e={$_.AddressFamily.ToString()}}"))


def registry_path(path: str) -> str:
    """`HKCU\\Software\\X`, `HKCU:\\Software\\X` or `HKEY_CURRENT_USER\\Software\\X`
    as a provider path PowerShell reads the same way on every version."""
    hive, _, rest = path.replace("/", "\\").partition("\\")
    hive = hive.rstrip(":").upper()
    full = _HIVES.get(hive, hive)
    if full not in _HIVES.values():
        raise ToolError(f"unknown registry hive {hive!r}; use one of {', '.join(_HIVES)}")
    return f"Registry::{full}\\{rest}" if rest else f"Registry::{full}"


def registry_read(args: Json, ctx: ToolContext) -> Step:
    path = quote(registry_path(args["path"]))
    if args.get("name"):
        return powershell(f"Get-ItemPropertyValue -Path {path} -Name {quote(args['name'])} -ErrorAction Stop")
    return powershell(_json(f"Get-ItemProperty -Path {path} -ErrorAction Stop | Select-Object * -ExcludeProperty PS*"))


def registry_write(args: Json, ctx: ToolContext) -> Step:
    kind = args.get("type", "String")
    if kind not in _REG_TYPES:
        raise ToolError(f"unknown registry type {kind!r}; use one of {', '.join(sorted(_REG_TYPES))}")
    value = args["value"]
    if kind in ("DWord", "QWord"):
        if not re.fullmatch(r"-?\d+", value.strip()):
            raise ToolError(f"a {kind} value must be an integer, not {value!r}")
        literal = value.strip()
    else:
        literal = quote(value)
    path = quote(registry_path(args["path"]))
    return powershell(
        f"if (-not (Test-Path -Path {path})) {{ New-Item -Path {path} -Force | Out-Null }}\n"
        f"New-ItemProperty -Path {path} -Name {quote(args['name'])} -Value {literal} -PropertyType {kind} -Force | Out-Null\n"
        f"Get-ItemPropertyValue -Path {path} -Name {quote(args['name'])}",
    )


# -- notifications ------------------------------------------------------------------------


def notify(args: Json, ctx: ToolContext) -> Step:
    # Toasts need a registered application id: PowerShell's own is always there.
    app = "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe"
    return powershell(
        "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null\n"
        "$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)\n"
        "$n = $t.GetElementsByTagName('text')\n"
        f"[void]$n.Item(0).AppendChild($t.CreateTextNode({quote(args.get('title', 'JARVIS'))}))\n"
        f"[void]$n.Item(1).AppendChild($t.CreateTextNode({quote(args['message'])}))\n"
        f"[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier({quote(app)}).Show([Windows.UI.Notifications.ToastNotification]::new($t))",
        text,
    )


def speak(args: Json, ctx: ToolContext) -> Step:
    return powershell(f"Add-Type -AssemblyName System.Speech\n(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak({quote(args['text'])})", text)


def scheduled_tasks(args: Json, ctx: ToolContext) -> Step:
    return powershell(_json(f"Get-ScheduledTask | Where-Object {{ $_.TaskName -like {like(args.get('filter', ''))} }} | Select-Object TaskName, TaskPath, @{{n='State';e={{$_.State.ToString()}}}}"))


def bash(args: Json, ctx: ToolContext) -> Step:
    raise NotAvailable("bash is not available on Windows; use powershell_run")
