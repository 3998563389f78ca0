"""Readings of time expressions against the publication date, and of day ranges.

"last year", "20 years ago", "in May", "last September", "the third quarter this year", "Q1",
"last month", "the past three months", "year to date": each needs the publication year, some its
month too (``published: 2018-08-15``); without them the expression is found but left without a
period. "a year earlier" is marked with its shift, for `anaphora.resolve`. Day ranges ("November
19-20", "from 2 to 7 Feb 2018") name the months they span, as periods are whole months. One small
reader per alternative of the period pattern (`READERS`, by group name), as in `absolute`.
"""

from __future__ import annotations

import calendar
import functools
import re

from claimcheck.extract.fragments import phrases
from claimcheck.extract.timeparts import (
    Found,
    Reader,
    half,
    halves,
    month_add,
    month_number,
    month_span,
    months_period,
    quarter_numbers,
    quarters,
    small,
    years,
)
from claimcheck.lexicon import Lexicon
from claimcheck.model import Period


def month_end(m: re.Match[str], group: str, lex: Lexicon) -> tuple[int, int]:
    """A month's number and where its name ends: a full stop after a long name ends a sentence."""
    written = m.group(group)
    name = written.rstrip(".").lower()
    end = m.end()
    if written.endswith(".") and (len(name) > 4 or name in ("may", "june", "july")):
        end -= 1
    return month_number(lex, name), end


# A month alone is a time only after one of these: "in May", "since March".
_MONTH_CUES = "in|since|by|until|till|during|through|from|of"
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_CUES})\s+$", re.I)


def quarter_rel(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the third quarter", "the third quarter this year", "next year's third-quarter": a
    quarter of the publication year, or of the year before or after it."""
    q = quarter_numbers(lex)[m.group("qr_ord").lower()]
    word = (m.group("qr_w") or m.group("qr_w2") or "this").lower()
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    year = published + {"last": -1, "this": 0, "next": 1}[word]
    return Found(m.start(), m.end(), quarters(year, q, q), relative=True)


def quarter_bare(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "Q1", "Q1-Q3" with no year: quarters of the publication year."""
    a = int(m.group("qb_a"))
    b = int(m.group("qb_b") or a)
    if published is None or b < a:
        return Found(m.start(), m.end(), None, relative=True)
    return Found(m.start(), m.end(), quarters(published, a, b), relative=True)


def month_rel(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "last September", "this January", "next June": the nearest such month before, in or
    after the publication date (which needs its month, except for "this")."""
    mo, end = month_end(m, "mr2_m", lex)
    word = m.group("mr2_w").lower()
    if published is None or (month is None and word != "this"):
        return Found(m.start(), end, None, relative=True)
    year = published
    if word in ("last", "past") and month is not None and mo >= month:
        year -= 1
    elif word in ("next", "coming") and month is not None and mo <= month:
        year += 1
    return Found(m.start(), end, months_period(year, mo, mo), relative=True)


def to_date(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "year to date", "so far this year": from January to the publication month."""
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    period = months_period(published, 1, month) if month else years(published, published)
    return Found(m.start(), m.end(), period, relative=True)


def day_range(m: re.Match[str], lex: Lexicon, published: int | None) -> Found | None:
    """ "November 19-20", "Oct. 2 to October 22", "from 2 to 7 Feb 2018": the months they span
    (periods are whole months)."""
    first = m.group("dr_m") or m.group("dr_m3")
    a = month_number(lex, first)
    b = month_number(lex, m.group("dr_m2")) if m.group("dr_m2") else a
    days = (int(m.group("dr_a") or m.group("dr_a2")), int(m.group("dr_b") or m.group("dr_b2")))
    if not all(1 <= d <= 31 for d in days) or b < a or (a == b and days[1] <= days[0]):
        return None
    year = int(m.group("dr_y")) if m.group("dr_y") else published
    if year is None:
        return Found(m.start(), m.end(), None, relative=True)
    return Found(m.start(), m.end(), months_period(year, a, b), relative=m.group("dr_y") is None)


def month_of(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "last month", "this month", "later this month": a month counted from publication."""
    if published is None or month is None:
        return Found(m.start(), m.end(), None, relative=True)
    k = {"this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}.get(
        m.group("mrl_w").lower(), -1
    )
    at = month_add(published, month, k)
    return Found(m.start(), m.end(), month_span(at, at), relative=True)


def months_of(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the past three months", "the next 6 months": whole months before or after publication."""
    n = small(lex, m.group("mg_n"))
    if published is None or month is None or not 1 <= n <= 120:
        return Found(m.start(), m.end(), None, relative=True)
    if m.group("mg_w").lower() in ("next", "coming"):
        span = (month_add(published, month, 1), month_add(published, month, n))
    else:
        span = (month_add(published, month, -n), month_add(published, month, -1))
    return Found(m.start(), m.end(), month_span(*span), relative=True)


_SPAN_MONTHS = {"year": 12, "month": 1, "quarter": 3, "half": 6, "decade": 120}


def labelled(first: tuple[int, int], last: tuple[int, int]) -> Period:
    """Months from ``first`` to ``last``, named as whole years, a half, quarters, or months."""
    if first[1] == 1 and last[1] == 12:
        return years(first[0], last[0])
    if first[0] == last[0] and (first[1] - 1) % 3 == 0 and last[1] % 3 == 0:
        if last[1] - first[1] == 5 and first[1] in (1, 7):
            return half(first[0], 1 if first[1] == 1 else 2)
        return quarters(first[0], (first[1] + 2) // 3, last[1] // 3)
    return month_span(first, last)


def span_to(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the year to September 2023", "three months to March", "six months ended September 30,
    2023", "the quarter ended March 31", "the decade to 2023": the months that end there."""
    unit = m.group("st_u").lower().rstrip("s")
    count = small(lex, m.group("st_n")) if m.group("st_n") else 1
    span = count * _SPAN_MONTHS[unit]
    year = m.group("st_y") or m.group("st_y3")  # "to September 2023", "to 30 June 2023"
    if m.group("st_y2"):
        end = (int(m.group("st_y2")), 12)
    else:
        mo = month_number(lex, m.group("st_m") or m.group("st_m2"))
        if year:
            end = (int(year), mo)
        elif published is not None and month is not None:
            end = (published if mo <= month else published - 1, mo)  # the last such month
        else:
            return Found(m.start(), m.end(), None, relative=True)
    if not 1 <= span <= 600:
        return Found(m.start(), m.end(), None, relative=True)
    first = month_add(end[0], end[1], 1 - span)
    return Found(m.start(), m.end(), labelled(first, end), relative=not (year or m.group("st_y2")))


def span_from(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the fiscal year starting in April 2024": the twelve months from there."""
    first = (int(m.group("sf_y")), month_number(lex, m.group("sf_m")))
    return Found(m.start(), m.end(), labelled(first, month_add(first[0], first[1], 11)))


def half_rel(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the first half", "the second half of the year": a half of the publication year."""
    n = halves(lex)[m.group("hr_ord").lower()]
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    return Found(m.start(), m.end(), half(published, n), relative=True)


def quarter_of(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "last quarter", "this quarter", "next quarter": counted from the publication month's."""
    if published is None or month is None:
        return Found(m.start(), m.end(), None, relative=True)
    k = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m.group("ql_w").lower(), 0)
    index = published * 4 + (month - 1) // 3 + k
    year, q = divmod(index, 4)
    return Found(m.start(), m.end(), quarters(year, q + 1, q + 1), relative=True)


def month_last_year(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found:
    """ "September last year", "May next year": that month of a year counted from publication."""
    mo = month_number(lex, m.group("mrel_m"))
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    y = published + {"last": -1, "this": 0, "next": 1}[m.group("mrel_w").lower()]
    return Found(m.start(), m.end(), months_period(y, mo, mo), relative=True)


def anaphor(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "a year earlier", "the same period of the previous year": resolved against the text's
    own time by `anaphora.resolve`; the publication year is the fallback when the text gives none."""
    g = m.group
    if g("an_n"):  # "a decade earlier": ten years
        n = small(lex, g("an_n")) * (10 if g("an_u").lower().startswith("decade") else 1)
        shift = n if (g("an_dir") or g("an_dir2")).lower() in ("later", "after") else -n
    else:
        word = (g("an_last") or g("an_w") or g("an_w2")).lower()
        shift = 1 if word in ("following", "after") else -1
    fallback = None if published is None else years(published + shift, published + shift)
    return Found(m.start(), m.end(), fallback, relative=True, shift=shift)


def same_in(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the same period of 2022": that year, resolved to the part of the year named before
    it by `anaphora.resolve`."""
    y = int(m.group("si_y"))
    return Found(m.start(), m.end(), years(y, y), same_part=True)


def whole_year(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the whole year": the year of the time before it (`anaphora.resolve`); alone, no year
    (in a January report "the full year" is the year just ended)."""
    return Found(m.start(), m.end(), None, relative=True, whole_year=True)


def ago(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "20 years ago", "two decades ago": the year that many before publication."""
    n = small(lex, m.group("ago_n")) * (10 if m.group("ago_u").lower().startswith("decade") else 1)
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    return Found(m.start(), m.end(), years(published - n, published - n), relative=True)


def past_years(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the past three years", "over the past decade": the whole years before the
    publication year."""
    n = 10 if m.group("pn_d") else small(lex, m.group("pn_n"))
    if published is None or n < 1:
        return Found(m.start(), m.end(), None, relative=True)
    return Found(m.start(), m.end(), years(published - n, published - 1), relative=True)


def year_of(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "last year", "this year", "next year", "the year before last": counted from the
    publication year."""
    if published is None:
        return Found(m.start(), m.end(), None, relative=True)
    if m.group("rel_far"):
        offset = -2 if m.group("rel_far").lower().startswith("before") else 2
    else:
        word = m.group("rel_w").lower().split()[-1]
        offset = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0,
                  "next": 1, "following": 1}[word]  # fmt: skip
    y = published + offset
    return Found(m.start(), m.end(), years(y, y), relative=True)


def month_alone(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "in May", "mid-March", "the end of March": that month of the publication year. A month
    alone is a time only after a preposition or "early"/"mid"/"late"."""
    start = m.start()
    cued = m.group("mo_part") or m.group("mo_of")  # "mid-March", "the end of March"
    if not cued and not _MONTH_BEFORE.search(m.string, max(0, start - 12), start):
        return None
    mo, end = month_end(m, "mo_m", lex)  # "in September.": the stop ends the sentence
    if published is None:
        return Found(start, end, None, relative=True)
    y = published - _looks_back(m.string, start, end, lex, month, mo)
    if m.group("mo_of") and m.group("mo_of").lower().split()[-2] == "end":
        # "by the end of December": a stock at the month's last day, which closes its year
        # too ("326.4 billion yuan by the end of December" is the year's closing figure)
        d = calendar.monthrange(y, mo)[1]
        return Found(start, end, Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)), relative=True)
    return Found(start, end, months_period(y, mo, mo), relative=True)


def month_range_alone(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "in January-February", "between January and May": those months of the publication
    year, or of the year before when the last of them comes after the publication month (as for
    `month_alone`). Only after "between"/"from", a preposition or "the"."""
    start = m.start()
    joined = m.group().lower().startswith(("between", "from"))
    if not joined and not _RANGE_BEFORE.search(m.string, max(0, start - 12), start):
        return None
    a = month_number(lex, m.group("mro_a").rstrip(".").lower())
    b, end = month_end(m, "mro_b", lex)
    if b < a:
        return None
    if published is None:
        return Found(start, end, None, relative=True)
    y = published - _looks_back(m.string, start, end, lex, month, b)
    return Found(start, end, months_period(y, a, b), relative=True)


# A range of months is a time after these too: "for January-March", "the January-March period".
_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTH_CUES}|for|over|the)\s+$", re.I)
_AROUND = 240  # how far a month's sentence is looked at for its tense, each way
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _looks_back(text: str, start: int, end: int, lex: Lexicon, month: int | None, mo: int) -> int:
    """1 when a month named without its year is last year's: it comes after the publication
    month and nothing in its sentence puts it ahead (`WordLists.future_cues`): "deposits rose
    to ... by the end of December" in April is last December; "will open in May" is this May."""
    if month is None or mo <= month:
        return 0
    lo = max(0, start - _AROUND)
    head = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    # the sentence ends at a stop before a blank or at a line's end (".\n\n" ends a paragraph:
    # the next one's "will" is not this sentence's)
    stop = _SENTENCE_END.search(text, end, end + _AROUND)
    tail = stop.start() if stop else -1
    sentence = text[head + 1 if head >= 0 else lo : tail if tail >= 0 else end + _AROUND]
    return 0 if _future(lex.words.future_cues).search(sentence) else 1


@functools.cache
def _future(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])" + phrases(cues) + r"(?!\w)", re.IGNORECASE)


def day_no_year(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "Dec.17", "March 5": that day of the publication year."""
    mo = month_number(lex, m.group("dn_m"))
    d = int(m.group("dn_d"))
    if not 1 <= d <= 31:
        return None
    if published is None:
        return Found(m.start(), m.end(), None)
    y = published - _looks_back(m.string, m.start(), m.end(), lex, month, mo)
    return Found(m.start(), m.end(), Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))


def days(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found | None:
    """A day range, read by `day_range` (which needs no month)."""
    return day_range(m, lex, published)


# Readers of the expressions resolved against the publication date (year and month).
READERS: dict[str, Reader] = {
    "qrel": quarter_rel, "qbare": quarter_bare, "mrel2": month_rel, "ytd": to_date,
    "monrel": month_of, "monrange": months_of, "spanto": span_to, "hrel": half_rel,
    "spanfrom": span_from, "samein": same_in, "wholeyear": whole_year,
    "qlast": quarter_of, "monthrel": month_last_year, "anaphor": anaphor, "ago": ago,
    "pastn": past_years, "rel": year_of, "monthonly": month_alone,
    "mrangeonly": month_range_alone, "daynoyear": day_no_year,
    "drange": days,
}  # fmt: skip
