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
from dataclasses import dataclass

from claimcheck import anchor
from claimcheck.compare import project_conflicts
from claimcheck.errors import InputError
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


def verify(project: Project, jobs: int = 1) -> VerifyReport:
    """Check every claim of the project against its source (``jobs``: processes extracting
    the sources' figures, `Project.extracted`; the report is the same for any number)."""
    findings: list[Finding] = []
    total = 0
    threshold = project.config.anchor_threshold
    for source in project.extracted(project.sources, jobs):
        try:
            index = project.index(source)
        except InputError as exc:  # too many figures: left out, with go_on (else raised)
            project.report_problem(exc)
            continue
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
        project.done_with(source)
    findings.sort(key=lambda f: (f.path, f.line or 0, f.column or 0, f.code))
    conflicts = project_conflicts(project)
    return VerifyReport(
        tuple(findings), len(project.sources), total, conflicts.unsettled, conflicts.fail_on
    )


@dataclass(frozen=True, slots=True)
class _About:
    """What every finding about one anchored claim shares."""

    claim: Claim
    source: str
    path: str
    line: int | None
    column: int | None
    score: float | None

    def finding(self, name: str, message: str, *, column: bool = True, found: str | None = None,
                passage: str | None = None, diff: str | None = None) -> Finding:  # fmt: skip
        c = self.claim
        return Finding(name, self.source, self.path, self.line, self.column if column else None, message,
                       claim=c.id, similarity=self.score, registered=c.text, quote=c.quote,
                       found=found, passage=passage, diff=diff)  # fmt: skip


def _finding(
    match: anchor.Match, source: str, path: str, index: anchor.SourceIndex
) -> Finding | None:
    claim, a, mention = match.claim, match.anchor, match.mention
    line = mention.span.line if mention else (index.line_of(a.start) if a else None)
    column = mention.span.column if mention else None
    about = _About(claim, source, path, line, column, round(a.score, 1) if a else None)
    passage = index.text[a.start : a.end] if a else None
    if mention is not None:
        found = _figure_finding(about, match, mention)
        if found is not None:
            return found
    return _anchor_finding(about, match, passage)


def _figure_finding(about: _About, match: anchor.Match, mention: Mention) -> Finding | None:
    """A stale or mismatched figure of a claim whose quote has a figure."""
    claim = about.claim
    if match.state in (anchor.EXACT, anchor.MOVED) and claim.status == "auto":
        stale = stale_fields(claim, mention)
        if stale:
            now = ", ".join(f"{k} {v!r}" for k, v in stale.items())
            return about.finding("stale", f"the extractor now reads {now} (run `claimcheck sync --refresh`)",
                                 found=mention.text)  # fmt: skip
    if claim.text not in claim.quote:
        return about.finding("mismatch", f"the claim's text {claim.text!r} is not in its own quote, which says "
                             f"{mention.text!r} (edited by hand?)", found=mention.text)  # fmt: skip
    if claim.status != "auto" and not _same_figure(claim, mention):
        # a person set a value that the quote's figure does not say: `check` would judge drafts
        # by the value while quoting the text
        said = _figure(mention.value, mention.low, mention.high)
        return about.finding("mismatch", f"the registry's value {_figure(claim.value, claim.low, claim.high)} "
                             f"is not what {claim.text!r} says ({said})", found=mention.text)  # fmt: skip
    return None


def _anchor_finding(about: _About, match: anchor.Match, passage: str | None) -> Finding | None:
    """How the claim's quote anchors, when not exactly where it was."""
    claim, mention, line = about.claim, match.mention, about.line
    found = mention.text if mention else None
    if match.state == anchor.EXACT:
        return None
    if match.state == anchor.MOVED:
        return about.finding("moved", f"quote moved from line {claim.line} to line {line}")
    if match.state == anchor.DRIFTED:
        return about.finding("drifted", f"quote changed slightly (similarity {about.score})", passage=passage,
                             found=found, diff=word_diff(claim.quote, passage or ""))  # fmt: skip
    if match.state == anchor.CHANGED:
        return about.finding("changed", f"the source now says {found}, the registry says {claim.text}",
                             found=found, passage=passage, diff=word_diff(claim.quote, passage or ""))  # fmt: skip
    if match.state == anchor.LOST:
        if claim.text not in claim.quote:
            why = f"the claim's text {claim.text!r} is not in its own quote (edited by hand?)"
        elif passage is not None and claim.text in passage:
            why = (f"the quote anchors at line {line}, but {claim.text!r} there belongs to another "
                   "claim (a repeated passage was removed?)")  # fmt: skip
        else:
            why = f"the quote anchors but {claim.text!r} is no longer in it"
        return about.finding("lost", why, passage=passage)
    best = f"; best candidate at line {line} (similarity {about.score})" if match.anchor else ""
    return about.finding("unanchored", f"quote of claim {claim.id} no longer found in the source{best}",
                         column=False, passage=passage)  # fmt: skip


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
