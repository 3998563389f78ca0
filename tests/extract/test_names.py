"""Figures that name rather than count (``claimcheck.extract.names``) and the seed-article bugs."""

from __future__ import annotations

import re

import pytest

from claimcheck.extract import extract
from claimcheck.extract import names as N
from claimcheck.model import Quantity


def quantities(text: str) -> list[Quantity]:
    return [m for m in extract(text) if isinstance(m, Quantity)]


@pytest.mark.parametrize(
    "text",
    [
        "0431-8888-1234",
        "+1-222-2222/2222",
        "192.168.1.2",
        "0431-8888",
        "+86 431 8888 1234",
        "(0431) 8888-1234",
        "0431 8888 1234",
    ],
)
def test_identifier_chain_matches_phone_numbers_and_addresses(text: str) -> None:
    assert re.fullmatch(N.IDENTIFIER_CHAIN, text, re.VERBOSE) is not None


@pytest.mark.parametrize("text", ["2021-25", "3-5", "1.5", "3/4", "+5 3", "(5) 10"])
def test_identifier_chain_leaves_ranges_and_figures(text: str) -> None:
    assert re.fullmatch(N.IDENTIFIER_CHAIN, text, re.VERBOSE) is None


def test_phone_number_is_not_a_range() -> None:
    assert quantities("Call the hotline on 0431-8888-1234 for details.") == []
    assert quantities("Call +86 431 8888 1234 or (0431) 8888-1234.") == []
    ranges = quantities("The 2021-25 plan aims for 3-5 per cent growth.")
    assert [(q.low, q.high, q.unit) for q in ranges] == [(3, 5, "percent")]


@pytest.mark.parametrize("text", ["leaders gathered for a Group of 20 summit", "the G20 summit"])
def test_group_of_20_is_a_name(text: str) -> None:
    assert quantities(text) == []


def test_a_group_of_twenty_people_still_counts() -> None:
    assert [q.value for q in quantities("a group of 20 people")] == [20]


@pytest.mark.parametrize(
    "text",
    [
        "in the first half of 2018, GDP grew",
        "half-year growth was strong",
        "the second half saw a rebound",
        "one half of the year was lost",
        "the upper half of 2017",
    ],
)
def test_half_naming_a_period_is_not_a_fraction(text: str) -> None:
    assert [q for q in quantities(text) if q.unit == "fraction"] == []
    assert [m for m in extract(text) if m.kind == "ordinal"] == []


def test_half_of_the_firms_is_still_a_fraction() -> None:
    assert [(q.value, q.unit) for q in quantities("half of the firms closed")] == [
        (0.5, "fraction")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "technology contract turnover reached 2 billion yuan",
        "contract turnover was 20.8 billion yuan",
        "the contracts signed were worth 3 billion yuan",
    ],
)
def test_contract_as_a_noun_sets_no_direction(text: str) -> None:
    assert [q.direction for q in quantities(text)] == [None]


@pytest.mark.parametrize("text", ["the economy contracted 2%", "the economy contracts by 2%"])
def test_contract_as_a_verb_is_down(text: str) -> None:
    assert [q.direction for q in quantities(text)] == ["down"]


def test_figures_in_a_web_address_are_not_quantities() -> None:
    text = "See https://www.test.com/search?q=30%25%2020% for 5% more."
    assert [(q.text, q.value) for q in quantities(text)] == [("5%", 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one and a half years", [("one and a half years", 1.5, "year")]),
        ("half of 2019's profit", [("half", 0.5, "fraction")]),
        (
            "rates rose half a percentage point",
            [("half a percentage point", 0.5, "percentage_point")],
        ),
    ],
)
def test_half_as_a_quantity(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == expected


def test_3m_is_a_company_not_three_million() -> None:
    assert quantities("the 3M Company said 3M's profit fell") == []
    assert [q.value for q in quantities("10M users")] == [10000000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("it all came to naught", []), ("all for nought", []), ("nought is 0", [0, 0])],
)
def test_naught_as_nothing(text: str, expected: list[int]) -> None:
    assert [q.value for q in quantities(text)] == expected
