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

from dataclasses import dataclass
from pathlib import Path

from claimcheck.io.cache import FileCache
from claimcheck.io.files import MAX_BYTES, read_bytes
from claimcheck.sources import Source, duplicate, read_source, source_files


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
    folder: Path, root: Path | None = None, cache: FileCache | None = None, limit: int = MAX_BYTES
) -> list[SourceEntry]:
    """Every source below ``folder``, sorted by id; ids must be unique (as `load_sources`)."""
    found: dict[str, SourceEntry] = {}
    for file in source_files(folder, root):
        path, display, st = file.path, file.display, file.stat
        known = cache.get(display, st, path) if cache is not None else None
        if isinstance(known, tuple) and len(known) == 2:
            source_id, published = known
        else:
            raw = read_bytes(Path(path), display, limit=limit)
            source = read_source(Path(path), display, raw)
            source_id, published = source.id, source.published
            if cache is not None:
                cache.put(display, st, raw, (source_id, published))
        if source_id in found:
            raise duplicate(Path(path), display, source_id, found[source_id].display)
        found[source_id] = SourceEntry(source_id, path, display, limit, published)
    return [found[k] for k in sorted(found)]
