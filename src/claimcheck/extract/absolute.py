"""Readings of time expressions that name their own dates: "2024-05-20", "H1 2018", "the 1990s".

One small reader per alternative of the period pattern (`READERS`, keyed by the alternative's
group name), each turning its match into a `Found` with a `Period`, or None when the words are
no date after all ("May to March 2018" runs backwards). Readings that need the publication
date are in `relative`; both tables share the reader signature (`timeparts.Reader`).
"""

from __future__ import annotations

import re

from claimcheck.extract.timeparts import (
    Found,
    Reader,
    half,
    halves,
    month_number,
    months_period,
    quarter_numbers,
    quarters,
    small,
    years,
)
from claimcheck.lexicon import Lexicon
from claimcheck.model import Period

# Before a year earlier than 1900, what makes it one: "in 1848", "since 1789".
_OLD_YEAR_BEFORE = re.compile(r"(?:in|since|by|from|of|until)\s+$", re.I)


def _day(m: re.Match[str], y: int, mo: int, d: int) -> Found:
    return Found(m.start(), m.end(), Period(f"{y}-{mo:02d}-{d:02d}", (y, mo), (y, mo)))


def iso(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "2024-05-20"."""
    return _day(m, int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))


def half_year(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the first half of 2018", "upper half of 2017"."""
    return Found(
        m.start(), m.end(), half(int(m.group("half_y")), halves(lex)[m.group("half_ord").lower()])
    )


def half_code(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "H1 2018", "2018H1", "1H 2018", "1H24"."""
    g = m.group
    n = g("hc_n") or g("hc_n2") or g("hc_n3") or g("hc_n4")
    year = g("hc_y") or g("hc_y2") or g("hc_y3") or f"20{g('hc_y4')}"  # "1H24"
    return Found(m.start(), m.end(), half(int(year), int(n)))


def fiscal_short(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "FY24": the fiscal year that ends in 2024, named by its calendar year."""
    y = 2000 + int(m.group("fy_y"))
    return Found(m.start(), m.end(), years(y, y), value=y)


def first_quarters(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found:
    """ "the first three quarters of 2023"; else of the publication year ("of this year"), or,
    naming no year, of the year before when they had not ended by the publication month (a
    report of February 2024 on "the first three quarters" speaks of 2023)."""
    n = small(lex, m.group("qm_n"))
    year = int(m.group("qm_y")) if m.group("qm_y") else published
    if year is None:
        return Found(m.start(), m.end(), None, relative=True)
    named = m.group("qm_y") or "year" in m.group().lower()  # "of 2023", "of this year"
    if not named and month is not None and month <= 3 * n:
        year -= 1
    return Found(
        m.start(),
        m.end(),
        quarters(year, 1, n),
        relative=not m.group("qm_y"),
    )


def quarter(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the third quarter of 2023"."""
    q = quarter_numbers(lex)[m.group("q_ord").lower()]
    return Found(m.start(), m.end(), quarters(int(m.group("q_y")), q, q))


def quarter_code(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "Q3 2023", "Q1-Q3 2023", "2023Q3"."""
    g = m.group
    if g("qc_y2"):
        q = int(g("qc_a2"))
        return Found(m.start(), m.end(), quarters(int(g("qc_y2")), q, q))
    a = int(g("qc_a"))
    b = int(g("qc_b") or a)
    return Found(m.start(), m.end(), quarters(int(g("qc_y")), a, max(a, b)))


def month_numeric(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found:
    """ "11/2016", "05-2018"."""
    mo = int(m.group("mn_m"))
    return Found(m.start(), m.end(), months_period(int(m.group("mn_y")), mo, mo))


def month_range(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "between January and May 2018"; None when the months run backwards."""
    a, b = month_number(lex, m.group("mr_a")), month_number(lex, m.group("mr_b"))
    if b < a:
        return None
    return Found(m.start(), m.end(), months_period(int(m.group("mr_y")), a, b))


def first_months(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "the first five months of 2018" (of the publication year: "of the year")."""
    n = small(lex, m.group("mf_n"))
    year = int(m.group("mf_y")) if m.group("mf_y") else published
    if not 1 <= n <= 12 or year is None:
        return None
    return Found(m.start(), m.end(), months_period(year, 1, n), relative=not m.group("mf_y"))


def day(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "March 7, 2024", "7 March 2024"."""
    g = m.group
    return _day(
        m,
        int(g("d_y") or g("d_y2")),
        month_number(lex, g("d_m") or g("d_m2")),
        int(g("d_d") or g("d_d2")),
    )


def month_year(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "August 2022", "May, 2018"."""
    y, mo = int(m.group("my_y")), month_number(lex, m.group("my_m"))
    return Found(m.start(), m.end(), months_period(y, mo, mo))


def year_range(
    m: re.Match[str], lex: Lexicon, published: int | None, month: int | None
) -> Found | None:
    """ "from 2015 to 2017", "2021-25"; "2016-11" and "2016/11" are a month."""
    a = int(m.group("yr_a"))
    raw_b = m.group("yr_b")
    b = int(raw_b) if len(raw_b) == 4 else a // 100 * 100 + int(raw_b)
    if (
        b <= a
        and len(raw_b) == 2
        and 1 <= int(raw_b) <= 12
        and m.group().strip()[4:].strip()[0] in "-/"
    ):
        return Found(m.start(), m.end(), months_period(a, int(raw_b), int(raw_b)))
    if b <= a:
        return None
    return Found(m.start(), m.end(), years(a, b), low=a, high=b)


def plan(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the 14th Five-Year Plan": an ordinal, whose period is the plan's years."""
    n = int(m.group("plan_n"))
    span = lex.five_year_plans.get(n)
    return Found(m.start(), m.end(), years(*span) if span else None, kind="ordinal", value=n)


def part_year(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "mid-2019", "late 2023": within the year (periods are months)."""
    y = int(m.group("py_y"))
    return Found(m.start(), m.end(), years(y, y), value=y)


def decade(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "the 1990s": its years, and its first and last as a range's ends."""
    first = int(m.group("dec_y")) * 10
    return Found(m.start(), m.end(), years(first, first + 9), low=first, high=first + 9)


def clock(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found:
    """ "07:20", "5 pm": a time of day, found so that its figures are no quantities."""
    return Found(m.start(), m.end(), None)


def year(m: re.Match[str], lex: Lexicon, published: int | None, month: int | None) -> Found | None:
    """ "2003", "FY2019"; a year before 1900 only after a preposition ("in 1848")."""
    y = int(m.group("y"))
    start = m.start()
    if y < 1900 and not _OLD_YEAR_BEFORE.search(m.string[max(0, start - 8) : start]):
        return None
    return Found(start, m.end(), years(y, y), value=y)


READERS: dict[str, Reader] = {
    "iso": iso, "half": half_year, "hcode": half_code, "fy2": fiscal_short,
    "qmulti": first_quarters, "quarter": quarter, "qcode": quarter_code, "mnum": month_numeric,
    "mrange": month_range, "mfirst": first_months, "day": day, "monthyear": month_year,
    "yrange": year_range, "plan": plan, "partyear": part_year, "decade": decade, "clock": clock,
    "year": year,
}  # fmt: skip
