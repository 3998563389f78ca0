"""Reading a figure's value (``claimcheck.extract.numbers``) and whole mentions built on it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract
from claimcheck.extract.numbers import read_digits, read_spelled
from claimcheck.model import Quantity

LEX = lexicon.load()


def values(text: str) -> list[tuple[str, object]]:
    return [
        (m.text, (m.low, m.high) if m.is_range else m.value)
        for m in extract(text)
        if isinstance(m, Quantity)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (".08", "0.08"),
        ("1.5e6", "1500000"),
        ("-12e-1", "-1.2"),
        ("12.32e+14", "1232000000000000"),
        ("1.2 x 10^5", "120000"),
        ("1.2×10⁵", "120000"),
        ("2.48×10−5", "0.0000248"),
        ("3 x 10⁻²", "0.03"),
        ("2.5^-1", "0.4"),
        ("½", "0.5"),
        ("1¾", "1.75"),
        ("2  1/4", "2.25"),
        ("1 234 567.89", "1234567.89"),
        ("40\u202f000", "40000"),
        ("8x2^10", "8192"),
        ("3 × 2^-1", "1.5"),
        ("1.5x3^2", "13.5"),
    ],
)
def test_read_digits(text: str, value: str) -> None:
    assert read_digits(text).value == Decimal(value)


def test_product_of_a_power_scales_its_precision() -> None:
    assert read_digits("8x2^10").precision == Decimal(1024)


def test_scientific_notation_keeps_its_precision() -> None:
    assert read_digits("1.5e6").precision == Decimal("1e5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 1.5e6 people", [("1.5e6", 1500000)]),
        ("the population is 1 414 021 100.", [("1 414 021 100", 1414021100)]),
        ("add ½ cup", [("½ cup", 0.5)]),
        ("a rate of .08", [(".08", 0.08)]),
    ],
)
def test_digits_in_text(text: str, expected: list[tuple[str, object]]) -> None:
    assert values(text) == expected


def test_read_spelled_is_none_for_non_numbers() -> None:
    assert read_spelled("hello", LEX) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred and twenty-three thousand", "123000"),
        ("two hundred point seventy-one", "200.71"),
        ("nine point nought four", "9.04"),
        ("nought point nought three", "0.03"),
        ("three dozens", "36"),
        ("three hundred and two dozen", "324"),
        ("half a dozen", "6"),
        ("three fifths", "0.6"),
        ("one twenty-fifth", "0.04"),
        ("one hundred and thirty fifths", "26"),
        ("twenty and three fifths", "20.6"),
        ("one and a half", "1.5"),
        ("two and a half million", "2500000"),
        ("one million and a half", "1500000"),
        ("five billion and three quarters", "5750000000"),
        ("one billion and a half million", "1000500000"),
        ("a hundred thousand trillionths", "1E-7"),
    ],
)
def test_read_spelled(text: str, value: str) -> None:
    reading = read_spelled(text, LEX)
    assert reading is not None and reading.value == Decimal(value)


def test_two_thirds_of_a_million() -> None:
    reading = read_spelled("two thirds of a million", LEX)
    assert reading is not None and round(reading.value) == 666667


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("growth was minus five percent", [("minus five percent", -5)]),
        ("the answer is negative one", [("negative one", -1)]),
        ("a margin of plus or minus 3 percent", [("3 percent", 3)]),
        ("dozens of people and a dozen eggs", [("dozens of", (24, 99)), ("a dozen", 12)]),
        ("half a dozen firms", [("half a dozen", 6)]),
        ("two thirds of a million homes", [("two thirds of a million", 666666.6666666666)]),
    ],
)
def test_spelled_in_text(text: str, expected: list[tuple[str, object]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in one hundred and twenty-third place", ("one hundred and twenty-third", 123)),
        ("the two millionth visitor", ("two millionth", 2000000)),
        ("the thirtieth anniversary", ("thirtieth", 30)),
    ],
)
def test_spelled_ordinals(text: str, expected: tuple[str, int]) -> None:
    assert [(m.text, m.value) for m in extract(text) if m.kind == "ordinal"] == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [("a three-quarter stake", 0.75), ("two millionths", 2e-06), ("one twenty-fifth", 0.04)],
)
def test_fractions_are_not_ordinals(text: str, value: float) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a third and a quarter of voters", [("a third", 1 / 3), ("a quarter", 0.25)]),
        ("three fifths and two thirds", [("three fifths", 0.6), ("two thirds", 2 / 3)]),
    ],
)
def test_spelled_words_that_are_two_numbers_are_both_read(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they were playing three-nought-four", [("three", 3), ("nought", 0), ("four", 4)]),
        ("nineteen eighty-four", [("nineteen", 19), ("eighty-four", 84)]),
        ("between five and six people", [("between five and six", (5, 6))]),
    ],
)
def test_number_words_in_a_row_that_are_not_one_number(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("two million", 1_000_000),
        ("two hundred", 1),
        ("three thousand four hundred", 1),
        ("nine hundred and ninety-nine thousand nine hundred and ninety-nine", 1),
        ("five million three hundred thousand", 1000),
    ],
)
def test_spelled_precision_is_as_if_written_in_figures(text: str, precision: int) -> None:
    """ "two million" is as rough as "2 million"; a figure after the last multiplier is exact."""
    read = read_spelled(text, LEX)
    assert read is not None and read.precision == precision
