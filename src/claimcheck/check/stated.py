"""Changes a source states by two figures of one sentence, set against a draft's change.

"Mortgage approvals rose to 55,200 in January from 51,500 in December" states a rise of 3,700,
or 7.2 per cent; "bankruptcies rose 35.2% to 8,690 cases" a rise of about 2,262 cases; "road
deaths fell by 15 to 2,663" a fall of 0.6 per cent. A draft's change that no source figure
states itself is set against them: "approvals rose by more than 5,000", "bankruptcies rose by
8,690", "road deaths fell 15 per cent" are contradicted; "approvals rose about 7 per cent" is
supported. `claimcheck.check.derive` finds a change of two levels in the levels' unit when it
agrees; this module also reads a change against a level, in per cent and in percentage points,
and says when it disagrees.

A draft figure that is a source figure's own value in another role ("revenue rose by 241.11
billion yuan" where 241.11 billion yuan is the level) is left to the verdict of its role (the
level is no change: unsupported), and a change compared with something else than its own past
("$2.2bn larger than Orion's", "150 euros short of the target") is none of this module's.

Precision first, since a verdict here fails a draft on arithmetic: the level must match the
draft figure's frame strongly when asked for as a level (the draft's entity, measure and
period), and the other figure must be of the level's sentence and measure: its previous level,
or its change in the level's unit or in per cent, with a direction. The draft's change is read
in its own unit: the level's (an absolute change), per cent (a relative one), or percentage
points (between two percentages). A draft that says which way (rose, fell) must say the way the
two figures went.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from claimcheck.check.candidates import Candidate, fields_of
from claimcheck.check.frames import same_name
from claimcheck.check.match import CandidateIndex
from claimcheck.check.query import Query
from claimcheck.check.retrieve import MEASURE
from claimcheck.check.verdict import where
from claimcheck.extract.frame_parts import dimension_of
from claimcheck.model import Frame, Role
from claimcheck.tolerance import Figure, agrees

# after a draft's figure, a comparison with another thing than the figure's own past
_COMPARED = re.compile(r"\b(?:than|short\s+of|shy\s+of|ahead\s+of|behind|below|above)\b", re.I)
# the units a relative change may be of, asked for one by one ("rose 7%": of a count, of money)
_RELATIVE_OF = (None, "USD", "EUR", "GBP", "CNY", "JPY")


@dataclass(frozen=True, slots=True)
class Stated:
    """A change two source figures state, in the draft figure's unit."""

    level: Candidate
    other: Candidate
    change: Figure  # its size, in the draft's unit
    rose: bool

    @property
    def message(self) -> str:
        way = "a rise" if self.rose else "a fall"
        size = _written(self.change)
        return (
            f"source says {self.level.text} with {self.other.text}, {way} of {size}"
            f"{f' for {self.level.period}' if self.level.period else ''} ({where(self.level)})"
        )


def _written(f: Figure) -> str:
    value = f.value or 0.0
    text = f"{value:,.1f}".removesuffix(".0")
    return {"percent": f"{text}%", "percentage_point": f"{text} percentage points"}.get(
        f.unit or "", text if not f.unit else f"{text} {f.unit}"
    )


def stated_change(
    figure: Figure,
    direction: str | None,
    query: Query,
    index: CandidateIndex,
    period_ok: Callable[[Candidate], bool],
) -> tuple[Stated, bool] | None:
    """The change two figures of one source sentence state for the draft's change ``figure``
    (asked of ``index`` as a level with ``query``), and whether the draft's agrees with it;
    None when no level and figure beside it fit."""
    mine = figure.normalised()
    frame = query.frame
    # (a change that is expected is one too: "harvest set to jump 25 per cent this season",
    # set against an expected level and the level before it)
    expected = frame is not None and frame.role is Role.forecast and direction in ("up", "down")
    if frame is None or (frame.role is not Role.change and not expected) or mine.value is None:
        return None
    at = query.clause.find(query.text)
    if at >= 0 and _COMPARED.search(query.clause, at + len(query.text)):
        return None  # "$2.2bn larger than Orion's", "150 euros short of the target"
    near = index.lexicon.near_qualifiers
    plain = replace(mine, qualifier="=", hedge=None)  # the figure as written, no hedge
    size = replace(mine, value=abs(mine.value))  # the size of the change, its way apart
    # a share's change is read in points ("rose 4.7 percentage points"); a level's in any unit
    roles = (Role.level, Role.share) if mine.unit == "percentage_point" else (Role.level,)
    # (a count's change is of a count: "rough sleepers increased by 468" from 1,948 to 2,316)
    measured = _measured_units(index, frame.measure) if mine.unit == "percent" else ()
    asked = [
        (unit, role)
        for unit in _level_units(mine.unit, measured)
        for role in _roles_asked(roles, unit, expected)
    ]
    for unit, role in asked:
        if frame.measure and not index.postings.get(index.lexicon.dimension(unit), {}).get(
            MEASURE + frame.measure
        ):
            continue  # no level of the draft's measure in that unit: nothing to ask
        dimension = dimension_of(index.lexicon, unit)
        ask = replace(query, unit=unit, frame=Frame(frame.entity, frame.measure, role, dimension))
        for s in index.match(ask):
            level = s.candidate
            counted = role is Role.counted
            fits = fits_level(frame, level, counted, expected)
            if not s.strong or not fits or not period_ok(level):
                continue
            for other in beside(index, level):
                if counted and (other.frame is None or other.frame.role is not Role.previous):
                    continue  # a count's own change may be a group's (`fits_level`)
                stated = _stated(level, other, mine.unit)
                if stated is None:
                    continue
                if agrees(plain, level.figure, near=near) or agrees(plain, other.figure, near=near):
                    return None  # a figure of the source in another role: not this arithmetic's
                way = direction is None or (direction == "up") == stated.rose
                return stated, way and agrees(size, stated.change, near=near)
    return None


def _roles_asked(roles: tuple[Role, ...], unit: str | None, expected: bool) -> tuple[Role, ...]:
    """The roles a level is asked of the index in: an expected level for an expected change;
    a count too for a change of a count (no unit)."""
    if expected:
        return (Role.forecast,)
    return roles if unit is not None else (*roles, Role.counted)


def fits_level(
    draft: Frame, level: Candidate, counted: bool = False, expected: bool = False
) -> bool:
    """True when ``level`` is a level (or a share; a count too, with ``counted``; an expected
    level only, with ``expected``) of the draft's measure, or, where the draft names none, of
    the draft's entity ("Support for the ANC fell by 40.2 points"). (A count stated with a
    change may be a group's, not the measure's: "1,108,000 residents who had moved to Qingfeng
    ..., up 36 percent".)"""
    theirs = level.frame
    roles: tuple[Role, ...] = (Role.level, Role.share)
    if counted:
        roles = (Role.level, Role.share, Role.counted)
    if expected:
        roles = (Role.forecast,)
    if theirs is None or theirs.role not in roles:
        return False
    if draft.measure:
        return theirs.measure == draft.measure
    return (
        draft.entity is not None
        and theirs.entity is not None
        and same_name(draft.entity, theirs.entity)
    )


def beside(index: CandidateIndex, c: Candidate) -> list[Candidate]:
    """The candidates of ``c``'s source sentence (an index of sentences built once)."""
    if index.by_quote is None:
        by_quote: dict[tuple[str, str], list[int]] = {}
        for i, e in enumerate(index.entries):
            by_quote.setdefault((e.source, fields_of(e)[0]), []).append(i)
        index.by_quote = by_quote
    return [index.candidate(i) for i in index.by_quote.get((c.source, c.quote), [])]


def _level_units(unit: str | None, measured: tuple[str, ...] = ()) -> tuple[str | None, ...]:
    """The units of levels whose change a draft figure in ``unit`` may state (a relative
    change: those of `_RELATIVE_OF` and ``measured``, the units the draft's measure is given
    in, "1.45 million tonnes" of a harvest)."""
    if unit == "percent":
        return _RELATIVE_OF + tuple(u for u in measured if u not in _RELATIVE_OF)
    if unit == "percentage_point":
        return ("percent",)
    return (unit,)


# right after a figure: what it is measured against is an aim or an expectation, not its past
_AGAINST_AIM = re.compile(
    r"\s+(?:above|below|ahead\s+of|short\s+of|more\s+than|less\s+than|over|under)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:forecasts?|targets?|estimates?|expectations?|budget|consensus|plans?|goals?|guidance)\b",
    re.IGNORECASE,
)


def _end_of(c: Candidate) -> int:
    """Where the candidate's figure ends in its quote (its length where it is not found)."""
    at = c.quote.find(c.text)
    return at + len(c.text) if at >= 0 else len(c.quote)


def _measured_units(index: CandidateIndex, measure: str | None) -> tuple[str, ...]:
    """The units of the index's figures of ``measure`` (none where the draft names none)."""
    if not measure:
        return ()
    units: set[str] = set()
    for by_word in index.postings.values():
        for i in by_word.get(MEASURE + measure, ())[:_UNITS_READ]:
            unit = fields_of(index.entries[i])[1]
            if unit and unit not in ("percent", "percentage_point"):
                units.add(unit)
    return tuple(sorted(units))


_UNITS_READ = 50  # figures of a measure read for its units, per dimension


def _stated(level: Candidate, other: Candidate, unit: str | None) -> Stated | None:
    """The change ``level`` and ``other`` (its previous level, or its change) state, in
    ``unit``, else None."""
    if other is level or other.frame is None or level.frame is None:
        return None
    if other.frame.measure != level.frame.measure:
        return None
    if other.period != level.period and other.frame.role is not Role.previous:
        return None  # a change of another time (a previous level is of its own time)
    if _AGAINST_AIM.match(other.quote, _end_of(other)):
        return None  # "A$8.1 billion above the budget forecast": a margin, no change in time
    now, then = _value(level), earlier_level(level, other)
    if now is None or then is None or then == 0 or now == then:
        return None
    step = max(_step(level), _step(other) if other.frame.role is Role.previous else 0.0)
    delta = abs(now - then)
    if unit == "percent":
        size, step = delta / abs(then) * 100, 2 * step / abs(then) * 100
    elif unit == level.figure.unit or (unit, level.figure.unit) == ("percentage_point", "percent"):
        size = delta
    else:
        return None
    return Stated(level, other, Figure(size, unit, "=", step or None), now > then)


def earlier_level(level: Candidate, other: Candidate) -> float | None:
    """The level before ``level`` that ``other`` states: itself as a previous level, or the
    level less a change in its unit or in per cent that says which way."""
    value, now = _value(other), _value(level)
    if value is None or now is None or other.frame is None:
        return None
    role, unit = other.frame.role, other.figure.unit
    if role is Role.previous and unit == level.figure.unit:
        return value
    if role is not Role.change or other.direction not in ("up", "down"):
        return None
    sign = 1.0 if other.direction == "up" else -1.0
    if unit == level.figure.unit:
        return now - sign * value
    if other.figure.normalised().unit == "percent" and level.figure.unit != "percent":
        return now / (1 + sign * other.figure.normalised().value / 100)  # type: ignore[operator]
    return None


def _value(c: Candidate) -> float | None:
    """A candidate's single value, as written or hedged ("some 57%"), not a bound or range."""
    f = c.figure.normalised()
    return f.value if f.low is None and f.high is None and f.qualifier in ("=", "~") else None


def _step(c: Candidate) -> float:
    return c.figure.normalised().precision or 0.0
