"""The archive's documents, streamed: every file its ``sources`` name, and every line of its
JSON Lines files, each with a content hash and no more text than one document at a time.

A config entry is a folder (walked for ``.txt``, ``.md``, ``.markdown``, ``.html``, ``.htm``
and ``.jsonl``), a file, or a glob relative to the project (``news/**/*.jsonl``). A text,
Markdown or HTML file is one document, read later by the project's source readers
(`claimcheck.sources`) in a worker; a ``.jsonl`` file holds one document a line, an object with
``id`` and ``text`` (both text) and optional ``published`` (``YYYY[-MM[-DD]]``) and ``url``.
A line that is no such object is an `InputError` naming its file and line, as is an id given
twice in one file. Blank lines are skipped. Files are read only inside the project: a glob or a
symbolic link that leads out of it is an error, as for sources.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.io import files
from claimcheck.sources import SUFFIXES
from claimcheck.sources.frontmatter import published_problem

JSONL = ".jsonl"
READABLE = frozenset({*SUFFIXES, JSONL})
_GLOB = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Doc:
    """One document of the archive: its key in the manifest (the file's path, or
    ``path#id`` for a JSON Lines document), its content hash, and what a worker needs to
    extract it: a file's bytes (``raw``), or a JSON Lines document's id, text and metadata."""

    key: str
    path: str
    digest: str
    raw: bytes | None = None
    source: str | None = None
    text: str | None = None
    published: str | None = None
    url: str | None = None
    line: int = 0  # the JSON Lines line, 0 for a file

    @property
    def size(self) -> int:
        """Bytes of the document, as read."""
        return len(self.raw) if self.raw is not None else len((self.text or "").encode())


def digest(data: bytes) -> str:
    """The content hash the manifest keeps (BLAKE2b, 128 bits, hex)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def archive_files(root: Path, entries: Sequence[str]) -> Iterator[tuple[Path, str]]:
    """Every readable file the config's ``entries`` name, once each, as (path, display path
    relative to the project), in the entries' order and path order within each."""
    base = root.resolve()
    seen: set[str] = set()
    for entry in entries:
        for path in _expand(root, entry):
            shown = _shown(path, root)
            if shown in seen:
                continue
            seen.add(shown)
            real = Path(os.path.realpath(path))
            if base not in real.parents:
                raise InputError(
                    "archive file outside the project; archives are read only inside it", shown
                )
            yield path, shown


def _expand(root: Path, entry: str) -> Iterator[Path]:
    if any(c in entry for c in _GLOB):
        for path in sorted(root.glob(entry)):
            if path.is_dir():
                yield from _walk(path)
            elif _readable(path):
                yield path
        return
    path = root / entry
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield path
    else:
        raise InputError("archive source not found", entry)


def _walk(folder: Path) -> Iterator[Path]:
    """The readable files below ``folder``, sorted, streamed (hidden names skipped)."""
    for here, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(here, name)
            if not name.startswith(".") and _readable(path):
                yield path


def _readable(path: Path) -> bool:
    return path.suffix.lower() in READABLE and path.is_file()


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def documents(root: Path, entries: Sequence[str], limit: int = files.MAX_BYTES) -> Iterator[Doc]:
    """Every document of the archive, streamed (``limit``: the largest file read, in bytes;
    a JSON Lines file is read a line at a time, so only its lines are held to it)."""
    for path, shown in archive_files(root, entries):
        if path.suffix.lower() == JSONL:
            yield from jsonl(path, shown, limit)
        else:
            raw = files.read_bytes(path, shown, limit=limit)
            yield Doc(shown, shown, digest(raw), raw=raw)


def jsonl(path: Path, shown: str, limit: int = files.MAX_BYTES) -> Iterator[Doc]:
    """The documents of one JSON Lines file, a line at a time."""
    ids: set[str] = set()
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", shown) from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if len(line) > limit:
                raise InputError(f"line over {limit // 2**20} MB", shown, number)
            if not line.strip():
                continue
            doc = parse_line(line, shown, number)
            if doc.source in ids:
                raise InputError(
                    f"duplicate document id {doc.source!r} in this file", shown, number
                )
            ids.add(doc.source or "")
            yield doc


def parse_line(line: bytes, shown: str, number: int) -> Doc:
    """One JSON Lines document; anything else is an `InputError` at ``shown:number``."""
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", shown, number) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg} (column {exc.colno})", shown, number) from None
    if not isinstance(data, dict):
        raise InputError("a document must be a JSON object with 'id' and 'text'", shown, number)
    doc_id, text = data.get("id"), data.get("text")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError("'id' must be text (or a whole number)", shown, number)
    if not isinstance(text, str):
        raise InputError("'text' must be text", shown, number)
    published, url = data.get("published"), data.get("url")
    if published is not None:
        problem = published_problem(published) if isinstance(published, str) else "must be text"
        if problem:
            raise InputError(f"'published' {problem}", shown, number)
    if url is not None and not isinstance(url, str):
        raise InputError("'url' must be text", shown, number)
    return Doc(f"{shown}#{doc_id}", shown, digest(line.rstrip(b"\r\n")), source=doc_id,
               text=text, published=published, url=url, line=number)  # fmt: skip
