"""Figures written in several parts: "one in five", "3 out of 10", "4 thousand 3 hundred and 21".

Each reader starts where the first figure (and its scale word) ends, reads what continues it,
and returns the whole figure's reading and where it ends, or None when nothing continues it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimcheck.extract import numbers
from claimcheck.extract.cursor import Cursor
from claimcheck.lexicon import Lexicon

# What joins a numerator to its denominator: "one over three", "3 out of 10", "one in five".
RATIO_JOIN = r"\s+(?P<join>over|out\s+of|in)\s+"
# "1 over 3" is a fraction only where the clause ends after it: "over 3 years" is a duration.
OVER_END = r"\s*(?:[.,;:!?)]|$|(?:is|was|equals|of|and|or)\b)"
# What joins a scaled figure to the smaller figure that completes it: "3 hundred and 21".
CONTINUE_JOIN = r"[\x20\t]+(?P<and>and[\x20\t]+)?"

# A range's opening word before a figure: "between 2 million and 500,000" is not one figure.
RANGE_OPENING = r"\b(?:between|from)\s+$"

_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_RANGE_OPENING = re.compile(RANGE_OPENING, re.IGNORECASE)
_RATIO_JOIN = re.compile(RATIO_JOIN, re.IGNORECASE)
_OVER_END = re.compile(OVER_END, re.IGNORECASE)
_CONTINUE_JOIN = re.compile(CONTINUE_JOIN, re.IGNORECASE)


def _figure(m: re.Match[str], lex: Lexicon) -> numbers.Reading | None:
    """The reading of a plain figure matched by the core pattern (no sign, no ordinal)."""
    if m.group("ordword") or m.group("negword") or m.group("neg"):
        return None
    if m.group("digits"):
        return numbers.read_digits(m.group("digits"))
    return numbers.read_spelled(m.group("spelled"), lex)


def _joined(
    c: Cursor, join: re.Pattern[str], end: int
) -> tuple[re.Match[str], re.Match[str], numbers.Reading] | None:
    """The positive figure, not a fraction, that ``join`` links at ``end``, with both matches."""
    jm = join.match(c.text, end)
    if not jm:
        return None
    om = c.pats.core.match(c.text, jm.end())
    other = _figure(om, c.lex) if om is not None else None
    if om is None or other is None or other.value <= 0 or other.fraction:
        return None
    return jm, om, other


def _unit_after(c: Cursor, at: int) -> bool:
    """A unit right after ``at``; "in" only where it can be inches ("one in four in 2010")."""
    um = c.pats.unit_after.match(c.text, at)
    if um is None:
        return False
    return um.group("unit").lower() != "in" or bool(c.pats.inch_ok.match(c.text, um.end()))


def ratio(c: Cursor, end: int, reading: numbers.Reading) -> tuple[numbers.Reading, int] | None:
    """ "one over three", "3 out of 10", "one in five": the fraction the two figures make."""
    joined = _joined(c, _RATIO_JOIN, end)
    if joined is None:
        return None
    jm, om, other = joined
    join = " ".join(jm.group("join").lower().split())
    if join == "over" and not _OVER_END.match(c.text, om.end()):
        return None
    if join == "in" and _unit_after(c, om.end()):
        return None  # "2 in 10 minutes" is a time, "one in five adults" a share
    if join != "in" and reading.value != int(reading.value):
        return reading, om.end()  # "6.25 out of 10", "4.5 out of 5": a score on its scale
    if _YEAR.fullmatch(om.group()):
        return None  # "rose by 12 over 2018": a comparison with a year (read as a date)
    proper = 0 < abs(reading.value) < other.value
    if not proper and not (join == "out of" and reading.value == other.value):
        return None  # "won 2 over 1", "5 out of 3": not a share; "10 out of 10" is one
    value = reading.value / other.value
    precision = Decimal(1) / (2 * other.value * (other.value + 1))
    return numbers.Reading(value, precision, fraction=abs(value) <= 1), om.end()


def completion(
    c: Cursor, start: int, end: int, scale: int, currency: bool = False
) -> tuple[Decimal, Decimal | None, int] | None:
    """What completes the figure at ``start`` whose scale word ends at ``end``.

    "3 million and a half" adds half the scale; "4 thousand 3 hundred and 21" adds 321 (see
    `continuation`). Returns the value added, its precision (None to keep the figure's) and
    where it ends; None after "between" or "from", where "and" or "to" joins a range's ends.
    """
    if _RANGE_OPENING.search(c.text, max(0, start - 16), start):
        return None
    half = c.pats.and_a_half.match(c.text, end)
    if half:
        return Decimal(scale) / 2, None, half.end()
    return continuation(c, end, scale, currency)


def continuation(
    c: Cursor, end: int, scale: int, currency: bool = False
) -> tuple[Decimal, Decimal, int] | None:
    """The smaller figure completing a scaled one: "4 thousand[ 3 hundred and 21]".

    Returns the value it adds, its precision and where it ends. A figure with its own smaller
    scale word continues with or without "and"; a bare figure continues only after "and", and
    only after "hundred" or when spelled ("6 crore and two hundred"), so that "2 million and
    500,000" stays two figures; and not when the figure has a currency and a unit follows the
    bare one ("$3 million and fifty cents": the cents are their own figure).
    """
    joined = _joined(c, _CONTINUE_JOIN, end)
    if joined is None:
        return None
    jm, om, other = joined
    if other.value != int(other.value):
        return None  # "2.5" cannot continue a scaled figure
    text, pats = c.text, c.pats
    sm = pats.scale_after.match(text, om.end())
    own = c.lex.scale_words.get(sm.group("scale").lower(), 0) if sm and sm.group("scale") else 0
    if own:
        if own >= scale or other.value * own >= scale:
            return None
        added, step, stop = other.value * own, Decimal(own), sm.end()  # type: ignore[union-attr]
        more = continuation(c, stop, own, currency)
        if more is not None:
            added, step, stop = added + more[0], more[1], more[2]
        return added, step, stop
    if not jm.group("and") or other.value >= scale:
        return None
    if scale != 100 and not om.group("spelled"):
        return None
    if currency and (
        pats.unit_after.match(text, om.end()) or pats.currency_after.match(text, om.end())
    ):
        return None
    return other.value, other.precision, om.end()
