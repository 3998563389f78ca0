"""The catalog of a project's sources: each source's id and file, without its text.

``claimcheck check`` needs the ids of all sources (to validate the registry, and to find the
sources that have no registry file yet) but the text of only those few sources. A source's id
may come from its front matter, so finding it means reading the file; the cache
(`claimcheck.io.cache`) remembers the id and publication date of every source file that read
cleanly, so that an
unchanged project costs one ``stat`` per source. Errors are those of `load_sources`, in the
same order: a file that changed is read again with the same reader.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.io.cache import FileCache
from claimcheck.io.files import MAX_BYTES, read_bytes
from claimcheck.sources import OnError, Source, duplicate, read_source, source_files


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source file, its id and its publication date (front matter ``published``)."""

    id: str
    path: str
    display: str
    limit: int = MAX_BYTES  # the largest file read
    published: str | None = None

    def read(self) -> Source:
        """The source, text and all."""
        return read_source(Path(self.path), self.display, limit=self.limit)


def scan(
    folder: Path,
    root: Path | None = None,
    cache: FileCache | None = None,
    limit: int = MAX_BYTES,
    on_error: OnError = None,
) -> list[SourceEntry]:
    """Every source below ``folder``, sorted by id; ids must be unique (as `load_sources`,
    ``on_error`` too: a file that cannot be read is handed to it and left out)."""
    found: dict[str, SourceEntry] = {}
    for file in source_files(folder, root, on_error):
        try:
            entry = _entry(file.path, file.display, file.stat, cache, limit)
            if entry.id in found:
                raise duplicate(Path(file.path), file.display, entry.id, found[entry.id].display)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        found[entry.id] = entry
    return [found[k] for k in sorted(found)]


def _entry(
    path: str, display: str, st: os.stat_result, cache: FileCache | None, limit: int
) -> SourceEntry:
    """The catalog entry of one source file (its id and date read back from the cache when the
    file has not changed)."""
    known = cache.get(display, st, path) if cache is not None else None
    if isinstance(known, tuple) and len(known) == 2:
        source_id, published = known
    else:
        raw = read_bytes(Path(path), display, limit=limit)
        source = read_source(Path(path), display, raw)
        source_id, published = source.id, source.published
        if cache is not None:
            cache.put(display, st, raw, (source_id, published))
    return SourceEntry(source_id, path, display, limit, published)
