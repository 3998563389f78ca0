"""Segment files: the index's Parquet files, each written whole or not at all.

The index is partitioned by document batch: a build writes the figures of each batch of new or
changed documents as one segment (``segments/seg-NNNNNNNN.parquet``), sorted by measure, entity
and period so that each row group's statistics let DuckDB skip what a query's frames exclude.
A segment is written to a temporary file in the same folder, flushed to disk, and renamed into
place; the manifest names it only after that (`claimcheck.archive.manifest`). pyarrow is
imported here, on first use, so that ``claimcheck --help`` never loads it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.archive.rows import COLUMNS, NAMES

if TYPE_CHECKING:
    import pyarrow as pa

SEGMENTS = "segments"
# rows per Parquet row group: small enough that a group holds a few measures of its segment,
# whose statistics let a query for a draft's measures skip the rest (64,000: every group was
# read for a draft at 10M figures; 8,192: 57% of them)
ROW_GROUP = 8_192
SORT = [("measure", "ascending"), ("entity", "ascending"), ("pfirst", "ascending")]


def schema() -> pa.Schema:
    """The Arrow schema of the index."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])


def table(columns: dict[str, list[Any]]) -> pa.Table:
    """A worker's columns as an Arrow table of the index's schema."""
    import pyarrow as pa

    return pa.Table.from_pydict({n: columns[n] for n in NAMES}, schema=schema())


def folder(index: Path) -> Path:
    """The segments folder of an index."""
    return index / SEGMENTS


def write(index: Path, name: str, parts: Sequence[pa.Table]) -> int:
    """Write ``parts`` as the segment ``name`` (sorted, atomically); the rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = pa.concat_tables(parts) if parts else schema().empty_table()
    data = data.sort_by(SORT)
    where = folder(index)
    where.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=where)
    try:
        with os.fdopen(fd, "wb") as handle:
            pq.write_table(data, handle, row_group_size=ROW_GROUP, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, where / name)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return data.num_rows


def rewrite(index: Path, old: str, new: str, keep: Collection[str]) -> int:
    """Write the rows of segment ``old`` whose document is in ``keep`` as segment ``new``;
    the rows kept (0: nothing is written)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    data = pq.read_table(folder(index) / old, schema=schema())
    kept = data.filter(pc.is_in(data["doc"], value_set=pa.array(sorted(keep), pa.string())))
    if kept.num_rows == 0:
        return 0
    return write(index, new, [kept])


def sweep(index: Path, named: Collection[str]) -> int:
    """Delete segment files the manifest does not name, and temporary files (a build killed
    mid-way leaves them); the files deleted."""
    where = folder(index)
    if not where.is_dir():
        return 0
    gone = 0
    for entry in os.scandir(where):
        if entry.name not in named:
            Path(entry.path).unlink(missing_ok=True)
            gone += 1
    return gone
