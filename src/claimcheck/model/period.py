"""Periods: the time a figure refers to, as a label (``2018``, ``2018-H1``, ``2021..2025``) and
its first and last month, so that two spellings of one period compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
