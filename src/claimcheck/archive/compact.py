"""Compaction: segments merged into larger ones, so that a frame's figures are in few places.

A build writes one segment per batch of documents (`claimcheck.archive.writer`), and every
frame has figures in nearly every batch: at 10M figures in 100 segments, a draft's query read
most row groups of every segment (0.9 s of DuckDB for a 5 KB draft). Merged and sorted by frame,
a frame's figures are a few row groups of each segment, which the row groups' statistics find.

Merging is size-tiered, as in log-structured stores: a segment's tier is how many times `FANIN`
goes into its rows over a build's segment size (one flushed segment: tier 0; `FANIN` of them
merged: tier 1), and whenever `FANIN` segments share a tier they are merged into one. A figure
is so rewritten about log4(figures / segment size) times (three or four at 10M figures), and an
index holds fewer than `FANIN` segments a tier (at 10M figures: 4 after 100 flushes, at most
12). A segment whose documents changed is rewritten (`writer.rewrite`) before it is merged.

DuckDB merges: it sorts the segments' rows by frame (`writer.ORDER`), spilling to the index's
``tmp`` folder past `MEMORY`, into a temporary file renamed into place (`writer.staged`); the
manifest then records the merge in one transaction. A build killed in between leaves a file no
manifest names, which the next build deletes, and merges again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from claimcheck.archive import require, writer
from claimcheck.archive.manifest import Manifest
from claimcheck.archive.rows import NAMES

FANIN = 4  # segments of a tier merged at once
MEMORY = "512MB"  # DuckDB's memory for a merge's sort (10M figures: 32 s, 660 MB at most)


def tier(rows: int, base: int) -> int:
    """The tier of a segment of ``rows`` rows, for segments of ``base`` rows as written."""
    level, size = 0, max(1, base) * FANIN
    while rows >= size:
        level, size = level + 1, size * FANIN
    return level


def plan(segments: Sequence[tuple[str, int]], base: int) -> list[str]:
    """The segments to merge next (by name; none: nothing to merge): those of the lowest tier
    that has `FANIN` of them."""
    tiers: dict[int, list[str]] = {}
    for name, rows in segments:
        tiers.setdefault(tier(rows, base), []).append(name)
    for level in sorted(tiers):
        if len(tiers[level]) >= FANIN:
            return sorted(tiers[level])
    return []


def compact(index: Path, man: Manifest, base: int, busy: Collection[str] = ()) -> int:
    """Merge segments until no tier has `FANIN` of them (``busy``: segments to leave alone,
    those waiting to be rewritten); the merges done."""
    merges = 0
    while names := plan([s for s in man.sized() if s[0] not in busy], base):
        merge_into(index, man, names)
        merges += 1
    return merges


def merge_into(index: Path, man: Manifest, names: Sequence[str]) -> str:
    """Merge the segments ``names`` into a new one, recorded in the manifest; its name."""
    new = man.next_segment()
    rows = merge(index, names, new)
    man.merge_segments(names, new, rows)
    for name in names:
        (writer.folder(index) / name).unlink(missing_ok=True)
    return new


def merge(index: Path, names: Sequence[str], new: str) -> int:
    """Write the rows of the segments ``names`` as segment ``new``, sorted by frame; its rows."""
    require("duckdb")
    import duckdb

    listed = ", ".join(_literal(str(writer.folder(index) / name)) for name in names)
    columns = ", ".join(f'"{name}"' for name in NAMES)
    order = ", ".join(f'"{name}" ASC NULLS LAST' for name in writer.ORDER)
    (index / "tmp").mkdir(exist_ok=True)
    db = duckdb.connect()
    try:
        db.execute(f"SET memory_limit = '{MEMORY}'")
        db.execute("SET temp_directory = ?", [str(index / "tmp")])
        db.execute("SET preserve_insertion_order = true")  # the file keeps the ORDER BY
        with writer.staged(index, new) as temp:
            found = db.execute(
                f"COPY (SELECT {columns} FROM read_parquet([{listed}]) ORDER BY {order}) "
                f"TO {_literal(str(temp))} (FORMAT parquet, COMPRESSION zstd, "
                f"ROW_GROUP_SIZE {writer.ROW_GROUP})"
            ).fetchone()
    finally:
        db.close()
    return int(found[0]) if found else 0


def _literal(text: str) -> str:
    """An SQL string literal (COPY's file and a view's list take no parameters)."""
    return "'" + text.replace("'", "''") + "'"
