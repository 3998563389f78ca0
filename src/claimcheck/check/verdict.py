"""The verdict on one draft number, given the candidates that speak to it.

Contract: `judge(figure, direction, period, candidates)` returns a `Judgement`: the `Verdict`,
the candidate it was judged against (none when unsupported), and a one-line message for an
editor. Whether two figures agree is decided by `claimcheck.tolerance.agrees` (format, rounding,
hedges, units), never here.

Period rules (periods are the extractor's labels: ``2018``, ``2018-H1``, ``2021..2025``):

- Two periods are the *same* as `claimcheck.check.timing.same_period` says: equal months,
  a day that closes a period, a span of years that ends in the other's single year.
- A draft number stated for a period is **supported** by an agreeing candidate for the same
  period, or by an agreeing candidate that names no period; it is **contradicted** when a
  candidate for the same period carries another figure; it is **misattributed** when no
  candidate for its period disagrees but one for another period carries its figure; otherwise
  it is **unsupported**. A disagreeing candidate that names no period never contradicts a
  draft that names one: the source did not say when. An earlier figure given for the present
  is contradicted by the undated present figure of its sentence ("$1.2 billion, up from $0.9
  billion in the first half of 2018": "$0.9 billion in the first half of 2019" is wrong).
- An undated figure of a source is taken to describe the time of its publication: a strong
  candidate with no period contradicts a draft whose period begins by the source's publication
  date and ends at most `RECENT_MONTHS` before it ("It employs 18,600 people" in a source of
  March 2024 speaks for 2023 and 2024, not for 2020). A previous figure with no period ("down
  from 421 a year earlier" with no year named) belongs to an unknown earlier time: it neither
  supports nor contradicts a dated draft.
- A draft number with no period is supported by any agreeing candidate. Among the strong
  candidates that disagree, one period (or none) contradicts it; when they give figures for
  several periods, the draft's present-tense figure is judged against the latest of them.
- A bound ("fewer than 40", "more than 500") is true of many figures: a weak candidate
  supports it only when it lies near the bound's edge ("more than 300" for 329), never when
  it merely lies inside it ("fewer than 40 stores" for 18 new shops); a source's bound speaks
  of an exact draft figure near its edge only (`claimcheck.check.bounds`). Two caps ("up to
  13 years", "up to 30 years") must agree on their edge, and so must two floors unless the
  draft's is the lower ("at least 61 dead" is not said by "at least 16").

Failing verdicts (contradicted, misattributed) need a strong match (`Scored.strong`); a weaker
match can still support. Growth rates (ratio dimensions) that agree in size but not in direction
("fell 7.4 percent" against "grew 7.4 percent") disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claimcheck.check.bounds import BOUNDS, bound_excludes, edges_compared, loose, near_edge
from claimcheck.check.candidates import Candidate, Scored
from claimcheck.check.timing import (
    held_within,
    latest,
    previous,
    recent,
    same_period,
    same_time,
    so_far,
    timeless,
    undated,
)
from claimcheck.check.usable import counts_same, small_count, usable_of
from claimcheck.model import Role, Verdict, months_of
from claimcheck.tolerance import Figure, agrees, scale_slip

_DIRECTED = ("ratio", "ratio_change")


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict, the candidate it was judged against, and a message for the editor."""

    verdict: Verdict
    against: Candidate | None
    message: str


def _signed(figure: Figure, direction: str | None) -> Figure:
    """A fall as a negative figure ("shrank 0.3 per cent" is -0.3 percent)."""
    if direction != "down" or figure.value is None or figure.value <= 0:
        return figure
    return replace(figure, value=-figure.value)


def _agrees(figure: Figure, direction: str | None, c: Candidate, near: frozenset[str]) -> bool:
    if edges_compared(figure, c.figure):
        figure, c = (
            replace(figure, qualifier="="),
            replace(c, figure=replace(c.figure, qualifier="=")),
        )
    if c.dimension in _DIRECTED and (figure.value is not None and figure.value < 0) != (
        c.figure.value is not None and c.figure.value < 0
    ):
        figure, cand = _signed(figure, direction), _signed(c.figure, c.direction)
        if agrees(figure, cand, near=near):
            return True
    if not agrees(figure, c.figure, near=near) or bound_excludes(figure, c.figure, near):
        return False
    if loose(figure, c.figure, near) is not None and not near_edge(c.figure, figure):
        return False  # "at least 288 killed" speaks of about 288, not of 828
    # a growth rate is wrong when it goes the other way, and so is any change ("rose $4.81"
    # against "fell $4.81") and a level reached the other way ("fell to 228 breeding pairs"
    # against "rose to 228")
    opposed = bool(direction and c.direction and direction != c.direction)
    changed = c.frame is not None and c.frame.role in (Role.change, Role.level, Role.share)
    return not ((c.dimension in _DIRECTED or changed) and opposed)


def where(c: Candidate) -> str:
    """``source, line N`` for messages."""
    return f"{c.source}, line {c.line}" if c.line else c.source


def judge(
    figure: Figure,
    direction: str | None,
    period: str | None,
    scored: list[Scored],
    *,
    near: frozenset[str],
    role: Role | None = None,
    measure: str | None = None,
) -> Judgement:
    """The verdict on a draft figure, given candidates best first; ``near`` are the hedges that
    are no strict bound (the lexicon's ``near_qualifiers``); ``role`` and ``measure``, the draft
    figure's (``measure`` None when it counts people in general, not one thing)."""
    usable = usable_of(figure, scored, measure, near)
    if small_count(figure) and not any(
        s.strong and counts_same(s.candidate, measure) for s in usable
    ):
        period = None  # a small count judged without periods (`_usable`)
    if figure.qualifier in BOUNDS:
        # a writer bounds a figure near it: "fewer than 2,000 firms" speaks of the "more than
        # 2,000" of its source, not of the 318 beside it
        edge = [s for s in usable if near_edge(figure, s.candidate.figure)]
        if any(s.strong for s in edge):
            usable = edge
    agreeing = [s for s in usable if _agrees(figure, direction, s.candidate, near)]
    if figure.qualifier in BOUNDS:
        agreeing = [s for s in agreeing if s.strong or near_edge(figure, s.candidate.figure)]
    agreeing = _outweighed(agreeing, usable, period, measure)
    if period is not None:
        return _judge_dated(figure, direction, period, usable, agreeing, near)
    if agreeing:
        c = agreeing[0].candidate
        now = _now_instead(figure, direction, c, agreeing, usable, role, near)
        if now is not None:
            return now
        return Judgement(Verdict.supported, c, _says(c))
    # an earlier figure ("up from 29 percent in June") speaks for its own time, not the
    # present a draft with no period states ("approval rises to 38%"); nor does the present
    # speak for a draft's earlier figure ("used to take 15 working days")
    strong = [s for s in usable if s.strong and (role is Role.previous) == previous(s.candidate)]
    periods = {s.candidate.period for s in strong}
    if len(periods) == 1:
        return _contradicted(figure, strong[0].candidate, [], near)
    if len(periods) > 1:
        named = ", ".join(sorted(p or "no period" for p in periods))
        last = latest([s.candidate for s in strong])
        j = _contradicted(figure, last, [], near)
        return replace(j, message=f"{j.message}; the latest of {named}")
    return Judgement(
        Verdict.unsupported, None, "no source speaks to this figure" + _nearest(usable)
    )


def _outweighed(
    agreeing: list[Scored], usable: list[Scored], period: str | None, measure: str | None
) -> list[Scored]:
    """The agreeing candidates, none when all are weak, or only of a measure related to the
    draft's ("underground stations" for "stations"), and a strong one of the draft's period
    and own measure disagrees: "burglaries fell to 2,406" against "burglaries fell ... to
    3,912, while vehicle thefts rose ... to 2,406" is the thefts' figure given to burglaries;
    "18 stations" against "22 stations ... Eighteen of its stations are underground" is the
    underground ones' count given to all."""
    if not agreeing:
        return agreeing
    weak = not any(s.strong for s in agreeing)
    related = measure is not None and all(_measure_of(s) not in (None, measure) for s in agreeing)
    if not (weak or related):
        return agreeing
    kept = {id(s) for s in agreeing}
    for s in usable:
        if s.strong and id(s) not in kept and (weak or _measure_of(s) == measure):
            theirs = s.candidate.period
            if period is None or theirs is None or same_period(period, theirs):
                return []
    return agreeing


def _measure_of(s: Scored) -> str | None:
    return s.candidate.frame.measure if s.candidate.frame else None


def _now_instead(
    figure: Figure,
    direction: str | None,
    c: Candidate,
    agreeing: list[Scored],
    usable: list[Scored],
    role: Role | None,
    near: frozenset[str],
) -> Judgement | None:
    """A contradiction when an undated draft gives as the present figure one its source gives
    as an earlier one ("arrests fell to 168" against "212 arrests, up from 168 a year
    earlier"): only previous figures agree, and a strong present figure of the same sentence
    disagrees. None otherwise."""
    if role is Role.previous or not all(previous(s.candidate) for s in agreeing):
        return None
    now = next(
        (s.candidate for s in usable
         if s.strong and not previous(s.candidate) and s.candidate.quote == c.quote
         and not _agrees(figure, direction, s.candidate, near)),
        None,
    )  # fmt: skip
    if now is None:
        return None
    return Judgement(Verdict.contradicted, now, f"{_says(now)}; {c.text} is the earlier figure")


def _present_of(
    c: Candidate,
    period: str,
    usable: list[Scored],
    figure: Figure,
    direction: str | None,
    near: frozenset[str],
) -> Candidate | None:
    """The present figure of an earlier one's sentence, when a draft gives the earlier figure
    for the present ("attracted $1.2 billion, up from $0.9 billion in the first half of 2018",
    the draft: "$0.9 billion in the first half of 2019"): a strong undated figure of the same
    quote, no earlier figure itself, that speaks for the draft's period and disagrees. None
    otherwise."""
    theirs, mine = months_of(c.period or ""), months_of(period)
    if not previous(c) or theirs is None or mine is None or theirs[1] >= mine[0]:
        return None
    return next(
        (s.candidate for s in usable
         if s.strong and s.candidate.quote == c.quote and undated(s.candidate)
         and timeless(s.candidate, period)
         and not _agrees(figure, direction, s.candidate, near)),
        None,
    )  # fmt: skip


def _speaks_for(c: Candidate, period: str, figure: Figure) -> bool:
    """True when an agreeing candidate speaks for the draft's ``period``."""
    return bool(
        timeless(c, period)
        or same_time(c, period)
        or held_within(c, period)
        or (figure.qualifier in (">", ">=") and so_far(c, period))
    )


def _judge_dated(
    figure: Figure,
    direction: str | None,
    period: str,
    usable: list[Scored],
    agreeing: list[Scored],
    near: frozenset[str],
) -> Judgement:
    """The verdict on a draft figure stated for ``period``."""
    same = [s for s in usable if same_time(s.candidate, period)]
    for s in agreeing:
        if _speaks_for(s.candidate, period, figure):
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
        now = _present_of(c, period, usable, figure, direction, near)
        if now is not None:
            j = _contradicted(figure, now, [], near)
            return replace(j, message=f"{j.message}; {c.text} is the figure for {c.period}")
        return Judgement(
            Verdict.misattributed, c,
            f"source gives {c.text} for {c.period}, not {period} ({where(c)})",
        )  # fmt: skip
    stale = next(
        (s.candidate for s in agreeing if s.strong and undated(s.candidate)),
        None,
    )  # an undated figure of a source published long after the draft's period
    if stale is not None:
        return Judgement(
            Verdict.misattributed, stale,
            f"source gives {stale.text} with no period, published {stale.published} "
            f"(for its own time), not {period} ({where(stale)})",
        )  # fmt: skip
    # an undated figure of a source published near the draft's period speaks for it: a
    # different figure contradicts the draft (the same one, for its own time, does not)
    kept = {id(s) for s in agreeing}
    current = [
        s for s in usable
        if s.strong and undated(s.candidate) and recent(period, s.candidate.published)
        and id(s) not in kept
    ]  # fmt: skip
    if current:
        c = current[0].candidate
        j = _contradicted(figure, c, agreeing, near)
        return replace(j, message=f"{j.message}, with no period, published {c.published}")
    return Judgement(
        Verdict.unsupported, None, f"no source gives a figure for {period}" + _nearest(usable)
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
        if c.frame is not None and c.frame.role is Role.level:  # "fell to 228" for "rose to"
            message = _says(c, "a rise to " if c.direction == "up" else "a fall to ")
        else:
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
