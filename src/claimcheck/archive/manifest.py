"""The manifest of an archive index: which documents it holds (key, content hash, source id,
figures) and in which segment file, which segments make the index, and which need rewriting.

It is an SQLite database (``manifest.sqlite`` in the index folder): each step of a build is one
transaction, so a build killed at any point leaves a manifest that names only segments that
were written whole, and documents whose figures are in them. A segment file the manifest does
not name (written before a kill, or left by a rewrite) is deleted when the next build starts.
``state`` is ``building`` from a build's start to its end: queries refuse an index left half
built (`Manifest.complete`), and the next build resumes it.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable
from pathlib import Path

NAME = "manifest.sqlite"
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, digest TEXT NOT NULL,
    source TEXT NOT NULL, figures INTEGER NOT NULL, segment TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_segment ON docs (segment);
CREATE TABLE IF NOT EXISTS segments (name TEXT PRIMARY KEY, rows INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dirty (name TEXT PRIMARY KEY);
"""

_CHUNK = 500  # keys a query asks about at once (SQLite allows 32,766 parameters)
# the segment a document is leaving, to be rewritten without it
_DIRTY = "INSERT OR IGNORE INTO dirty SELECT segment FROM docs WHERE key = ? AND segment != ''"


class Manifest:
    """An open manifest (use as a context manager, or `close`)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / NAME, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_TABLES)

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def get(self, key: str) -> str | None:
        """A meta value."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        """Set a meta value (its own transaction)."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def layout(self) -> int:
        """How the segments are laid out (`claimcheck.archive.writer.LAYOUT`; an index written
        before the manifest said so: 1)."""
        return int(self.get("layout") or 1)

    @property
    def complete(self) -> bool:
        """True when the last build ended (an index that was never built is not complete)."""
        return self.get("state") == "complete"

    def digests(self) -> dict[str, str]:
        """Every document's content hash by key (the one table a build holds in memory)."""
        return dict(self.db.execute("SELECT key, digest FROM docs"))

    def segments(self) -> list[str]:
        """The segment files of the index, by name, in order."""
        return [r[0] for r in self.db.execute("SELECT name FROM segments ORDER BY name")]

    def next_segment(self) -> str:
        """A new segment's name (the counter is kept with the segments it names)."""
        number = int(self.get("next") or 0)
        self.set("next", str(number + 1))
        return f"seg-{number:08d}.parquet"

    def add_segment(self, name: str, rows: int, docs: Iterable[tuple[str, str, str, int]]) -> None:
        """Record a written segment and the documents it holds, in one transaction; a document
        that was in another segment leaves it, which is marked for rewriting."""
        docs = list(docs)
        with self._transaction() as db:
            db.executemany(_DIRTY, [(d[0],) for d in docs])
            if name:  # "": documents with no figures, in no file
                db.execute("INSERT INTO segments VALUES (?, ?)", (name, rows))
            db.executemany(
                "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?)",
                [(*d, name) for d in docs],
            )

    def remove_docs(self, keys: Iterable[str]) -> None:
        """Drop documents no longer in the archive; their segments are marked for rewriting."""
        rows = [(k,) for k in keys]
        with self._transaction() as db:
            db.executemany(_DIRTY, rows)
            db.executemany("DELETE FROM docs WHERE key = ?", rows)

    def dirty(self) -> list[str]:
        """Segments holding rows of documents that left them."""
        return [r[0] for r in self.db.execute("SELECT name FROM dirty ORDER BY name")]

    def kept(self, segment: str, keys: list[str]) -> builtins.set[str]:
        """Those of ``keys`` whose figures the manifest places in ``segment`` (the others left
        it: changed or removed)."""
        out: builtins.set[str] = set()
        for at in range(0, len(keys), _CHUNK):
            chunk = keys[at : at + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT key FROM docs WHERE segment = ? AND key IN ({marks})"
            out.update(r[0] for r in self.db.execute(query, (segment, *chunk)))
        return out

    def sized(self) -> list[tuple[str, int]]:
        """The segment files of the index with their rows, by name."""
        return list(self.db.execute("SELECT name, rows FROM segments ORDER BY name"))

    def merge_segments(self, old: Iterable[str], new: str, rows: int) -> None:
        """Segments ``old`` merged as ``new``, in one transaction: their documents move to it."""
        names = [(name,) for name in old]
        with self._transaction() as db:
            db.executemany("DELETE FROM segments WHERE name = ?", names)
            db.execute("INSERT INTO segments VALUES (?, ?)", (new, rows))
            db.executemany("UPDATE docs SET segment = ? WHERE segment = ?",
                           [(new, name) for (name,) in names])  # fmt: skip

    def replace_segment(self, old: str, new: str | None, rows: int) -> None:
        """A dirty segment rewritten as ``new`` (None: nothing left in it), in one transaction."""
        with self._transaction() as db:
            db.execute("DELETE FROM segments WHERE name = ?", (old,))
            db.execute("DELETE FROM dirty WHERE name = ?", (old,))
            if new is not None:
                db.execute("INSERT INTO segments VALUES (?, ?)", (new, rows))
            db.execute("UPDATE docs SET segment = ? WHERE segment = ?", (new or "", old))

    def reset(self) -> None:
        """Forget every document and segment (a build with another extractor starts over)."""
        with self._transaction() as db:
            db.execute("DELETE FROM docs")
            db.execute("DELETE FROM segments")
            db.execute("DELETE FROM dirty")

    def counts(self) -> tuple[int, int]:
        """Documents and figures the index holds."""
        docs, figures = self.db.execute(
            "SELECT count(*), coalesce(sum(figures), 0) FROM docs"
        ).fetchone()
        return int(docs), int(figures)

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if kind is not None else "COMMIT")
