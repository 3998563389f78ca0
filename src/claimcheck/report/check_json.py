"""The JSON contract of ``claimcheck check``: stable, versioned, read by scripts and CI.

``{"version": 1, "findings": [{"path", "line", "column", "end_line", "end_column", "text",
"value", "unit", "verdict", "claim", "source", "expected", "evidence", "message", "match",
"entity", "measure", "role", "dimension"}], "summary": {verdict: count}}``: ``match`` says why
the claim judged against matched, the last four are the draft figure's frame; with ``--archive``
also ``archive`` (the archive figures of the same frame that disagree, the first five:
``source``, ``path``, ``line``, ``column``, ``text``, ``value``, ``low``, ``high``, ``unit``,
``period``, ``quote``) and ``archive_count`` (how many there are). Every number of
every draft is a finding, supported ones too; suppressed numbers are not. Listed fields never change; new fields may be added; ``version``
changes only when a listed field changes meaning.
"""

from __future__ import annotations

from typing import Any

from claimcheck.check.gate import CheckReport, Finding
from claimcheck.model import FRAME_FIELDS
from claimcheck.report import indented

CHECK_VERSION = 1


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding as the contract lays it out."""
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "text": f.text,
        "value": f.value,
        "unit": f.unit,
        "verdict": f.verdict.value,
        "claim": f.claim,
        "source": f.source,
        "expected": f.expected,
        "evidence": f.evidence,
        "message": f.message,
        "match": f.match or None,
        **(f.frame.record() if f.frame else dict.fromkeys(FRAME_FIELDS)),
        # check --archive only: the archive figures of the same frame that disagree
        **(
            {"archive": [a.record() for a in f.archive.figures], "archive_count": f.archive.count}
            if f.archive is not None
            else {}
        ),
    }


def data(report: CheckReport) -> dict[str, Any]:
    """The whole report as the contract lays it out."""
    return {
        "version": CHECK_VERSION,
        "findings": [finding_record(f) for f in report.findings],
        "summary": report.summary,
    }


def dumps(report: CheckReport) -> str:
    """The report as JSON text (UTF-8, indented, newline at the end)."""
    return indented.dumps(data(report)) + "\n"
