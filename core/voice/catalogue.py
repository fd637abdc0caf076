"""The voice command catalogue: commands, their French and English
templates, their slots and the action each runs, read from TOML and
validated (pydantic) with messages that name the file, the command and the
problem.

    catalogue = load_catalogue()            # data/voice/commands.toml
    catalogue.command("volume.set").action.resolve({"percent": 40}, "linux")
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .catalogue_templates import Slot, TemplateError, expand, slot_names

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
SlotValue = int | float | str
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_ARG_SLOT = re.compile(r"^\{([a-z][a-z0-9_]*)\}$")


class CatalogueError(Exception):
    """The catalogue cannot be used: the message says where and why."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberSlot(_Model):
    """A number said in words or digits, within [min, max]."""

    kind: Literal["number"]
    min: float
    max: float
    description: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> NumberSlot:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self


class ListValue(_Model):
    """One value of a list slot and the ways it is said."""

    value: str = Field(min_length=1)
    fr: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class ListSlot(_Model):
    """One of a closed list of values."""

    kind: Literal["list"]
    values: list[ListValue] = Field(min_length=1)
    description: str = ""


class TextSlot(_Model):
    """Free text: reached by exact templates only, never by fuzzy matching."""

    kind: Literal["text"]
    max_length: int = Field(500, ge=1)
    description: str = ""


SlotDef = Annotated[NumberSlot | ListSlot | TextSlot, Field(discriminator="kind")]


@dataclass(frozen=True)
class ResolvedAction:
    """What a decision runs: a registry tool with its arguments, or a cockpit action."""

    kind: Literal["tool", "cockpit"]
    name: str
    args: dict[str, Any]

    def describe(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.args.items())
        return f"{self.name}({args})"


class Action(_Model):
    """A registry tool (`tool`, `args`, per-platform `platform_args`) or a cockpit action."""

    tool: str | None = Field(None, pattern=r"^[a-z][a-z0-9_]*$")
    cockpit: str | None = Field(None, min_length=1)
    args: dict[str, Any] = {}
    platform_args: dict[str, dict[str, Any]] = {}

    @model_validator(mode="after")
    def _one_kind(self) -> Action:
        if (self.tool is None) == (self.cockpit is None):
            raise ValueError("an action names exactly one of `tool` or `cockpit`")
        if self.cockpit is not None and (self.args or self.platform_args):
            raise ValueError("a cockpit action takes no args (write them in the action: focus_pane('plan'))")
        return self

    def slot_refs(self) -> set[str]:
        """The slots the arguments take their values from (`"{percent}"`)."""
        values = [*self.args.values(), *(v for table in self.platform_args.values() for v in table.values())]
        return {m.group(1) for v in values if isinstance(v, str) and (m := _ARG_SLOT.match(v))}

    def resolve(self, slots: dict[str, SlotValue], platform: str) -> ResolvedAction:
        """The action with `{slot}` arguments replaced by the slots' values."""
        if self.cockpit is not None:
            return ResolvedAction("cockpit", self.cockpit, {})
        args = {**self.args, **self.platform_args.get(platform, {})}
        resolved: dict[str, Any] = {}
        for key, value in args.items():
            m = _ARG_SLOT.match(value) if isinstance(value, str) else None
            if m is None:
                resolved[key] = value
            elif m.group(1) in slots:
                resolved[key] = slots[m.group(1)]
        assert self.tool is not None
        return ResolvedAction("tool", self.tool, resolved)


class Command(_Model):
    """One voice command."""

    id: str
    family: str = Field(min_length=1)
    description: str = Field(min_length=1)
    fr: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)
    action: Action
    confirm: bool = False

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("an id is dotted lower-case words, e.g. volume.set")
        return value

    def templates(self) -> Iterator[tuple[Language, str]]:
        for lang in LANGUAGES:
            for template in getattr(self, lang):
                yield lang, template


class CatalogueFile(_Model):
    """The TOML document."""

    version: Literal[1]
    slots: dict[str, SlotDef] = {}
    commands: list[Command] = Field(min_length=1)


@dataclass(frozen=True)
class Phrasing:
    """One expanded sentence of a command: text and slot pieces, and the
    values list slots took in it."""

    command: str
    lang: Language
    pieces: tuple[str | Slot, ...]
    bound: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        """The sentence with its open slots shown as {name}."""
        return " ".join(p if isinstance(p, str) else "{" + p.name + "}" for p in self.pieces)


class Catalogue:
    """The validated catalogue: commands by id, slot definitions, and every
    expanded phrasing (list slots filled in, number and text slots left open),
    expanded on first use."""

    def __init__(self, document: CatalogueFile, source: str) -> None:
        self.source = source
        self.slots: dict[str, NumberSlot | ListSlot | TextSlot] = dict(document.slots)
        self.commands: dict[str, Command] = {}
        for command in document.commands:
            if command.id in self.commands:
                raise CatalogueError(f"{source}: command {command.id!r} is defined twice")
            self.commands[command.id] = command

    @cached_property
    def phrasings(self) -> list[Phrasing]:
        """Every sentence of every template (checked as it is expanded:
        undefined slots, bad syntax, action slots no template names)."""
        return [p for command in self.commands.values() for p in self._expand(command)]

    def command(self, command_id: str) -> Command:
        return self.commands[command_id]

    def _expand(self, command: Command) -> Iterator[Phrasing]:
        where = f"{self.source}: command {command.id!r}"
        used: set[str] | None = None
        for lang, template in command.templates():
            names = slot_names(template)
            unknown = names - self.slots.keys()
            if unknown:
                raise CatalogueError(f"{where}: template {template!r} names undefined slot(s) {', '.join(sorted(unknown))}")
            used = names if used is None else used | names
            try:
                sentences = expand(template)
            except TemplateError as exc:
                raise CatalogueError(f"{where}: {exc}") from None
            for sentence in sentences:
                yield from self._fill(command.id, lang, sentence)
        missing = command.action.slot_refs() - (used or set())
        if missing:
            raise CatalogueError(f"{where}: the action uses slot(s) {', '.join(sorted(missing))} that no template names")

    def _fill(self, command_id: str, lang: Language, sentence: tuple[str | Slot, ...]) -> Iterator[Phrasing]:
        """Fill list slots with each of their spoken values; leave the others open."""
        choices: list[list[tuple[str | Slot, tuple[str, str] | None]]] = []
        for piece in sentence:
            slot = self.slots.get(piece.name) if isinstance(piece, Slot) else None
            if isinstance(piece, Slot) and isinstance(slot, ListSlot):
                choices.append([(spoken, (piece.name, v.value)) for v in slot.values for spoken in getattr(v, lang)])
            else:
                choices.append([(piece, None)])
        for combination in _product(choices):
            pieces: list[str | Slot] = []
            for piece, _ in combination:
                if isinstance(piece, str) and pieces and isinstance(pieces[-1], str):
                    pieces[-1] = f"{pieces[-1]} {piece}"
                else:
                    pieces.append(piece)
            bound = tuple(b for _, b in combination if b is not None)
            yield Phrasing(command_id, lang, tuple(pieces), bound)

    def prompt(self, lang: Language, max_words: int) -> str:
        """Whisper's initial prompt: example commands as sentences, one family
        after the other (the first slot-free phrasing of each command in turn),
        until `max_words`. Sentences, not a word list: Whisper continues the
        prompt's style, and a comma-separated list of frequent words made it
        write "run, the project, report, scale," for "run the project report skill"."""
        firsts: dict[str, list[str]] = {}
        seen: set[str] = set()
        for phrasing in self.phrasings:
            if phrasing.lang == lang and phrasing.command not in seen and all(isinstance(p, str) for p in phrasing.pieces):
                seen.add(phrasing.command)
                firsts.setdefault(self.commands[phrasing.command].family, []).append(" ".join(str(p) for p in phrasing.pieces))
        sentences: list[str] = []
        words = 0
        for round_ in range(max((len(v) for v in firsts.values()), default=0)):
            for family in firsts.values():
                if round_ < len(family) and words < max_words:
                    sentence = family[round_]
                    sentences.append(sentence[0].upper() + sentence[1:] + ".")
                    words += len(sentence.split())
        return " ".join(sentences)


def _product(choices: list[list[tuple[str | Slot, tuple[str, str] | None]]]) -> Iterator[tuple[tuple[str | Slot, tuple[str, str] | None], ...]]:
    if not choices:
        yield ()
        return
    for head in choices[0]:
        for tail in _product(choices[1:]):
            yield (head, *tail)


def _describe(error: ValidationError, document: dict[str, Any]) -> str:
    lines = []
    for item in error.errors()[:10]:
        loc = list(item["loc"])
        if len(loc) >= 2 and loc[0] == "commands" and isinstance(loc[1], int):
            commands = document.get("commands", [])
            cid = commands[loc[1]].get("id", f"#{loc[1] + 1}") if loc[1] < len(commands) and isinstance(commands[loc[1]], dict) else f"#{loc[1] + 1}"
            loc = [f"command {cid!r}", *loc[2:]]
        lines.append(f"  {'.'.join(str(p) for p in loc)}: {item['msg']}")
    more = len(error.errors()) - 10
    return "\n".join(lines) + (f"\n  ... and {more} more" if more > 0 else "")


def parse_catalogue(text: str, source: str) -> Catalogue:
    """A catalogue from TOML text; CatalogueError names `source` and the problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{source}: not valid TOML: {exc}") from None
    try:
        model = CatalogueFile.model_validate(document)
    except ValidationError as exc:
        raise CatalogueError(f"{source}: invalid catalogue:\n{_describe(exc, document)}") from None
    return Catalogue(model, source)


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """The catalogue at `path`, or the built-in one (data/voice/commands.toml)."""
    if path is None or str(path) == "":
        text = resources.files("jarvis_tui.data").joinpath("voice", "commands.toml").read_text(encoding="utf-8")
        return parse_catalogue(text, "data/voice/commands.toml")
    file = Path(path).expanduser()
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{file}: cannot read the catalogue: {exc}") from None
    return parse_catalogue(text, str(file))
