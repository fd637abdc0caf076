"""Configuration: the TOML contract of DESIGN.md, validated into typed models.

Lookup order: `--config PATH`, `$JARVIS_CONFIG`, the user config dir, then the
built-in defaults in `data/`. A user file is merged over the defaults (tables
key by key, arrays replaced whole), so a user writes only what differs.
Secrets are never read from a file: nodes name the environment variable that
holds their key (a URL carrying a user name or password is refused), and every
variable named by a `*_env` key is masked wherever text leaves the process
(see `core/secrets.py`).

The whole file is validated before anything is opened: tool names in
`[tools] allow` against the registry, script folders against file roots,
nesting depth, duplicate nodes. Any problem is one ConfigError (exit code 2).
"""

from __future__ import annotations

import os
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlparse

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from jarvis_tui.core import secrets

TASK_TYPES = ("code", "analyse", "trading", "systeme", "web", "simple")
EMBEDDED = "EMBEDDED"
CLAUDE = "CLAUDE"
# Roles that wait for every unit listed before them when `depends_on` is absent.
DEPENDENT_ROLES = frozenset({"reviewer", "validator", "synthesizer"})
# Tables and arrays nested deeper than this are refused (no real config needs
# more than 4; a hostile file nested 10,000 deep would blow Python's stack).
MAX_DEPTH = 32


class ConfigError(Exception):
    """A configuration problem, already phrased for the user (exit code 2)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CommanderConfig(_Strict):
    quality_threshold: float = Field(0.7, ge=0.0, le=1.0)
    max_cycles: int = Field(2, ge=0, le=10)
    max_parallel: int = Field(4, ge=1, le=64)
    classifier_node: str = "M1"
    classifier_timeout_s: float = Field(2.0, gt=0, le=60)
    checker_node: str = "M1"
    checker_timeout_s: float = Field(30.0, gt=0, le=600)
    fallbacks: list[str] = ["M3"]
    preanalysis: bool = False
    cooldown_failures: int = Field(3, ge=1)
    cooldown_window_s: float = Field(60.0, gt=0)
    cooldown_s: float = Field(5.0, ge=0)
    max_tokens: int = Field(1024, ge=1, le=131072)
    # merge: a synthesis call merges multi-unit answers (attributed, no repeats); concat: the parts as written.
    synthesis: Literal["merge", "concat"] = "merge"


class ThermalConfig(_Strict):
    warning_c: float = Field(75, gt=0, lt=150)
    critical_c: float = Field(85, gt=0, lt=150)
    hysteresis_c: float = Field(2.0, ge=0, le=20)
    warning_code_target: str = "M2"
    critical_targets: list[str] = ["M2", "OL1", "GEMINI"]

    @model_validator(mode="after")
    def _ordered(self) -> ThermalConfig:
        if self.warning_c >= self.critical_c:
            raise ValueError("warning_c must be below critical_c")
        return self


def _check_url(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValueError("expected an http:// or https:// URL with a host")
    try:
        parsed.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as exc:
        raise ValueError(f"bad port in URL: {exc}") from None
    if parsed.username is not None or parsed.password is not None:
        # A URL is printed (-s --json), stored and logged: it must not carry a secret.
        shown = parsed._replace(netloc=f"…@{parsed.netloc.rpartition('@')[2]}").geturl()
        raise ValueError(
            f"{shown}: a user name or password in a URL is not allowed (it would be printed and stored);"
            " put the key in an environment variable and name it with api_key_env"
        )
    return value.rstrip("/")


Url = Annotated[str, AfterValidator(_check_url)]


class NodeConfig(_Strict):
    name: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    kind: Literal["openai", "ollama", "anthropic"]
    url: Url
    model: str = Field(min_length=1)
    models: list[str] = []
    gpu_metrics: str | None = None
    timeout_s: float = Field(120, gt=0, le=3600)
    connect_timeout_s: float = Field(3.0, gt=0, le=120)
    # A stream silent for this long counts as hung.
    read_timeout_s: float = Field(60.0, gt=0, le=3600)
    api_key_env: str | None = None
    enabled: bool = True

    @field_validator("gpu_metrics")
    @classmethod
    def _gpu_metrics(cls, value: str | None) -> str | None:
        return value if value in (None, "", "local") else _check_url(value)

    @field_validator("name")
    @classmethod
    def _reserved(cls, value: str) -> str:
        if value.upper() in (EMBEDDED, CLAUDE):
            raise ValueError(f"the name {value!r} is reserved for the built-in node")
        return value

    def api_key(self) -> str | None:
        """The node's secret, read from the environment at the moment of use."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None

    @property
    def available(self) -> bool:
        """Enabled, and holding its key when it needs one."""
        return self.enabled and (self.api_key_env is None or bool(self.api_key()))


class MonitorConfig(_Strict):
    """How often the node monitor polls (each poll is scheduled after the last one ends)."""

    health_interval_s: float = Field(5.0, ge=0.5, le=3600)
    gpu_interval_s: float = Field(2.0, ge=0.5, le=3600)
    probe_timeout_s: float = Field(5.0, gt=0, le=120)
    gpu_timeout_s: float = Field(3.0, gt=0, le=120)
    # A reading older than this counts as unknown, never as cool (at least 3 GPU polls).
    stale_after_s: float = Field(30.0, ge=1, le=3600)


class EmbeddedConfig(_Strict):
    enabled: bool = True
    model_path: str = ""
    n_ctx: int = Field(2048, ge=256, le=131072)
    max_tokens: int = Field(256, ge=1, le=8192)
    threads: int = Field(0, ge=0, le=256)


class ClaudeConfig(_Strict):
    api_key_env: str = "ANTHROPIC_API_KEY"
    url: Url = "https://api.anthropic.com"
    model: str = "claude-sonnet-5-5"  # for units with no agent, when Claude is a fallback
    timeout_s: float = Field(120, gt=0, le=3600)

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None


class RouteUnit(_Strict):
    agent: str = ""
    node: str = ""
    role: str = Field(min_length=1)
    model: str = ""
    depends_on: list[str] | None = None  # roles; None: see DEPENDENT_ROLES


class AgentConfig(_Strict):
    claude_model: str
    node: str
    tools: list[str] = []
    prompt: str


class StoreConfig(_Strict):
    path: str = ""


class VoiceConfig(_Strict):
    model_config = ConfigDict(extra="allow", frozen=True)  # the voice issue adds keys
    language: str = Field("fr", pattern=r"^(auto|[a-z]{2,3})$")
    stt_model: str = "base"
    # Voice command matching (core/voice/matcher.py): the catalogue file
    # ("" = the built-in data/voice/commands.toml) and the decision bands.
    commands: str = ""
    match_run_score: float = Field(0.90, gt=0.0, le=1.0)
    match_confirm_score: float = Field(0.80, gt=0.0, le=1.0)
    match_margin: float = Field(0.06, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _match_bands(self) -> VoiceConfig:
        if self.match_confirm_score > self.match_run_score:
            raise ValueError("match_confirm_score must not be above match_run_score")
        return self
    # Speech to text (core/voice/stt.py); data/default_config.toml documents each key.
    languages: list[str] = ["fr", "en"]
    stt_device: Literal["auto", "cpu", "cuda"] = "auto"
    stt_compute_type: str = "auto"
    stt_threads: int = Field(0, ge=0, le=256)
    stt_beam_size: int = Field(5, ge=1, le=20)
    no_speech_threshold: float = Field(0.6, ge=0.0, le=1.0)
    logprob_threshold: float = Field(-1.0, le=0.0)
    max_audio_s: float = Field(120.0, gt=0, le=3600)
    vad_threshold: float = Field(0.5, gt=0.0, lt=1.0)
    vad_pad_ms: int = Field(300, ge=0, le=2000)
    # Listening (core/voice/microphone.py, wakeword.py)
    input_device: str = ""
    wake_word: bool = False
    wake_word_model: Literal["hey_jarvis", "okay_nabu", "hey_mycroft", "alexa"] = "hey_jarvis"
    end_silence_ms: int = Field(700, ge=100, le=5000)
    max_command_s: float = Field(30.0, gt=0, le=600)
    # Correction (core/voice/correction.py)
    corrections_dir: str = ""
    correction_node: str = "OL1"
    correction_timeout_s: float = Field(1.5, gt=0, le=30)
    # Speech out (core/voice/tts.py, spoken.py)
    tts_engine: Literal["auto", "pyttsx3", "piper", "none"] = "auto"
    tts_voice: str = ""
    tts_rate: int = Field(0, ge=0, le=600)
    piper_voice: str = ""
    spoken_max_chars: int = Field(400, ge=40, le=5000)


class TradingConfig(_Strict):
    """`[trading]`: DESIGN.md's keys, then the engine's costs and protections
    (docs/trading.md explains each). Sizes are margin in USDT; the position's
    notional is `size_usdt * leverage`."""

    mode: Literal["paper", "live"] = "paper"
    exchange: str = Field("mexc", min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$")
    pairs: list[str] = []
    leverage: float = Field(10, gt=0, le=125)
    size_usdt: float = Field(10, gt=0)
    take_profit_pct: float = Field(0.4, gt=0, lt=100)
    stop_loss_pct: float = Field(0.25, gt=0, lt=100)
    min_score: float = Field(70, ge=0, le=100)
    # Protections: enforced by the engine below every caller.
    max_leverage: float = Field(20, gt=0, le=125)
    max_size_usdt: float = Field(100, gt=0)
    max_open_positions: int = Field(3, ge=1, le=100)
    daily_loss_limit_pct: float = Field(5, gt=0, le=100)
    max_drawdown_pct: float = Field(15, gt=0, le=100)
    stop_guard_count: int = Field(3, ge=1, le=100)
    stop_guard_window_h: float = Field(24, gt=0, le=24 * 30)
    stop_guard_cooldown_h: float = Field(6, ge=0, le=24 * 30)
    pair_cooldown_min: float = Field(30, ge=0, le=24 * 60 * 7)
    # Costs: the market's own fees when the exchange gives them, else these.
    taker_fee_pct: float = Field(0.05, ge=0, le=5)
    slippage_pct: float = Field(0.02, ge=0, le=5)  # replay and paper without an order book
    funding_rate_pct: float = Field(0.01, ge=-5, le=5)  # per 8 h, when the exchange gives none
    maintenance_margin_pct: float = Field(0.5, gt=0, lt=50)
    # Paper wallet, scanning and signals.
    paper_balance_usdt: float = Field(1000, gt=0)
    timeframe: str = Field("1m", pattern=r"^[0-9]+[mhd]$")
    scan_candles: int = Field(200, ge=50, le=5000)
    review_top: int = Field(3, ge=0, le=20)  # candidates the cluster reviews per scan
    review_timeout_s: float = Field(60, gt=0, le=600)
    signal_expiry_min: float = Field(15, gt=0, le=24 * 60)
    scan_interval_s: float = Field(300, ge=0, le=24 * 3600)  # the service's scan loop; 0: off
    sandbox: bool = False  # live: the exchange's ccxt sandbox/demo mode (OKX demo, Bybit testnet)
    # The book's writer lease (one writer across processes): a holder silent this long, or whose process is gone, is taken over.
    book_lease_stale_s: float = Field(60, ge=1, le=3600)

    @field_validator("pairs")
    @classmethod
    def _pairs(cls, value: list[str]) -> list[str]:
        for pair in value:
            if not re.fullmatch(r"[A-Z0-9]{1,20}(/[A-Z0-9]{1,20}(:[A-Z0-9]{1,20})?)?", pair):
                raise ValueError(f"pair {pair!r} is not a base asset (BTC) or a ccxt symbol (BTC/USDT:USDT)")
        return value

    @field_validator("scan_interval_s")
    @classmethod
    def _scan_interval(cls, value: float) -> float:
        if 0 < value < 10:  # every scan reads every pair: faster would hit the exchange's rate limits
            raise ValueError(f"scan_interval_s must be 0 (off) or at least 10 seconds, not {value:g}")
        return value

    @model_validator(mode="after")
    def _limits(self) -> TradingConfig:
        if self.leverage > self.max_leverage:
            raise ValueError(f"leverage {self.leverage:g} is above max_leverage {self.max_leverage:g}")
        if self.size_usdt > self.max_size_usdt:
            raise ValueError(f"size_usdt {self.size_usdt:g} is above max_size_usdt {self.max_size_usdt:g}")
        return self


class ToolsConfig(_Strict):
    """The tool registry's permission model and the places tools may touch.

    `read` tools run; `act` tools ask (in the cockpit) or must be allow-listed
    (headless, MCP) unless the user passed `--yes`; `danger` tools also need
    `danger_enabled`."""

    allow: list[str] = []  # tool names that run without asking, headless and over MCP too
    danger_enabled: bool = False  # power, kill, registry, file deletion, arbitrary shell
    roots: list[str] = []  # folders the file tools may read and write; empty: file tools refuse
    script_dirs: list[str] = []  # folders run_script may run scripts from
    max_steps: int = Field(8, ge=1, le=100)  # model turns per agent run
    timeout_s: float = Field(60.0, gt=0, le=3600)  # per tool call
    max_argument_bytes: int = Field(1_000_000, ge=1024, le=100_000_000)
    max_result_chars: int = Field(20_000, ge=1000, le=10_000_000)  # what a model sees of one result
    max_calls_per_turn: int = Field(16, ge=1, le=1000)  # tool calls run from one model turn; the rest are answered with an error

    @field_validator("script_dirs")
    @classmethod
    def _scripts_not_writable(cls, value: list[str], info: ValidationInfo) -> list[str]:
        """A script folder the file tools can write to would let `write_text_file`
        + `run_script` (two act tools) run anything, whatever danger_enabled says."""
        for folder in value:
            script_dir = _real(folder)
            for root in info.data.get("roots", []):
                real_root = _real(root)
                if script_dir.is_relative_to(real_root) or real_root.is_relative_to(script_dir):
                    raise ValueError(
                        f"the script folder {folder!r} overlaps the file root {root!r}: a script written with the file tools"
                        " could then be run with run_script; keep script folders outside [tools] roots"
                    )
        return value


class BrainConfig(_Strict):
    """The brain: a bandit per (task type, role) that reorders a unit's
    candidate nodes from the checker's scores, latencies and failures."""

    enabled: bool = True
    exploration: float = Field(0.05, ge=0.0, le=0.5)  # share of orders that try another candidate first
    half_life: float = Field(20.0, gt=0, le=100_000)  # observations of a (type, role) after which an older one weighs half
    latency_weight: float = Field(0.1, ge=0.0, le=1.0)  # how much the slowest candidate loses against the fastest
    prior_weight: float = Field(3.0, ge=0.0, le=1000)  # pseudo-observations the routing matrix's order is worth
    prior_margin: float = Field(0.05, ge=0.0, le=0.5)  # prior score each later rank of the matrix gives up
    min_observations: int = Field(5, ge=1, le=10_000)  # before brain_suggest proposes a matrix change
    history_limit: int = Field(5000, ge=0, le=10_000_000)  # attempts read from the store at start and by learn
    seed: int | None = None  # fixes the exploration draws (tests, replays)


class SkillsConfig(_Strict):
    """Skills: named, parameterised sequences of tool calls and commander requests."""

    enabled: bool = True
    seed_file: str = ""  # empty: the built-in data/skills_seed.json, loaded once into an empty database
    max_steps: int = Field(50, ge=1, le=500)  # steps in one skill
    min_support: int = Field(3, ge=2, le=1000)  # mining: times a sequence must recur to be proposed
    min_success: float = Field(0.8, ge=0.0, le=1.0)  # mining: share of its runs whose every call succeeded
    max_sequence: int = Field(5, ge=2, le=20)  # mining: longest sequence looked for
    session_gap_s: float = Field(600.0, gt=0)  # mining: a pause this long separates two sequences


def _real(folder: str) -> Path:
    return Path(folder).expanduser().resolve()


class Config(_Strict):
    commander: CommanderConfig = CommanderConfig()
    thermal: ThermalConfig = ThermalConfig()
    nodes: list[NodeConfig] = []
    monitor: MonitorConfig = MonitorConfig()
    embedded: EmbeddedConfig = EmbeddedConfig()
    claude: ClaudeConfig = ClaudeConfig()
    routing: dict[str, list[RouteUnit]] = {}
    agents: dict[str, AgentConfig] = {}
    store: StoreConfig = StoreConfig()
    voice: VoiceConfig = VoiceConfig()
    trading: TradingConfig = TradingConfig()
    tools: ToolsConfig = ToolsConfig()
    brain: BrainConfig = BrainConfig()
    skills: SkillsConfig = SkillsConfig()
    source: str = Field("built-in defaults", exclude=True)

    @field_validator("routing")
    @classmethod
    def _known_types(cls, value: dict[str, list[RouteUnit]]) -> dict[str, list[RouteUnit]]:
        unknown = sorted(set(value) - set(TASK_TYPES))
        if unknown:
            raise ValueError(f"unknown task type {unknown[0]!r}; expected one of {', '.join(TASK_TYPES)}")
        return value

    @field_validator("nodes")
    @classmethod
    def _unique_nodes(cls, nodes: list[NodeConfig]) -> list[NodeConfig]:
        names = [n.name for n in nodes]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f"node {name!r} is defined twice")
        return nodes

    def secret_envs(self) -> set[str]:
        """Every environment variable this config names with a `*_env` key (node
        keys, the Claude key, exchange keys): their values are secrets."""
        found: set[str] = set()
        pending: list[Any] = [self.model_dump()]
        while pending:
            value = pending.pop()
            if isinstance(value, dict):
                found.update(v for k, v in value.items() if str(k).endswith("_env") and isinstance(v, str))
                pending.extend(value.values())
            elif isinstance(value, list):
                pending.extend(value)
        return found

    def node(self, name: str) -> NodeConfig | None:
        return next((n for n in self.nodes if n.name == name), None)


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "jarvis-tui" / "config.toml"


def _builtin(name: str) -> dict[str, Any]:
    text = resources.files("jarvis_tui.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _loc(loc: tuple[Any, ...], data: dict[str, Any]) -> str:
    """`('nodes', 2, 'url')` -> `nodes[2] (M3).url`: name the node the user wrote."""
    out = ""
    node: Any = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            try:
                node = node[part]
                if isinstance(node, dict) and "name" in node:
                    out += f" ({node['name']})"
            except (IndexError, KeyError, TypeError):
                pass
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part, {}) if isinstance(node, dict) else {}
    return out


def _explain(exc: ValidationError, data: dict[str, Any], source: str) -> ConfigError:
    err = exc.errors(include_url=False)[0]
    key = _loc(tuple(p for p in err["loc"] if p not in ("function-after",)), data)
    msg = err["msg"].removeprefix("Value error, ")
    if not key:  # a check of the whole file: no key to name
        return ConfigError(f"{source}: {msg}")
    if err["type"] == "extra_forbidden":
        hint = " (secrets come from the environment: name the variable with api_key_env)" if "key" in str(err["loc"][-1]) else ""
        return ConfigError(f"{source}: unknown key {key!r}{hint}")
    if err["type"] == "missing":
        return ConfigError(f"{source}: {key}: this key is required")
    got = err.get("input")
    shown = "" if isinstance(got, dict | list) or _has_credentials(got) else f" (got {got!r})"
    return ConfigError(f"{source}: {key}: {msg}{shown}")


def _has_credentials(value: Any) -> bool:
    try:
        return isinstance(value, str) and "@" in value and urlparse(value).netloc.count("@") > 0
    except ValueError:
        return True  # unparseable and holding an '@': do not echo it


def _check_references(config: Config, user: dict[str, Any], source: str) -> None:
    """Routes the user wrote must name configured nodes and known agents.

    The built-in routing may name default nodes a user has not configured:
    those units simply start at their fallbacks."""
    names = {n.name for n in config.nodes}
    for task, units in user.get("routing", {}).items():
        for i, unit in enumerate(units):
            node, agent = unit.get("node", ""), unit.get("agent", "")
            if node and node not in names:
                raise ConfigError(
                    f"{source}: routing.{task}[{i}].node: unknown node {node!r}; "
                    f"configured nodes are {', '.join(sorted(names)) or 'none'}"
                )
            if agent and agent not in config.agents:
                raise ConfigError(
                    f"{source}: routing.{task}[{i}].agent: unknown agent {agent!r}; "
                    f"known agents are {', '.join(sorted(config.agents))}"
                )
    commander = user.get("commander", {})
    for key in ("classifier_node", "checker_node"):
        if key in commander and commander[key] not in names:
            raise ConfigError(f"{source}: commander.{key}: unknown node {commander[key]!r}")


def find_config_file(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The file that applies, by the documented lookup order; None: defaults only."""
    if explicit is not None:
        return Path(explicit)
    if env := os.environ.get("JARVIS_CONFIG"):
        return Path(env)
    path = user_config_path()
    return path if path.is_file() else None


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Load and validate the configuration; every problem is a ConfigError."""
    defaults = _merge(_builtin("default_config.toml"), _builtin("agents.toml"))
    path = find_config_file(explicit)
    user: dict[str, Any] = {}
    source = "built-in defaults"
    if path is not None:
        source = str(path)
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{source}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{source}: cannot read the file: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: not valid TOML: {exc}") from None
        except RecursionError:
            raise ConfigError(f"{source}: tables or arrays are nested too deeply (at most {MAX_DEPTH} levels)") from None
        _check_depth(user, source)
    data = _merge(defaults, user)
    try:
        config = Config.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise _explain(exc, data, source) from None
    _check_references(config, user, source)
    secrets.watch(config.secret_envs())
    return config


def _check_depth(data: dict[str, Any], source: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before any recursive code sees it
    (iterative, so the check itself cannot overflow the stack)."""
    pending: list[tuple[Any, str, int]] = [(data, "", 0)]
    while pending:
        value, key, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ConfigError(f"{source}: {key or 'the file'}: nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            pending.extend((item, f"{key}.{name}" if key else str(name), depth + 1) for name, item in value.items())
        elif isinstance(value, list):
            pending.extend((item, f"{key}[{i}]", depth + 1) for i, item in enumerate(value))
