"""Figures written in several parts (``claimcheck.extract.compound``) and scale suffixes."""

from __future__ import annotations

import re

import pytest

from claimcheck import lexicon
from claimcheck.extract import compound as C
from claimcheck.extract import context_patterns as CP
from claimcheck.extract import extract
from claimcheck.model import Quantity


def values(text: str) -> list[tuple[str, object, object]]:
    return [(m.text, m.value, m.unit) for m in extract(text) if isinstance(m, Quantity)]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (" over ", True),
        (" out of ", True),
        (" out  of ", True),
        (" in ", True),
        (" overall ", False),
    ],
)
def test_ratio_join(text: str, ok: bool) -> None:
    assert (re.fullmatch(C.RATIO_JOIN, text, re.I) is not None) == ok


@pytest.mark.parametrize(
    ("text", "ok"), [(".", True), ("", True), (" is", True), (" years", False)]
)
def test_over_end(text: str, ok: bool) -> None:
    assert (re.match(C.OVER_END, text, re.I) is not None) == ok


def test_continue_join_and_and_a_half() -> None:
    assert re.fullmatch(C.CONTINUE_JOIN, " and ", re.I) is not None
    assert re.fullmatch(CP.and_a_half(lexicon.load()), " and a half", re.I) is not None
    assert re.fullmatch(CP.and_a_half(lexicon.load()), " and one half", re.I) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one over three.", [("one over three", 1 / 3, "fraction")]),
        ("the answer is negative one over 20", [("negative one over 20", -0.05, "fraction")]),
        ("3 out of 10 people agree", [("3 out of 10", 0.3, "fraction")]),
        ("one in three adults is obese", [("one in three", 1 / 3, "fraction")]),
        ("1 in 4 people", [("1 in 4", 0.25, "fraction")]),
        ("a one in a million chance", [("one in a million", 1e-06, "fraction")]),
        ("10 out of 10", [("10 out of 10", 1, "fraction")]),
        ("he scored 2 in 10 minutes", [("2", 2, None), ("10 minutes", 10, "minute")]),
        # "in" after the denominator is inches only before what inches take ("thick", an end)
        ("up from one in four in 2010", [("one in four", 0.25, "fraction")]),
        # a part with decimals "out of" a whole is a score on its scale, no share
        ("the score fell to 6.25 out of 10", [("6.25 out of 10", 6.25, None)]),
        ("two in 10 in Leeds", [("two in 10", 0.2, "fraction")]),
        ("the team won 2 over 1.", [("2", 2, None), ("1", 1, None)]),
        ("rose 5% over 3 years", [("5%", 5, "percent"), ("3 years", 3, "year")]),
        ("sales rose by 12 over 2018.", [("12", 12, None)]),
        ("I can give you 3 hundred and 21 yuan.", [("3 hundred and 21 yuan", 321, "CNY")]),
        ("4 thousand 3 hundred and 21 is valid", [("4 thousand 3 hundred and 21", 4321, None)]),
        ("6 crore and two hundred", [("6 crore and two hundred", 60000200, None)]),
        ("3 million and a half", [("3 million and a half", 3500000, None)]),
        (
            "between 2 million and 500,000 people",
            [("2 million", 2000000, None), ("500,000", 500000, None)],
        ),
    ],
)
def test_compound_figures(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US$ 1MM", [("US$ 1MM", 1000000, "USD")]),
        ("10M users", [("10M", 10000000, None)]),
        ("1.2b users", [("1.2b", 1200000000, None)]),
        ("2.33 k", [("2.33 k", 2330, None)]),
        ("10 tln", [("10 tln", 10000000000000, None)]),
        ("Section 5b", []),
        ("a 90m tower", [("90m", 90, "metre")]),
    ],
)
def test_scale_suffixes(text: str, expected: list[tuple[str, object, object]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "ok"), [("between ", True), ("from  ", True), ("frombetween ", False)]
)
def test_range_opening(text: str, ok: bool) -> None:
    assert (re.search(C.RANGE_OPENING, text, re.I) is not None) == ok


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 hundred thousand people", 300000),
        ("Rs 5 lakh crore", 5 * 10**12),
        ("2 thousand million", 2 * 10**9),
    ],
)
def test_stacked_scale_words_multiply(text: str, value: int) -> None:
    assert [v for _, v, _ in values(text)] == [value]
