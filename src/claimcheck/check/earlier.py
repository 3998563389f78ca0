"""An earlier level two figures of one source sentence state, set against a draft's figure of
that earlier time.

"Police issued 412,000 speeding fines between January and June, 9% more than a year earlier"
states about 378,000 for the same months a year earlier; "London cocoa fell £180 to £6,420 a
tonne" states £6,600 before the fall. A draft that gives that earlier level ("had issued about
378,000 ... a year earlier", "before Tuesday's slide, cocoa had been trading at £6,600") is
supported by the two figures, which neither says alone.

Only a draft that speaks of the earlier time may be: its period ends before the level's
begins, or it is an earlier level itself ("up from ..."), or its clause says so ("before",
"had been", "previously"); "cocoa trades at £6,600" is the present, which the £6,420 is. The
level must be of the draft's measure (or, where the draft names none, of its entity) and its
change of the same measure, with a way (up or down), in the level's unit or in per cent
(`claimcheck.check.stated` reads the two figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.check.candidates import Candidate, Scored
from claimcheck.check.match import CandidateIndex
from claimcheck.check.query import Query
from claimcheck.check.stated import beside, earlier_level, fits_level
from claimcheck.check.verdict import where
from claimcheck.model import Frame, Role, months_of
from claimcheck.tolerance import Figure, agrees

# words of a clause that speaks of a time before the one its source's level is of
_BEFORE = re.compile(
    r"\b(?:before|had\s+been|had\s+stood|previously|earlier|a\s+year\s+ago|prior\s+to|used\s+to"
    r"|(?:previous|preceding|prior)\s+(?:(?:financial|fiscal|academic|calendar)\s+)?"
    r"(?:year|season|quarter|month|half|period|term))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Earlier:
    """An earlier level a level and its change state."""

    level: Candidate
    change: Candidate
    value: float

    @property
    def message(self) -> str:
        return (
            f"source says {self.level.text} after a change of {self.change.text}: "
            f"{self.value:,.0f} before ({where(self.level)})"
        )


def earlier_stated(
    figure: Figure,
    period: str | None,
    query: Query,
    scored: list[Scored],
    index: CandidateIndex,
) -> Earlier | None:
    """The earlier level that a candidate level of ``scored`` and a change beside it state
    and the draft's ``figure`` agrees with, when the draft speaks of that earlier time."""
    frame = query.frame
    mine = figure.normalised()
    if frame is None or frame.role is Role.change or mine.value is None:
        return None
    near = index.lexicon.near_qualifiers
    for s in scored:
        level = s.candidate
        if not _fits(frame, level, query) or not _earlier(query, frame.role, period, level):
            continue
        for other in beside(index, level):
            value = earlier_level(level, other)
            if value is None or other.frame is None or other.frame.role is not Role.change:
                continue
            stated = Figure(value, level.figure.normalised().unit, "=", _step(level, other, value))
            if agrees(mine, stated, near=near):
                return Earlier(level, other, value)
    return None


def _fits(frame: Frame, level: Candidate, query: Query) -> bool:
    """True when ``level`` is a level of the draft's measure or entity (`fits_level`), or the
    draft names neither but the level's entity ("Before Monday's fall, copper had been
    trading at ...")."""
    if fits_level(frame, level, counted=True):
        return True
    theirs = level.frame.entity if level.frame else None
    if frame.measure or frame.entity or not theirs or level.frame is None:
        return False
    return level.frame.role in (Role.level, Role.counted) and bool(
        re.search(rf"\b{re.escape(theirs)}\b", query.sentence, re.I)
    )


def _earlier(query: Query, role: Role, period: str | None, level: Candidate) -> bool:
    """True when the draft speaks of a time before ``level``'s."""
    if role is Role.previous:
        return True
    mine, theirs = months_of(period) if period else None, months_of(level.period or "")
    if mine and theirs:
        return mine[1] < theirs[0]
    return _BEFORE.search(query.clause) is not None or _BEFORE.search(query.opener) is not None


def _step(level: Candidate, change: Candidate, value: float) -> float:
    """The rounding of an earlier level read from two rounded figures: the level's, or the
    change's share of it (a change of 9% is 8.5 to 9.5%)."""
    own = level.figure.normalised().precision or 0.0
    if change.figure.normalised().unit == "percent":
        step = change.figure.normalised().precision or 1.0
        return max(own, value * step / 100)
    return max(own, change.figure.normalised().precision or 0.0)
