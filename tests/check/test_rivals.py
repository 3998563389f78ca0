"""Phrases of rival bases and definitions a draft says where its source says another
(check/rivals.py)."""

from __future__ import annotations

import pytest

from claimcheck.check.rivals import rivals_unsaid


@pytest.mark.parametrize(
    ("clause", "sentence", "figure", "unsaid"),
    [
        ("annual inflation stood at 250%", "monthly inflation slowed to 11.0%", "11.0%",
         ["annual inflation"]),
        ("exports rose 8% year on year", "exports rose 2% month on month", "2%", ["year on year"]),
        ("exports rose 8% year on year", "exports rose 8% from a year earlier", "8%", []),
        ("quarterly revenue rose 42%", "revenue for the quarter, up 24% from a year earlier", "24%",
         []),  # a level's period, no base
        ("annual inflation stood at 250%", "inflation slowed to 11.0%", "11.0%", []),  # no rival
        ("the expanded unemployment rate stood at 41.9%",
         "the official unemployment rate climbed to 32.9%", "32.9%", ["expanded unemployment"]),
        ("core inflation eased to 3.1%", "headline inflation eased to 3.4%", "3.4%",
         ["core inflation"]),
        # beside another figure, a figure's part of its clause is read alone
        ("sales fell 8.3% from the previous quarter",
         "sales were up 19.6% from a year earlier and 8.3% higher than in the second quarter",
         "19.6%", ["the previous quarter"]),
        ("sales fell 8.3% from the previous quarter",
         "sales were up 19.6% from a year earlier and 8.3% higher than in the second quarter",
         "8.3%", []),
    ],
)  # fmt: skip
def test_a_base_of_change_the_source_rivals(
    clause: str, sentence: str, figure: str, unsaid: list[str]
) -> None:
    assert rivals_unsaid(clause, sentence, figure) == unsaid
