"""The sources stage: read the documents in ``sources/`` into `Source` records.

One reader per format (``text.py`` for plain text and Markdown with YAML front matter,
``html.py`` for web pages); `load_sources` walks a folder, picks the reader by file suffix, and
checks that ids are unique. A binary or non-UTF-8 file is an `InputError` naming the file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.io import files
from claimcheck.io.paths import Displays, suffix, walk

# Where a reader that goes on past a bad file hands its error (None: raise it). `check`,
# `verify` and `conflicts` go on: one unreadable or deleted source must not stop every draft.
OnError = Callable[[InputError], None] | None

SUFFIXES = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Source:
    """A source document: stable id, metadata, and its text with the line the text starts on
    (``lines``, when given: the file line of each line of the text, for a text extracted from
    the file rather than a part of it, as an HTML page's)."""

    id: str
    path: str
    text: str
    first_line: int = 1
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    meta: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    lines: tuple[int, ...] | None = None


def read_source(
    path: Path, display: str | None = None, raw: bytes | None = None, limit: int = files.MAX_BYTES
) -> Source:
    """Read one source file with the reader for its suffix (``raw``: its bytes, if read)."""
    kind = SUFFIXES.get(path.suffix.lower())
    shown = display or str(path)
    if kind is None:
        raise InputError(f"unsupported source type {path.suffix or '(none)'}", shown)
    if raw is None:
        raw = files.read_bytes(path, shown, limit=limit)
    content = files.decode(raw, shown, "a text source")
    raw = b""  # a large file's bytes go now, before its text is split (when no caller holds them)
    if kind == "html":
        from claimcheck.sources import html

        return html.read(content, path, shown)
    from claimcheck.sources import text

    return text.read(content, path, shown)


def duplicate(path: Path, display: str, source_id: str, other: str) -> InputError:
    """The error for a second source with the id ``source_id`` (``other``: the first's path)."""
    source = read_source(path, display)
    line = frontmatter_line(path) if source.meta.get("id") else None
    return InputError(f"duplicate source id {source_id!r} (also {other})", display, line)


def frontmatter_line(path: Path) -> int | None:
    """The line of ``id:`` in a source's front matter."""
    from claimcheck.sources import frontmatter

    return frontmatter.key_line(files.read_text(path, str(path), "a text source"), "id")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file of the sources folder: its path, its display path, and its ``os.stat``."""

    path: str
    display: str
    stat: os.stat_result


def source_files(
    folder: Path, root: Path | None = None, on_error: OnError = None
) -> Iterator[SourceFile]:
    """Every source file below ``folder`` (suffix known, not hidden, a regular file), in path
    order. A symbolic link is followed only when it leads to a file inside the project (``root``,
    else ``folder``): a link out of it would put files from elsewhere (a password file) into
    the registry and into CI logs. A link that leads outside, or in a loop, is an `InputError`;
    a dangling one is skipped like any file that is not there. With ``on_error``, such a link is
    handed to it and skipped."""
    if not folder.is_dir():
        raise InputError("sources folder not found", str(folder))
    base = (root or folder).resolve()
    display_of = Displays(root.resolve() if root is not None else None)
    for entry in walk(folder):
        name = entry.name
        if suffix(name).lower() not in SUFFIXES or name.startswith("."):
            continue
        link = entry.is_symlink()
        where = display_of.of(os.path.dirname(entry.path), name, False)  # the link itself
        try:
            st = os.stat(entry.path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                _raise(InputError("symbolic link loop", where), on_error)
            continue  # as Path.is_file: not a file we can see
        if not stat.S_ISREG(st.st_mode):
            continue
        if link and base not in Path(os.path.realpath(entry.path)).parents:
            _raise(
                InputError(
                    "symbolic link to a file outside the project; sources are read only inside it",
                    where,
                ),
                on_error,
            )
            continue
        yield SourceFile(
            entry.path,
            display_of.of(os.path.dirname(entry.path), name, link) if link else where,
            st,
        )


def load_sources(
    folder: Path, root: Path | None = None, limit: int = files.MAX_BYTES, on_error: OnError = None
) -> list[Source]:
    """Every source below ``folder``, sorted by id; ids must be unique. With ``on_error``, a
    file that cannot be read (or repeats an id) is handed to it and left out."""
    found: dict[str, Source] = {}
    for file in source_files(folder, root, on_error):
        try:
            source = read_source(Path(file.path), file.display, limit=limit)
            if source.id in found:
                raise duplicate(Path(file.path), file.display, source.id, found[source.id].path)
        except InputError as exc:
            _raise(exc, on_error)
            continue
        found[source.id] = source
    return [found[k] for k in sorted(found)]


def _raise(error: InputError, on_error: OnError) -> None:
    """Raise ``error``, or hand it to ``on_error`` when there is one."""
    if on_error is None:
        raise error
    on_error(error)
