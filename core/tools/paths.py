"""File roots: the only folders file tools may touch.

A path is refused when it names `..` (in either slash style), when it
resolves — symbolic links followed — outside every configured root, or when
no root is configured at all. Relative paths start at the first root.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from jarvis_tui.core.tools.base import ToolError

_PARTS = re.compile(r"[\\/]+")


class Roots:
    def __init__(self, roots: list[str]) -> None:
        self.roots = [Path(r).expanduser().resolve() for r in roots]

    def describe(self) -> str:
        return ", ".join(str(r) for r in self.roots) or "none"

    def resolve(self, raw: str, *, must_exist: bool = False) -> Path:
        """The real path `raw` names, inside a root, or a ToolError saying why not."""
        if not self.roots:
            raise ToolError('no file roots are configured: set [tools] roots = ["~/some/folder"] to let file tools work there')
        if not raw or not raw.strip():
            raise ToolError("the path is empty")
        if "\x00" in raw:
            raise ToolError("the path contains a NUL character")
        if ".." in _PARTS.split(raw):
            raise ToolError(f"{raw!r}: '..' is not allowed in paths")
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.roots[0] / path
        real = path.resolve()
        if not any(real == root or real.is_relative_to(root) for root in self.roots):
            through_link = " (through a symbolic link)" if Path(os.path.abspath(path)) != real else ""
            raise ToolError(f"{raw!r} is outside the configured roots{through_link}; allowed: {self.describe()}")
        if must_exist and not real.exists():
            raise ToolError(f"{raw!r} does not exist")
        return real

    def is_root(self, path: Path) -> bool:
        return path in self.roots

    def walk(self, top: Path) -> Iterator[Path]:
        """Every file and folder under `top`, without following symbolic links
        out of it (a link is listed, never entered)."""
        for folder, dirs, files in os.walk(top, followlinks=False):
            base = Path(folder)
            dirs.sort()
            for name in dirs:
                yield base / name
            for name in sorted(files):
                yield base / name
