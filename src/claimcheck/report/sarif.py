"""SARIF 2.1.0 for ``claimcheck check``, as GitHub code scanning accepts it.

One rule per verdict (id, name, short and full description, help); one result per number that
is not supported, with its level (``error`` when its verdict fails the gate, else ``warning``
for a wrong figure and ``note`` for an unsupported one), message, and a physical location whose
region is in characters (``columnKind: unicodeCodePoints``, declared on the run). Paths are
written as given, relative to where claimcheck ran (run it from the repository root), with
``%SRCROOT%`` as base.

``partialFingerprints`` hash the verdict, the claim id, the figure and the line's text with
white space normalised, never the line number: an edit above a finding does not make code
scanning open a new alert; identical findings in one file are told apart by their order.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from typing import Any

from claimcheck import __version__
from claimcheck.check.gate import CheckReport, Finding
from claimcheck.check.verdict import Verdict
from claimcheck.report import indented

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/claimcheck/claimcheck"
FINGERPRINT = "claimcheck/v1"

RULES: dict[Verdict, dict[str, str]] = {
    Verdict.contradicted: {
        "id": "CC201", "name": "ContradictedFigure",
        "short": "A number contradicts its source",
        "full": "The registry or a source gives a different figure for the same subject, metric "
                "and period.",
        "help": "Correct the number to the source's figure, or cite a source that gives this one. "
                "If the number was checked by hand, add <!-- claimcheck: ignore --> to the line.",
    },
    Verdict.misattributed: {
        "id": "CC202", "name": "MisattributedFigure",
        "short": "The right number for the wrong period",
        "full": "The figure is the source's figure for another period, and no source gives a "
                "figure for the period the draft states.",
        "help": "Correct the period (year, half-year, quarter) the draft gives for the number, "
                "or find a source for this period.",
    },
    Verdict.unsupported: {
        "id": "CC203", "name": "UnsupportedFigure",
        "short": "No source speaks to this number",
        "full": "Nothing in the claim registry or the sources is about the same subject, metric "
                "and period as this number.",
        "help": "Add a source for the number and register its claim (claimcheck sync), or add "
                "<!-- claimcheck: ignore --> if it needs no source.",
    },
    Verdict.supported: {
        "id": "CC204", "name": "SupportedFigure",
        "short": "A number agrees with its source",
        "full": "A registered claim or source statement about the same subject, metric and "
                "period gives the same figure, allowing for format, rounding and hedges.",
        "help": "Nothing to do; supported numbers are not reported as results.",
    },
}  # fmt: skip
_SPACE = re.compile(r"\s+")


def rules() -> list[dict[str, Any]]:
    """The rule descriptors, in verdict order."""
    out = []
    for verdict in Verdict:
        r = RULES[verdict]
        level = {"contradicted": "error", "misattributed": "error", "unsupported": "warning"}.get(
            verdict.value, "none"
        )
        out.append(
            {
                "id": r["id"],
                "name": r["name"],
                "shortDescription": {"text": r["short"]},
                "fullDescription": {"text": r["full"]},
                "help": {
                    "text": r["help"],
                    "markdown": r["help"].replace("<!--", "`<!--").replace("-->", "-->`"),
                },
                "defaultConfiguration": {"level": level},
                "properties": {"verdict": verdict.value},
            }
        )
    return out


def uri(path: str) -> str:
    """A repository-relative URI for a draft path (relative to the current folder)."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return str(PurePosixPath(*p.parts)) if p.parts else path


def fingerprint(f: Finding, occurrence: int) -> str:
    """Stable across edits elsewhere: verdict, claim, figure and the line's normalised text."""
    line = _SPACE.sub(" ", f.line_text).strip()
    key = "\x1f".join((f.verdict.value, f.claim or "", f.text, line, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def level(f: Finding, report: CheckReport) -> str:
    """``error`` when the verdict fails the gate; else ``warning``, or ``note`` if unsupported."""
    if f.verdict in report.fail_on:
        return "error"
    return "note" if f.verdict is Verdict.unsupported else "warning"


def data(report: CheckReport) -> dict[str, Any]:
    """The SARIF log as a mapping."""
    order = list(Verdict)
    results = []
    seen: dict[tuple[str, str], int] = {}
    for f in report.findings:
        if f.verdict is Verdict.supported:
            continue
        base = fingerprint(f, 0)
        occurrence = seen.get((f.path, base), 0)
        seen[(f.path, base)] = occurrence + 1
        text = f"{f.text}: {f.message}"
        results.append(
            {
                "ruleId": RULES[f.verdict]["id"],
                "ruleIndex": order.index(f.verdict),
                "level": level(f, report),
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(f.path), "uriBaseId": "%SRCROOT%"},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                                "endColumn": f.end_column,
                                "snippet": {"text": f.line_text},
                            },
                        }
                    }
                ],
                "partialFingerprints": {FINGERPRINT: fingerprint(f, occurrence)},
                "properties": {
                    "verdict": f.verdict.value,
                    "claim": f.claim,
                    "source": f.source,
                    "expected": f.expected,
                    "match": f.match or None,
                    "frame": f.frame.record() if f.frame else None,
                    # check --archive: the archive figures of the frame that disagree
                    **(
                        {
                            "archive": [a.record() for a in f.archive.figures],
                            "archive_count": f.archive.count,
                        }
                        if f.archive is not None
                        else {}
                    ),
                },
            }
        )
    return log(rules(), results)


def log(rule_list: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, Any]:
    """A SARIF log of one claimcheck run with these rules and results (``verify`` and
    ``conflicts`` use it too: `claimcheck.report.sarif_project`)."""
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": __version__,
                        "informationUri": INFO_URI,
                        "rules": rule_list,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {
                    "%SRCROOT%": {"description": {"text": "The folder claimcheck ran in."}}
                },
                "results": results,
            }
        ],
    }


def dumps(report: CheckReport) -> str:
    """The SARIF log as JSON text."""
    return indented.dumps(data(report)) + "\n"
