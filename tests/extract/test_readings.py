"""Readings of less common English forms: spans of years, "a" + unit, counting words, coins,
products of powers, named quantities, spelled compounds and "from A to B" ranges."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.records import DateMention, Quantity


def quantities(text: str) -> list[Quantity]:
    return [m for m in extract(text) if isinstance(m, Quantity)]


def readings(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(q.text, q.value, q.low, q.high, q.unit) for q in quantities(text)]


def dates(text: str) -> list[DateMention]:
    return [m for m in extract(text) if isinstance(m, DateMention)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("It grew fast by the end of the 1960s.", 1960, 1969),
        ("In the 1990s output doubled.", 1990, 1999),
        ("From 2015 to 2017, turnover grew.", 2015, 2017),
        ("The plan for 2021-25 was set.", 2021, 2025),
    ],
)
def test_a_span_of_years_keeps_its_first_and_last_year(text: str, low: int, high: int) -> None:
    (d,) = dates(text)
    assert (d.value, d.low, d.high) == (None, low, high)


@pytest.mark.parametrize("text", ["In 1979 it opened.", "It opened in May 2018.", "In the 2018-H1 report."])
def test_a_single_year_or_month_is_no_span(text: str) -> None:
    assert all(d.low is None and d.high is None for d in dates(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("A kibibyte is 8x2^10 bits.", 8192, "bit"), ("It spans 3 × 2^-1 m.", 1.5, "metre")],
)
def test_a_figure_times_a_power_of_another_base(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in quantities(text) if q.unit == unit]
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["a 2x4 board", "a 3x2 grid of 5 cells"])
def test_a_product_without_a_caret_is_no_power(text: str) -> None:
    assert all(q.value != 9 and q.value != 8 for q in quantities(text))
