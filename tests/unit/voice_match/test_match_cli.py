"""`jarvis-tui --match "TEXT" [--json]` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jarvis_tui.cli import main


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("JARVIS_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_json_is_one_document_with_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--match", "mets le volume à quarante pour cent", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    doc = json.loads(out)
    assert {k: doc[k] for k in ("command", "slots", "score", "decision")} == {"command": "volume.set", "slots": {"percent": 40}, "score": 1.0, "decision": "confirm"}


def test_json_reject(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--match", "raconte-moi une blague", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["command"], doc["slots"], doc["score"], doc["decision"], doc["handoff"]) == (None, {}, 0.0, "reject", "commander")


def test_human_output_is_one_or_two_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--match", "affiche le plan"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["run cockpit.focus.plan (exact, score 1.00)", "  would run the cockpit action focus_pane('plan')"]
    assert main(["--match", "mets le volume à 40"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "  would ask, then run the tool volume_set(level=40)"
    assert main(["--match", "quelle heure est-il"]) == 0
    assert capsys.readouterr().out.splitlines() == ["reject: no command is close to this -> sent to the commander as a request"]


def test_a_bad_catalogue_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = tmp_path / "mine.toml"
    catalogue.write_text("version = 1\n[[commands]]\nid = 'x'\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f"[voice]\ncommands = {json.dumps(str(catalogue))}\n", encoding="utf-8")
    assert main(["--config", str(config), "--match", "ouvre firefox", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "mine.toml" in captured.err and "Traceback" not in captured.err


def test_bad_bands_are_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[voice]\nmatch_run_score = 0.7\nmatch_confirm_score = 0.8\n", encoding="utf-8")
    assert main(["--config", str(config), "--match", "ouvre firefox"]) == 2
    assert "match_confirm_score" in capsys.readouterr().err


def test_empty_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--match", "  "]) == 2
    assert "non-empty" in capsys.readouterr().err
