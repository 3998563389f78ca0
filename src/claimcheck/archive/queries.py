"""Questions to the archive index, answered by DuckDB over its Parquet segments.

- `stats`: documents, figures, segments, bytes on disk, figures by dimension and measure;
- `disagreements`: every frame (entity, measure, role class, compared unit, period) whose
  figures do
  not all agree, found by one GROUP BY: figures agree when their intervals overlap
  (`claimcheck.archive.rows`), so a group disagrees exactly when its largest ``lo`` reaches its
  smallest ``hi``; the two figures that show it are returned, with the group's counts;
- `disagreeing`: for many probes at once (a draft's figures), the archive figures of the same
  frame that disagree with each, by one join against a temporary table of the probes, which
  reads the row groups of the probes' entities (`claimcheck.archive.writer`: segments sorted
  by frame), then the few figures shown, whole.

A query reads only the segments the manifest names, and refuses an index that was never built
or whose last build did not end (`NotBuilt`), and one of a layout it does not know
(`writer.LAYOUT`); `disagreeing` also refuses one of an older layout, whose segments are not
sorted by frame (a build sorts them). duckdb is imported on first use. DuckDB spills to the
index's ``tmp`` folder past `MEMORY`, so a query on a large index stays within it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.archive import require, writer
from claimcheck.archive.manifest import NAME, Manifest
from claimcheck.archive.rows import COLUMNS
from claimcheck.errors import ClaimcheckError

MEMORY = "1GB"
SHOWN = 5  # disagreeing archive figures listed per draft figure
_TYPES = {"string": "VARCHAR", "int32": "INTEGER", "float64": "DOUBLE"}
# a bound less float noise (tolerance.overlaps: 1e-9 of its size, none at infinity)
_MACRO = "CREATE MACRO shrunk(x) AS x - CASE WHEN isfinite(x) THEN 1e-9 * greatest(1.0, abs(x)) ELSE 0 END"
_FIELDS = ("doc", "source", "path", "line", "column", "text", "role", "value", "low", "high", "unit",
           "qualifier", "period", "passage")  # fmt: skip
_KEYS = "entity, measure, stance, dimension, cunit, pfirst, plast"
# a figure's place, by which figures are listed, and ties broken (whatever the segments' order)
_PLACE = 'struct_pack(s := f.source, l := f.line, c := f."column", d := f.doc)'


def _figure(alias: str = "") -> str:
    """A figure's fields as one struct (``alias``: of the table named so)."""
    return "struct_pack(" + ", ".join(f'"{n}" := {alias}"{n}"' for n in _FIELDS) + ")"


class NotBuilt(ClaimcheckError):
    """The archive index cannot be queried (never built, or its last build did not end)."""


@dataclass(frozen=True)
class Probe:
    """A figure to look up: its frame, compared unit, period months and interval."""

    entity: str
    measure: str
    stance: str  # the role's class (`claimcheck.archive.rows.stance`)
    cunit: str | None
    pfirst: int
    plast: int
    lo: float
    hi: float


def connect(index: Path, shown: str, by_frame: bool = False) -> Any:
    """A DuckDB connection with a ``figures`` view over the index's segments (``by_frame``:
    the caller counts on the layout's order, which an index of an older layout lacks)."""
    require("duckdb")
    import duckdb

    if not (index / NAME).is_file():
        raise NotBuilt("no archive index yet: run 'claimcheck archive build'", shown)
    with Manifest(index) as man:
        if not man.complete:
            raise NotBuilt(
                "the archive index is half built: run 'claimcheck archive build' to finish it",
                shown,
            )
        if man.layout > writer.LAYOUT or (by_frame and man.layout < writer.LAYOUT):
            raise NotBuilt(_layout(man.layout), shown)
        segments = [str(writer.folder(index) / name) for name in man.segments()]
    db = duckdb.connect()
    (index / "tmp").mkdir(exist_ok=True)
    db.execute(f"SET memory_limit = '{MEMORY}'")
    db.execute("SET parquet_metadata_cache = true")  # a footer read once, not once a query
    db.execute("SET temp_directory = ?", [str(index / "tmp")])
    db.execute(_MACRO)
    if segments:
        listed = ", ".join(
            "'" + s.replace("'", "''") + "'" for s in segments
        )  # a view takes no parameters
        db.execute(f"CREATE VIEW figures AS SELECT * FROM read_parquet([{listed}])")
        # the same with each row's file and number in it (`disagreeing` reads a few rows whole)
        db.execute(
            f"CREATE VIEW located AS SELECT * FROM read_parquet([{listed}], filename = true, "
            "file_row_number = true)"
        )
    else:
        cols = ", ".join(f'"{n}" {_TYPES[t]}' for n, t in COLUMNS)
        db.execute(f"CREATE TABLE figures ({cols})")
        db.execute(
            "CREATE VIEW located AS SELECT *, NULL::VARCHAR AS filename, "
            "NULL::BIGINT AS file_row_number FROM figures"
        )
    return db


def _layout(found: int) -> str:
    """Why an index of another layout cannot be read, and what to do."""
    if found > writer.LAYOUT:
        return (
            f"the archive index has layout {found}, which this claimcheck does not read: "
            "run 'claimcheck archive build' to build it again"
        )
    return (
        f"the archive index has layout {found}, from an older claimcheck: run 'claimcheck "
        "archive build' to bring it up to date (it sorts the index again, extracting nothing)"
    )


def stats(index: Path, shown: str, top: int = 10) -> dict[str, Any]:
    """Counts of the index (the ``archive stats --format json`` record, without its version)."""
    db = connect(index, shown)
    with Manifest(index) as man:
        documents, _ = man.counts()
        segments = len(man.segments())
    figures = db.execute("SELECT count(*) FROM figures").fetchone()[0]
    by: dict[str, list[dict[str, Any]]] = {}
    for key in ("dimension", "measure", "entity"):
        rows = db.execute(
            f"SELECT {key}, count(*) AS n FROM figures WHERE {key} IS NOT NULL "
            f"GROUP BY {key} ORDER BY n DESC, {key} LIMIT ?",
            [top],
        ).fetchall()
        by[key] = [{key: name, "figures": n} for name, n in rows]
    size = on_disk(index)
    return {"documents": documents, "figures": int(figures), "segments": segments, "bytes": size,
            "dimensions": by["dimension"], "measures": by["measure"], "entities": by["entity"]}  # fmt: skip


def disagreements(index: Path, shown: str) -> list[dict[str, Any]]:
    """Every frame whose figures disagree, in frame order: its keys, period label, figures and
    documents counted, and the two figures furthest apart (``low``: the one whose interval ends
    lowest; ``high``: the one whose interval starts highest; of equals, the first by place)."""
    db = connect(index, shown)
    known = "entity IS NOT NULL AND measure IS NOT NULL AND pfirst IS NOT NULL AND lo IS NOT NULL"
    same = " AND ".join(f"f.{k} IS NOT DISTINCT FROM b.{k}" for k in _KEYS.split(", "))
    # two passes: the cheap GROUP BY finds the frames that disagree; only their figures are
    # then read whole (passages) and their documents counted
    query = f"""
        WITH bad AS (
            SELECT {_KEYS} FROM figures WHERE {known}
            GROUP BY {_KEYS} HAVING max(lo) >= min(shrunk(hi))
        )
        SELECT {", ".join(f"f.{k}" for k in _KEYS.split(", "))}, min(f.period) AS period,
               count(*) AS figures, count(DISTINCT f.doc) AS documents,
               arg_min({_figure("f.")}, struct_pack(k := f.hi, p := {_PLACE})) AS low,
               arg_min({_figure("f.")}, struct_pack(k := -f.lo, p := {_PLACE})) AS high
        FROM figures f JOIN bad b ON {same}
        WHERE f.lo IS NOT NULL  -- the join keeps only frames with entity, measure and period
        GROUP BY ALL
        HAVING count(DISTINCT f.doc) > 1
        ORDER BY f.entity, f.measure, f.stance, f.pfirst, f.plast, f.cunit NULLS FIRST, f.dimension
    """
    cursor = db.execute(query)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def disagreeing(
    index: Path, shown: str, probes: Sequence[Probe], limit: int = SHOWN
) -> dict[int, tuple[int, list[dict[str, Any]]]]:
    """For each probe (by position) the archive figures of its frame that disagree with it:
    how many, and the first ``limit`` (by source, line, column)."""
    if not probes:
        return {}
    db = connect(index, shown, by_frame=True)
    # a VALUES table: no pyarrow to import for a draft's few dozen figures
    fields = ("entity", "measure", "stance", "cunit", "pfirst", "plast", "lo", "hi")
    values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(probes))
    flat = [x for i, p in enumerate(probes) for x in (i, *(getattr(p, f) for f in fields))]
    db.execute(
        f"CREATE TEMP TABLE probes AS SELECT * FROM (VALUES {values}) AS t(idx, {', '.join(fields)})",
        flat,
    )
    # the frames asked about as literal lists, which DuckDB checks against each row group's
    # statistics (a subquery or a parameter it does not)
    measures = _literals(sorted({p.measure for p in probes}))
    entities = _literals(sorted({p.entity for p in probes}))
    # 1. per probe and file, the count and the rows of the first ``limit``: a segment holds a
    # frame's figures in order of place (`writer.ORDER`), so they are its first rows, and
    # only the frame's columns are read. DuckDB applies a list of values after its scan, which
    # reads every projected column of each row group kept: a figure's place (two long texts)
    # read here would double the query's time, its passage far more
    found = db.execute(
        f"""
        SELECT p.idx, f.filename, count(*) AS n, min(f.file_row_number, ?) AS rows
        FROM (SELECT entity, measure, stance, cunit, pfirst, plast, lo, hi, filename,
                     file_row_number
              FROM located WHERE measure IN ({measures}) AND entity IN ({entities})) f
        JOIN probes p ON f.entity = p.entity AND f.measure = p.measure AND f.stance = p.stance
            AND f.cunit IS NOT DISTINCT FROM p.cunit AND f.pfirst = p.pfirst AND f.plast = p.plast
        WHERE f.lo >= shrunk(p.hi) OR p.lo >= shrunk(f.hi)
        GROUP BY p.idx, f.filename
        """,
        [limit],
    ).fetchall()
    whole = _rows_at(db, {(fn, rn) for _, fn, _, rows in found for rn in rows})
    out: dict[int, tuple[int, list[dict[str, Any]]]] = {}
    for idx, fn, n, rows in found:
        count, figures = out.get(idx, (0, []))
        out[idx] = (count + n, figures + [whole[fn, rn] for rn in rows])
    # 2. of each file's first, the first by place
    return {idx: (n, sorted(figs, key=_place)[:limit]) for idx, (n, figs) in sorted(out.items())}


def _place(fig: dict[str, Any]) -> tuple[str, int, int, str]:
    """The order of a frame's figures: source, line, column, document."""
    return fig["source"], fig["line"], fig["column"], fig["doc"]


def _rows_at(db: Any, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
    """The figures at ``wanted`` (file, row) whole: only their files are read, and their
    row numbers let DuckDB skip the other row groups."""
    if not wanted:
        return {}
    files = _literals(sorted({f for f, _ in wanted}))
    numbers = ", ".join(str(n) for n in sorted({n for _, n in wanted}))
    rows = db.execute(
        f"""
        SELECT filename, file_row_number, {_figure()}
        FROM read_parquet([{files}], filename = true, file_row_number = true)
        WHERE file_row_number IN ({numbers})
        """
    ).fetchall()
    return {(f, n): fig for f, n, fig in rows if (f, n) in wanted}


def _literals(values: Sequence[str]) -> str:
    """SQL string literals, comma separated (a list DuckDB can test row groups against)."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def on_disk(index: Path) -> int:
    """Bytes of the index's files."""
    return sum(
        os.path.getsize(f) for f in index.rglob("*") if f.is_file() and f.parent.name != "tmp"
    )
