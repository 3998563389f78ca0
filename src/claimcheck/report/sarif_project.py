"""SARIF 2.1.0 for ``verify`` and ``conflicts``: the registry's gates in code scanning too.

The log is laid out as `claimcheck.report.sarif` lays out check's (same tool, base folder and
character columns). Rules: one per verify finding (CC101..CC108) and one per conflict kind
(CC301 value, CC302 scale, CC303 arithmetic, CC304 period).

- A verify finding is a result at its place in the source; its level follows its severity
  (``error``, ``warning``, ``note`` for info), and verify fails exactly on the errors.
- A conflict is a result at its first claim's place, the other claims as ``relatedLocations``;
  ``error`` when it fails the gate (unsettled, at or above ``conflicts.fail_on``), else the level
  of its severity. A settled conflict (``conflicts --all``) carries a SARIF ``suppression`` with
  the settlement's note as its justification, so code scanning shows it as dismissed.

``partialFingerprints`` hash what a finding is about, never its line: the code, source, claim
and the claim's quote for a verify finding, the conflict id (its kind and claims) for a conflict.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from claimcheck.model import CODES, SEVERITY, Conflict, ConflictReport, Kind, Severity, VerifyReport
from claimcheck.model import Finding as VerifyFinding
from claimcheck.report import indented
from claimcheck.report.sarif import FINGERPRINT, log, uri

LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
FINDINGS = {
    "moved": ("The quote moved", "A claim's quote stands unchanged at another line of its source."),
    "drifted": (
        "The quote changed slightly",
        "A claim's quote changed in its source but still anchors.",
    ),
    "changed": (
        "The figure changed in the source",
        "The source now gives another figure in the claim's passage.",
    ),
    "unanchored": ("The quote is gone", "A claim's quote no longer anchors in its source."),
    "lost": ("The figure is gone", "The claim's quote anchors, but its figure is no longer in it."),
    "unregistered": (
        "A statement the registry lacks",
        "A numeric statement of a source has no claim.",
    ),
    "stale": (
        "The extractor reads the figure differently",
        "An auto claim's figure reads differently now.",
    ),
    "mismatch": (
        "The claim contradicts its own quote",
        "A claim's text or value is not what its quote says.",
    ),
}
CONFLICTS = {
    Kind.value: (
        "CC301",
        "Sources disagree",
        "Same subject, metric and period; the figures disagree.",
    ),
    Kind.scale: (
        "CC302",
        "A scale slip",
        "The figures match but for a factor of 1000^n or percent against points.",
    ),
    Kind.arithmetic: ("CC303", "Figures do not add up", "A source's figures do not add up."),
    Kind.period: (
        "CC304",
        "Different periods",
        "The same measure for different periods, with different figures.",
    ),
}
HELP = "See the README: claimcheck verify and claimcheck conflicts."


def _rule(rule_id: str, name: str, short: str, full: str, severity: Severity) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": HELP},
        "defaultConfiguration": {"level": LEVEL[severity]},
    }


def rules() -> list[dict[str, Any]]:
    """The verify rules in code order, then the conflict rules."""
    out = [_rule(code, name, *FINDINGS[name], severity) for name, (code, severity) in CODES.items()]
    for kind, (code, short, full) in CONFLICTS.items():
        out.append(_rule(code, f"{kind}-conflict", short, full, SEVERITY[kind]))
    return out


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _location(path: str, line: int | None, column: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(path), "uriBaseId": "%SRCROOT%"}}
    if line:
        physical["region"] = {"startLine": line, **({"startColumn": column} if column else {})}
    return {"physicalLocation": physical}


def finding_result(f: VerifyFinding, index: Mapping[str, int]) -> dict[str, Any]:
    """One verify finding as a result."""
    quote = " ".join((f.quote or "").split())
    return {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f.path, f.line, f.column)],
        "partialFingerprints": {
            FINGERPRINT: _hash(f.code, f.source, f.claim or f.found or "", quote)
        },
        "properties": {
            "claim": f.claim,
            "source": f.source,
            "similarity": f.similarity,
            "registered": f.registered,
            "found": f.found,
        },  # fmt: skip
    }


def conflict_result(
    c: Conflict, fail_on: Severity, paths: Mapping[str, str], index: Mapping[str, int]
) -> dict[str, Any]:
    """One conflict as a result at its first claim, the others related."""
    code = CONFLICTS[c.kind][0]
    first, *others = c.claims
    result: dict[str, Any] = {
        "ruleId": code,
        "ruleIndex": index[code],
        "level": "error" if c.fails(fail_on) else LEVEL[c.severity],
        "message": {"text": f"{c.subject or '?'} · {c.metric or '?'}: {c.message}"},
        "locations": [_location(paths.get(first.source, first.source), first.line)],
        "relatedLocations": [
            {
                "id": n,
                **_location(paths.get(x.source, x.source), x.line),
                "message": {"text": f"{x.source} {x.id}: {x.text} ({x.period or 'no period'})"},
            }
            for n, x in enumerate(others, 1)
        ],  # fmt: skip
        "partialFingerprints": {FINGERPRINT: _hash(c.id)},
        "properties": {"conflict": c.id, "kind": str(c.kind), "claims": [x.id for x in c.claims]},
    }
    if c.settlement is not None:
        result["suppressions"] = [
            {"kind": "external", "justification": c.settlement.note or "settled"}
        ]
    return result


def _index() -> dict[str, int]:
    return {r["id"]: n for n, r in enumerate(rules())}


def verify_data(report: VerifyReport, paths: Mapping[str, str]) -> dict[str, Any]:
    """``verify``'s findings and unsettled conflicts (``paths``: source id to its file)."""
    index = _index()
    results = [finding_result(f, index) for f in report.findings]
    results += [
        conflict_result(c, report.conflicts_fail_on, paths, index) for c in report.conflicts
    ]
    return log(rules(), results)


def conflicts_data(
    report: ConflictReport, paths: Mapping[str, str], show_all: bool = False
) -> dict[str, Any]:
    """The unsettled conflicts (every conflict with ``show_all``, settled ones suppressed)."""
    index = _index()
    shown = report.conflicts if show_all else report.unsettled
    return log(rules(), [conflict_result(c, report.fail_on, paths, index) for c in shown])


def dumps(data: dict[str, Any]) -> str:
    """A SARIF log as JSON text."""
    return indented.dumps(data) + "\n"
