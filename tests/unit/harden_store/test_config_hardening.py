"""The whole config is validated at load, before anything is opened: tool
names, script folders against file roots, URL credentials, nesting depth,
duplicate nodes. Property-based: any file, any value, is a Config or one
ConfigError (valid UTF-8, naming the file), never another exception."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jarvis_tui.core.config import Config, ConfigError, load_config
from jarvis_tui.core.runtime import load_checked_config

NODE = '[[nodes]]\nname = "M1"\nkind = "openai"\nurl = "{url}"\nmodel = "m"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_checked_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message.removeprefix(f"{path}: ")


def test_a_typo_in_the_allow_list_names_the_key_and_suggests(tmp_path: Path) -> None:
    assert refused(tmp_path, '[tools]\nallow = ["read", "writ"]\n') == "tools.allow: unknown tool 'writ'; did you mean 'write'?"
    assert refused(tmp_path, '[tools]\nallow = ["format_disk"]\n') == "tools.allow: unknown tool 'format_disk'"
    assert load_config(write(tmp_path, '[tools]\nallow = ["write", "run_script"]\n')).tools.allow == ["write", "run_script"]


@pytest.mark.parametrize(("roots", "scripts"), [("~/jarvis", "~/jarvis/scripts"), ("{tmp}/a", "{tmp}/a"), ("{tmp}/a/b", "{tmp}/a")])
def test_a_script_folder_the_file_tools_can_write_is_refused(tmp_path: Path, roots: str, scripts: str) -> None:
    roots, scripts = roots.format(tmp=tmp_path), scripts.format(tmp=tmp_path)
    message = refused(tmp_path, f'[tools]\nroots = ["{roots}"]\nscript_dirs = ["{scripts}"]\n')
    assert message.startswith(f"tools.script_dirs: the script folder '{scripts}' overlaps the file root '{roots}'")
    assert "run_script" in message


def test_a_script_folder_reached_through_a_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "scripts").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "root" / "scripts")
    assert "overlaps" in refused(tmp_path, f'[tools]\nroots = ["{tmp_path}/root"]\nscript_dirs = ["{tmp_path}/link"]\n')


def test_separate_script_folders_and_roots_load(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, f'[tools]\nroots = ["{tmp_path}/files"]\nscript_dirs = ["{tmp_path}/scripts"]\n'))
    assert config.tools.script_dirs == [f"{tmp_path}/scripts"]


@pytest.mark.parametrize("url", ["http://admin:pass@10.0.0.2:1234", "https://user@example.com", "http://:hunter2@host"])
def test_credentials_in_a_url_are_refused_without_printing_them(tmp_path: Path, url: str) -> None:
    message = refused(tmp_path, NODE.format(url=url))
    assert message.startswith("nodes[0] (M1).url: ") and "user name or password in a URL is not allowed" in message
    assert "pass" not in message.replace("password", "") and "hunter2" not in message and "admin" not in message
    assert "api_key_env" in message


def test_credentials_in_gpu_metrics_and_claude_urls_are_refused(tmp_path: Path) -> None:
    assert "not allowed" in refused(tmp_path, NODE.format(url="http://h:1") + 'gpu_metrics = "http://u:p@h:9400/metrics"\n')
    assert refused(tmp_path, '[claude]\nurl = "https://k:v@api.anthropic.com"\n').startswith("claude.url: ")


@pytest.mark.parametrize("text", [
    "a = " + "[" * 5000 + "]" * 5000,
    "a = " + "{b = " * 2000 + "1" + "}" * 2000,
    "x." + ".".join(["k"] * 5000) + " = 1",
    "[" + ".".join(["t"] * 100) + "]\nv = 1",
])
def test_deep_nesting_is_a_config_error_not_a_recursion_error(tmp_path: Path, text: str) -> None:
    assert "nested" in refused(tmp_path, text)


def test_a_duplicate_node_names_the_nodes_key(tmp_path: Path) -> None:
    node = NODE.format(url="http://h:1")
    assert refused(tmp_path, node + node) == "nodes: node 'M1' is defined twice"


def test_every_env_key_names_a_secret(tmp_path: Path) -> None:
    text = NODE.format(url="http://h:1") + 'api_key_env = "VLLM_SERVER"\n[claude]\napi_key_env = "CLAUDE_AUTH"\n'
    assert {"VLLM_SERVER", "CLAUDE_AUTH"} <= load_config(write(tmp_path, text)).secret_envs()


# -- any file, any value --------------------------------------------------------

KEYS = {
    "commander": ["quality_threshold", "max_cycles", "max_parallel", "classifier_node", "fallbacks", "max_tokens"],
    "thermal": ["warning_c", "critical_c", "hysteresis_c"],
    "tools": ["allow", "danger_enabled", "roots", "script_dirs", "max_steps", "timeout_s"],
    "store": ["path"],
    "monitor": ["health_interval_s", "stale_after_s"],
    "embedded": ["enabled", "n_ctx"],
    "claude": ["url", "api_key_env", "model"],
}
NODE_KEYS = ["name", "kind", "url", "model", "models", "gpu_metrics", "timeout_s", "api_key_env", "enabled"]
SCALARS = st.one_of(
    st.text(max_size=30), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
    st.sampled_from(["M1", "openai", "ollama", "http://127.0.0.1:1", "http://a:b@h", "~/x", "write", "", "\x00", "é\u202e"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["a", "name", "url", "node"]), inner, max_size=3), max_leaves=8)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, int) or math.isfinite(value) else "0"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


@st.composite
def documents(draw) -> str:
    lines = []
    for section, keys in KEYS.items():
        chosen = draw(st.dictionaries(st.sampled_from([*keys, "typo_key"]), VALUES, max_size=3))
        if chosen:
            lines.append(f"[{section}]")
            lines += [f"{key} = {toml_value(value)}" for key, value in chosen.items()]
    for _ in range(draw(st.integers(0, 2))):
        lines.append("[[nodes]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in draw(st.dictionaries(st.sampled_from(NODE_KEYS), VALUES, max_size=6)).items()]
    return "\n".join(lines) + "\n"


def loads_or_explains(path: Path) -> None:
    try:
        assert isinstance(load_config(path), Config)
    except ConfigError as exc:
        message = str(exc)
        message.encode("utf-8")
        assert message.startswith(f"{path}: ")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_any_values_are_a_config_or_one_config_error(tmp_path: Path, text: str) -> None:
    loads_or_explains(write(tmp_path, text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_any_bytes_are_a_config_or_one_config_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "c.toml"
    path.write_bytes(data)
    loads_or_explains(path)
