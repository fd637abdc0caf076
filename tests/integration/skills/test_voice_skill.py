"""A skill said aloud in the cockpit, end to end: real speech (espeak-ng)
transcribed by the shipped Whisper tiny.en, matched by the catalogue's
`skills.run`, looked up among the user's skills, run through the registry,
and its report shown in the conversation."""

from __future__ import annotations

import os
from pathlib import Path

from jarvis_tui.core.config import load_config
from jarvis_tui.core.skills import Skills
from jarvis_tui.core.store import Store
from tests.functional.helpers import wait_for
from tests.integration.skills.test_cockpit_skills import notices
from tests.integration.voice_audio.test_cockpit_voice import pytestmark, voice_app  # noqa: F401 - its skip reasons apply here too
from tests.unit.voice_audio.espeak import speech


async def save_skill(cluster, definition: dict) -> None:
    """A skill in the cockpit's database (the isolated fixture's), before the cockpit starts."""
    store = await Store.open(Path(os.environ["JARVIS_DB"]))
    skills = Skills(load_config(cluster.config_path).skills, store)
    await skills.start()
    await skills.create(definition)
    await store.close()


async def test_a_spoken_skill_runs_and_its_report_shows(make_cluster, tmp_path: Path) -> None:
    cluster, app = voice_app(make_cluster)
    await save_skill(cluster, {"name": "project report", "steps": [{"tool": "list_project_paths"}, {"tool": "list_skills"}]})
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        voice = await app.runtime.start_voice()
        assert voice.unavailable is None
        result = await voice.process(speech("run the project report skill", tmp_path))
        assert result.decision is not None and result.decision.command == "skills.run", result.to_json()
        await app.voice.act(result)
        await wait_for(pilot, lambda: "skill 'project report': 2 steps done" in notices(app), what="the skill's report")
    assert not any(cluster.nodes[n].chat_requests for n in cluster.nodes)  # a skill, not a request


async def test_a_trigger_phrase_said_alone_shows_as_the_skill_it_runs(make_cluster, tmp_path: Path) -> None:
    """The strip says the skill runs (not "sent to the commander"): the service
    looks the user's skills up before it shows its decision."""
    from jarvis_tui.widgets.voice_strip import VoiceStrip

    cluster, app = voice_app(make_cluster)
    await save_skill(cluster, {"name": "project report", "triggers": ["weekly summary"], "steps": [{"tool": "list_project_paths"}]})
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, app.ready.is_set)
        voice = await app.runtime.start_voice()
        result = await voice.process(speech("weekly summary", tmp_path))
        assert result.decision is not None and result.decision.command == "skills.run" and result.decision.slots == {"skill": "project report"}, result.to_json()
        await wait_for(pilot, lambda: "runs skills.run" in app.query_one(VoiceStrip).state.line, what="the skill in the voice strip")
