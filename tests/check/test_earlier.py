"""An earlier level two figures of one source sentence state (check/earlier.py)."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of

FINES = (
    "Wardens in Eastfield issued 52,800 parking fines between January and June, 10% more "
    "than a year earlier, the council said."
)
COPPER = "Copper in London fell $210 to $9,140 a tonne on Monday, traders said."


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        # a level less its change in per cent, for the time before
        (FINES, "Eastfield's wardens had issued about 48,000 parking fines in the January-June "
         "period a year earlier.", "48,000"),
        # a level less its change in its unit, before the change
        (COPPER, "Before Monday's fall, copper had been trading at $9,350 a tonne.",
         "$9,350 a tonne"),
    ],
)  # fmt: skip
def test_an_earlier_level_two_figures_state(premise: str, hypothesis: str, figure: str) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-07-20")
    assert found.verdict.value == "supported", found.message
    assert "before" in found.message


def test_the_present_is_not_the_earlier_level() -> None:
    found = finding_of(COPPER, "Copper trades at $9,350 a tonne.", "$9,350 a tonne", "2024-07-20")
    assert found.verdict.value != "supported", found.message


def test_an_earlier_level_that_is_not_stated_is_not_supported() -> None:
    draft = "Eastfield's wardens had issued 40,000 parking fines in the January-June period a year earlier."
    found = finding_of(FINES, draft, "40,000", "2024-07-20")
    assert found.verdict.value != "supported", found.message


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("The Veld Quartet had sold about 162,500 tickets in the previous season.", "162,500",
         "supported"),
        ("The Veld Quartet sold some 162,500 tickets in the preceding financial year.",
         "162,500", "supported"),
    ],
)  # fmt: skip
def test_an_earlier_level_of_the_previous_season(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "The Veld Quartet sold 182,000 tickets in its 2023-24 season, up 12 per cent."
    found = finding_of(premise, hypothesis, figure, "2024-07-01")
    assert found.verdict.value == verdict, found.message
