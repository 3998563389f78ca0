"""Which source figures a draft figure may be judged against (`claimcheck.check.verdict`):
those in a comparable unit that no bound holds loosely around it (nor lies far inside a
draft's bound), and for a small bare count
("three provinces") only those that count what it counts."""

from __future__ import annotations

from dataclasses import replace

from claimcheck.check.bounds import bound_far, loose, near_edge
from claimcheck.check.candidates import Candidate, Scored
from claimcheck.tolerance import Figure, comparable

SMALL_COUNT = 10  # bare counts below this are judged without periods


def counts_same(c: Candidate, measure: str | None) -> bool:
    """True when a candidate counts what the draft's measure names, a named thing ("deaths",
    "count:country"), not people in general."""
    if measure is None or c.frame is None or c.frame.measure is None:
        return False
    return c.frame.measure.endswith(measure.removeprefix("count:"))


def small_count(figure: Figure) -> bool:
    """A bare count below `SMALL_COUNT` ("three provinces"): too common to belong to a period.
    A fraction is no count ("a fertility rate of 0.78" is a measurement of its year)."""
    return (
        figure.unit is None
        and figure.value is not None
        and abs(figure.value) < SMALL_COUNT
        and float(figure.value).is_integer()
    )


def usable_of(
    figure: Figure, scored: list[Scored], measure: str | None, near: frozenset[str]
) -> list[Scored]:
    """The candidates a figure may be judged against: in a comparable unit, no bound loosely
    around it (neither support nor contradiction), and for a small count ("three provinces")
    those that count what it counts, else all of them but never failing and with no period: a
    small count matches too much to pin to one claim unless both sides say what they count."""
    usable = [
        s
        for s in scored
        if comparable(figure.unit, s.candidate.figure.unit)
        and not (
            loose(figure, s.candidate.figure, near) and not near_edge(s.candidate.figure, figure)
        )
        and not bound_far(figure, s.candidate.figure, near)
    ]
    if not small_count(figure):
        return usable
    counted = [s for s in usable if s.strong and counts_same(s.candidate, measure)]
    if counted:
        return counted  # "five dead" against "three people were shot dead": one thing counted
    return [replace(s, candidate=replace(s.candidate, period=None), strong=False) for s in usable]
