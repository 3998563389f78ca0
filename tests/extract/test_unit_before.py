"""A unit written before its figure (``claimcheck.extract.unit_before``): "percent of 10"."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def amounts(text: str) -> list[tuple[str, float | int | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in extract(text) if isinstance(m, Quantity)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Growth: percent of 10.", "percent of 10", 10),
        ("Inflation hit per cent of 3, officials said.", "per cent of 3", 3),
        ("Target (per cent of twenty-two)", "per cent of twenty-two", 22),
        ("percents of twenty", "percents of twenty", 20),
    ],
)
def test_percent_of_a_figure_ending_its_clause(text: str, surface: str, value: float) -> None:
    assert (surface, value, "percent") in amounts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner or question word makes "percent" a noun
        ("The percent of 18-year-olds rose.", [("18-year", 18, "year")]),
        ("What percent of 10 is 2?", [("10", 10, None), ("2", 2, None)]),
        ("20 is what percent of 80?", [("20", 20, None), ("80", 80, None)]),
        ("Only a small percent of 10.", [("10", 10, None)]),
        ("Each percent of 10.", [("10", 10, None)]),
        # another figure owns the "percent"
        ("Find 15 percent of 200.", [("15 percent", 15, "percent"), ("200", 200, None)]),
        ("It is fifteen percent of 200.", [("fifteen percent", 15, "percent"), ("200", 200, None)]),
        # a scale's name
        ("It is expressed in percent of 100.", [("100", 100, None)]),
        # the figure counts a noun, or the clause goes on
        ("percent of 10 people", [("10", 10, None)]),
        ("percent of 10 in 2019", [("10", 10, None)]),
    ],
)
def test_percent_of_that_is_a_share(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert amounts(text) == expected
