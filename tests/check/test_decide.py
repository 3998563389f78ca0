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
