"""File roots: the only folders file tools may touch.

A path is refused when it names `..` (in either slash style), when it
resolves — symbolic links followed — outside every configured root, or when
no root is configured at all. Relative paths start at the first root.

A name shown escaped (see `core/utf8.py`: a file name with undecodable bytes
or control characters) is found again from its escaped form. An OS error
(a name too long, a permission denied) is a ToolError, never a crash.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from jarvis_tui.core.tools.base import ToolError
from jarvis_tui.core.utf8 import quote_name, unescape_name

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
            raise ToolError(f"{quote_name(raw)}: '..' is not allowed in paths")
        path = self._absolute(self.named(raw))
        try:
            real = path.resolve()
            inside = any(real == root or real.is_relative_to(root) for root in self.roots)
            if not inside:
                through_link = " (through a symbolic link)" if Path(os.path.abspath(path)) != real else ""
                raise ToolError(f"{quote_name(raw)} is outside the configured roots{through_link}; allowed: {self.describe()}")
            if must_exist and not real.exists():
                raise ToolError(f"{quote_name(raw)} does not exist")
        except OSError as exc:
            raise ToolError(f"{quote_name(raw)}: {exc.strerror or exc}") from None
        return real

    def named(self, raw: str) -> str:
        """`raw`, or the name it shows escaped when only that one exists."""
        if "\\" not in raw or not self.roots or _lexists(self._absolute(raw)):
            return raw
        plain = unescape_name(raw)
        return plain if plain != raw and _lexists(self._absolute(plain)) else raw

    def _absolute(self, raw: str) -> Path:
        path = Path(raw)
        # Only the user's own `~`: a file named `~root` is that file, not root's home.
        if raw == "~" or raw.startswith(("~/", "~\\")):
            try:
                path = path.expanduser()
            except RuntimeError:
                raise ToolError("'~' cannot be expanded: no home directory is known") from None
        return path if path.is_absolute() else self.roots[0] / path

    def is_root(self, path: Path) -> bool:
        """Whether `path` (resolved) is one of the configured roots."""
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


def _lexists(path: Path) -> bool:
    """Whether something (a dangling link too) is at `path`; False for a name the OS refuses."""
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False
