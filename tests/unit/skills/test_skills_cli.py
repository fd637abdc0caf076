"""`jarvis-tui --skills` and `--skill NAME [--param KEY=VALUE] [--json]`
through the real command line (in process), a real SQLite database and the
real tool registry: listing, a run whose steps all succeed, a failing step
(exit 1, the report says which and why), an `act` step refused without
`--yes` (and run with it), and the usage errors (exit 2)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from jarvis_tui.cli import main
from jarvis_tui.core.config import load_config
from jarvis_tui.core.skills import Skills
from jarvis_tui.core.skills.service import load_seed
from jarvis_tui.core.store import Store

REPORT = {"name": "report", "description": "Paths and the latest actions.", "triggers": ["fais le rapport"], "steps": [
    {"tool": "list_project_paths", "arguments": {}},
    {"tool": "action_history", "arguments": {"limit": "{limit=3}"}},
]}
BROKEN = {"name": "broken", "steps": [{"tool": "list_project_paths"}, {"tool": "ping", "arguments": {}}, {"tool": "list_skills"}]}
# An act step that is harmless here: it removes another skill from the test's database.
TIDY = {"name": "tidy", "steps": [{"tool": "list_skills"}, {"tool": "remove_skill", "arguments": {"name": "{target}"}}]}


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "jarvis.db"
    monkeypatch.setenv("JARVIS_DB", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)

    async def create() -> None:
        store = await Store.open(path)
        skills = Skills(load_config().skills, store)
        await skills.start()
        for doc in (REPORT, BROKEN, TIDY):
            await skills.create(doc)
        await store.close()

    asyncio.run(create())
    return path


def skill_names(path: Path) -> set[str]:
    async def read() -> set[str]:
        store = await Store.open(path)
        skills = Skills(load_config().skills, store)
        names = {s.name for s in await skills.all_skills()}
        await store.close()
        return names

    return asyncio.run(read())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_skills_lists_them_as_one_json_document(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--skills", "--json")
    doc = json.loads(out)
    assert code == 0 and out.count("\n") == 1
    names = [s["name"] for s in doc["skills"]]
    assert set(names) == {"report", "broken", "tidy", *(s.name for s in load_seed())}
    report = next(s for s in doc["skills"] if s["name"] == "report")
    assert report["params"] == [{"name": "limit", "required": False, "default": 3}] and report["triggers"] == ["fais le rapport"]
    code, out, _ = run(capsys, "--skills")
    assert code == 0 and "report  (2 steps; params: limit=3)" in out and "say: fais le rapport" in out


def test_a_skill_runs_with_its_parameters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--skill", "report", "--param", "limit=2", "--json")
    doc = json.loads(out)
    assert code == 0, err
    assert doc["status"] == "ok" and [s["status"] for s in doc["steps"]] == ["ok", "ok"]
    assert doc["summary"].startswith("skill 'report': 2 steps done")
    assert "· list_project_paths: ok" in err and "· action_history: ok" in err  # progress on stderr
    # A trigger phrase names the skill too, and the text report goes to stdout.
    code, out, _ = run(capsys, "--skill", "fais le rapport")
    assert code == 0 and out.splitlines()[0].startswith("skill 'report': 2 steps done") and "1. tool list_project_paths" in out


def test_a_failing_step_exits_1_with_the_report(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--skill", "broken", "--json")
    doc = json.loads(out)
    assert code == 1
    assert doc["status"] == "failed" and doc["stopped_at"] == 2 and [s["status"] for s in doc["steps"]] == ["ok", "error", "not run"]
    assert "stopped at step 2/3 (ping)" in doc["text"] and "invalid arguments" in doc["text"] and "3. tool list_skills: not run" in doc["text"]


def test_an_act_step_is_refused_without_yes_and_says_how_to_allow_it(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--skill", "tidy", "--param", "target=broken")
    assert code == 1
    assert "stopped at step 2/2 (remove_skill): refused" in out and "add it to [tools] allow or pass --yes" in out
    assert "broken" in skill_names(db)  # nothing acted
    code, out, _ = run(capsys, "--skill", "tidy", "--param", "target=broken", "--yes")
    assert code == 0, out
    assert "broken" not in skill_names(db)


@pytest.mark.parametrize(("argv", "said"), [
    (["--skill", "reprot"], "no skill named 'reprot'; did you mean 'report'?"),
    (["--skill", "report", "--param", "limit=many"], "limit takes a number (its default is 3), not 'many'"),
    (["--skill", "report", "--param", "nope"], "expected KEY=VALUE"),
    (["--skill", "report", "--param", "colour=red"], "has no parameter 'colour'"),
    (["--skill", "tidy"], "needs a value for target"),
    (["--skills", "--param", "a=b"], "--param goes with --skill"),
])
def test_usage_errors_exit_2_with_one_line(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and said in err
