"""The parts of the calendar that time expressions name, and their period labels.

Shared by `periods` (the pattern and its absolute readings) and `relative` (readings against the
publication date): the `Found` record, word tables, and the label builders (``2018``,
``2015..2017``, ``2018-05``, ``2018-01..05``, ``2017-11..2018-01``, ``2023-Q1..Q3``, ``2018-H1``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.lexicon import Lexicon
from claimcheck.model import Period

# "a year ago", "an hour": an article counts one (the number words are the lexicon's).
ARTICLES = ("a", "an")
# An ordinal in digits: "1st half", "3rd quarter".
DIGIT_ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
# Words that count quarters from now ("last quarter", "the coming quarter"), not name one.
QUARTER_FROM_NOW = ("last", "previous", "this", "current", "next", "coming")


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
    same_part: bool = False  # "the same period of 2022": the part of the year named before
    whole_year: bool = False  # "the whole year": the year of the time named before


# A reader of one alternative of the period pattern: its match, the lexicon, and the
# publication year and month (None when unknown), to a `Found` (None: not a time after all).
Reader = Callable[[re.Match[str], Lexicon, "int | None", "int | None"], "Found | None"]


def month_number(lex: Lexicon, name: str) -> int:
    """A month's number from its name or abbreviation ("Sept." is 9)."""
    return lex.months[name.lower().rstrip(".")]


@functools.cache
def counts(lex: Lexicon) -> dict[str, int]:
    """The counts a time expression spells, by word: "a", "an" and the lexicon's `time_counts`."""
    return {**dict.fromkeys(ARTICLES, 1), **lex.time_counts}


def small(lex: Lexicon, word: str) -> int:
    """A small count written in digits or words ("three", "a")."""
    return int(word) if word.isdigit() else counts(lex)[word.lower()]


def ordinals(lex: Lexicon, last: int) -> list[str]:
    """The ordinals from one to ``last``, spelled (the lexicon's) and then in digits: "first",
    "second", "1st", "2nd"."""
    return [
        *(w for w, n in lex.ordinal_words.items() if n <= last),
        *(DIGIT_ORDINALS[n] for n in range(1, last + 1)),
    ]


@functools.cache
def halves(lex: Lexicon) -> dict[str, int]:
    """Which half a word names ("upper half of 2017" is the first): ordinals and the lexicon's
    ``half_names``."""
    named = {w: n for w, n in lex.ordinal_words.items() if n <= 2}
    return {**named, **{DIGIT_ORDINALS[n]: n for n in (1, 2)}, **lex.half_names}


@functools.cache
def quarter_numbers(lex: Lexicon) -> dict[str, int]:
    """Which quarter a word names ("final quarter" is the fourth): ordinals and the lexicon's
    ``quarter_names``."""
    named = {w: n for w, n in lex.ordinal_words.items() if n <= 4}
    return {**named, **{DIGIT_ORDINALS[n]: n for n in range(1, 5)}, **lex.quarter_names}


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
