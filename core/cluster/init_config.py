"""The config `jarvis-tui --init` proposes from a scan, and writing it safely.

Nodes are named as in the seed: OpenAI-compatible servers M1, M2…, Ollama
servers OL1, OL2…, in the order they were found (the hosts the user named
first, then this machine). The routing matrix, the commander's nodes, the
fallbacks, the thermal targets and the agents' home nodes name only nodes
that were found, so no unit starts on a node that does not exist. Every
value that came from a server is escaped; comments carry none of it raw.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jarvis_tui.core.cluster.discover import LOCALHOST, Discovery, FoundExporter, FoundServer
from jarvis_tui.core.config import load_config, user_config_path

DECLINED_MARKER = ".no-first-run-offer"  # beside the config file: the cockpit stops offering --init


@dataclass(frozen=True)
class ProposedNode:
    """A `[[nodes]]` entry for a server that was found."""

    name: str
    server: FoundServer
    model: str
    models: tuple[str, ...]
    gpu_metrics: FoundExporter | None

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.server.kind,
            "url": self.server.url,
            "server": self.server.server,
            "model": self.model,
            "models": list(self.models),
            "gpu_metrics": self.gpu_metrics.url if self.gpu_metrics else None,
        }


@dataclass(frozen=True)
class Proposal:
    """The nodes a scan supports, the servers it could not use (and why), the file's text."""

    nodes: tuple[ProposedNode, ...]
    unusable: tuple[tuple[FoundServer, str], ...]
    text: str


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped,
    so a model name from a server can never end the string or add a key."""
    out = []
    for char in value:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _array(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _line(key: str, value: str, comment: str = "") -> str:
    """`key = value`, with the comment aligned in a column after it."""
    text = f"{key} = {value}"
    return f"{text:<36} # {comment}" if comment else text


def _safe(text: str, limit: int = 60) -> str:
    """Server-provided text fit for a comment: one line, printable, short."""
    cleaned = "".join(c if c.isprintable() else "?" for c in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _exporter_for(server: FoundServer, exporters: tuple[FoundExporter, ...]) -> FoundExporter | None:
    """The GPU exporter on the server's machine (dcgm-exporter first)."""
    same = [e for e in exporters if e.host == server.host]
    return next((e for e in same if e.exporter == "dcgm-exporter"), same[0] if same else None)


def _why_unusable(server: FoundServer) -> str:
    if server.needs_key:
        return "it asks for an API key"
    if server.server == "ollama":
        return "it serves no model yet: pull one there (ollama pull qwen3:1.7b), then run jarvis-tui --init again"
    return "it serves no chat model yet: load or download one, then run jarvis-tui --init again"


def name_nodes(discovery: Discovery) -> tuple[tuple[ProposedNode, ...], tuple[tuple[FoundServer, str], ...]]:
    """Nodes for the servers that serve a model, in the scan's order:
    OpenAI-compatible ones first (M1…), then Ollama (OL1…)."""
    usable = [s for s in discovery.servers if s.default_model() is not None and not s.needs_key]
    unusable = tuple((s, _why_unusable(s)) for s in discovery.servers if s not in usable)
    nodes: list[ProposedNode] = []
    for kind, prefix in (("openai", "M"), ("ollama", "OL")):
        for i, server in enumerate((s for s in usable if s.kind == kind), start=1):
            model = server.default_model()
            assert model is not None
            others = tuple(m for m in server.models if m != model)
            nodes.append(ProposedNode(f"{prefix}{i}", server, model, others, _exporter_for(server, discovery.exporters)))
    return tuple(nodes), unusable


def _describe(server: FoundServer) -> str:
    version = f" {_safe(server.version, 24)}" if server.version else ""
    if server.needs_key:
        return f"{server.label}{version} at {server.url} (models listed only with a key)"
    loaded = [m for m in server.models if m in server.loaded]
    count = f"{len(server.models)} chat model{'s' * (len(server.models) != 1)}"
    state = f", {_safe(loaded[0], 40)} loaded" if loaded else ""
    return f"{server.label}{version} at {server.url}: {count}{state}"


def _node_block(node: ProposedNode) -> list[str]:
    server = node.server
    kind_note = "the Ollama API" if server.kind == "ollama" else "an OpenAI-compatible API; /v1 is appended to the url"
    model_note = "loaded on the server now" if node.model in server.loaded else "the first model it lists"
    lines = [
        f"# {_describe(server)}",
        "[[nodes]]",
        _line("name", toml_string(node.name)),
        _line("kind", toml_string(server.kind), kind_note),
        _line("url", toml_string(server.url)),
        _line("model", toml_string(node.model), f"the default model: {model_note}"),
    ]
    if node.models:
        lines.append(_line("models", _array(node.models), "the others it serves, used on demand"))
    if node.gpu_metrics is not None:
        e = node.gpu_metrics
        lines.append(_line("gpu_metrics", toml_string(e.url), f"{e.exporter}: {e.gpus} GPU{'s' * (e.gpus != 1)}; hot GPUs move work away"))
    lines.append(_line("timeout_s", str(60 if server.kind == "ollama" else 120), "a reply that takes longer fails over to another node"))
    return lines


def _commented_block(server: FoundServer, why: str, name: str) -> list[str]:
    lines = [f"# Not used: {_describe(server)}: {why}."]
    if server.needs_key:
        lines += [
            "# To use it, put its key in an environment variable (never in this file) and uncomment:",
            "# [[nodes]]",
            "# " + _line("name", toml_string(name)),
            "# " + _line("kind", toml_string(server.kind)),
            "# " + _line("url", toml_string(server.url)),
            "# " + _line("model", '"MODEL"', "a model it serves"),
            "# " + _line("api_key_env", '"LITELLM_API_KEY"' if server.server == "litellm" else '"OPENAI_API_KEY"', "the variable that holds the key"),
        ]
    return lines


def _duties(names: list[str], ollama: list[str]) -> tuple[str, str, str, list[str]]:
    """(lead, coder, light, fallbacks): the first node leads (classifier,
    checker, reviewer), the second codes, an Ollama node takes the light web
    work, the third (else the second) is the backup, as M3 is in the seed."""
    lead = names[0]
    coder = names[1] if len(names) > 1 else lead
    light = ollama[0] if ollama and ollama[0] != lead else coder
    return lead, coder, light, names[2:3] or names[1:2]


def render(discovery: Discovery, *, written_at: datetime | None = None) -> Proposal:
    """The proposed config for what `discovery` found (commented TOML)."""
    nodes, unusable = name_nodes(discovery)
    stamp = (written_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    hosts = ", ".join("this machine" if h == LOCALHOST else h for h in discovery.hosts)
    lines = [
        f"# jarvis-tui configuration written by `jarvis-tui --init` on {stamp} (scanned: {hosts}).",
        "# It is merged over the built-in defaults: what is not here keeps its default.",
        "# Every key is described in docs/config.md. Secrets never go in this file: keys",
        "# are read from the environment variables a node names (api_key_env).",
        "# Run `jarvis-tui --init` again to rescan: this file is backed up first.",
        "",
    ]
    if not nodes:
        return Proposal(nodes, unusable, "")
    names = [n.name for n in nodes]
    p, c, light, fallbacks = _duties(names, [n.name for n in nodes if n.server.kind == "ollama"])
    others = [n for n in names if n != p]
    lines += [
        "[commander]",
        _line("classifier_node", toml_string(p), "classifies each request when it answers within classifier_timeout_s"),
        _line("checker_node", toml_string(p), "ia-check scores every unit's result here (when Claude is absent)"),
        _line("fallbacks", _array(fallbacks), "tried after a unit's node fails, before any other node (EMBEDDED last)"),
        "",
        "[thermal]",
        _line("warning_code_target", toml_string(c), "a GPU at warning_c (75 °C) or more: code units move here"),
        _line("critical_targets", _array(others), "a GPU at critical_c (85 °C) or more: units move to the first healthy one"),
        "",
    ]
    for node in nodes:
        lines += [*_node_block(node), ""]
    next_m = sum(n.server.kind == "openai" for n in nodes)
    for server, why in unusable:
        next_m += server.kind == "openai"
        lines += [*_commented_block(server, why, f"M{next_m}"), ""]
    lines += [
        "# Gemini joins when GEMINI_API_KEY is set in the environment; to add it, uncomment:",
        "# [[nodes]]",
        '# name = "GEMINI"',
        '# kind = "openai"',
        '# url = "https://generativelanguage.googleapis.com/v1beta/openai"',
        '# model = "gemini-2.5-flash"',
        '# api_key_env = "GEMINI_API_KEY"',
        "",
        "# Each request type becomes these units, in order: agent (\"\" = a direct query),",
        "# the node it runs on, its role. Reviewers and validators wait for the units before them.",
        "[routing]",
        "code = [",
        f'    {{ agent = "ia-fast", node = {toml_string(c)}, role = "coder" }},',
        f'    {{ agent = "ia-check", node = {toml_string(p)}, role = "reviewer" }},',
        "]",
        f'analyse = [{{ agent = "ia-deep", node = {toml_string(p)}, role = "analyzer" }}]',
        "trading = [",
        f'    {{ agent = "ia-trading", node = {toml_string(p)}, role = "scanner" }},',
        f'    {{ agent = "", node = {toml_string(light)}, role = "web_data" }},',
        f'    {{ agent = "ia-check", node = {toml_string(p)}, role = "validator" }},',
        "]",
        f'systeme = [{{ agent = "ia-system", node = {toml_string(p)}, role = "executor" }}]',
        "web = [",
        f'    {{ agent = "", node = {toml_string(light)}, role = "searcher" }},',
        f'    {{ agent = "ia-deep", node = {toml_string(p)}, role = "synthesizer" }},',
        "]",
        f'simple = [{{ agent = "", node = {toml_string(p)}, role = "responder" }}]',
        "",
        "# The agents' home nodes (where an agent runs when Claude is absent and a unit names no node).",
    ]
    for agent, home in (("ia-deep", p), ("ia-fast", c), ("ia-check", p), ("ia-trading", p), ("ia-system", p)):
        lines += [f"[agents.{agent}]", f"node = {toml_string(home)}"]
    return Proposal(nodes, unusable, "\n".join(lines) + "\n")


@dataclass(frozen=True)
class Written:
    path: Path
    backup: Path | None


def _backup_path(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def write_config(path: Path, text: str, *, now: datetime | None = None) -> Written:
    """Write `text` to `path` once it loads as a config; an existing file is
    first copied to `<name>.bak-<timestamp>`. The file is replaced in one
    step, so it is never left half-written. Raises ConfigError (nothing
    written) if the text does not load, OSError if the disk refuses."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        load_config(temporary)  # never replace a working file with one that does not load
        backup = None
        if path.exists():
            backup = _backup_path(path, now or datetime.now())
            shutil.copy2(path, backup)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return Written(path, backup)


def needs_first_run(config_path: Path | None = None) -> bool:
    """Whether the cockpit should offer `--init`: no config file applies
    (none at `config_path`, default the user config path, and no
    $JARVIS_CONFIG), and the user has not asked never to be offered it."""
    if os.environ.get("JARVIS_CONFIG"):
        return False
    path = config_path or user_config_path()
    return not path.exists() and not (path.parent / DECLINED_MARKER).exists()


def decline_first_run(config_path: Path | None = None) -> None:
    """Remember that the user does not want the first-run offer again."""
    path = config_path or user_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / DECLINED_MARKER).write_text("jarvis-tui: the cockpit does not offer `jarvis-tui --init` while this file exists.\n", encoding="utf-8")


def summary(discovery: Discovery, proposal: Proposal) -> list[str]:
    """What the scan found, one line each, for people (the CLI and the cockpit)."""
    hosts = " and ".join("this machine" if h == LOCALHOST else h for h in discovery.hosts)
    lines = [f"Scanned {hosts} in {discovery.elapsed_ms / 1000:.1f} s."]
    for node in proposal.nodes:
        lines.append(f"  {node.name:<5} {_describe(node.server)}")
        if node.server.skipped:
            lines.append(f"        not chat models, left out: {_safe(', '.join(node.server.skipped), 100)}")
    users: dict[str, list[str]] = {}
    for node in proposal.nodes:
        if node.gpu_metrics is not None:
            users.setdefault(node.gpu_metrics.url, []).append(node.name)
    for exporter in discovery.exporters:
        used = f"GPU readings for {', '.join(users[exporter.url])}" if exporter.url in users else "no node found on that machine"
        lines.append(f"  GPUs  {exporter.exporter} at {exporter.url}: {exporter.gpus} GPU{'s' * (exporter.gpus != 1)} ({used})")
    for server, why in proposal.unusable:
        lines.append(f"  not used: {_describe(server)}: {why}")
    for other in discovery.unrecognised:
        lines.append(f"  other: {other.url} {_safe(other.detail, 140)}")
    for host in discovery.unresolved:
        lines.append(f"  unknown host: {host} (its name does not resolve: check the spelling, or use its IP address)")
    return lines


def nothing_found(discovery: Discovery) -> list[str]:
    """What to do when no server with a model answered."""
    hosts = " or ".join("this machine" if h == LOCALHOST else h for h in discovery.hosts)
    ports = ", ".join(str(p) for p in discovery.ports)
    return [
        f"No LLM server with a model answered on {hosts} (ports {ports}).",
        "Start one: LM Studio (Developer tab, Start server; port 1234), Ollama (`ollama serve`; port 11434),",
        "llama.cpp (`llama-server -m MODEL.gguf`; port 8080), vLLM (`vllm serve MODEL`; port 8000) or a LiteLLM proxy (port 4000).",
        "Or point it at the machine that runs one: jarvis-tui --init --scan 10.5.0.2",
        "(several hosts: --scan 10.5.0.2,192.168.1.26; another port: --scan 10.5.0.2:5000).",
        "A server on another machine must listen on its network address, not only on 127.0.0.1",
        "(Ollama: OLLAMA_HOST=0.0.0.0; LM Studio: 'Serve on Local Network').",
        "Until then jarvis-tui answers offline with its small embedded model.",
    ]
