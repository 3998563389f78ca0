"""Inputs the fuzz run (``python benchmarks/fuzz.py``) found breaking a rule, each kept as a
regression test with the properties it broke (`tests.strategies`)."""

from __future__ import annotations

import pytest
from tests.strategies import check_document, check_draft

from claimcheck.extract import extract

FOUND = [
    "0-0,000/0 ",  # a grouped fraction part after a dash: int("0,000") raised ValueError
    "1,000/3",
    "5 to 1,000/7",
    "0 000 ¼ ",  # a grouped whole part before a vulgar fraction: int("0 000") raised
    "1\u202f000 ¾ tonnes",
    "2 000 1/2 tonnes",
    "\r <!A ",  # an HTML block after a lone CR: markdown-it counts it as a line, we did not
    "GDP\rgrew *8*%\r\rx <p>9%</p>\r",
]


@pytest.mark.parametrize("text", FOUND)
def test_found_by_fuzzing(text: str) -> None:
    check_document(text)
    check_draft(text)


def test_grouped_fraction_parts_read_as_their_digits() -> None:
    assert [(m.low, m.high) for m in extract("5 to 1,000/8 tonnes")] == [(5, 125)]


def test_a_conversion_keeps_its_source_when_items_before_it_are_dropped() -> None:
    """A conversion names its source figure by index; items dropped before it (a bond's
    maturity, digits that are no figure) used to leave it pointing past the end."""
    from pathlib import Path

    source = Path(__file__).parents[1] / "check/devset/sources/hanling-daily-2019-h1-economy.md"
    text = source.read_text("utf-8")
    found = extract(text + "\n" + text)
    assert len(found) >= 2 * len(extract(text)) - 4
