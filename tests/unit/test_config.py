"""The TOML contract: defaults, lookup order, merging, and clear errors."""

from pathlib import Path

import pytest

from jarvis_tui.core.config import ConfigError, load_config, user_config_path

CONTRACT = """
[commander]
quality_threshold = 0.7
max_cycles = 2
max_parallel = 4
classifier_node = "M1"

[thermal]
warning_c = 75
critical_c = 85

[[nodes]]
name = "M1"
kind = "openai"
url = "http://10.5.0.2:1234"
model = "qwen3-30b"
models = ["qwen3-coder-30b", "devstral-small-2", "gpt-oss-20b"]
gpu_metrics = "http://10.5.0.2:9400/metrics"
timeout_s = 120

[[nodes]]
name = "OL1"
kind = "ollama"
url = "http://127.0.0.1:11434"
model = "qwen3:1.7b"

[routing]
code = [ { agent = "ia-fast", node = "OL1", role = "coder" },
         { agent = "ia-check", node = "M1", role = "reviewer" } ]

[voice]
language = "fr"
stt_model = "base"

[trading]
mode = "paper"
exchange = "mexc"
pairs = ["BTC", "ETH", "SOL", "SUI", "PEPE", "DOGE", "XRP", "ADA", "AVAX", "LINK"]
leverage = 10
size_usdt = 10
take_profit_pct = 0.4
stop_loss_pct = 0.25
min_score = 70
"""


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_reproduce_the_seed_cluster():
    config = load_config()
    assert [n.name for n in config.nodes] == ["M1", "M2", "M3", "OL1", "GEMINI"]
    assert config.node("M2").model == "deepseek-coder-v2-lite"
    assert config.node("OL1").kind == "ollama"
    assert set(config.agents) == {"ia-deep", "ia-fast", "ia-check", "ia-trading", "ia-system"}
    assert [(u.agent, u.node, u.role) for u in config.routing["code"]] == [("ia-fast", "M2", "coder"), ("ia-check", "M1", "reviewer")]
    assert (config.thermal.warning_c, config.thermal.critical_c) == (75, 85)
    assert all("127.0.0.1" in n.url for n in config.nodes if n.name != "GEMINI")
    assert config.source == "built-in defaults"


def test_every_contract_key_is_accepted(tmp_path):
    config = load_config(write(tmp_path, CONTRACT))
    assert [n.name for n in config.nodes] == ["M1", "OL1"]  # a user's nodes replace the defaults
    assert config.node("M1").gpu_metrics == "http://10.5.0.2:9400/metrics"
    assert config.routing["code"][0].node == "OL1"
    assert config.routing["web"][0].node == "OL1"  # types the user left alone keep their defaults
    assert config.trading.pairs[-1] == "LINK"


def test_lookup_order(tmp_path, monkeypatch):
    explicit = write(tmp_path, '[commander]\nmax_parallel = 1\n', "explicit.toml")
    env = write(tmp_path, '[commander]\nmax_parallel = 2\n', "env.toml")
    user = user_config_path()
    user.parent.mkdir(parents=True)
    user.write_text('[commander]\nmax_parallel = 3\n')
    assert load_config().commander.max_parallel == 3
    monkeypatch.setenv("JARVIS_CONFIG", str(env))
    assert load_config().commander.max_parallel == 2
    assert load_config(explicit).commander.max_parallel == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[commander\nx=1", "not valid TOML"),
        ("[commander]\nquality_threshold = 1.5\n", "commander.quality_threshold"),
        ("[commander]\nquality_threshold = 'high'\n", "commander.quality_threshold"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="not a url"\nmodel="m"\n', "nodes[0] (A).url"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="http://h:99999"\nmodel="m"\n', "nodes[0] (A).url"),
        ('[[nodes]]\nname="A"\nkind="carrier-pigeon"\nurl="http://h"\nmodel="m"\n', "nodes[0] (A).kind"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="http://h"\n', "nodes[0] (A).model: this key is required"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="http://h"\nmodel="m"\n[routing]\ncode=[{agent="ia-fast", node="NOPE", role="coder"}]\n', "routing.code[0].node: unknown node 'NOPE'"),
        ('[routing]\ncode=[{agent="ia-nobody", node="M1", role="coder"}]\n', "unknown agent 'ia-nobody'"),
        ('[routing]\ncooking=[{node="M1", role="chef"}]\n', "unknown task type 'cooking'"),
        ("[thermal]\nwarning_c = 90\ncritical_c = 85\n", "warning_c must be below critical_c"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="http://h"\nmodel="m"\napi_key="sk-123"\n', "secrets come from the environment"),
        ("[commander]\nquality_treshold = 0.5\n", "unknown key 'commander.quality_treshold'"),
        ('[[nodes]]\nname="A"\nkind="openai"\nurl="http://h"\nmodel="m"\n[[nodes]]\nname="A"\nkind="openai"\nurl="http://h"\nmodel="m"\n', "defined twice"),
    ],
)
def test_bad_files_name_file_key_and_expectation(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "absent.toml")
    junk = tmp_path / "junk.toml"
    junk.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="junk.toml"):
        load_config(junk)


def test_keys_only_from_the_environment(monkeypatch):
    config = load_config()
    gemini = config.node("GEMINI")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    assert not gemini.available
    monkeypatch.setenv("GEMINI_API_KEY", "AIza-test-value")
    assert gemini.available and gemini.api_key() == "AIza-test-value"
    assert "AIza-test-value" not in config.model_dump_json()
