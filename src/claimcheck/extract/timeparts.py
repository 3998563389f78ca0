"""The parts of the calendar that time expressions name, and their period labels.

Shared by `periods` (the pattern and its absolute readings) and `relative` (readings against the
publication date): the `Found` record, word tables, and the label builders (``2018``,
``2015..2017``, ``2018-05``, ``2018-01..05``, ``2017-11..2018-01``, ``2023-Q1..Q3``, ``2018-H1``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.lexicon import Lexicon
from claimcheck.model import Period

# Counts spelled in time expressions ("three years ago", "the past six months").
SMALL_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# Which half or quarter an ordinal names ("upper half of 2017" is the first).
HALF = {"first": 1, "1st": 1, "upper": 1, "former": 1, "second": 2, "2nd": 2, "lower": 2,
        "latter": 2}  # fmt: skip
QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4, "final": 4, "last": 4}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """A time expression: its span, its period (None when unresolved), and its kind."""

    start: int
    end: int
    period: Period | None
    kind: str = "date"
    value: int | None = None
    relative: bool = False
    low: int | None = None
    high: int | None = None
    shift: int | None = None  # years from the text's own time ("a year earlier": -1), if anaphoric


# A reader of one alternative of the period pattern: its match, the lexicon, and the
# publication year and month (None when unknown), to a `Found` (None: not a time after all).
Reader = Callable[[re.Match[str], Lexicon, "int | None", "int | None"], "Found | None"]


def month_number(lex: Lexicon, name: str) -> int:
    """A month's number from its name or abbreviation ("Sept." is 9)."""
    return lex.months[name.lower().rstrip(".")]


def small(word: str) -> int:
    """A small count written in digits or words ("three", "a")."""
    return int(word) if word.isdigit() else SMALL_WORDS[word.lower()]


def years(first: int, last: int) -> Period:
    """Whole years: ``2018`` or ``2015..2017``."""
    label = str(first) if first == last else f"{first}..{last}"
    return Period(label, (first, 1), (last, 12))


def months_period(year: int, first: int, last: int) -> Period:
    """Months of one year: ``2018-05`` or ``2018-01..05``."""
    label = f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}..{last:02d}"
    return Period(label, (year, first), (year, last))


def quarters(year: int, first: int, last: int) -> Period:
    """Quarters of one year: ``2023-Q3`` or ``2023-Q1..Q3``."""
    label = f"{year}-Q{first}" if first == last else f"{year}-Q{first}..Q{last}"
    return Period(label, (year, 3 * first - 2), (year, 3 * last))


def half(year: int, n: int) -> Period:
    """A half year: ``2018-H1``."""
    return Period(f"{year}-H{n}", (year, 6 * n - 5), (year, 6 * n))


def month_add(year: int, month: int, k: int) -> tuple[int, int]:
    """The (year, month) ``k`` months after (or before, when negative) a month."""
    return year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1


def month_span(first: tuple[int, int], last: tuple[int, int]) -> Period:
    """Months from ``first`` to ``last`` (year, month), across a new year if need be."""
    if first[0] == last[0]:
        return months_period(first[0], first[1], last[1])
    return Period(f"{first[0]}-{first[1]:02d}..{last[0]}-{last[1]:02d}", first, last)
