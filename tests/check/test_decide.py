"""Counts, and what a draft's figure counts (check/decide.py)."""

from __future__ import annotations

from tests.check.judging import verdict_of


def test_counts_of_a_charge_are_a_count_of_something() -> None:
    premise = "A jury convicted the nurse of three counts of manslaughter on Thursday."
    draft = "The nurse was convicted on five counts of manslaughter."
    assert verdict_of(premise, draft, "five") == "contradicted"
    assert verdict_of(premise, draft.replace("five", "three"), "three") == "supported"


def test_a_share_of_a_market_is_a_market_share() -> None:
    premise = "Hybrids took a 31 percent share of the van market in Norland last year."
    draft = "Hybrids took 13% of Norland's van market last year."
    assert verdict_of(premise, draft, "13%", "2024-03-01") == "contradicted"


def test_degrees_compare_as_temperatures() -> None:
    premise = "March 2024 was the warmest March on record, with the average air temperature 1.3C above the 1991-2020 average."
    assert verdict_of(premise, "March 2024 was 3.1C warmer than the 1991-2020 average", "3.1C") == (
        "contradicted"
    )
    headline = "Temperatures reached 46.2C in Corvado on Saturday, a June record for Tellmark."
    assert verdict_of(headline, "Tellmark sets June record of 42.6C", "42.6C") == "contradicted"


def test_two_floors_agree_only_when_the_drafts_is_not_higher() -> None:
    premise = (
        "The storm killed at least 16 people in Norland and left 3 million homes without power."
    )
    assert verdict_of(premise, "At least 61 people died in Norland in the storm.", "61") == (
        "contradicted"
    )
    assert verdict_of(premise, "At least 10 people died in Norland in the storm.", "10") == (
        "supported"
    )


def test_core_inflation_is_not_the_headline_rate() -> None:
    premise = (
        "Inflation in the euro zone eased to 2.5 percent in June from 2.6 percent in May, "
        "while core inflation held at 2.9 percent."
    )
    draft = "Euro zone core inflation slowed to 2.5% in June."
    assert verdict_of(premise, draft, "2.5%", "2024-07-01") == "contradicted"
    assert verdict_of(premise, "Eurozone inflation slowed to 2.4% in June.", "2.4%",
                      "2024-07-01") == "contradicted"  # fmt: skip
    assert verdict_of(premise, "Eurozone inflation cooled to 2.5% in June.", "2.5%",
                      "2024-07-01") == "supported"  # fmt: skip


def test_the_present_never_contradicts_an_earlier_figure_of_the_draft() -> None:
    premise = "Opening a company in Norvik now takes three working days."
    draft = "Registering a company in Norvik used to take 15 working days."
    assert verdict_of(premise, draft, "15 working days") == "unsupported"
    now = "Setting up a company in Norvik now takes five working days."
    assert verdict_of(premise, now, "five working days") == "contradicted"


def test_a_percentage_less_than_a_year_ago_is_a_fall() -> None:
    premise = "Shoppers in Norland spent 1.2 billion crowns on Black Friday, 4 percent less than a year ago."
    assert verdict_of(
        premise, "Black Friday spending in Norland rose 4% from a year ago.", "4%"
    ) == ("contradicted")
    assert verdict_of(
        premise, "Black Friday spending in Norland fell 4% from a year ago.", "4%"
    ) == ("supported")
