"""The sources stage: read the documents in ``sources/`` into `Source` records.

One reader per format (``text.py`` for plain text and Markdown with YAML front matter,
``html.py`` for web pages); `load_sources` walks a folder, picks the reader by file suffix, and
checks that ids are unique. A binary or non-UTF-8 file is an `InputError` naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.io import files
from claimcheck.io.paths import Displays

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


def read_source(path: Path, display: str | None = None, raw: bytes | None = None) -> Source:
    """Read one source file with the reader for its suffix (``raw``: its bytes, if read)."""
    kind = SUFFIXES.get(path.suffix.lower())
    shown = display or str(path)
    if kind is None:
        raise InputError(f"unsupported source type {path.suffix or '(none)'}", shown)
    if raw is None:
        raw = files.read_bytes(path, shown)
    content = files.decode(raw, shown, "a text source")
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

    return frontmatter.key_line(path.read_text("utf-8-sig"), "id")


def load_sources(folder: Path, root: Path | None = None) -> list[Source]:
    """Every source below ``folder``, sorted by id; ids must be unique."""
    if not folder.is_dir():
        raise InputError("sources folder not found", str(folder))
    found: dict[str, Source] = {}
    display_of = Displays(root.resolve() if root is not None else None)
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith(".") or not path.is_file():
            continue
        display = display_of(path)
        source = read_source(path, display)
        if source.id in found:
            raise duplicate(path, display, source.id, found[source.id].path)
        found[source.id] = source
    return [found[k] for k in sorted(found)]
