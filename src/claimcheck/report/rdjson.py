"""reviewdog's Diagnostic Format (rdjson) for ``claimcheck check``: ``reviewdog -f=rdjson``.

One ``DiagnosticResult`` (``source``: claimcheck) with one ``Diagnostic`` per number that is not
supported, as SARIF has one result per such number: ``message`` (figure and reason),
``location`` (the draft's path as given, and a range), ``severity`` (``ERROR`` when the
verdict fails the gate, else ``WARNING`` for a wrong figure and ``INFO`` for an unsupported
one) and ``code`` (the SARIF rule id, CC201..CC204, with the README as its ``url``).

reviewdog counts columns in UTF-8 bytes, 1-based, the end exclusive, where claimcheck counts
characters: each column is converted with the draft's own line, so that a figure after "Zürich"
or "¥" is still marked where it stands. The format is reviewdog's (tests validate it against its
published JSON schema), so it carries no version of its own and no field reviewdog does not know.
"""

from __future__ import annotations

from typing import Any

from claimcheck.check.gate import CheckRun, Finding
from claimcheck.model import Verdict
from claimcheck.report import indented
from claimcheck.report.sarif import INFO_URI, RULES

RULES_URL = f"{INFO_URI}#claimcheck-check-gate-drafts-in-ci"


def byte_column(line: str, column: int) -> int:
    """The 1-based UTF-8 byte column of the 1-based character ``column`` of ``line``."""
    return len(line[: column - 1].encode("utf-8")) + 1


def severity(f: Finding, checked: CheckRun) -> str:
    """``ERROR`` when the verdict fails the gate; else ``WARNING``, or ``INFO`` if unsupported."""
    if f.verdict in checked.result.fail_on:
        return "ERROR"
    return "INFO" if f.verdict is Verdict.unsupported else "WARNING"


def diagnostic(f: Finding, checked: CheckRun, lines: list[str]) -> dict[str, Any]:
    """One finding as a Diagnostic."""

    def line_of(n: int) -> str:
        return lines[n - 1] if 0 < n <= len(lines) else ""

    return {
        "message": f"{f.text}: {f.message}",
        "location": {
            "path": f.path,
            "range": {
                "start": {"line": f.line, "column": byte_column(line_of(f.line), f.column)},
                "end": {
                    "line": f.end_line,
                    "column": byte_column(line_of(f.end_line), f.end_column),
                },
            },
        },
        "severity": severity(f, checked),
        "code": {"value": RULES[f.verdict]["id"], "url": RULES_URL},
    }


def data(checked: CheckRun) -> dict[str, Any]:
    """The DiagnosticResult as a mapping."""
    lines: dict[str, list[str]] = {}
    out = []
    for f in checked.result.findings:
        if f.verdict is Verdict.supported:
            continue
        if f.path not in lines:
            lines[f.path] = checked.lines(f.path)
        out.append(diagnostic(f, checked, lines[f.path]))
    return {"source": {"name": "claimcheck", "url": INFO_URI}, "diagnostics": out}


def dumps(checked: CheckRun) -> str:
    """The DiagnosticResult as JSON text."""
    return indented.dumps(data(checked)) + "\n"
