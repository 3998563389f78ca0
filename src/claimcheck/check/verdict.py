"""The verdict on one draft number, given the candidates that speak to it.

Contract: `judge(figure, direction, period, candidates)` returns a `Judgement`: the `Verdict`,
the candidate it was judged against (none when unsupported), and a one-line message for an
editor. Whether two figures agree is decided by `claimcheck.tolerance.agrees` (format, rounding,
hedges, units), never here.

Period rules (periods are the extractor's labels: ``2018``, ``2018-H1``, ``2021..2025``):

- Two periods are the *same* when their labels are equal, or when one is a span of years that
  ends in the other's single year ("by 2025" and "the 14th Five-Year Plan period, 2021-25").
- A draft number stated for a period is **supported** by an agreeing candidate for the same
  period, or by an agreeing candidate that names no period; it is **contradicted** when a
  candidate for the same period carries another figure; it is **misattributed** when no
  candidate for its period disagrees but one for another period carries its figure; otherwise
  it is **unsupported**. A disagreeing candidate that names no period never contradicts a
  draft that names one: the source did not say when.
- A draft number with no period is supported by any agreeing candidate. It is contradicted only
  when exactly one period (or none) speaks to it; when the sources give figures for several
  periods and none agrees, the draft is ambiguous and the number is unsupported.

Failing verdicts (contradicted, misattributed) need a strong match (`Scored.strong`); a weaker
match can still support. Growth rates (ratio dimensions) that agree in size but not in direction
("fell 7.4 percent" against "grew 7.4 percent") disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.check.candidates import Candidate, Scored
from claimcheck.model import Verdict, months_of
from claimcheck.tolerance import Figure, agrees, comparable, scale_slip

SMALL_COUNT = 10  # bare counts below this are judged without periods
_YEAR = re.compile(r"^(\d{4})$")
_SPAN = re.compile(r"^(\d{4})\.\.(\d{4})$")
_DIRECTED = ("ratio", "ratio_change")


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict, the candidate it was judged against, and a message for the editor."""

    verdict: Verdict
    against: Candidate | None
    message: str


def same_period(a: str, b: str) -> bool:
    """True when two period labels name the same time (see the module docstring)."""
    if a == b:
        return True
    ma, mb = months_of(a), months_of(b)
    if ma is not None and ma == mb:
        return True  # "2018-H1" and "2018-01..06", "2015-Q3" and "2015-07..09"
    for one, other in ((a, b), (b, a)):
        span, year = _SPAN.match(one), _YEAR.match(other)
        if span and year and span.group(2) == year.group(1):
            return True
    return False


def _signed(figure: Figure, direction: str | None) -> Figure:
    """A fall as a negative figure ("shrank 0.3 per cent" is -0.3 percent)."""
    if direction != "down" or figure.value is None or figure.value <= 0:
        return figure
    return replace(figure, value=-figure.value)


def _bound_excludes(draft: Figure, source: Figure, near: frozenset[str]) -> bool:
    """True when a draft's strict bound rules out the source's exact figure: "fewer than 40"
    against exactly 40, "more than 500" against 500; a hedge in ``near`` (the lexicon's
    near_qualifiers: "nearly 40") is loose, never strict."""
    if (
        source.qualifier != "="
        or source.value is None
        or draft.value is None
        or draft.unit != source.unit
    ):
        return False
    if draft.hedge and draft.hedge.lower() in near:
        return False
    if draft.qualifier == ">":
        return not source.value > draft.value
    if draft.qualifier == "<":
        return not source.value < draft.value
    return False


def _agrees(figure: Figure, direction: str | None, c: Candidate, near: frozenset[str]) -> bool:
    if c.dimension in _DIRECTED and (figure.value is not None and figure.value < 0) != (
        c.figure.value is not None and c.figure.value < 0
    ):
        figure, cand = _signed(figure, direction), _signed(c.figure, c.direction)
        if agrees(figure, cand, near=near):
            return True
    if not agrees(figure, c.figure, near=near) or _bound_excludes(figure, c.figure, near):
        return False
    # a growth rate is wrong when it goes the other way
    opposed = bool(direction and c.direction and direction != c.direction)
    return not (c.dimension in _DIRECTED and opposed)


def where(c: Candidate) -> str:
    """``source, line N`` for messages."""
    return f"{c.source}, line {c.line}" if c.line else c.source


def small_count(figure: Figure) -> bool:
    """A bare count below `SMALL_COUNT` ("three provinces"): too common to belong to a period."""
    return figure.unit is None and figure.value is not None and abs(figure.value) < SMALL_COUNT


def judge(
    figure: Figure,
    direction: str | None,
    period: str | None,
    scored: list[Scored],
    *,
    near: frozenset[str],
) -> Judgement:
    """The verdict on a draft figure, given candidates best first; ``near`` are the hedges that
    are no strict bound (the lexicon's ``near_qualifiers``)."""
    usable = [s for s in scored if comparable(figure.unit, s.candidate.figure.unit)]
    if small_count(figure):
        period = None
        # judged without periods, and never failing the gate: a small count ("three provinces")
        # matches too much to pin to one claim
        usable = [
            replace(s, candidate=replace(s.candidate, period=None), strong=False) for s in usable
        ]
    agreeing = [s for s in usable if _agrees(figure, direction, s.candidate, near)]
    if period is not None:
        same = [s for s in usable if s.candidate.period and same_period(period, s.candidate.period)]
        for s in agreeing:
            if s.candidate.period is None or same_period(period, s.candidate.period):
                return Judgement(
                    Verdict.supported,
                    s.candidate,
                    _says(s.candidate) + _dissent(s, same, figure, direction, near),
                )
        strong_same = [s for s in same if s.strong]
        if strong_same:
            return _contradicted(figure, strong_same[0].candidate, agreeing, near)
        strong_other = [s for s in agreeing if s.strong and s.candidate.period]
        if strong_other:
            c = strong_other[0].candidate
            return Judgement(
                Verdict.misattributed, c,
                f"source gives {c.text} for {c.period}, not {period} ({where(c)})",
            )  # fmt: skip
        return Judgement(
            Verdict.unsupported, None, f"no source gives a figure for {period}" + _nearest(usable)
        )
    if agreeing:
        c = agreeing[0].candidate
        return Judgement(Verdict.supported, c, _says(c))
    periods = {s.candidate.period for s in usable}
    strong = [s for s in usable if s.strong]
    if strong and len(periods) == 1:
        return _contradicted(figure, strong[0].candidate, [], near)
    if len(periods) > 1:
        named = ", ".join(sorted(p or "no period" for p in periods))
        return Judgement(
            Verdict.unsupported, None,
            f"sources give figures for {named}; the draft names no period",
        )  # fmt: skip
    return Judgement(
        Verdict.unsupported, None, "no source speaks to this figure" + _nearest(usable)
    )


def _nearest(usable: list[Scored]) -> str:
    """``; nearest: X for P (SOURCE, line N)``: the best candidate too weakly matched to judge by."""
    if not usable:
        return ""
    c = usable[0].candidate
    period = f" for {c.period}" if c.period else ""
    return f"; nearest: {c.text}{period} ({where(c)})"


def _dissent(
    s: Scored, same: list[Scored], figure: Figure, direction: str | None, near: frozenset[str]
) -> str:
    """``; but SOURCE, line N says X`` when another source gives a different figure for the period."""
    other = next(
        (t.candidate for t in same
         if t.strong and t.candidate.source != s.candidate.source
         and not _agrees(figure, direction, t.candidate, near)),
        None,
    )  # fmt: skip
    return f"; but {where(other)} says {other.text}" if other else ""


def _says(c: Candidate, prefix: str = "") -> str:
    period = f" for {c.period}" if c.period else ""
    return f"source says {prefix}{c.text}{period} ({where(c)})"


def _as_precise(a: Figure, b: Figure) -> bool:
    if a.precision is None or b.precision is None:
        return True
    return a.precision <= b.precision * (1 + 1e-9)


def _contradicted(
    figure: Figure, c: Candidate, agreeing: list[Scored], near: frozenset[str]
) -> Judgement:
    message = _says(c)
    if agrees(figure, c.figure, near=near) and c.direction:
        way = "a rise" if c.direction == "up" else "a fall"
        message = _says(c, f"{way} of ")
    slip = scale_slip(figure, c.figure, near=near)
    if slip:
        message += f"; off by {slip}" if slip.startswith("x") else f"; {slip} confused"
    # name another period's figure only when it is as precise as the draft's ("8%" for "8%")
    other = next(
        (
            s.candidate
            for s in agreeing
            if s.candidate.period and _as_precise(s.candidate.figure, figure)
        ),
        None,
    )
    if other is not None:
        message += f"; {other.text} is the figure for {other.period}"
    return Judgement(Verdict.contradicted, c, message)
