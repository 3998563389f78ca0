"""Segment files: the index's Parquet files, each written whole or not at all.

A build writes the figures of each batch of new or changed documents as one segment
(``segments/seg-NNNNNNNN.parquet``), which `claimcheck.archive.compact` later merges with others
into larger ones. Every segment is sorted by frame (`ORDER`: entity, measure, role class,
compared unit, period, then place) in row groups of `ROW_GROUP` rows, so that a query for a few
frames finds their figures in a few row groups, which DuckDB picks by their statistics (layout
`LAYOUT`, named in the manifest). A segment is written to a temporary file in the same folder,
flushed to disk, and renamed into place; the manifest names it only after that
(`claimcheck.archive.manifest`). pyarrow is imported here, on first use, so that
``claimcheck --help`` never loads it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.archive.rows import COLUMNS, NAMES

if TYPE_CHECKING:
    import pyarrow as pa

SEGMENTS = "segments"
# rows per Parquet row group. In a segment sorted by frame, a draft's query reads about one
# group per entity it names (more for an entity with many figures): at 10M figures in one
# segment, 167 of 1,221 groups for 68 entities. Smaller groups read fewer rows but make the
# footer DuckDB parses larger: 4,096 took 0.28 s, 2,048 0.4 s, against 0.18 s for 8,192
ROW_GROUP = 8_192
# 1: segments of document batches sorted by measure, entity and first month (every segment
# held every frame: a draft's query read most row groups of all of them); 2: sorted by frame,
# entity first, and merged by size (`claimcheck.archive.compact`)
LAYOUT = 2
# the sort of every segment: a frame's figures together (entity first: a draft names few
# entities and many measures of each), then by place (source, line, column, document: the order
# in which `claimcheck.archive.queries.disagreeing` lists a frame's figures), a total order
ORDER = ("entity", "measure", "stance", "cunit", "pfirst", "plast", "source", "line", "column",
         "doc")  # fmt: skip
SORT = [(name, "ascending") for name in ORDER]


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


@contextmanager
def staged(index: Path, name: str) -> Iterator[Path]:
    """A temporary file in the segments folder that becomes segment ``name`` when the block
    ends without an error (flushed to disk, then renamed), and is deleted otherwise."""
    where = folder(index)
    where.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=where)
    os.close(fd)
    try:
        yield Path(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, where / name)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write(index: Path, name: str, parts: Sequence[pa.Table]) -> int:
    """Write ``parts`` as the segment ``name`` (sorted, atomically); the rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = pa.concat_tables(parts) if parts else schema().empty_table()
    data = data.sort_by(SORT)
    with staged(index, name) as temp:
        pq.write_table(data, temp, row_group_size=ROW_GROUP, compression="zstd")
    return data.num_rows


def rewrite(index: Path, old: str, new: str, keep: Callable[[list[str]], Collection[str]]) -> int:
    """Write the rows of segment ``old`` whose document ``keep`` keeps (given the documents of
    a row group, those to keep) as segment ``new``; the rows kept (0: no file is left).

    One row group at a time: a merged segment holds millions of rows and documents, which are
    never all in memory; the rows keep their order (by frame)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    source = pq.ParquetFile(folder(index) / old)
    rows = 0
    with staged(index, new) as temp, pq.ParquetWriter(temp, schema(), compression="zstd") as out:
        for group in range(source.num_row_groups):
            data = source.read_row_group(group).cast(schema())
            kept = pa.array(sorted(keep(pc.unique(data["doc"]).to_pylist())), pa.string())
            part = data.filter(pc.is_in(data["doc"], value_set=kept))
            if part.num_rows:
                out.write_table(part, row_group_size=ROW_GROUP)
                rows += part.num_rows
    if rows == 0:
        (folder(index) / new).unlink()
    return rows


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
