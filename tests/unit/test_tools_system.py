"""System tools: the Linux backend for real (processes, psutil facts, the
shell, scripts), the Windows backend by the exact PowerShell it would run,
and macOS by the exact commands."""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import psutil
import pytest

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.tools import Caller, Policy, Toolbox
from jarvis_tui.core.tools.base import Command
from jarvis_tui.core.tools.proc import run as run_command
from jarvis_tui.core.tools.system import plan

USER = Caller("user")
linux = pytest.mark.skipif(sys.platform != "linux", reason="the Linux backend runs for real on Linux only")


def make_box(tmp_path: Path, *, platform: str | None = None, **tools) -> Toolbox:
    settings = ToolsConfig(**{"roots": [str(tmp_path)], "danger_enabled": True, **tools})
    return Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings, assume_yes=True), platform=platform)


@pytest.fixture()
def sleeper(tmp_path: Path):
    """A sleeping process with a name no other process has."""
    name = f"jvs{uuid.uuid4().hex[:6]}"
    binary = tmp_path / name
    shutil.copy(shutil.which("sleep"), binary)
    process = subprocess.Popen([str(binary), "60"])
    yield name, process
    process.kill()
    process.wait()


# -- Linux, for real -------------------------------------------------------------------


@linux
async def test_list_processes_finds_a_running_process(tmp_path: Path, sleeper) -> None:
    name, process = sleeper
    result = await make_box(tmp_path).call("list_processes", {"filter": name}, caller=USER)
    assert result.ok
    assert [(p["pid"], p["name"]) for p in result.data["processes"]] == [(process.pid, name)]


@linux
async def test_close_app_terminates_by_name(tmp_path: Path, sleeper) -> None:
    name, process = sleeper
    result = await make_box(tmp_path).call("close_app", {"name": name}, caller=USER)
    assert result.ok and result.data == {"closed": [{"pid": process.pid, "name": name}]}
    assert process.wait(timeout=5) == -15  # SIGTERM


@linux
async def test_kill_process_by_pid_and_its_limits(tmp_path: Path, sleeper) -> None:
    name, process = sleeper
    box = make_box(tmp_path)
    preview = box.registry.get("kill_process").preview({"target": str(process.pid)}, box.context(USER))
    assert preview == f"send SIGKILL to pid {process.pid}"
    result = await box.call("kill_process", {"target": str(process.pid)}, caller=USER)
    assert result.ok and result.data["killed"] == [{"pid": process.pid, "name": name}]
    assert process.wait(timeout=5) == -9
    assert (await box.call("kill_process", {"target": "1"}, caller=USER)).error == "refusing to kill pid 1 (init or jarvis itself)"
    assert (await box.call("kill_process", {"target": str(os.getpid())}, caller=USER)).error.startswith("refusing to kill")
    assert (await box.call("kill_process", {"target": "no-such-process-name"}, caller=USER)).error == "no running process is named 'no-such-process-name'"


@linux
async def test_machine_facts_come_from_psutil(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    info = (await box.call("system_info", {}, caller=USER)).data
    assert info["cores"] == psutil.cpu_count() and info["ram_total_gb"] == round(psutil.virtual_memory().total / 1e9, 1)
    network = (await box.call("network_info", {}, caller=USER)).data
    assert set(network["interfaces"]) == set(psutil.net_if_addrs())
    addresses = (await box.call("get_ip", {}, caller=USER)).data["addresses"]
    assert all(not a["address"].startswith("127.") for a in addresses)


@linux
async def test_bash_runs_without_a_tty_and_reports_failures(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    assert (await box.call("bash", {"command": "echo hello; echo err >&2"}, caller=USER)).data == "hello\n"
    failed = await box.call("bash", {"command": "echo nope >&2; exit 3"}, caller=USER)
    assert failed.error == "sh exited with status 3: nope"


@linux
async def test_a_cancelled_command_leaves_no_process_behind(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    command = Command(("/bin/sh", "-c", f"echo $$ > {pidfile}; sleep 30 & wait"))
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(run_command(command), 0.5)
    pid = int(pidfile.read_text())
    deadline = asyncio.get_running_loop().time() + 5
    while psutil.pid_exists(pid) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
    assert not psutil.pid_exists(pid)
    children = [p for p in psutil.process_iter(["cmdline"]) if p.info["cmdline"] == ["sleep", "30"] and p.ppid() == pid]
    assert children == []


@linux
async def test_missing_programs_and_other_systems_say_not_available(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no wmctrl, nmcli, systemctl… here
    box = make_box(tmp_path)
    assert (await box.call("list_windows", {}, caller=USER)).error == "not available: listing windows needs wmctrl on PATH, and none was found"
    assert (await box.call("wifi_networks", {}, caller=USER)).error.startswith("not available: listing Wi-Fi networks (NetworkManager) needs nmcli")
    registry = await box.call("registry_read", {"path": "HKCU\\Software"}, caller=Caller("mcp"))
    assert registry.error == "not available: the registry exists only on Windows"


@linux
async def test_scripts_run_from_script_folders_only(tmp_path: Path) -> None:
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "hello.py").write_text("import sys\nprint('hello', *sys.argv[1:])\n")
    (scripts / "fail.sh").write_text("echo broken >&2\nexit 4\n")
    (scripts / "notes.txt").write_text("not a script")
    files = tmp_path / "files"  # a script folder inside a file root is refused (issue 9)
    files.mkdir()
    box = make_box(tmp_path, roots=[str(files)], script_dirs=[str(scripts)])
    listed = (await box.call("list_scripts", {}, caller=USER)).data
    assert sorted(s["script"] for s in listed["scripts"]) == ["fail.sh", "hello.py"]
    preview = box.registry.get("run_script").preview({"script": "hello.py", "args": ["a b", "c"]}, box.context(USER))
    assert preview == f"{sys.executable} {scripts / 'hello.py'} 'a b' c"
    ran = await box.call("run_script", {"script": "hello.py", "args": ["a b", "$(id)"]}, caller=USER)
    assert ran.data == {"exit_code": 0, "stdout": "hello a b $(id)\n", "stderr": ""}
    failed = await box.call("run_script", {"script": "fail.sh"}, caller=USER)
    assert failed.data == {"exit_code": 4, "stdout": "", "stderr": "broken\n"}
    assert "is not a script" in (await box.call("run_script", {"script": "notes.txt"}, caller=USER)).error
    assert "'..' is not allowed" in (await box.call("run_script", {"script": "../scripts/hello.py"}, caller=USER)).error
    assert "outside the configured roots" in (await box.call("run_script", {"script": "/bin/ls"}, caller=USER)).error
    paths = (await box.call("list_project_paths", {}, caller=USER)).data
    assert paths == {"roots": [{"path": str(files), "exists": True}], "script_dirs": [{"path": str(scripts), "exists": True}]}


# -- Windows, by the exact PowerShell ----------------------------------------------------


def ps(tmp_path: Path, tool: str, **arguments) -> str:
    """The script `name` would run on Windows, checked against its encoded form."""
    box = make_box(tmp_path, platform="win32")
    step = plan(tool, arguments, box.context(USER))
    argv = step.command.argv
    assert argv[:6] == ("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand")
    script = base64.b64decode(argv[6]).decode("utf-16-le")
    assert script == step.preview()
    return script


def test_windows_processes(tmp_path: Path) -> None:
    assert ps(tmp_path, "kill_process", target="notepad.exe") == (
        "Stop-Process -Name 'notepad' -Force -PassThru -ErrorAction Stop | Select-Object Id, ProcessName | ConvertTo-Json -Compress -Depth 3")
    assert ps(tmp_path, "kill_process", target="4242").startswith("Stop-Process -Id 4242 -Force")
    assert ps(tmp_path, "list_processes", filter="chr[o]me", limit=5) == (
        "Get-Process | Where-Object { $_.ProcessName -like ('*' + [WildcardPattern]::Escape('chr[o]me') + '*') }"
        " | Sort-Object WorkingSet64 -Descending | Select-Object -First 5 Id, ProcessName,"
        " @{n='MemoryMB';e={[math]::Round($_.WorkingSet64 / 1MB, 1)}}, CPU | ConvertTo-Json -Compress -Depth 3")
    assert ps(tmp_path, "close_app", name="Code.exe").splitlines() == [
        "$p = @(Get-Process -Name 'Code' -ErrorAction Stop)",
        "$p | ForEach-Object { [void]$_.CloseMainWindow() }",
        "$p | Select-Object Id, ProcessName | ConvertTo-Json -Compress -Depth 3",
    ]


def test_windows_quotes_every_value_including_typographic_quotes(tmp_path: Path) -> None:
    # PowerShell ends a single-quoted string at ' and at the typographic quotes too.
    assert ps(tmp_path, "open_app", name="it's \u2018x\u2019", args=["a'; Remove-Item C:\\ -Recurse; '"]) == (
        "Start-Process -FilePath 'it''s \u2018\u2018x\u2019\u2019' -ArgumentList @('a''; Remove-Item C:\\ -Recurse; ''')")
    assert ps(tmp_path, "speak", text="$(calc)") == "Add-Type -AssemblyName System.Speech\n(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak('$(calc)')"


def test_windows_keyboard(tmp_path: Path) -> None:
    assert ps(tmp_path, "type_text", text="a+b{c}%") == "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('a{+}b{{}c{}}{%}')"
    assert ps(tmp_path, "press_hotkey", keys="ctrl+shift+t").endswith("SendWait('^+t')")
    assert ps(tmp_path, "press_hotkey", keys="alt+f4").endswith("SendWait('%{F4}')")


async def test_windows_hotkey_with_the_windows_key_is_not_available(tmp_path: Path) -> None:
    result = await make_box(tmp_path, platform="win32").call("press_hotkey", {"keys": "win+d"}, caller=USER)
    assert result.error == "not available: the Windows key cannot be sent through SendKeys"


def test_windows_registry(tmp_path: Path) -> None:
    assert ps(tmp_path, "registry_read", path="HKCU\\Software\\Jarvis", name="Theme") == (
        "Get-ItemPropertyValue -Path 'Registry::HKEY_CURRENT_USER\\Software\\Jarvis' -Name 'Theme' -ErrorAction Stop")
    assert ps(tmp_path, "registry_read", path="HKLM:\\SOFTWARE\\X").startswith("Get-ItemProperty -Path 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X'")
    assert ps(tmp_path, "registry_write", path="HKCU\\Software\\Jarvis", name="Level", value="12", type="DWord").splitlines() == [
        "if (-not (Test-Path -Path 'Registry::HKEY_CURRENT_USER\\Software\\Jarvis')) { New-Item -Path 'Registry::HKEY_CURRENT_USER\\Software\\Jarvis' -Force | Out-Null }",
        "New-ItemProperty -Path 'Registry::HKEY_CURRENT_USER\\Software\\Jarvis' -Name 'Level' -Value 12 -PropertyType DWord -Force | Out-Null",
        "Get-ItemPropertyValue -Path 'Registry::HKEY_CURRENT_USER\\Software\\Jarvis' -Name 'Level'",
    ]


async def test_windows_registry_refuses_bad_values(tmp_path: Path) -> None:
    box = make_box(tmp_path, platform="win32")
    bad = await box.call("registry_write", {"path": "HKCU\\X", "name": "n", "value": "1; Stop-Computer", "type": "DWord"}, caller=USER)
    assert bad.error == "a DWord value must be an integer, not '1; Stop-Computer'"
    hive = await box.call("registry_read", {"path": "HKXX\\Software"}, caller=USER)
    assert hive.error.startswith("unknown registry hive 'HKXX'")


def test_windows_clipboard_text_travels_on_stdin(tmp_path: Path) -> None:
    box = make_box(tmp_path, platform="win32")
    step = plan("clipboard_set", {"text": "x" * 100_000}, box.context(USER))
    assert step.preview() == "Set-Clipboard -Value ([Console]::In.ReadToEnd())" and step.command.stdin == "x" * 100_000


def test_windows_power_and_services(tmp_path: Path) -> None:
    box = make_box(tmp_path, platform="win32")
    assert plan("shutdown_pc", {}, box.context(USER)).command.argv == ("shutdown.exe", "/s", "/t", "30")
    assert plan("restart_pc", {"delay_s": 0}, box.context(USER)).command.argv == ("shutdown.exe", "/r", "/t", "0")
    assert ps(tmp_path, "stop_service", name="Spooler") == (
        "Stop-Service -Name 'Spooler' -PassThru -ErrorAction Stop | Select-Object Name, @{n='Status';e={$_.Status.ToString()}} | ConvertTo-Json -Compress -Depth 3")
    assert ps(tmp_path, "ping", host="10.5.0.2", count=2).startswith("Test-Connection -ComputerName '10.5.0.2' -Count 2 ")


async def test_bash_is_not_available_on_windows(tmp_path: Path) -> None:
    result = await make_box(tmp_path, platform="win32").call("bash", {"command": "ls"}, caller=USER)
    assert result.error == "not available: bash is not available on Windows; use powershell_run"


# -- macOS, by the exact commands ----------------------------------------------------------


def test_macos_values_travel_as_arguments_never_inside_the_script(tmp_path: Path) -> None:
    box = make_box(tmp_path, platform="darwin")
    argv = plan("type_text", {"text": 'a" & do shell script "rm -rf ~'}, box.context(USER)).command.argv
    assert argv == ("osascript", "-e", "on run argv", "-e", 'tell application "System Events" to keystroke (item 1 of argv)', "-e", "end run",
                    'a" & do shell script "rm -rf ~')
    assert plan("sleep_pc", {}, box.context(USER)).command.argv == ("pmset", "sleepnow")
    assert plan("open_url", {"url": "https://example.org", "browser": "Safari"}, box.context(USER)).command.argv == ("open", "-a", "Safari", "https://example.org")


# -- mute state: "unmute" must never mute what was not muted --------------------------------


@pytest.mark.parametrize("program", ["wpctl", "pactl", "amixer"])
def test_linux_mute_sets_the_state_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, program: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / program).write_text("#!/bin/sh\n", encoding="utf-8")
    (bin_dir / program).chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    box = make_box(tmp_path, platform="linux")
    said = {state: plan("volume_mute", {"state": state}, box.context(USER)).command.argv[1:] for state in ("on", "off", "toggle")}
    said["default"] = plan("volume_mute", {}, box.context(USER)).command.argv[1:]
    expected = {"wpctl": ("set-mute", "@DEFAULT_AUDIO_SINK@"), "pactl": ("set-sink-mute", "@DEFAULT_SINK@"), "amixer": ("-q", "set", "Master")}[program]
    words = {"on": "mute", "off": "unmute"} if program == "amixer" else {"on": "1", "off": "0"}
    assert said == {"on": (*expected, words["on"]), "off": (*expected, words["off"]), "toggle": (*expected, "toggle"), "default": (*expected, "toggle")}


def test_windows_and_macos_mute_set_the_state_asked_for(tmp_path: Path) -> None:
    keys = {state: ps(tmp_path, "volume_mute", state=state).splitlines()[1:] for state in ("on", "off", "toggle")}
    up, down, mute = "$w.SendKeys([char]175)", "$w.SendKeys([char]174)", "$w.SendKeys([char]173)"
    assert keys == {"on": [up, down, mute], "off": [up, down], "toggle": [mute]}  # a volume key unmutes: up then down keeps the level
    box = make_box(tmp_path, platform="darwin")
    assert plan("volume_mute", {"state": "off"}, box.context(USER)).command.argv[4] == "set volume output muted false"
    assert plan("volume_mute", {"state": "on"}, box.context(USER)).command.argv[4] == "set volume output muted true"


async def test_a_mute_state_that_is_not_one_is_refused(tmp_path: Path) -> None:
    result = await make_box(tmp_path).call("volume_mute", {"state": "loud"}, caller=USER)
    assert not result.ok and "state" in result.error
