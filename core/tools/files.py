"""File tools, inside the configured roots only: the seed's nine (list,
read, write, search, create, copy, move, delete, open a folder) and the
agents' five (read, write, edit, glob, grep).

Reads follow symbolic links only to targets inside a root; delete and move
act on a link itself, never on what it points to. Names and paths in results
and messages are shown with `escape_name` (valid UTF-8, no control
characters) and are found again from that form.
"""

from __future__ import annotations

import asyncio
import fnmatch
import re
import shutil
import time
from pathlib import Path
from typing import Any

from jarvis_tui.core.tools.base import (
    Command,
    Json,
    Tier,
    Tool,
    ToolContext,
    ToolError,
    boolean,
    integer,
    params,
    string,
)
from jarvis_tui.core.tools.paths import Roots
from jarvis_tui.core.tools.proc import run as run_command
from jarvis_tui.core.utf8 import escape_name, needs_escape, quote_name

MAX_READ_BYTES = 2_000_000
MAX_ENTRIES = 1000
PATH = string("a path inside the configured roots; relative paths start at the first root", max_length=4096)


def _roots(ctx: ToolContext) -> Roots:
    return Roots(ctx.config.tools.roots)


def _shown(path: Path | str) -> str:
    return escape_name(str(path))


def _creatable(path: Path) -> Path:
    """Refuse to make a name that would be hostile in someone's terminal or tools."""
    if needs_escape(str(path)):
        raise ToolError(f"{quote_name(str(path))}: a new name may not hold control characters or bytes that are not UTF-8")
    return path


def _entry(ctx: ToolContext, raw: str) -> Path:
    """The path itself (a link stays a link) with its real parent inside a root."""
    roots = _roots(ctx)
    raw = roots.named(raw)
    raw = raw.rstrip("/\\") or raw
    name = Path(raw).name
    if name in ("", ".", ".."):
        raise ToolError(f"{quote_name(raw)} does not name a file or folder")
    path = Path(raw).expanduser()
    if path.is_absolute() and not path.is_symlink() and roots.is_root(path.resolve()):
        raise ToolError(f"{quote_name(raw)} is a configured root; it cannot be moved or deleted")
    entry = roots.resolve(str(path.parent) if path.parent != Path() else ".") / name
    if not entry.exists() and not entry.is_symlink():
        raise ToolError(f"{quote_name(raw)} does not exist")
    return entry


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise ToolError(f"{_shown(path)} is not a file")
    with path.open("rb") as handle:
        data = handle.read(MAX_READ_BYTES + 1)
    if b"\x00" in data[:8192]:
        raise ToolError(f"{_shown(path)} is a binary file, not text")
    text = data[:MAX_READ_BYTES].decode("utf-8", "replace")
    return text + (f"\n[cut at {MAX_READ_BYTES:,} bytes]" if len(data) > MAX_READ_BYTES else "")


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """`**` crosses folders, `*` and `?` stay within one; matched on `/` paths."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def _files_under(ctx: ToolContext, raw: str) -> tuple[Path, list[Path]]:
    roots = _roots(ctx)
    top = roots.resolve(raw or ".", must_exist=True)
    if top.is_file():
        return top.parent, [top]
    return top, [p for p in roots.walk(top) if p.is_file() and not p.is_symlink()]


def _capped(items: list[Any]) -> Json:
    return {"count": len(items), "items": items[:MAX_ENTRIES], "truncated": len(items) > MAX_ENTRIES}


# -- the agents' tools ------------------------------------------------------------


async def _read(args: Json, ctx: ToolContext) -> Json:
    path = _roots(ctx).resolve(args["path"], must_exist=True)
    lines = (await asyncio.to_thread(_read_text, path)).splitlines()
    start = args.get("offset", 1)
    chunk = lines[start - 1 : start - 1 + args.get("limit", 2000)]
    numbered = "\n".join(f"{n:6}\t{line}" for n, line in enumerate(chunk, start=start))
    return {"path": _shown(path), "total_lines": len(lines), "content": numbered}


def _write_preview(args: Json, ctx: ToolContext) -> str:
    path = _roots(ctx).resolve(args["path"])
    verb = "append to" if args.get("append") else ("replace" if path.exists() else "create")
    return f"{verb} {_shown(path)} ({len(args['content'].encode()):,} bytes)"


async def _write(args: Json, ctx: ToolContext) -> Json:
    path = _roots(ctx).resolve(args["path"])
    if not path.exists():
        _creatable(path)
    if path.is_dir():
        raise ToolError(f"{_shown(path)} is a folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a" if args.get("append") else "w", encoding="utf-8") as handle:
        handle.write(args["content"])
    return {"path": _shown(path), "bytes": len(args["content"].encode())}


def _edit_preview(args: Json, ctx: ToolContext) -> str:
    path = _roots(ctx).resolve(args["path"], must_exist=True)
    return f"edit {_shown(path)}: replace {'every occurrence' if args.get('replace_all') else 'one occurrence'} of {args['old_string'][:200]!r} with {args['new_string'][:200]!r}"


async def _edit(args: Json, ctx: ToolContext) -> Json:
    path = _roots(ctx).resolve(args["path"], must_exist=True)
    text = await asyncio.to_thread(_read_text, path)
    old, new = args["old_string"], args["new_string"]
    count = text.count(old)
    if count == 0:
        raise ToolError(f"old_string was not found in {_shown(path)}")
    if count > 1 and not args.get("replace_all"):
        raise ToolError(f"old_string occurs {count} times in {_shown(path)}: make it unique or set replace_all")
    path.write_text(text.replace(old, new) if args.get("replace_all") else text.replace(old, new, 1), encoding="utf-8")
    return {"path": _shown(path), "replacements": count if args.get("replace_all") else 1}


async def _glob(args: Json, ctx: ToolContext) -> Json:
    if ".." in re.split(r"[\\/]", args["pattern"]):
        raise ToolError("'..' is not allowed in patterns")
    top, files = await asyncio.to_thread(_files_under, ctx, args.get("path", ""))
    regex = _glob_regex(args["pattern"])
    return _capped([_shown(p) for p in files if regex.match(p.relative_to(top).as_posix())])


def _grep_sync(ctx: ToolContext, args: Json) -> Json:
    try:
        regex = re.compile(args["pattern"], re.I if args.get("ignore_case") else 0)
    except re.error as exc:
        raise ToolError(f"bad regular expression: {exc}") from None
    top, files = _files_under(ctx, args.get("path", ""))
    name_filter = _glob_regex(args["glob"]) if args.get("glob") else None
    hits: list[str] = []
    limit = args.get("max_results", 200)
    for path in files:
        if name_filter and not name_filter.match(path.relative_to(top).as_posix()):
            continue
        try:
            text = _read_text(path)
        except (ToolError, OSError):
            continue  # binary or unreadable files are not searched
        for n, line in enumerate(text.splitlines(), start=1):
            if regex.search(line):
                hits.append(f"{_shown(path)}:{n}: {line[:500]}")
                if len(hits) >= limit:
                    return {"count": len(hits), "matches": hits, "truncated": True}
    return {"count": len(hits), "matches": hits, "truncated": False}


async def _grep(args: Json, ctx: ToolContext) -> Json:
    return await asyncio.to_thread(_grep_sync, ctx, args)


# -- the seed's file tools ----------------------------------------------------------


def _describe(path: Path) -> Json:
    stat = path.lstat()
    kind = "link" if path.is_symlink() else "folder" if path.is_dir() else "file"
    return {"name": _shown(path.name), "type": kind, "size": stat.st_size, "modified": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(stat.st_mtime))}


async def _list_folder(args: Json, ctx: ToolContext) -> Json:
    folder = _roots(ctx).resolve(args.get("path", "") or ".", must_exist=True)
    if not folder.is_dir():
        raise ToolError(f"{_shown(folder)} is not a folder")
    pattern = args.get("pattern", "*")
    entries = [_describe(p) for p in sorted(folder.iterdir()) if fnmatch.fnmatch(p.name, pattern)]
    return {"path": _shown(folder), **_capped(entries)}


async def _read_text_file(args: Json, ctx: ToolContext) -> Json:
    path = _roots(ctx).resolve(args["path"], must_exist=True)
    lines = (await asyncio.to_thread(_read_text, path)).splitlines()
    count = args.get("lines", 50)
    return {"path": _shown(path), "total_lines": len(lines), "text": "\n".join(lines[:count])}


async def _search_files(args: Json, ctx: ToolContext) -> Json:
    _, files = await asyncio.to_thread(_files_under, ctx, args.get("path", ""))
    pattern = args["pattern"].lower()
    return _capped([_shown(p) for p in files if fnmatch.fnmatch(p.name.lower(), pattern)])


async def _create_folder(args: Json, ctx: ToolContext) -> Json:
    path = _creatable(_roots(ctx).resolve(args["path"]))
    if path.exists() and not path.is_dir():
        raise ToolError(f"{_shown(path)} exists and is not a folder")
    path.mkdir(parents=True, exist_ok=True)
    return {"path": _shown(path), "created": True}


def _two_paths(args: Json, ctx: ToolContext, *, follow_source: bool) -> tuple[Path, Path]:
    roots = _roots(ctx)
    source = roots.resolve(args["source"], must_exist=True) if follow_source else _entry(ctx, args["source"])
    dest = roots.resolve(args["dest"])
    if dest.is_dir() and not dest.is_symlink():
        dest = dest / source.name
    if dest.exists() or dest.is_symlink():
        raise ToolError(f"{_shown(dest)} already exists; nothing is overwritten")
    _creatable(dest)
    if source.is_dir() and dest.is_relative_to(source.resolve()):
        raise ToolError(f"cannot put {_shown(source)} inside itself")
    return source, dest


def _copy_preview(args: Json, ctx: ToolContext) -> str:
    source, dest = _two_paths(args, ctx, follow_source=True)
    return f"copy {_shown(source)} to {_shown(dest)}"


async def _copy_item(args: Json, ctx: ToolContext) -> Json:
    source, dest = _two_paths(args, ctx, follow_source=True)
    if source.is_dir():
        # Links inside are copied as links: a copy never pulls in a file from outside the roots.
        await asyncio.to_thread(shutil.copytree, source, dest, symlinks=True)
    else:
        await asyncio.to_thread(shutil.copy2, source, dest)
    return {"source": _shown(source), "dest": _shown(dest)}


def _move_preview(args: Json, ctx: ToolContext) -> str:
    source, dest = _two_paths(args, ctx, follow_source=False)
    return f"move {_shown(source)} to {_shown(dest)}"


async def _move_item(args: Json, ctx: ToolContext) -> Json:
    source, dest = _two_paths(args, ctx, follow_source=False)
    await asyncio.to_thread(shutil.move, source, dest)
    return {"source": _shown(source), "dest": _shown(dest)}


def _delete_preview(args: Json, ctx: ToolContext) -> str:
    entry = _entry(ctx, args["path"])
    if entry.is_dir() and not entry.is_symlink():
        return f"delete the folder {_shown(entry)}" + (" and everything in it" if args.get("recursive") else " (only if empty)")
    return f"delete {_shown(entry)}"


async def _delete_item(args: Json, ctx: ToolContext) -> Json:
    entry = _entry(ctx, args["path"])
    if entry.is_dir() and not entry.is_symlink():
        if args.get("recursive"):
            await asyncio.to_thread(shutil.rmtree, entry)
        else:
            try:
                entry.rmdir()
            except OSError:
                raise ToolError(f"{_shown(entry)} is not empty; set recursive to delete it with its content") from None
    else:
        entry.unlink()
    return {"deleted": _shown(entry)}


def opener(platform: str, target: str) -> Command:
    """The desktop's own way to open a folder or a URL."""
    if platform == "win32":
        return Command(("explorer.exe", target), detach=True)
    if platform == "darwin":
        return Command(("open", target), detach=True)
    return Command(("xdg-open", target), detach=True)


def _open_folder_preview(args: Json, ctx: ToolContext) -> str:
    folder = _roots(ctx).resolve(args["path"], must_exist=True)
    return opener(ctx.platform, str(folder)).preview()


async def _open_folder(args: Json, ctx: ToolContext) -> Json:
    folder = _roots(ctx).resolve(args["path"], must_exist=True)
    if not folder.is_dir():
        raise ToolError(f"{_shown(folder)} is not a folder")
    finished = await run_command(opener(ctx.platform, str(folder)))
    return {"opened": _shown(folder), "detail": finished.stdout}


def _tool(name: str, description: str, schema: Json, tier: Tier, run: Any, preview: Any = None) -> Tool:
    return Tool(name, "files", description, schema, tier, run, preview)


TOOLS = [
    _tool("read", "Read a text file inside the configured roots, with line numbers.", params(("path",), path=PATH, offset=integer("first line, from 1", minimum=1), limit=integer("lines to read", minimum=1, maximum=20000)), Tier.READ, _read),
    _tool("write", "Create or replace a text file inside the configured roots.", params(("path", "content"), path=PATH, content=string("the whole new content"), append=boolean("append instead of replacing")), Tier.ACT, _write, _write_preview),
    _tool("edit", "Replace an exact string in a text file inside the configured roots.", params(("path", "old_string", "new_string"), path=PATH, old_string=string("the exact text to replace", min_length=1), new_string=string("its replacement"), replace_all=boolean("replace every occurrence")), Tier.ACT, _edit, _edit_preview),
    _tool("glob", "Find files by pattern (`**/*.py`) under a folder of the roots.", params(("pattern",), pattern=string("glob pattern: ** crosses folders", max_length=1000), path=PATH), Tier.READ, _glob),
    _tool("grep", "Search text files under a folder of the roots with a regular expression.", params(("pattern",), pattern=string("Python regular expression", max_length=1000), path=PATH, glob=string("only files matching this glob", max_length=1000), ignore_case=boolean("case-insensitive"), max_results=integer("at most this many matching lines", minimum=1, maximum=5000)), Tier.READ, _grep),
    _tool("open_folder", "Open a folder of the roots in the desktop's file manager.", params(("path",), path=PATH), Tier.ACT, _open_folder, _open_folder_preview),
    _tool("list_folder", "List a folder inside the roots: names, types, sizes, dates.", params((), path=PATH, pattern=string("only names matching this glob", max_length=1000)), Tier.READ, _list_folder),
    _tool("create_folder", "Create a folder (and its parents) inside the roots.", params(("path",), path=PATH), Tier.ACT, _create_folder, lambda a, c: f"create the folder {_roots(c).resolve(a['path'])}"),
    _tool("copy_item", "Copy a file or folder inside the roots; never overwrites.", params(("source", "dest"), source=PATH, dest=PATH), Tier.ACT, _copy_item, _copy_preview),
    _tool("move_item", "Move or rename a file or folder inside the roots; never overwrites.", params(("source", "dest"), source=PATH, dest=PATH), Tier.ACT, _move_item, _move_preview),
    _tool("delete_item", "Delete a file, a link or a folder inside the roots.", params(("path",), path=PATH, recursive=boolean("delete a folder with everything in it")), Tier.DANGER, _delete_item, _delete_preview),
    _tool("read_text_file", "Read the first lines of a text file inside the roots.", params(("path",), path=PATH, lines=integer("how many lines", minimum=1, maximum=20000)), Tier.READ, _read_text_file),
    _tool("write_text_file", "Write (or append to) a text file inside the roots.", params(("path", "content"), path=PATH, content=string("the text"), append=boolean("append instead of replacing")), Tier.ACT, _write, _write_preview),
    _tool("search_files", "Find files by name pattern (`*.pdf`), recursively, inside the roots.", params(("pattern",), pattern=string("file name glob, case-insensitive", max_length=1000), path=PATH), Tier.READ, _search_files),
]
