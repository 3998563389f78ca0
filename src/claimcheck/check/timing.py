"""Time rules of the verdicts: when two period labels name the same time, and what time an
undated or earlier source figure speaks for (`claimcheck.check.verdict` applies them).

- Two periods are the *same* when their labels are equal, when they name the same months
  ("2018-H1" and "2018-01..06"), when one is a day that closes the other ("the year to 31
  December 2023" is 2023's), when one is a span of years that ends in the other's single
  year ("by 2025" and "2021-25"), or when two spans of years of one end start a year apart
  ("between 2010 and 2020" and "the decade to 2020"), or when two years written as one
  ("2022-23") name twelve months that run from the first into the second (a financial year).
- An undated figure of a source speaks for its publication time (`recent`), give or take
  `RECENT_MONTHS`; a physical size speaks for any time; an earlier ("previous") figure with no
  period speaks for none.
"""

from __future__ import annotations

import re

from claimcheck import framelex
from claimcheck.check.candidates import Candidate
from claimcheck.model import Role, months_of

RECENT_MONTHS = 12  # how far before its publication an undated source figure still speaks
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPAN = re.compile(r"^(\d{4})\.\.(\d{4})$")
_PHYSICAL = frozenset({"length", "area", "volume", "mass", "speed", "temperature"})


def same_period(a: str, b: str) -> bool:
    """True when two period labels name the same time (see the module docstring)."""
    if a == b:
        return True
    ma, mb = months_of(a), months_of(b)
    if ma is not None and ma == mb:
        return True  # "2018-H1" and "2018-01..06", "2015-Q3" and "2015-07..09"
    for day, whole, months in ((a, b, mb), (b, a, ma)):
        # a figure at a date is the figure of the period it closes ("£4.62 billion in the year
        # to 31 December 2023" is 2023's)
        if _DAY.match(day) and months is not None and _YEAR.match(whole[:4]):
            d = (int(day[:4]), int(day[5:7]))
            if d == months[1]:
                return True
    for one, other, months in ((a, b, mb), (b, a, ma)):
        span, year = _SPAN.match(one), _YEAR.match(other)
        if span and year and span.group(2) == year.group(1):
            return True
        if span and months and _split_year(int(span.group(1)), int(span.group(2)), months):
            return True
    return _same_decade(a, b)


def same_time(c: Candidate, period: str) -> bool:
    """True when a candidate speaks for ``period``: the same period (`same_period`), or, for a
    change on a year earlier, its month and the twelve months to it ("8 percent more than a
    year earlier" in July is the rise in the year to July), and so for a level that holds at a
    time, a stock (`_holds`: "rents rose 9.2% in the year to March, to £2,121 a month" is
    March's rent; a flow, "exports of $2.3bn in the year to March", is no month's)."""
    if c.period is None:
        return False
    if same_period(period, c.period):
        return True
    if c.frame is None or (c.frame.role is not Role.change and not _holds(c)):
        return False
    a, b = months_of(c.period), months_of(period)
    if a is None or b is None:
        return False
    return any(
        x[0] == x[1] and y[1] == x[1] and plus(y[0], 11) == y[1] for x, y in ((a, b), (b, a))
    )


def _holds(c: Candidate) -> bool:
    """True when a candidate is a level that holds at a time: a rate or a price per unit, a
    proportion, or a measure of `stock_measures` (``frames.yaml``)."""
    frame = c.frame
    if frame is None or frame.role not in (Role.level, Role.counted, Role.share):
        return False
    if c.dimension in ("ratio", "rate"):
        return True
    flex = framelex.load()
    measure = (frame.measure or "").removesuffix("_share")
    return measure in flex.stocks or measure in flex.proportions or measure in flex.per_item


def _split_year(first: int, last: int, months: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """True for twelve months that run from ``first`` into ``last``, the year after: "2022-23"
    is the financial year ending March 2023, a season of 2022-23."""
    (y0, m0), (y1, m1) = months
    return last == first + 1 and (y0, y1) == (first, last) and m0 > 1 and m1 == m0 - 1


def _same_decade(a: str, b: str) -> bool:
    """True for two spans of years with one end whose starts are a year apart: a change
    "between 2010 and 2020" is the change "over the decade to 2020" (2011..2020), counted from
    the level at the end of 2010."""
    x, y = _SPAN.match(a), _SPAN.match(b)
    if not (x and y) or x.group(2) != y.group(2):
        return False
    first, second = sorted((int(x.group(1)), int(y.group(1))))
    return second - first == 1 and int(x.group(2)) - second >= 2


def previous(c: Candidate) -> bool:
    """True when a candidate is an earlier figure ("up from 421")."""
    return c.frame is not None and c.frame.role is Role.previous


def undated(c: Candidate) -> bool:
    """An undated candidate that speaks for its source's present (not an earlier figure)."""
    return c.period is None and not previous(c)


def timeless(c: Candidate, period: str) -> bool:
    """True when an undated candidate may speak for ``period``: its source names no
    publication date, or was published at the time of the period (`recent`), or the figure is
    a physical size, which time does not change ("a bridge 55 kilometres long")."""
    if not undated(c):
        return False
    if c.published is None or recent(period, c.published) or c.dimension in _PHYSICAL:
        return True
    if _ahead(c, period):
        return True
    # a span that ends by the publication ("grew 36 percent between 2010 and 2020" in a
    # census report of 2021): an undated change there is the change up to its end
    months, pub = months_of(period), month_of(c.published)
    return bool(
        months
        and pub
        and plus(pub, -2 * RECENT_MONTHS) <= months[1] <= pub
        and months[0][0] < months[1][0]  # a span of years, not one year
    )


def _ahead(c: Candidate, period: str) -> bool:
    """True when an undated plan or forecast speaks for ``period``, which begins after its
    source's publication and within `RECENT_MONTHS` of it ("pensions will rise by 12.12% from
    March 1", published in February, is March's rise)."""
    if c.frame is None or c.frame.role not in (Role.forecast, Role.target) or not c.published:
        return False
    months, pub = months_of(period), month_of(c.published)
    return bool(months and pub and pub < months[0] <= plus(pub, RECENT_MONTHS))


def month_of(date: str) -> tuple[int, int] | None:
    """(year, month) of a date such as ``2024-03-14``, ``2024-03`` or ``2024``."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date)
    return (int(m.group(1)), int(m.group(2) or 12)) if m else None


def plus(month: tuple[int, int], n: int) -> tuple[int, int]:
    total = month[0] * 12 + month[1] - 1 + n
    return (total // 12, total % 12 + 1)


def recent(period: str, published: str | None) -> bool:
    """True when ``period`` lies within `RECENT_MONTHS` of ``published``, give or take the
    period's own length up to a year: the time an undated figure of a source published then
    speaks for (2023 or 2024 for a source of March 2024; not 2010..2020)."""
    months = months_of(period)
    pub = month_of(published) if published else None
    if months is None or pub is None:
        return False
    first, last = months
    return plus(pub, -2 * RECENT_MONTHS) <= first <= pub <= plus(last, RECENT_MONTHS)


def latest(candidates: list[Candidate]) -> Candidate:
    """The candidate of the latest period (an undated one speaks for its publication date),
    preferring a figure of its own time to a previous one."""

    def when(c: Candidate) -> tuple[bool, tuple[int, int]]:
        months = months_of(c.period) if c.period else None
        end = months[1] if months else (month_of(c.published) if c.published else None)
        return (not previous(c), end or (0, 0))

    return max(candidates, key=when)


def so_far(c: Candidate, period: str) -> bool:
    """True when ``period`` is a year that a source published during it gives a total for up
    to a month: "42,200 cases in the first ten months of the year", published in November, is
    the year so far, which a draft's "over 40,000 cases this year" may cite (a total only grows;
    a rate of part of a year is no rate of the year)."""
    months, year = months_of(c.period) if c.period else None, _YEAR.match(period)
    pub = month_of(c.published) if c.published else None
    return bool(
        c.dimension not in ("ratio", "ratio_change")
        and months
        and year
        and pub
        and months[0] == (int(period), 1)
        and months[1][0] == int(period)
        and pub[0] == int(period)
    )


def held_within(c: Candidate, period: str) -> bool:
    """True when a physical size is given for a time within ``period`` ("the 55-kilometre
    bridge opened in October 2018": 55 km long in 2018 too); a size does not change with the
    month it was reported in."""
    if c.dimension not in _PHYSICAL or c.period is None:
        return False
    inner, outer = months_of(c.period), months_of(period)
    return inner is not None and outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]
