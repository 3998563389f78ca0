"""`claimcheck verify`: check that every claim still stands in its source.

For each claim the anchor stage re-finds its quote and figure; each way a claim can stand has a
stable code and severity (`claimcheck.model.finding`: CC101 moved ... CC108 mismatch). Numeric
statements of a source that the registry lacks are reported too. Unsettled conflicts between
claims (`claimcheck.compare`) are part of the report; one at or above ``conflicts.fail_on``
fails the run like an error.
"""

from __future__ import annotations

import difflib
import math
import re

from claimcheck import anchor
from claimcheck.compare import project_conflicts
from claimcheck.model import Claim, Finding, Mention, VerifyReport
from claimcheck.project import Project
from claimcheck.sync import stale_fields


def word_diff(old: str, new: str) -> str:
    """A compact word diff: ``[-removed-]{+added+}`` around what changed."""
    a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            chunk = "".join(a[i1:i2])
            out.append(chunk if len(chunk) <= 40 else chunk[:18] + "…" + chunk[-18:])
            continue
        if i2 > i1:
            out.append("[-" + "".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + "".join(b[j1:j2]) + "+}")
    return "".join(out)


def verify(project: Project) -> VerifyReport:
    """Check every claim of the project against its source."""
    findings: list[Finding] = []
    total = 0
    threshold = project.config.anchor_threshold
    for source in project.sources:
        index = project.index(source)
        claims = project.registry.claims.get(source.id, [])
        total += len(claims)
        matched: set[int] = set()
        for match in anchor.match_claims(claims, index, threshold):
            if match.mention is not None:
                matched.add(id(match.mention))
            if match.claim.status == "rejected":
                continue
            finding = _finding(match, source.id, source.path, index)
            if finding is not None:
                findings.append(finding)
        for mention in index.mentions:
            if id(mention) not in matched:
                findings.append(
                    Finding(
                        "unregistered",
                        source.id,
                        source.path,
                        mention.span.line,
                        mention.span.column,
                        f"{mention.text!r} is not in the registry (run `claimcheck sync`)",
                        found=mention.text,
                        quote=mention.sentence,
                    )
                )
    findings.sort(key=lambda f: (f.path, f.line or 0, f.column or 0, f.code))
    conflicts = project_conflicts(project)
    return VerifyReport(tuple(findings), len(project.sources), total, conflicts.unsettled, conflicts.fail_on)


def _finding(match: anchor.Match, source: str, path: str, index: anchor.SourceIndex) -> Finding | None:
    claim, a, mention = match.claim, match.anchor, match.mention
    line = mention.span.line if mention else (index.line_of(a.start) if a else None)
    column = mention.span.column if mention else None
    passage = index.text[a.start : a.end] if a else None
    score = round(a.score, 1) if a else None
    common = {"claim": claim.id, "similarity": score, "registered": claim.text, "quote": claim.quote}
    if match.state in (anchor.EXACT, anchor.MOVED) and mention is not None and claim.status == "auto":
        stale = stale_fields(claim, mention)
        if stale:
            now = ", ".join(f"{k} {v!r}" for k, v in stale.items())
            return Finding("stale", source, path, line, column,
                           f"the extractor now reads {now} (run `claimcheck sync --refresh`)",
                           found=mention.text, **common)  # type: ignore[arg-type]
    if mention is not None and claim.text not in claim.quote:
        return Finding("mismatch", source, path, line, column,
                       f"the claim's text {claim.text!r} is not in its own quote, which says "
                       f"{mention.text!r} (edited by hand?)", found=mention.text, **common)  # type: ignore[arg-type]
    if mention is not None and claim.status != "auto" and not _same_figure(claim, mention):
        # a person set a value that the quote's figure does not say: `check` would judge drafts
        # by the value while quoting the text
        said = _figure(mention.value, mention.low, mention.high)
        return Finding("mismatch", source, path, line, column,
                       f"the registry's value {_figure(claim.value, claim.low, claim.high)} is not what "
                       f"{claim.text!r} says ({said})", found=mention.text, **common)  # type: ignore[arg-type]
    if match.state == anchor.EXACT:
        return None
    if match.state == anchor.MOVED:
        return Finding("moved", source, path, line, column,
                       f"quote moved from line {claim.line} to line {line}", **common)  # type: ignore[arg-type]
    if match.state == anchor.DRIFTED:
        return Finding("drifted", source, path, line, column,
                       f"quote changed slightly (similarity {score})", passage=passage,
                       found=mention.text if mention else None,
                       diff=word_diff(claim.quote, passage or ""), **common)  # type: ignore[arg-type]
    if match.state == anchor.CHANGED:
        assert mention is not None
        return Finding("changed", source, path, line, column,
                       f"the source now says {mention.text}, the registry says {claim.text}",
                       found=mention.text, passage=passage,
                       diff=word_diff(claim.quote, passage or ""), **common)  # type: ignore[arg-type]
    if match.state == anchor.LOST:
        if claim.text not in claim.quote:
            why = f"the claim's text {claim.text!r} is not in its own quote (edited by hand?)"
        elif passage is not None and claim.text in passage:
            why = (f"the quote anchors at line {line}, but {claim.text!r} there belongs to another "
                   "claim (a repeated passage was removed?)")  # fmt: skip
        else:
            why = f"the quote anchors but {claim.text!r} is no longer in it"
        return Finding("lost", source, path, line, column, why, passage=passage, **common)  # type: ignore[arg-type]
    best = f"; best candidate at line {line} (similarity {score})" if a else ""
    return Finding("unanchored", source, path, line, None,
                   f"quote of claim {claim.id} no longer found in the source{best}",
                   passage=passage, **common)  # type: ignore[arg-type]


def _same_figure(claim: Claim, mention: Mention) -> bool:
    """True when a claim's value, low and high are the mention's (to float rounding)."""
    pairs = ((claim.value, mention.value), (claim.low, mention.low), (claim.high, mention.high))
    for a, b in pairs:
        if a is None or b is None:
            if a is not b:
                return False
        elif not math.isclose(a, b, rel_tol=1e-9):
            return False
    return True


def _figure(value: float | None, low: float | None, high: float | None) -> str:
    """A figure for messages: ``6.3`` or ``3..5``."""
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:g}"

    return f"{num(low)}..{num(high)}" if low is not None or high is not None else num(value)
