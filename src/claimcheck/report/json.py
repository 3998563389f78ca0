"""JSON reports: the stable, versioned contracts that scripts and CI systems read.

Field names listed in the contract never change; new fields may be added. ``version`` changes
only when a listed field changes meaning.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimcheck.model import FRAME_FIELDS, Mention, VerifyReport
from claimcheck.report import indented
from claimcheck.report.conflicts import conflict_record

EXTRACT_VERSION = 1
VERIFY_VERSION = 1


def mention_record(path: str, m: Mention) -> dict[str, Any]:
    """One mention as the extract contract lays it out."""
    return {
        "path": path,
        "line": m.span.line,
        "column": m.span.column,
        "end_line": m.span.end_line,
        "end_column": m.span.end_column,
        "text": m.text,
        "kind": m.kind,
        "value": m.value,
        "low": m.low,
        "high": m.high,
        "unit": m.unit,
        "qualifier": m.qualifier,
        "direction": m.direction,
        "period": m.period.label if m.period else None,
        "sentence": m.sentence,
        "scale": m.scale,
        "precision": m.precision,
        "hedge": m.hedge,
        "noun": m.noun,
        **(m.frame.record() if m.frame else dict.fromkeys(FRAME_FIELDS)),
    }


def extract_data(results: Iterable[tuple[str, Iterable[Mention]]]) -> dict[str, Any]:
    """The extract contract: ``{"version": 1, "mentions": [...]}``."""
    return {
        "version": EXTRACT_VERSION,
        "mentions": [mention_record(path, m) for path, mentions in results for m in mentions],
    }


def write_extract(out: TextIO, results: Iterable[tuple[str, Iterable[Mention]]]) -> int:
    """Write the extract contract as the files are read, one file's mentions at a time, in
    exactly the text `dumps` gives for `extract_data` (memory holds one file, not the corpus).
    Returns the number of mentions written."""
    files = iter(results)
    first = next(files, None)  # the first file is read before anything is written: an error
    out.write(f'{{\n  "version": {EXTRACT_VERSION},\n  "mentions": [')  # in it leaves no output
    count = 0
    for path, mentions in itertools.chain([first] if first is not None else [], files):
        for m in mentions:
            record = indented.dumps(mention_record(path, m))
            out.write(("," if count else "") + "\n    " + record.replace("\n", "\n    "))
            count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def write_extract_lines(out: TextIO, results: Iterable[tuple[str, Iterable[Mention]]]) -> int:
    """JSON Lines: one mention record of the extract contract per line, as found."""
    count = 0
    for path, mentions in results:
        for m in mentions:
            out.write(
                json.dumps(
                    {"version": EXTRACT_VERSION, **mention_record(path, m)}, ensure_ascii=False
                )
                + "\n"
            )
            count += 1
    return count


def verify_data(report: VerifyReport) -> dict[str, Any]:
    """The verify contract: ``{"version": 1, "findings": [...], "summary": {...},
    "conflicts": [...]}``; ``conflicts`` lists the unsettled conflicts (report.conflicts), and is
    always present, empty when there are none, so that scripts need not test for it.
    """
    findings = [
        {
            "code": f.code,
            "name": f.name,
            "severity": f.severity,
            "source": f.source,
            "path": f.path,
            "line": f.line,
            "column": f.column,
            "claim": f.claim,
            "message": f.message,
            "similarity": f.similarity,
            "registered": f.registered,
            "found": f.found,
            "quote": f.quote,
            "passage": f.passage,
            "diff": f.diff,
        }
        for f in report.findings
    ]
    # unsettled conflicts, as `claimcheck conflicts --format json` lists them
    data: dict[str, Any] = {
        "version": VERIFY_VERSION,
        "findings": findings,
        "summary": {
            "sources": report.sources,
            "claims": report.claims,
            "errors": report.count("error"),
            "warnings": report.count("warning"),
            "info": report.count("info"),
        },
        "conflicts": [conflict_record(c) for c in report.conflicts],
    }
    return data


def dumps(data: Any) -> str:
    """JSON text, indented, keys in contract order, UTF-8 kept readable."""
    return indented.dumps(data) + "\n"
