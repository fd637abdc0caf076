"""The skills over MCP: `jarvis-mcp` as a real child process driven by the
`mcp` SDK's client. The five skill tools and `run_skill` answer; creating and
removing (act tools) need `[tools] allow`, since an MCP client is headless;
a skill's own act step is refused the same way, mid-skill, with the report."""

from __future__ import annotations

from mcp import Client

from tests.integration.test_mcp_server import rows, server

SKILL = {"name": "paths then history", "triggers": ["montre le projet"], "steps": [
    {"tool": "list_project_paths", "arguments": {}}, {"tool": "action_history", "arguments": {"limit": "{limit=2}"}}]}
ACTS = {"name": "acts", "steps": [{"tool": "list_skills", "arguments": {}}, {"tool": "lm_load_model", "arguments": {"node": "M1", "model": "qwen3-coder-30b"}}]}


async def test_the_skill_tools_over_stdio(make_cluster) -> None:
    cluster = make_cluster(extra='[tools]\nallow = ["create_skill", "remove_skill"]\n')
    async with Client(server(cluster)) as client:
        listed = await client.call_tool("list_skills", {})
        assert listed.is_error is False and "bilan cluster" in {s["name"] for s in listed.structured_content["skills"]}
        created = await client.call_tool("create_skill", SKILL)
        assert created.is_error is False, created.content[0].text
        assert (await client.call_tool("create_skill", ACTS)).is_error is False
        ran = await client.call_tool("run_skill", {"name": "paths then history", "params": {"limit": 1}})
        assert ran.is_error is False, ran.content[0].text
        assert ran.structured_content["status"] == "ok" and [s["status"] for s in ran.structured_content["steps"]] == ["ok", "ok"]
        refused = await client.call_tool("run_skill", {"name": "acts"})
        assert refused.is_error is True
        text = refused.content[0].text
        assert "stopped at step 2/2 (lm_load_model): refused" in text and "MCP clients are headless" in text and "1. tool list_skills" in text
        suggested = await client.call_tool("suggest_actions", {"context": "montre le projet"})
        assert any(s["kind"] == "skill" and s["name"] == "paths then history" for s in suggested.structured_content["suggestions"])
        history = await client.call_tool("action_history", {"limit": 5})
        assert "lm_load_model" in {a["tool"] for a in history.structured_content["actions"]}
        assert (await client.call_tool("remove_skill", {"name": "acts"})).is_error is False
    audit = {(r["tool"], r["caller_kind"], r["caller"].startswith("skill:"), r["decision"]) for r in rows(cluster)}
    assert ("lm_load_model", "mcp", True, "refused") in audit and ("remove_skill", "mcp", False, "allow-list") in audit
    assert not [r for r in cluster.nodes["M1"].requests if "load" in r.path]  # the node was never asked to load


async def test_creating_a_skill_is_refused_without_the_allow_list(make_cluster) -> None:
    cluster = make_cluster()
    async with Client(server(cluster)) as client:
        result = await client.call_tool("create_skill", SKILL)
    assert result.is_error is True and "MCP clients are headless: add it to [tools] allow" in result.content[0].text
