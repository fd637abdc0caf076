"""Loopback clusters for the integration tests: real HTTP servers speaking the
OpenAI and Ollama wire formats, and the CLI run as a real child process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jarvis_tui.core.orchestra.enrich import load_prompts
from tests.servers.llm import OllamaNode, OpenAINode

ROOT = Path(__file__).resolve().parents[2]


def role_of(body: dict[str, Any]) -> str:
    """Which pipeline step sent this chat request, read from its system prompt."""
    messages = body.get("messages") or []
    system = messages[0]["content"] if messages and messages[0]["role"] == "system" else ""
    if "Classify the user's request" in system:
        return "classifier"
    if "quality checker" in system:
        return "checker"
    if system == load_prompts().synthesis:
        return "synthesis"
    return next((role for role, instruction in load_prompts().roles.items() if instruction in system), "unknown")


def brain(name: str, *, label: str = "code", score: Any = 0.9) -> Callable[[dict[str, Any]], str]:
    """A node's replies: a label to the classifier, a score to the checker,
    and a recognisable answer to a unit. `score` may be a callable or raw text."""

    def reply(body: dict[str, Any]) -> str:
        step = role_of(body)
        if step == "classifier":
            return label
        if step == "checker":
            value = score(body) if callable(score) else score
            return value if isinstance(value, str) else json.dumps({"score": value, "reason": "checked"})
        if step == "synthesis":  # a merge that keeps each part's tag, as the prompt asks
            tags = re.findall(r"PART \S+ (\[[^\]]+\])", body["messages"][-1]["content"])
            return f"{name} merged the parts: " + "; ".join(f"the work of {tag}" for tag in tags)
        return f"{name} did the {step} work. def reverse(xs): return xs[::-1]"

    return reply


@dataclass
class Cluster:
    nodes: dict[str, OpenAINode | OllamaNode]
    config_path: Path
    tmp: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
        env.update(JARVIS_CONFIG=str(self.config_path), JARVIS_DB=str(self.tmp / "jarvis.db"), XDG_CONFIG_HOME=str(self.tmp / "xdg"))
        env.update(extra)
        return env

    def run(self, *args: str, stdin: bytes | None = None, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        """The real CLI as a child process; stdin is raw bytes."""
        out = subprocess.run(
            [sys.executable, "-m", "jarvis_tui", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=timeout,
            env=self.env(**env),
            cwd=self.tmp,
        )
        return subprocess.CompletedProcess(out.args, out.returncode, out.stdout.decode(), out.stderr.decode())

    def oneshot_json(self, prompt: str, *args: str, expect: int = 0, **env: str) -> dict[str, Any]:
        out = self.run("--oneshot", prompt, "--json", *args, **env)
        assert out.returncode == expect, out.stderr
        assert "Traceback" not in out.stderr
        return json.loads(out.stdout)

    def chats(self, name: str, step: str) -> list[dict[str, Any]]:
        return [r.json for r in self.nodes[name].chat_requests if r.json and role_of(r.json) == step]


def node_toml(name: str, node: OpenAINode | OllamaNode, model: str, **fields: Any) -> str:
    kind = "ollama" if isinstance(node, OllamaNode) else "openai"
    lines = [f'[[nodes]]\nname = "{name}"\nkind = "{kind}"\nurl = "{node.url}"\nmodel = "{model}"']
    lines += [f"{k} = {json.dumps(v)}" for k, v in fields.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def make_cluster(tmp_path: Path) -> Iterator[Callable[..., Cluster]]:
    """Start M1, M2, M3 (OpenAI-compatible) and OL1 (Ollama) and write a
    config for them. Keyword arguments go into the config as raw TOML
    (`extra`), per-node fields (`node_fields`), or the embedded switch."""
    started: list[OpenAINode | OllamaNode] = []

    def make(*, extra: str = "", embedded: bool = False, label: str = "code", score: Any = 0.9, node_fields: dict[str, dict[str, Any]] | None = None) -> Cluster:
        specs = {"M1": ("qwen3-30b", OpenAINode), "M2": ("deepseek-coder-v2-lite", OpenAINode), "M3": ("mistral-7b", OpenAINode), "OL1": ("qwen3:1.7b", OllamaNode)}
        nodes: dict[str, OpenAINode | OllamaNode] = {}
        toml = ""
        for name, (model, cls) in specs.items():
            node = cls(name=name, reply=brain(name, label=label, score=score), models=[model]).start()
            started.append(node)
            nodes[name] = node
            fields = {"timeout_s": 10, "read_timeout_s": 2.0, **(node_fields or {}).get(name, {})}
            toml += node_toml(name, node, model, **fields)
        toml += f"[embedded]\nenabled = {'true' if embedded else 'false'}\n"
        defaults = {"cooldown_s": 30, "classifier_timeout_s": 5}
        toml += "[commander]\n" + "".join(f"{k} = {v}\n" for k, v in defaults.items() if f"{k} =" not in extra) + extra
        path = tmp_path / "config.toml"
        path.write_text(toml, encoding="utf-8")
        return Cluster(nodes, path, tmp_path)

    yield make
    for node in started:
        node.stop()
