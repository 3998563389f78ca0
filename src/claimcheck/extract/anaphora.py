"""Resolve time expressions that refer back to the text's own time: "a year earlier".

"In the first half of 2018 GDP grew 7.4 percent, up from 6.5% a year earlier": the 6.5% is
for 2017-H1, not 2018-H1 and not the year before publication. `periods.find` marks such an
expression with its shift in years ("a year earlier" -1, "two years later" +2, "the same period
of the previous year" -1) and, as a fallback, the publication year shifted. `resolve` replaces
the fallback with the latest dated time before it in the same paragraph, shifted, keeping its
part of the year ("2018-H1" becomes "2017-H1").

Our own few lines: date libraries (dateparser, Recognizers-Text) resolve relative time against
a reference instant passed in, never against a period stated earlier in the same text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from claimcheck.extract.periods import Found
from claimcheck.extract.sentences import Segment
from claimcheck.model import Period

_YEAR = re.compile(r"\d{4}")


def shift(period: Period, years: int) -> Period:
    """The same part of another year: 2018-H1 shifted by -1 is 2017-H1."""
    label = _YEAR.sub(lambda m: str(int(m.group()) + years), period.label)
    return Period(
        label, (period.first[0] + years, period.first[1]), (period.last[0] + years, period.last[1])
    )


def resolve(times: list[Found], segments: list[Segment], seg_starts: list[int]) -> list[Found]:
    """``times`` with each anaphoric expression resolved against the time before it."""
    if not any(t.shift is not None or t.same_part or t.whole_year for t in times):
        return times

    def paragraph(pos: int) -> int:
        return (
            segments[max(0, bisect.bisect_right(seg_starts, pos) - 1)].paragraph if segments else 0
        )

    out: list[Found] = []
    last: Found | None = None  # the latest time with a period, as resolved
    own: Found | None = None  # the latest that is no shift ("a year earlier" is a baseline)
    latest: Period | None = None  # the latest period the text has named so far
    for t in times:
        if t.same_part and t.period is not None and last is not None and last.period is not None:
            t = dataclasses.replace(t, period=_same_part(last.period, t.period.first[0]))
        elif t.whole_year and own is not None and own.period is not None:
            # "first-quarter output ..., up 6% from a year earlier, and kept its full-year
            # target": the year of the quarter, not of the year before it
            year = own.period.last[0]
            t = dataclasses.replace(t, period=Period(str(year), (year, 1), (year, 12)))
        elif (
            t.shift is not None
            and last is not None
            and last.period is not None
            and paragraph(last.start) == paragraph(t.start)
        ):
            t = dataclasses.replace(t, period=shift(last.period, t.shift))
        elif t.shift is not None and latest is not None and _before_publication(latest, t):
            # a paragraph that names no time of its own speaks of the text's own time: the
            # latest it has named, when recent ("Revenue for the year to 31 December 2023 rose
            # ..." in a report of March 2024; then "margin narrowed to 6.1 percent from 7.3
            # percent a year earlier": 2022)
            t = dataclasses.replace(t, period=shift(latest, t.shift))
        out.append(t)
        if t.period is not None:
            last = t
            own = t if t.shift is None else own
            if t.shift is None and (latest is None or t.period.last > latest.last):
                latest = t.period
    return out


def _same_part(before: Period, year: int) -> Period:
    """The part of the year ``before`` names, in ``year`` ("the first nine months of 2024",
    then "the same period of 2022": 2022-01..09); the whole year when ``before`` spans years."""
    if before.first[0] != before.last[0]:
        return Period(str(year), (year, 1), (year, 12))
    return shift(before, year - before.first[0])


def _before_publication(period: Period, t: Found) -> bool:
    """True when ``period`` ends in the publication year or the year before, which ``t``'s
    fallback (the publication year shifted) tells: the time a report speaks of. A plan's year
    ("by 2025") is no time of the text's own, and an old one ("In 2016 ..." in a text of 2020)
    leaves the publication year the reference."""
    if t.period is None or t.shift is None:
        return False
    published = t.period.first[0] - t.shift
    return published - 1 <= period.last[0] <= published


_PART = re.compile(r"^\d{4}-(?:Q\d(?:\.\.Q\d)?|H\d|\d\d(?:\.\.\d\d)?)$")
_YEAR_ONLY = re.compile(r"^\d{4}$")
# a part of the year written as a modifier of the noun after it: "third-quarter revenue",
# "first-half profit", "Q3 sales" (not "the third quarter of 2022", which names its year)
# ("in the first half to 19.7 million": no modifier)
_MODIFIER_AFTER = re.compile(
    r"\s+(?!(?:of|in|to|and|or|from|at|by|with|for|as|when|while|than|compared|versus)\b)[A-Za-z]"
)


def year_parts(
    times: list[Found], text: str, segments: list[Segment], seg_starts: list[int]
) -> list[Found]:
    """``times`` with a part of the year that names no year of its own ("third-quarter
    revenue", resolved against the publication date) moved to the one year its sentence
    names ("Tencent's third-quarter revenue rose to 154.6 billion yuan in 2023": 2023-Q3), and
    that year's mention read as the part: the sentence speaks of one quarter of that year."""

    def sentence(pos: int) -> int:
        return max(0, bisect.bisect_right(seg_starts, pos) - 1)

    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(times):
        by_sentence.setdefault(sentence(t.start), []).append(i)
    out = list(times)
    for members in by_sentence.values():
        parts = [i for i in members if _implicit_part(times[i], text)]
        years = [
            i for i in members
            if _YEAR_ONLY.match(_label(times[i]))
            and times[i].shift is None  # "a year earlier" names no year
            and not times[i].whole_year  # nor does "full-year": the year of the time before it
            and not _BASELINE.search(text, max(0, times[i].start - 20), times[i].start)
        ]  # fmt: skip
        if len(parts) != 1 or len(years) != 1:
            continue
        part, year = times[parts[0]], times[years[0]]
        assert part.period is not None and year.period is not None
        moved = shift(part.period, year.period.first[0] - part.period.first[0])
        out[parts[0]] = dataclasses.replace(part, period=moved)
        out[years[0]] = dataclasses.replace(year, period=moved)
    return out


# a year a part of the year is compared with is not its year: "its first interim profit since
# 2019", "up from the first half of ... than in 2019"
_BASELINE = re.compile(
    r"\b(?:since|than(?:\s+in)?|from|versus|vs\.?|compared\s+(?:with|to))\s+$", re.I
)


def _label(t: Found) -> str:
    return t.period.label if t.period is not None else ""


def _implicit_part(t: Found, text: str) -> bool:
    """A part of a year that names no year and modifies the noun after it."""
    if t.period is None or not _PART.match(t.period.label):
        return False
    written = text[t.start : t.end]
    return not _YEAR.search(written) and _MODIFIER_AFTER.match(text, t.end) is not None


# between a part of a year and "a year earlier" that dates it: nothing, or a word for a period
_JOINED = re.compile(r"\s*(?:period|months|season)?\s*", re.I)


def dated_back(times: list[Found], text: str) -> list[Found]:
    """``times`` with a part of the year that names no year, followed at once by a shift that
    dates it ("in the January-June period a year earlier", "in March a year ago" read as
    one), given the shifted time the shift was resolved to: the figure before them takes the
    first, which alone would say this year."""
    out = list(times)
    for i in range(1, len(times)):
        before, t = times[i - 1], times[i]
        if (
            t.shift is not None
            and t.period is not None
            and before.period is not None
            and before.shift is None
            and not _YEAR.search(text, before.start, before.end)
            and _JOINED.fullmatch(text, before.end, t.start)
        ):
            out[i - 1] = dataclasses.replace(before, period=t.period)
    return out
