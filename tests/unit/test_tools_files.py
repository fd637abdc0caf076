"""File tools in a temporary root: every tool for real, and every way out
of the roots refused (`..`, absolute paths, symbolic links)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jarvis_tui.core.config import ToolsConfig, load_config
from jarvis_tui.core.tools import Caller, Policy, Toolbox

USER = Caller("user")


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "a.py").write_text("def reverse(xs):\n    return xs[::-1]\n")
    (root / "src" / "b.py").write_text("import os\nprint('hello')\n")
    (root / "notes.md").write_text("# Notes\nline two\nline three\n")
    (tmp_path / "outside.txt").write_text("secret outside the root")
    return root


def box(root: Path, **tools) -> Toolbox:
    settings = ToolsConfig(roots=[str(root)], **{"danger_enabled": True, **tools})
    return Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings, assume_yes=True))


async def call(root: Path, name: str, **arguments):
    return await box(root).call(name, arguments, caller=USER)


async def test_read_numbers_lines_and_pages(root: Path) -> None:
    result = await call(root, "read", path="notes.md", offset=2, limit=1)
    assert result.ok and result.data["content"] == "     2\tline two" and result.data["total_lines"] == 3


async def test_write_edit_and_append(root: Path) -> None:
    assert (await call(root, "write", path="new/dir/c.txt", content="one two two")).ok
    assert (await call(root, "edit", path="new/dir/c.txt", old_string="one", new_string="1")).data == {"path": str(root / "new/dir/c.txt"), "replacements": 1}
    ambiguous = await call(root, "edit", path="new/dir/c.txt", old_string="two", new_string="2")
    assert "occurs 2 times" in ambiguous.error
    assert (await call(root, "edit", path="new/dir/c.txt", old_string="two", new_string="2", replace_all=True)).data["replacements"] == 2
    assert (await call(root, "write_text_file", path="new/dir/c.txt", content="!", append=True)).ok
    assert (root / "new/dir/c.txt").read_text() == "1 2 2!"
    missing = await call(root, "edit", path="notes.md", old_string="absent", new_string="x")
    assert missing.error == f"old_string was not found in {root / 'notes.md'}"


async def test_glob_grep_search_and_list(root: Path) -> None:
    globbed = await call(root, "glob", pattern="**/*.py")
    assert sorted(globbed.data["items"]) == [str(root / "src/b.py"), str(root / "src/pkg/a.py")]
    assert (await call(root, "glob", pattern="src/*.py")).data["items"] == [str(root / "src/b.py")]
    grep = await call(root, "grep", pattern=r"def \w+", glob="**/*.py")
    assert grep.data["matches"] == [f"{root / 'src/pkg/a.py'}:1: def reverse(xs):"]
    assert (await call(root, "grep", pattern="(", path="src")).error.startswith("bad regular expression")
    assert (await call(root, "search_files", pattern="*.PY")).data["count"] == 2
    listing = await call(root, "list_folder", path="src")
    assert [(e["name"], e["type"]) for e in listing.data["items"]] == [("b.py", "file"), ("pkg", "folder")]
    assert (await call(root, "read_text_file", path="notes.md", lines=1)).data["text"] == "# Notes"


async def test_create_copy_move_and_delete(root: Path) -> None:
    assert (await call(root, "create_folder", path="out/deep")).ok
    assert (await call(root, "copy_item", source="src", dest="out/deep")).ok
    assert (root / "out/deep/src/pkg/a.py").exists()
    clash = await call(root, "copy_item", source="notes.md", dest="notes.md")
    assert "already exists; nothing is overwritten" in clash.error
    assert (await call(root, "move_item", source="notes.md", dest="out/renamed.md")).ok
    assert (root / "out/renamed.md").exists() and not (root / "notes.md").exists()
    not_empty = await call(root, "delete_item", path="out")
    assert "is not empty" in not_empty.error
    assert (await call(root, "delete_item", path="out", recursive=True)).ok and not (root / "out").exists()


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("read", {"path": "../outside.txt"}),
        ("read", {"path": "src/../../outside.txt"}),
        ("read", {"path": "src\\..\\..\\outside.txt"}),
        ("write", {"path": "../evil.txt", "content": "x"}),
        ("glob", {"pattern": "../*"}),
        ("copy_item", {"source": "notes.md", "dest": "../copy.md"}),
        ("delete_item", {"path": "../outside.txt"}),
    ],
)
async def test_dot_dot_is_refused(root: Path, name: str, arguments: dict) -> None:
    result = await call(root, name, **arguments)
    assert result.status == "error" and "'..' is not allowed" in result.error
    assert (root.parent / "outside.txt").exists() and not (root.parent / "evil.txt").exists()


async def test_absolute_paths_outside_are_refused(root: Path) -> None:
    for name, arguments in (("read", {"path": str(root.parent / "outside.txt")}), ("read", {"path": "/etc/passwd"}), ("list_folder", {"path": "/"})):
        result = await call(root, name, **arguments)
        assert "is outside the configured roots" in result.error, result.error


async def test_symbolic_links_do_not_escape(root: Path) -> None:
    os.symlink(root.parent / "outside.txt", root / "link.txt")
    os.symlink(root.parent, root / "up")
    escaped = await call(root, "read", path="link.txt")
    assert escaped.error.endswith(f"is outside the configured roots (through a symbolic link); allowed: {root}")
    assert "outside the configured roots" in (await call(root, "read", path="up/outside.txt")).error
    assert "outside the configured roots" in (await call(root, "write", path="up/planted.txt", content="x")).error
    assert "outside the configured roots" in (await call(root, "copy_item", source="link.txt", dest="copied.txt")).error
    # Listing never walks into a link, so nothing outside is found.
    assert str(root.parent / "outside.txt") not in str((await call(root, "search_files", pattern="*.txt")).data)
    # Deleting a link removes the link, never its target.
    assert (await call(root, "delete_item", path="link.txt")).ok
    assert (root.parent / "outside.txt").read_text() == "secret outside the root" and not (root / "link.txt").is_symlink()
    assert not (root.parent / "planted.txt").exists()


async def test_a_root_cannot_be_deleted_or_moved(root: Path) -> None:
    result = await call(root, "delete_item", path=str(root), recursive=True)
    assert "is a configured root" in result.error and root.exists()


async def test_without_roots_file_tools_explain_how_to_configure_them(root: Path) -> None:
    settings = ToolsConfig(roots=[])
    empty = Toolbox(load_config().model_copy(update={"tools": settings}), policy=Policy(settings))
    result = await empty.call("read", {"path": "notes.md"}, caller=USER)
    assert result.error.startswith("no file roots are configured: set [tools] roots")


async def test_binary_files_are_not_read_as_text(root: Path) -> None:
    (root / "blob.bin").write_bytes(b"\x00\x01\x02")
    assert (await call(root, "read", path="blob.bin")).error == f"{root / 'blob.bin'} is a binary file, not text"
