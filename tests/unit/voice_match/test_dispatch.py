"""A decision carried out through the real tool registry and its permission model."""

from __future__ import annotations

from pathlib import Path

import pytest

from jarvis_tui.core.config import load_config
from jarvis_tui.core.tools import Policy, Toolbox
from jarvis_tui.core.tools.permissions import PermissionRequest
from jarvis_tui.core.voice.matcher import Matcher
from jarvis_tui.core.voice.matcher_dispatch import dispatch


class Asker:
    def __init__(self, answer: bool) -> None:
        self.answer, self.asked = answer, []

    async def ask(self, request: PermissionRequest) -> bool:
        self.asked.append(request)
        return self.answer


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return load_config()


async def test_a_read_tool_runs_through_the_registry(matcher: Matcher, config) -> None:  # type: ignore[no-untyped-def]
    toolbox = Toolbox(config, policy=Policy(config.tools))
    try:
        outcome = await dispatch(matcher.match("liste les processus"), toolbox)
    finally:
        await toolbox.aclose()
    assert outcome.kind == "tool" and outcome.result is not None and outcome.result.ok and outcome.result.decision == "read"


async def test_a_command_that_asks_is_asked_once_by_the_permission_model(matcher: Matcher, config) -> None:  # type: ignore[no-untyped-def]
    asker = Asker(False)
    toolbox = Toolbox(config, policy=Policy(config.tools, asker=asker))
    try:
        outcome = await dispatch(matcher.match("verrouille l'écran"), toolbox)
    finally:
        await toolbox.aclose()
    assert [r.tool for r in asker.asked] == ["lock_screen"]
    assert outcome.result is not None and outcome.result.status == "refused" and outcome.result.decision == "denied"


async def test_did_you_mean_runs_nothing_until_confirmed(matcher: Matcher, config) -> None:  # type: ignore[no-untyped-def]
    asker = Asker(False)
    toolbox = Toolbox(config, policy=Policy(config.tools, asker=asker))
    try:
        decision = matcher.match("ouvre stime")
        assert (await dispatch(decision, toolbox)).kind == "ask_user"
        assert asker.asked == []
        confirmed = await dispatch(decision, toolbox, confirmed=True)
    finally:
        await toolbox.aclose()
    # Confirmed, it goes to the registry, which decides as for any call (here
    # the preview already refuses: no steam on this machine's PATH).
    assert confirmed.kind == "tool" and confirmed.result is not None and confirmed.result.tool == "open_app"
    assert not confirmed.result.ok


async def test_rejects_go_to_the_commander_and_cockpit_actions_to_the_shell(matcher: Matcher, config) -> None:  # type: ignore[no-untyped-def]
    toolbox = Toolbox(config, policy=Policy(config.tools))
    requests: list[str] = []
    actions: list[str] = []

    async def commander(text: str) -> str:
        requests.append(text)
        return "answer"

    async def cockpit(action: str) -> None:
        actions.append(action)

    try:
        rejected = await dispatch(matcher.match("raconte-moi une blague"), toolbox, commander=commander, cockpit=cockpit)
        focused = await dispatch(matcher.match("affiche le plan"), toolbox, commander=commander, cockpit=cockpit)
        silent = await dispatch(matcher.match("euh"), toolbox, commander=commander)
    finally:
        await toolbox.aclose()
    assert (rejected.kind, rejected.answer, requests) == ("commander", "answer", ["raconte-moi une blague"])
    assert (focused.kind, actions) == ("cockpit", ["focus_pane('plan')"])
    assert silent.kind == "nothing"
