"""The catalog of a project's sources: each source's id and file, without its text.

``claimcheck check`` needs the ids of all sources (to validate the registry, and to find the
sources that have no registry file yet) but the text of only those few sources. A source's id
may come from its front matter, so finding it means reading the file; the cache
(`claimcheck.io.cache`) remembers the id of every source file that read cleanly, so that an
unchanged project costs one ``stat`` per source. Errors are those of `load_sources`, in the
same order: a file that changed is read again with the same reader.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.io.cache import FileCache
from claimcheck.io.files import read_bytes
from claimcheck.io.paths import Displays, suffix, walk
from claimcheck.sources import SUFFIXES, Source, duplicate, read_source


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source file and its id."""

    id: str
    path: str
    display: str

    def read(self) -> Source:
        """The source, text and all."""
        return read_source(Path(self.path), self.display)


def scan(folder: Path, root: Path | None = None, cache: FileCache | None = None) -> list[SourceEntry]:
    """Every source below ``folder``, sorted by id; ids must be unique (as `load_sources`)."""
    if not folder.is_dir():
        raise InputError("sources folder not found", str(folder))
    found: dict[str, SourceEntry] = {}
    display_of = Displays(root.resolve() if root is not None else None)
    for entry in walk(folder):
        name = entry.name
        if suffix(name).lower() not in SUFFIXES or name.startswith("."):
            continue
        try:
            st = os.stat(entry.path)
        except OSError:
            continue  # as Path.is_file: not a file we can see
        if not stat.S_ISREG(st.st_mode):
            continue
        display = display_of.of(os.path.dirname(entry.path), name, entry.is_symlink())
        source_id = cache.get(display, st, entry.path) if cache is not None else None
        if not isinstance(source_id, str):
            raw = read_bytes(Path(entry.path), display)
            source_id = read_source(Path(entry.path), display, raw).id
            if cache is not None:
                cache.put(display, st, raw, source_id)
        if source_id in found:
            raise duplicate(Path(entry.path), display, source_id, found[source_id].display)
        found[source_id] = SourceEntry(source_id, entry.path, display)
    return [found[k] for k in sorted(found)]
