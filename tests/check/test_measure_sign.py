"""Measures that are one measure with its sign turned (`opposite_measures` in frames.yaml): a
profit against a loss, a trade surplus against a deficit."""

from __future__ import annotations

import pytest

from claimcheck.framelex import load
from tests.check.judging import finding_of, verdict_of

PREMISE = (
    "Corvell Foods reported a net loss of $12 million for 2024, against a profit a year earlier."
)
TRADE = "Nevaria posted a trade deficit of $3.1 billion in March, the statistics office said."


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        (
            PREMISE,
            "Corvell Foods made a net profit of $12 million in 2024.",
            "$12 million",
            "contradicted",
        ),
        (
            PREMISE,
            "Corvell Foods posted a net loss of $12 million in 2024.",
            "$12 million",
            "supported",
        ),
        (
            PREMISE,
            "Corvell Foods made a net loss of $21 million in 2024.",
            "$21 million",
            "contradicted",
        ),
        (
            TRADE,
            "Nevaria ran a trade surplus of $3.1 billion in March.",
            "$3.1 billion",
            "contradicted",
        ),
        (TRADE, "Nevaria's trade deficit was $3.1 billion in March.", "$3.1 billion", "supported"),
    ],
)
def test_a_figure_of_the_opposite_measure_is_its_negative(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    assert verdict_of(premise, hypothesis, figure, "2025-04-10") == verdict


def test_the_reason_names_both_measures() -> None:
    f = finding_of(
        PREMISE, "Corvell Foods made a net profit of $12 million in 2024.", "$12 million"
    )
    assert "opposite measure: profit against loss" in f.match


def test_opposites_are_pairs_of_known_measures_both_ways() -> None:
    flex = load()
    assert flex.opposite_of["profit"] == "loss" and flex.opposite_of["loss"] == "profit"
    assert all(flex.opposite_of[b] == a for a, b in flex.opposite_of.items())
    assert set(flex.opposite_of) <= set(flex.measure_of.values())


def test_shares_of_sales_and_of_revenue_are_one_measure() -> None:
    premise = "Online sales accounted for 27 percent of Brio's group revenue in 2024."
    assert verdict_of(premise, "Online made up 27 percent of Brio's sales in 2024.", "27 percent",
                      "2025-03-01") == "supported"  # fmt: skip
    assert verdict_of(premise, "Online made up 32 percent of Brio's sales in 2024.", "32 percent",
                      "2025-03-01") == "contradicted"  # fmt: skip


def test_equivalent_measures_are_pairs_of_known_measures() -> None:
    flex = load()
    assert flex.same_as["revenue_share"] == flex.same_as["sales_share"] == "market_share"


def test_a_companys_sales_are_its_revenue_and_a_longer_name_says_more() -> None:
    premise = (
        "Ferry operator Solway Line's pre-tax profit fell to £42 million. Revenue rose 9 "
        "percent to £688 million."
    )
    assert verdict_of(premise, "Sales at Solway Line climbed 19% to £688m.", "19%",
                      "2024-03-14") == "contradicted"  # fmt: skip
    assert verdict_of(premise, "Sales at Solway Line climbed 9% to £688m.", "9%",
                      "2024-03-14") == "supported"  # fmt: skip
    # the draft's "Mac" is not in the source: Apple's revenue says nothing of Mac sales
    apple = "Apple reported quarterly revenue of $81.8 billion, down 1 percent."
    assert verdict_of(apple, "Apple Mac sales fell 2% in the quarter.", "2%") != "contradicted"


@pytest.mark.parametrize(
    ("hypothesis", "verdict"),
    [
        ("Acme's revenue fell to $2.3 billion in 2023.", "contradicted"),
        ("Acme's revenue rose to $2.3 billion in 2023.", "supported"),
        ("Acme's revenue reached $2.3 billion in 2023.", "supported"),
    ],
)
def test_a_level_reached_the_other_way_is_wrong(hypothesis: str, verdict: str) -> None:
    premise = "Acme's revenue rose 5% to $2.3 billion in 2023, the company said."
    assert verdict_of(premise, hypothesis, "$2.3 billion") == verdict


def test_the_message_says_which_way_the_level_went() -> None:
    premise = "Acme's revenue rose 5% to $2.3 billion in 2023, the company said."
    found = finding_of(premise, "Acme's revenue fell to $2.3 billion in 2023.", "$2.3 billion")
    assert "a rise to $2.3 billion" in found.message
