"""Conflicts within one topic: `value` or `scale` per period, one `period` note per topic.

Agreement is decided by the shared rules of `claimcheck.tolerance`: each figure is an interval
of true values (rounding, hedges, ranges), and two figures agree when their intervals overlap.
Periods are a hard constraint: figures without a period are never lined up (one could be any
year).

- **Same period** (a *cell*: one topic, one period, one unit): the cell conflicts when two of
  its figures from different sources disagree. The conflict lists every claim of the cell that
  disagrees with a claim of another source, so three sources and two figures make one conflict,
  not three. It is a `scale` conflict when the extreme pair is a scale slip (x1000, percent
  against percentage points), else a `value` conflict.
- **Different periods**: a topic reported by at least two sources whose periods' figures
  differ gets one `period` note listing its dated claims, so a figure followed over twenty
  years is one note, not two hundred.

Every test is linear in the size of the cell or topic (after a sort): by Helly's theorem for
intervals, a set of intervals pairwise overlaps exactly when its largest lower end lies below
its smallest upper end, and the witnesses of a disagreement are the figures with the smallest
upper end and the largest lower end (the runner-up of another source when both come from one).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck.compare.features import Features
from claimcheck.model import Claim, Conflict, Kind
from claimcheck.tolerance import agrees, interval, overlaps, scale_slip

SHOWN = 4  # figures named in a message before "and N more"
SLIP_SAMPLE = 32  # distinct figures per unit tried for a percent/points slip in one cell


@dataclass(frozen=True, slots=True)
class Side:
    """A claim of a topic with the interval of true values its figure allows."""

    f: Features
    lo: float
    hi: float

    @property
    def claim(self) -> Claim:
        """The registered claim."""
        return self.f.claim

    @property
    def source(self) -> str:
        """The claim's source id."""
        return self.f.claim.source


def _order(c: Claim) -> tuple[str, int, str]:
    return c.source, c.line or 0, c.id


def describe(claim: Claim) -> str:
    """A claim as people read it in a message: ``7.4 percent (2018-H1)``."""
    return f"{claim.text} ({claim.period})" if claim.period else claim.text


def _unit_key(unit: str | None) -> str:
    return "percent" if unit == "fraction" else unit or ""


def sides(topic: Sequence[Features], near: frozenset[str]) -> list[Side]:
    """The topic's dated claims with their intervals (claims whose figure has no interval are left out)."""
    out = []
    for f in topic:
        if not f.claim.period:
            continue
        lo, hi = interval(f.figure.normalised(), near=near)
        if not (math.isnan(lo) or math.isnan(hi)):
            out.append(Side(f, lo, hi))
    return out


def _extremes(cell: Sequence[Side]) -> tuple[Side, Side | None, Side, Side | None]:
    """Smallest upper end and largest lower end, each with its runner-up from another source."""
    by_hi = sorted(cell, key=lambda s: (s.hi, _order(s.claim)))
    by_lo = sorted(cell, key=lambda s: (-s.lo, _order(s.claim)))
    a1, b1 = by_hi[0], by_lo[0]
    a2 = next((s for s in by_hi if s.source != a1.source), None)
    b2 = next((s for s in by_lo if s.source != b1.source), None)
    return a1, a2, b1, b2


def _disagree(x: Side, y: Side | None, near: frozenset[str]) -> bool:
    return y is not None and x.source != y.source and not agrees(x.f.figure, y.f.figure, near=near)


def _cell(period: str, cell: list[Side], near: frozenset[str]) -> Conflict | None:
    """The value or scale conflict of one period and unit, if figures of two sources disagree."""
    if len({s.source for s in cell}) < 2:
        return None
    a1, a2, b1, b2 = _extremes(cell)
    witness = next(
        (
            (x, y)
            for x, y in ((a1, b1), (a1, b2), (a2, b1))
            if x is not None and _disagree(x, y, near)
        ),
        None,
    )
    if witness is None:
        return None
    x, y = witness[0], witness[1]
    assert y is not None
    listed = [
        s.claim
        for s in cell
        if _disagree(s, a1 if a1.source != s.source else a2, near)
        or _disagree(s, b1 if b1.source != s.source else b2, near)
    ]
    slip = scale_slip(x.f.figure, y.f.figure, near=near)
    if slip is not None:
        return _conflict(Kind.scale, listed, f"{_texts(listed)} differ by {slip} ({period})")
    return _conflict(Kind.value, listed, f"{_texts(listed)} for {period}")


def _points_slip(
    period: str, by_unit: dict[str, list[Side]], near: frozenset[str]
) -> Conflict | None:
    """Percent against percentage points for the same period: the same number, the wrong unit."""
    pct, pts = by_unit.get("percent"), by_unit.get("percentage_point")
    if not pct or not pts:
        return None
    for x in _distinct(pct):
        for y in _distinct(pts):
            if (
                x.source != y.source
                and scale_slip(x.f.figure, y.f.figure, near=near) == "percent/percentage points"
            ):
                a, b = sorted((x.claim, y.claim), key=_order)
                return _conflict(
                    Kind.scale,
                    [a, b],
                    f"{a.text} and {b.text} differ by percent/percentage points ({period})",
                )
    return None


def _distinct(cell: list[Side]) -> list[Side]:
    """The first claim of each source and figure, at most `SLIP_SAMPLE` of them."""
    seen: dict[tuple[str, float, float], Side] = {}
    for s in sorted(cell, key=lambda s: _order(s.claim)):
        seen.setdefault((s.source, s.lo, s.hi), s)
    return list(seen.values())[:SLIP_SAMPLE]


def _periods(topic: list[Side]) -> Conflict | None:
    """One note when two sources report the topic and two periods' figures disagree."""
    if len({s.source for s in topic}) < 2:
        return None
    by_period: dict[str, list[Side]] = defaultdict(list)
    for s in topic:
        by_period[s.claim.period or ""].append(s)
    if len(by_period) < 2:
        return None
    # a period stands for its figures' common ground, or their hull when they disagree among
    # themselves (that disagreement is the cell's own conflict)
    spans = []
    for cell in by_period.values():
        lo, hi = max(s.lo for s in cell), min(s.hi for s in cell)
        if not overlaps((lo, hi), (lo, hi)):
            lo, hi = min(s.lo for s in cell), max(s.hi for s in cell)
        spans.append((lo, hi))
    # Helly: the spans pairwise overlap when the lowest upper end meets the highest lower end
    if overlaps((max(lo for lo, _ in spans), math.inf), (-math.inf, min(hi for _, hi in spans))):
        return None
    claims = sorted((s.claim for s in topic), key=_order)
    if len(claims) == 2:
        message = f"{describe(claims[0])} against {describe(claims[1])}: different periods"
    else:
        firsts = [
            min(cell, key=lambda s: _order(s.claim)).claim for _, cell in sorted(by_period.items())
        ]
        message = f"figures for {len(by_period)} periods differ: {_listing([describe(c) for c in firsts])}"
    return _conflict(Kind.period, claims, message)


def _texts(claims: list[Claim]) -> str:
    """The distinct figures as written, lowest first: ``7.4 percent against 7.9 percent``."""
    texts = list(
        dict.fromkeys(
            c.text for c in sorted(claims, key=lambda c: (c.value or c.low or 0.0, _order(c)))
        )
    )
    return " against ".join(texts) if len(texts) <= SHOWN else _listing(texts)


def _listing(items: list[str]) -> str:
    head = ", ".join(items[:SHOWN])
    return head + (f" and {len(items) - SHOWN} more" if len(items) > SHOWN else "")


def _conflict(kind: Kind, claims: list[Claim], message: str) -> Conflict:
    claims = sorted(claims, key=_order)
    return Conflict(kind, tuple(claims), claims[0].subject, claims[0].metric, message)


def conflicts(topic: Sequence[Features], *, near: frozenset[str]) -> Iterator[Conflict]:
    """Every conflict of one topic: per period and unit, percent against points, across periods;
    ``near`` are the lexicon's hedges that hold a bound close (`claimcheck.tolerance.interval`)."""
    dated = sides(topic, near)
    by_unit: dict[str, list[Side]] = defaultdict(list)
    for s in dated:
        by_unit[_unit_key(s.claim.unit)].append(s)
    for unit in sorted(by_unit):
        cells: dict[str, list[Side]] = defaultdict(list)
        for s in by_unit[unit]:
            cells[s.claim.period or ""].append(s)
        for period in sorted(cells):
            found = _cell(period, cells[period], near)
            if found is not None:
                yield found
        found = _periods(by_unit[unit])
        if found is not None:
            yield found
    periods: dict[str, dict[str, list[Side]]] = defaultdict(lambda: defaultdict(list))
    for s in dated:
        periods[s.claim.period or ""][_unit_key(s.claim.unit)].append(s)
    for period in sorted(periods):
        found = _points_slip(period, periods[period], near)
        if found is not None:
            yield found
