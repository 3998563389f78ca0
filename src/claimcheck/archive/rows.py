"""One row per figure: what the index holds, and the extraction that makes the rows.

Each quantity the extractor finds in a document becomes a row: its frame (entity, measure,
role, dimension; ``stance``: the role's class, `stance`), period (label and first/last month as ``year * 12 + month - 1``), value,
low/high, unit, qualifier, direction, the document (manifest key, source id, path, line,
column) and its passage (the sentence, at most `PASSAGE` characters). Two more columns make
agreement a matter of SQL: ``lo`` and ``hi``, the interval of true values the figure as written
allows (`claimcheck.tolerance.interval`: rounding, hedges, ranges; a fraction as a percentage,
a fall as a negative change), and ``cunit``, the unit figures are compared in. Two figures
agree when their intervals overlap, so a group of figures all agree exactly when its largest
``lo`` is below its smallest ``hi``: a GROUP BY finds disagreements without comparing pairs.

This module runs in worker processes: it returns plain column lists, which `claimcheck.archive.
writer` turns into Arrow.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimcheck.archive.documents import Doc
from claimcheck.extract import extract
from claimcheck.lexicon import Lexicon
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import AMOUNT_ROLES, Quantity, Role
from claimcheck.tolerance import figure_of_mention, interval

PASSAGE = 1000  # characters of a figure's sentence kept
# (name, Arrow type name): the index's columns, in order. Bump SCHEMA_VERSION on any change.
COLUMNS = (
    ("doc", "string"), ("source", "string"), ("path", "string"), ("line", "int32"),
    ("column", "int32"), ("text", "string"), ("entity", "string"), ("measure", "string"),
    ("role", "string"), ("stance", "string"), ("dimension", "string"), ("period", "string"), ("pfirst", "int32"),
    ("plast", "int32"), ("value", "float64"), ("low", "float64"), ("high", "float64"),
    ("unit", "string"), ("qualifier", "string"), ("direction", "string"), ("lo", "float64"),
    ("hi", "float64"), ("cunit", "string"), ("published", "string"), ("url", "string"),
    ("passage", "string"),
)  # fmt: skip
NAMES = tuple(name for name, _ in COLUMNS)
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a worker returns for a batch of documents: the rows as columns, and per document
    its key, content hash, source id and number of figures (for the manifest)."""

    columns: dict[str, list[object]]
    docs: tuple[tuple[str, str, str, int], ...]
    size: int  # bytes of the documents read


def extract_batch(docs: Iterable[Doc]) -> Extracted:
    """The figures of a batch of documents (run in a worker; errors name the document)."""
    lex = load_lexicon()
    columns: dict[str, list[object]] = {name: [] for name in NAMES}
    done: list[tuple[str, str, str, int]] = []
    size = 0
    for doc in docs:
        size += doc.size
        source_id, count = _document_rows(doc, lex, columns)
        done.append((doc.key, doc.digest, source_id, count))
    return Extracted(columns, tuple(done), size)


def _document_rows(doc: Doc, lex: Lexicon, columns: dict[str, list[object]]) -> tuple[str, int]:
    """Append the rows of one document to ``columns``; its source id and figure count."""
    if doc.raw is not None:
        from claimcheck.sources import read_source

        src = read_source(Path(doc.path), doc.path, doc.raw, limit=len(doc.raw) + 1)
        source_id, text, published, url = src.id, src.text, src.published, src.url
        first_line, line_map = src.first_line, src.lines
    else:
        source_id, text, published, url = (
            doc.source or doc.key,
            doc.text or "",
            doc.published,
            doc.url,
        )
        # lines count in the document's text, not in its JSON Lines file: a document keeps its
        # rows (and its hash) when lines before it in the file come or go
        first_line, line_map = 1, None
    count = 0
    for m in extract(
        text, published=published, lexicon=lex, first_line=first_line, line_map=line_map
    ):
        if not isinstance(m, Quantity):
            continue
        lo, hi = _bounds(m, lex)
        frame, period = m.frame, m.period
        row = (
            doc.key, source_id, doc.path, m.span.line, m.span.column, m.text,
            frame.entity if frame else None, frame.measure if frame else None,
            frame.role.value if frame else None, stance(frame.role) if frame else None,
            frame.dimension.value if frame else None,
            period.label if period else None,
            period.first[0] * 12 + period.first[1] - 1 if period else None,
            period.last[0] * 12 + period.last[1] - 1 if period else None,
            m.value, m.low, m.high, m.unit, m.qualifier, m.direction, lo, hi,
            "percent" if m.unit == "fraction" else m.unit, published, url, m.sentence[:PASSAGE],
        )  # fmt: skip
        for name, value in zip(NAMES, row, strict=True):
            columns[name].append(value)
        count += 1
    return source_id, count


def stance(role: Role) -> str:
    """The roles that can state one fact, as one key (`Frame.compatible_role`): a level, a
    count, a share and a previous level are all ``amount``; every other role is itself (a
    target and a forecast, which the draft gate lets meet, stay apart here: an archive conflict
    is reported without a person's reading, so its key is the stricter one)."""
    return "amount" if role in AMOUNT_ROLES else role.value


def _bounds(m: Quantity, lex: Lexicon) -> tuple[float | None, float | None]:
    """The interval of values the figure allows, compared as the index compares (None: none)."""
    fig = figure_of_mention(m).normalised()
    if m.frame is not None and m.frame.role is Role.change and m.direction == "down":
        fig = fig.negated()  # "shrank 2.5%" is a change of -2.5 percent
    lo, hi = interval(fig, near=lex.near_qualifiers)
    if math.isnan(lo) or math.isnan(hi):
        return None, None
    return lo, hi
