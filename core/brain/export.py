"""The fine-tuning export: the best-scored answers of the history as JSONL
in the chat format QLoRA trainers read, one `{"messages": [...]}` per line.

One example per unit whose answer the checker scored at least `min_score`
(a heuristic score judged nothing and is never exported): the system
message the unit was sent (its agent's voice and its role), the user's
request with the work of the units it depended on, the tool calls its agent
made (an assistant message with `tool_calls`, then a `tool` message holding
the output), and the answer. Secrets are masked: the store's redaction
(secret environment values, key-shaped strings) plus the values of every
`api_key_env` the config names.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Config
from ..store import REDACTED, redact
from .history import HistorySource

_UNITS_SQL = """
SELECT u.request_id, u.unit_id, u.role, u.agent, u.score, u.score_method, u.text, u.depends_on_json, r.prompt
FROM units u JOIN requests r ON r.id = u.request_id
WHERE u.status = 'ok' AND r.dry_run = 0 AND u.text IS NOT NULL AND u.text != ''
ORDER BY r.started_at, u.rowid
"""
_TOOLS_SQL = "SELECT * FROM tool_calls WHERE request_id = ? AND caller = ? AND status = 'ok' ORDER BY id"


@dataclass(frozen=True)
class ExportReport:
    path: str
    examples: int  # lines written
    below_min_score: int  # checked answers left out for their score
    unjudged: int  # answers with a heuristic score, or none
    tool_messages: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Masker:
    """Masks the store's secrets plus the values of the config's `api_key_env` variables."""

    def __init__(self, config: Config) -> None:
        names = {n.api_key_env for n in config.nodes if n.api_key_env} | {config.claude.api_key_env}
        # Under 4 characters a value would mask ordinary words; such a value is no real key anyway.
        self.values = sorted({v for name in names if (v := os.environ.get(name or "")) and len(v) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for value in self.values:
            text = text.replace(value, REDACTED)
        return redact(text)


def _prompts() -> dict[str, Any]:
    return tomllib.loads(resources.files("jarvis_tui.data").joinpath("prompts.toml").read_text(encoding="utf-8"))


def _system(config: Config, prompts: dict[str, Any], agent: str | None, role: str | None) -> str:
    voice = config.agents[agent].prompt if agent and agent in config.agents else prompts["direct"]
    return "\n\n".join(p for p in (voice, prompts["roles"].get(role or "", f"Your role: {role}.")) if p)


async def export_finetune(store: HistorySource, config: Config, path: Path, *, min_score: float = 0.8) -> ExportReport:
    """Write the JSONL file (replacing it whole, never half-written) and count what went in."""
    mask = Masker(config)
    prompts = _prompts()
    rows = await store.fetchall(_UNITS_SQL)
    texts = {(r["request_id"], r["unit_id"]): r for r in rows}
    below = unjudged = tools = 0
    lines: list[str] = []
    for row in rows:
        if row["score"] is None or row["score_method"] != "llm":
            unjudged += 1
            continue
        if row["score"] < min_score:
            below += 1
            continue
        user = row["prompt"]
        for dep in row["depends_on"] or []:
            if (work := texts.get((row["request_id"], dep))) is not None:
                user += f"\n\nWork of {work['role']}:\n<<<\n{work['text']}\n>>>"
        messages: list[dict[str, Any]] = [{"role": "system", "content": _system(config, prompts, row["agent"], row["role"])}, {"role": "user", "content": user}]
        if row["agent"]:
            for i, call in enumerate(await store.fetchall(_TOOLS_SQL, (row["request_id"], row["agent"])), start=1):
                call_id = f"call_{i}"
                arguments = json.dumps(call["arguments"], ensure_ascii=False)
                messages.append({"role": "assistant", "content": "", "tool_calls": [{"id": call_id, "type": "function", "function": {"name": call["tool"], "arguments": arguments}}]})
                messages.append({"role": "tool", "tool_call_id": call_id, "name": call["tool"], "content": call["result"] or ""})
                tools += 1
        messages.append({"role": "assistant", "content": row["text"]})
        lines.append(json.dumps({"messages": _masked(messages, mask)}, ensure_ascii=False))
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    partial.replace(path)
    return ExportReport(str(path), len(lines), below, unjudged, tools)


def _masked(value: Any, mask: Masker) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: _masked(v, mask) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v, mask) for v in value]
    return value
