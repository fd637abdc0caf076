"""The permission model: read runs, act asks, danger asks only when enabled;
headless and MCP callers need the allow-list (or --yes, headless only);
agents are held to their own tool lists; secrets never reach the audit."""

from __future__ import annotations

from typing import Any

import pytest

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.tools import Caller, PermissionRequest, Policy, Tier, Toolbox
from jarvis_tui.core.tools.permissions import redact_arguments

USER = Caller("user")
MCP = Caller("mcp", "inspector")


class Recorder:
    """An Asker that answers as told and remembers what it was shown."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.requests: list[PermissionRequest] = []

    async def ask(self, request: PermissionRequest) -> bool:
        self.requests.append(request)
        return self.answer


class Audit:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    async def record_tool_call(self, **fields: Any) -> int:
        self.rows.append(fields)
        return len(self.rows)

    async def finish_tool_call(self, call_id: int, **fields: Any) -> None:
        self.rows[call_id - 1].update(fields)


def toolbox(tmp_path, *, asker=None, assume_yes=False, audit=None, **tools: Any) -> Toolbox:
    config = load_config()
    settings = ToolsConfig(**{"roots": [str(tmp_path)], **tools})
    config = config.model_copy(update={"tools": settings})
    return Toolbox(config, policy=Policy(settings, assume_yes=assume_yes, asker=asker), audit=audit)


async def test_read_tools_run_for_everyone(tmp_path) -> None:
    box = toolbox(tmp_path)
    for caller in (USER, MCP, Caller("agent", "ia-deep", allowed=frozenset({"list_folder"}))):
        result = await box.call("list_folder", {}, caller=caller)
        assert result.ok and result.decision == "read", result.error


async def test_act_is_refused_headless_and_says_how_to_allow_it(tmp_path) -> None:
    result = await toolbox(tmp_path).call("write", {"path": "a.txt", "content": "x"}, caller=USER)
    assert result.status == "refused"
    assert "[tools] allow" in result.error and "--yes" in result.error
    assert not (tmp_path / "a.txt").exists()


async def test_act_runs_when_allow_listed_or_with_yes(tmp_path) -> None:
    listed = await toolbox(tmp_path, allow=["write"]).call("write", {"path": "a.txt", "content": "x"}, caller=MCP)
    assert listed.ok and listed.decision == "allow-list"
    yes = await toolbox(tmp_path, assume_yes=True).call("write", {"path": "b.txt", "content": "y"}, caller=USER)
    assert yes.ok and yes.decision == "--yes"
    assert (tmp_path / "a.txt").read_text() == "x" and (tmp_path / "b.txt").read_text() == "y"


async def test_mcp_clients_are_headless_even_with_yes(tmp_path) -> None:
    result = await toolbox(tmp_path, assume_yes=True).call("write", {"path": "a.txt", "content": "x"}, caller=MCP)
    assert result.status == "refused" and "MCP clients are headless" in result.error


async def test_the_asker_sees_exactly_what_will_run_and_decides(tmp_path) -> None:
    no = Recorder(False)
    result = await toolbox(tmp_path, asker=no).call("write", {"path": "a.txt", "content": "hello"}, caller=Caller("agent", "ia-fast"))
    assert result.status == "refused" and result.decision == "denied"
    (request,) = no.requests
    assert request.tool == "write" and request.tier is Tier.ACT and request.caller.name == "ia-fast"
    assert request.preview == f"create {tmp_path / 'a.txt'} (5 bytes)"
    yes = Recorder(True)
    assert (await toolbox(tmp_path, asker=yes).call("write", {"path": "a.txt", "content": "hello"}, caller=USER)).decision == "asked"
    assert (tmp_path / "a.txt").read_text() == "hello"


async def test_read_tools_never_ask(tmp_path) -> None:
    asker = Recorder(False)
    assert (await toolbox(tmp_path, asker=asker).call("list_folder", {}, caller=USER)).ok
    assert asker.requests == []


async def test_danger_is_refused_when_disabled_whatever_else_says_yes(tmp_path) -> None:
    (tmp_path / "f.txt").write_text("keep me")
    asker = Recorder(True)
    box = toolbox(tmp_path, asker=asker, assume_yes=True, allow=["delete_item"])
    result = await box.call("delete_item", {"path": "f.txt"}, caller=USER)
    assert result.status == "refused" and "danger_enabled" in result.error
    assert asker.requests == [] and (tmp_path / "f.txt").exists()


async def test_danger_asks_when_enabled(tmp_path) -> None:
    (tmp_path / "f.txt").write_text("bye")
    asker = Recorder(True)
    result = await toolbox(tmp_path, asker=asker, danger_enabled=True).call("delete_item", {"path": "f.txt"}, caller=USER)
    assert result.ok and asker.requests[0].tier is Tier.DANGER
    assert asker.requests[0].preview == f"delete {tmp_path / 'f.txt'}"
    assert not (tmp_path / "f.txt").exists()


async def test_an_agent_is_held_to_its_tool_list(tmp_path) -> None:
    agent = Caller("agent", "ia-deep", allowed=frozenset({"read", "glob"}))
    result = await toolbox(tmp_path, assume_yes=True).call("list_folder", {}, caller=agent)
    assert result.status == "refused" and "ia-deep may not use list_folder" in result.error


async def test_refusals_and_bad_calls_are_audited_with_secrets_masked(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EXAMPLE_API_KEY", "sk-live-0123456789abcdef")
    audit = Audit()
    box = toolbox(tmp_path, audit=audit)
    await box.call("write", {"path": "a.txt", "content": "token sk-live-0123456789abcdef", "api_key": "hunter2-secret"}, caller=MCP)
    await box.call("no_such_tool", {}, caller=MCP)
    refused, unknown = audit.rows
    assert refused["decision"] == "invalid" and refused["status"] == "error"  # api_key is not a write argument
    assert refused["arguments"]["api_key"] == "[redacted]"
    assert unknown["tool"] == "no_such_tool" and unknown["error"] == "unknown tool 'no_such_tool'"
    await box.call("write", {"path": "a.txt", "content": "x"}, caller=MCP)
    assert audit.rows[-1]["decision"] == "refused" and audit.rows[-1]["caller_kind"] == "mcp" and audit.rows[-1]["caller"] == "inspector"
    assert audit.rows[-1]["tier"] == "act"


def test_redaction_masks_secret_names_at_any_depth() -> None:
    args = {"password": "p", "nested": {"Authorization": "Bearer x", "items": [{"client_secret": "s"}]}, "text": "plain", "token_count": ""}
    assert redact_arguments(args) == {"password": "[redacted]", "nested": {"Authorization": "[redacted]", "items": [{"client_secret": "[redacted]"}]}, "text": "plain", "token_count": ""}


@pytest.mark.parametrize("tier", ["act", "danger"])
async def test_every_act_and_danger_tool_is_refused_to_a_headless_caller(tmp_path, tier: str) -> None:
    """No tool slips through: every non-read tool, called with no allow-list,
    no --yes and nobody to ask, is refused before it runs (or rejected earlier
    for its arguments) — never run."""
    box = toolbox(tmp_path, danger_enabled=True)
    for tool in box.tools():
        if str(tool.tier) != tier:
            continue
        result = await box.call(tool.name, {}, caller=USER)
        assert result.status in ("refused", "error"), tool.name
        assert result.decision in ("refused", "invalid"), (tool.name, result.decision)
