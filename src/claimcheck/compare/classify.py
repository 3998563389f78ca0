"""Classify a pair of claims that speak of the same thing: `value`, `scale`, `period` or none.

Agreement is decided by the shared rules of `claimcheck.tolerance` (rounding, hedges, ranges,
units). Periods are a hard constraint: figures without a period are never lined up (one
could be any year), figures of the same period disagree as `value` or `scale`, figures of
different periods that differ are a `period` conflict.
"""

from __future__ import annotations

from claimcheck.compare.features import Features
from claimcheck.compare.model import Conflict, Kind
from claimcheck.registry.model import Claim
from claimcheck.tolerance import agrees, comparable, scale_slip


def describe(claim: Claim) -> str:
    """A claim as people read it in a message: ``7.4 percent (2018-H1)``."""
    return f"{claim.text} ({claim.period})" if claim.period else claim.text


def classify(a: Features, b: Features) -> Conflict | None:
    """The conflict between two matched claims, if any."""
    if (a.claim.source, a.claim.line or 0, a.claim.id) > (b.claim.source, b.claim.line or 0, b.claim.id):
        a, b = b, a
    ca, cb = a.claim, b.claim
    if not ca.period or not cb.period:
        return None
    if ca.period == cb.period:
        if agrees(a.figure, b.figure):
            return None
        slip = scale_slip(a.figure, b.figure)
        if slip is not None:
            kind, message = Kind.scale, f"{ca.text} and {cb.text} differ by {slip} ({ca.period})"
        elif comparable(ca.unit, cb.unit):
            kind, message = Kind.value, f"{ca.text} against {cb.text} for {ca.period}"
        else:
            return None
    else:
        if not comparable(ca.unit, cb.unit) or agrees(a.figure, b.figure):
            return None
        kind, message = Kind.period, f"{describe(ca)} against {describe(cb)}: different periods"
    return Conflict(kind, (ca, cb), ca.subject, ca.metric, message)
