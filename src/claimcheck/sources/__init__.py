"""The sources stage: read the documents in ``sources/`` into `Source` records.

One reader per format (``text.py`` for plain text and Markdown with YAML front matter,
``html.py`` for web pages); `load_sources` walks a folder, picks the reader by file suffix, and
checks that ids are unique. A binary or non-UTF-8 file is an `InputError` naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError

SUFFIXES = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Source:
    """A source document: stable id, metadata, and its text with the line the text starts on."""

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


def read_source(path: Path, display: str | None = None) -> Source:
    """Read one source file with the reader for its suffix."""
    kind = SUFFIXES.get(path.suffix.lower())
    shown = display or str(path)
    if kind is None:
        raise InputError(f"unsupported source type {path.suffix or '(none)'}", shown)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read source: {exc.strerror or exc}", shown) from exc
    if b"\x00" in raw:
        raise InputError("binary file, not a text source", shown, raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 (byte {exc.start})", shown, line) from exc
    if kind == "html":
        from claimcheck.sources import html

        return html.read(content, path, shown)
    from claimcheck.sources import text

    return text.read(content, path, shown)


def load_sources(folder: Path, root: Path | None = None) -> list[Source]:
    """Every source below ``folder``, sorted by id; ids must be unique."""
    if not folder.is_dir():
        raise InputError("sources folder not found", str(folder))
    found: dict[str, Source] = {}
    base = root.resolve() if root is not None else None
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith(".") or not path.is_file():
            continue
        display = _display(path, base)
        source = read_source(path, display)
        if source.id in found:
            from claimcheck.sources import frontmatter

            line = frontmatter.key_line(path.read_text("utf-8-sig"), "id") if source.meta.get("id") else None
            raise InputError(
                f"duplicate source id {source.id!r} (also {found[source.id].path})", display, line
            )
        found[source.id] = source
    return [found[k] for k in sorted(found)]


def _display(path: Path, base: Path | None) -> str:
    """``path`` relative to ``base`` (an already resolved folder) when it is inside it."""
    if base is not None:
        try:
            return path.resolve().relative_to(base).as_posix()
        except ValueError:
            pass
    return path.as_posix()
