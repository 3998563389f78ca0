"""A duration in two units is one figure (`claimcheck.check.compound`), on both sides."""

from __future__ import annotations

import pytest

from claimcheck.check.compound import joined
from claimcheck.lexicon import load
from claimcheck.tolerance import Figure
from tests.check.judging import verdict_of

MATCH = "Ferrand beat Oduya in the Kelso Open final; the match lasted four hours and 42 minutes."


@pytest.mark.parametrize(
    ("text", "figure", "end", "value"),
    [
        ("four hours and 42 minutes", Figure(4.0, "hour"), 10, 4.7),
        ("2 minutes 11 seconds", Figure(2.0, "minute"), 9, 2 + 11 / 60),
        ("3h, 20min", Figure(3.0, "hour"), 2, 3 + 20 / 60),
        ("four hours, then 42 minutes", Figure(4.0, "hour"), 10, 4.0),  # no part follows
        ("three days and 40 weeks", Figure(3.0, "day"), 10, 3.0),  # a larger unit is no part
        ("2 hours and 90 minutes", Figure(2.0, "hour"), 7, 2.0),  # more than one unit: no part
    ],
)
def test_joined(text: str, figure: Figure, end: int, value: float) -> None:
    assert joined(figure, text, end, load()).value == pytest.approx(value)


def test_a_joined_figure_is_as_precise_as_its_last_part() -> None:
    got = joined(Figure(4.0, "hour", precision=1.0), "four hours and 42 minutes", 10, load())
    assert got.precision == pytest.approx(1 / 60)


def test_a_figure_of_another_dimension_is_never_joined() -> None:
    fig = Figure(5.0, "USD")
    assert joined(fig, "$5 and 40 minutes", 2, load()) is fig


def test_the_whole_duration_is_compared() -> None:
    draft = "Ferrand's Kelso Open final against Oduya lasted more than four and a half hours."
    assert verdict_of(MATCH, draft, "four and a half hours") == "supported"
    same = "Ferrand beat Oduya in the Kelso Open final; the match lasted four hours and 42 minutes."
    assert verdict_of(MATCH, same, "four hours") == "supported"
    other = same.replace("four hours", "three hours")
    assert verdict_of(MATCH, other, "three hours") == "contradicted"
