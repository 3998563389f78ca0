"""Ranges and changes after a figure: "3-5", "between 3 and 5 million", "from 2.4 to 20.8 billion".

A range's ends share a scale and unit ("between 3 and 5 million": both millions); the range is
the figure's, its value the low end as written. "from A to B" after a change word, and "by A to
B", are a change and the level it reached, two figures: the first may borrow the second's scale
and unit ("rose from 2.4 to 20.8 billion yuan"). A falling "range" is two figures ("fell by
240,000 to 43.59 million"). `unit_range` reads a range whose ends both carry the unit ("44 mg to
50 mg").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claimcheck.extract import numbers
from claimcheck.extract.cursor import Cursor
from claimcheck.extract.item import Figure
from claimcheck.extract.patterns import BEFORE_FROM, FLAGS
from claimcheck.extract.scales import scale_after
from claimcheck.extract.unit_patterns import symbol_key
from claimcheck.extract.units import read_unit

_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BEFORE_FROM = re.compile(BEFORE_FROM, FLAGS)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_CURRENCY = re.compile(r"(?:US\$|HK\$|\$|£|€|¥)")


@dataclass(frozen=True, slots=True)
class Ranged:
    """What a range or change join after a figure makes of it: where it starts ("between"), its
    scale and unit (shared with or borrowed from the other end), its ends, and where it ends."""

    start: int
    scale: int
    unit: str | None
    low: Decimal | None
    high: Decimal | None
    end: int


def range_after(
    c: Cursor, start: int, value: Decimal, scale: int, unit: str | None, end: int
) -> Ranged | None:
    """The range the figure at ``start`` (its digits or scale word ending at ``end``) opens, or
    the scale and unit it borrows from the level after "from ... to"; None when neither."""
    text = c.text
    rm = c.pats.range_join.match(text, end)
    if not rm or text[start - 1 : start] in ("-", "–"):
        return None  # "three-nought-four": the middle of a chain, not a range's start
    join = rm.group("join").lower().lstrip("- ") or "-"  # "8- to 16" joins with "to"
    near = max(c.left, start - 16)
    between = _BETWEEN.search(text, near, start)
    if join == "and" and not between:
        return None
    spread = c.pats.spread_from.search(text, max(c.left, start - 24), start) is not None
    if join == "to" and _changes_from(c, start, near) and not spread:
        return _borrow(c, start, value, scale, unit, rm.end(), end)
    other_at, om = _next_figure(c, rm.end())
    if om is None or om.group("ordword"):
        return None
    other = signed(om) if om.group("digits") else numbers.read_spelled(om.group("spelled"), c.lex)
    if other is None:
        return None
    other_scale, _, _, other_end = scale_after(
        c, om.start(), other.value, None, om.end(), currency=unit is not None
    )
    # "between 3 and 5 million": the first end shares the second's scale (only if a range)
    shared = other_scale if other_scale != 1 and scale == 1 else scale
    high = other.value * Decimal(other_scale) / Decimal(shared)
    if value == high or (not value < high and not spread):
        return None  # a falling "range" is two figures: "fell by 240,000 to 43.59 million"
    if join == "to" and not between and not spread and _changes_by(c, start, near):
        # "fell by 8,000 to 208,000", "cut by €2.3bn to €14.1bn": a change, then the level it
        # reached; "rose by 3 to 5 percent" is a range of the change (its ends are close)
        written_twice = (other_at is not None and unit is not None) or (
            scale != 1 and other_scale != 1
        )
        if written_twice or high >= 2 * value:
            return None
    begin = between.start() if between else start
    return Ranged(begin, shared, unit, min(value, high), max(value, high), other_end)


def _next_figure(c: Cursor, at: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The figure after a range's or change's join at ``at``, and the currency symbol before it."""
    other_at = _RANGE_CURRENCY.match(c.text, at)
    return other_at, c.pats.core.match(c.text, other_at.end() if other_at else at)


def _changes_by(c: Cursor, start: int, near: int) -> bool:
    """True when the figure is a change: "by" right before it, or a change word in its clause
    before it ("costs fell £200m to £1.4bn")."""
    return (
        c.pats.by_before.search(c.text, near, start) is not None
        or c.pats.direction_word.search(c.text, c.left, start) is not None
    )


def _borrow(
    c: Cursor, start: int, value: Decimal, scale: int, unit: str | None, at: int, end: int
) -> Ranged | None:
    """ "rose from 2.4 to 20.8 billion yuan", "from $3 to $5 million", "from 10 to 12 percent":
    the change's first figure, written bare, takes the second's scale and unit, when the two are
    of one magnitude (within a factor of 100, as the levels before and after a change are)."""
    if scale != 1 or value == 0:
        return None
    other_at, om = _next_figure(c, at)
    if om is None or not om.group("digits"):
        return None
    other = signed(om)
    if other.value == 0 or not Decimal("0.01") <= abs(value / other.value) <= 100:
        return None
    other_unit = c.pats.currency_codes[symbol_key(other_at.group())] if other_at else None
    currency = other_at is not None or unit is not None
    other_scale, other_value, precision, other_end = scale_after(
        c, om.start(), other.value, None, om.end(), currency
    )
    read = read_unit(
        c, Figure(om.start(), other_value, precision, other_scale, other_unit), other_end
    )
    if read is None:
        return None
    if unit is not None and read.unit != unit:
        return None  # "from $3 to 5 million yuan": not one currency
    if read.unit in (None, "fraction") and other_scale == 1:
        return None
    borrowed = read.unit if unit is None and read.unit != "fraction" else unit
    return Ranged(start, other_scale, borrowed, None, None, end)


def _changes_from(c: Cursor, start: int, near: int) -> bool:
    """True when "from" right before the figure opens a change, "from A to B" being two figures.

    "rose from 3 to 5", "went from 3 to 5", "data from 3 to 5 sources": a word before "from" makes
    it a change (or a source), as does a change word earlier in the clause ("rose 5%, from 3 to
    5"). "from" opening the sentence or following a comma, colon or dash, with no change word
    before it, opens a range: "zones are quite high, from 7 to 10".
    """
    fm = _FROM.search(c.text, near, start)
    if fm is None:
        return False
    before = _BEFORE_FROM.search(c.text, max(c.floor, fm.start() - 4), fm.start())
    if before is None and fm.start() > c.floor + 3:
        return True
    return c.pats.direction_word.search(c.text, c.left, fm.start()) is not None


def signed(m: re.Match[str]) -> numbers.Reading:
    """The figure in digits matched by the core pattern, with its minus sign."""
    reading = numbers.read_digits(m.group("digits"))
    return numbers.Reading(-reading.value, reading.precision) if m.group("neg") else reading


def unit_range(
    c: Cursor, start: int, value: Decimal, scale: int, unit: str, end: int
) -> Ranged | None:
    """A range whose ends both carry the unit: "44 mg to 50 mg", "between 3 km and 5 km"."""
    text, pats = c.text, c.pats
    rm = pats.range_join.match(text, end)
    if not rm or scale != 1:
        return None
    join = rm.group("join").lower().lstrip("- ") or "-"  # "8- to 16" joins with "to"
    near = max(c.left, start - 16)
    between = _BETWEEN.search(text, near, start)
    spread = pats.spread_from.search(text, max(c.left, start - 24), start) is not None
    from_to = join == "to" and _changes_from(c, start, near) and not spread
    if (join == "and" and not between) or from_to:
        return None
    if join == "to" and pats.direction_word.search(text, near, start):
        return None  # "rose 5% to 7%": a change from one level to another ("2%-3%" is a range)
    om = pats.core.match(text, rm.end())
    if om is None or not om.group("digits") or pats.scale_after.match(text, om.end()):
        return None
    other = read_unit(c, Figure(om.start(), signed(om).value), om.end())
    if other is None or other.unit != unit:
        return None
    if value == other.value or (not value < other.value and not spread):
        return None  # a falling "range" is two figures
    begin = between.start() if between else start
    return Ranged(begin, scale, unit, min(value, other.value), max(value, other.value), other.end)
