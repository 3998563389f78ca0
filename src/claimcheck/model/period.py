"""Periods: the time a figure refers to, as a label (``2018``, ``2018-H1``, ``2021..2025``) and
its first and last month, so that two spellings of one period compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_LABEL = re.compile(
    r"^(?P<y>\d{4})(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])(?:\.\.Q(?P<q2>[1-4]))?|(?P<m>\d\d)(?:\.\.(?P<m2>\d\d))?))?"
    r"(?:\.\.(?P<y2>\d{4})(?:-(?P<m3>\d\d))?)?$"
)


def months_of(label: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last month a period label names (``2018-H1`` and ``2018-01..06`` both
    name January to June 2018), or None for a label of another shape."""
    m = _LABEL.match(label)
    if m is None:
        return None
    year = int(m["y"])
    first, last = (year, 1), (year, 12)
    if m["h"]:
        h = int(m["h"])
        first, last = (year, 6 * h - 5), (year, 6 * h)
    elif m["q"]:
        q, q2 = int(m["q"]), int(m["q2"] or m["q"])
        first, last = (year, 3 * q - 2), (year, 3 * q2)
    elif m["m"]:
        first, last = (year, int(m["m"])), (year, int(m["m2"] or m["m"]))
    if m["y2"]:
        last = (int(m["y2"]), int(m["m3"]) if m["m3"] else 12)
    return first, last


@dataclass(frozen=True, slots=True)
class Period:
    """The time a value refers to: a label such as ``2018-H1`` and its first and last month."""

    label: str
    first: tuple[int, int]
    last: tuple[int, int]

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one month."""
        return self.first <= other.last and other.first <= self.last


def is_label(label: str) -> bool:
    """True when ``label`` is a period label claimcheck writes: a year, a half, a quarter or a
    span of them, a month or a span of months, a span of years, each part in range and in
    order (``2019-H3``, ``2019-13`` and ``2020..2018`` are not), or a day (``2018-12-17``)."""
    if _DAY.match(label):
        try:
            date.fromisoformat(label)
        except ValueError:
            return False
        return True
    m = _LABEL.match(label)
    if m is None:
        return False
    months = [int(v) for v in (m["m"], m["m2"], m["m3"]) if v]
    if any(not 1 <= v <= 12 for v in months):
        return False
    span = months_of(label)
    return span is not None and span[0] <= span[1]
