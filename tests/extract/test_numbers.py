"""Reading a figure's value (``claimcheck.extract.numbers``) and whole mentions built on it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract
from claimcheck.extract.numbers import read_digits, read_spelled
from claimcheck.records import Quantity

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
        ("2.5^-1", "0.4"),
        ("½", "0.5"),
        ("1¾", "1.75"),
        ("2  1/4", "2.25"),
        ("1 234 567.89", "1234567.89"),
        ("40\u202f000", "40000"),
    ],
)
def test_read_digits(text: str, value: str) -> None:
    assert read_digits(text).value == Decimal(value)


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
