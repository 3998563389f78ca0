"""Figures in other units of one dimension, earlier figures given as present ones, and parts
of a year written as modifiers."""

from __future__ import annotations

from claimcheck.extract import extract
from claimcheck.model import Quantity
from tests.check.judging import finding_of, verdict_of


def test_another_unit_of_the_dimension_is_compared_in_the_drafts() -> None:
    premise = "The ringleader received 16 years in prison."
    assert verdict_of(premise, "The ringleader received 16 months in prison.", "16 months") == (
        "contradicted"
    )
    bridge = "The bridge is 55 kilometres long."
    assert verdict_of(bridge, "The bridge is 34 miles long.", "34 miles") == "supported"
    found = finding_of(
        "China added 217 gigawatts of solar capacity in 2023.",
        "China added 217 megawatts of solar capacity in 2023.",
        "217 megawatts",
    )
    assert found.verdict.value == "contradicted" and "off by x1000" in found.message


def test_an_earlier_figure_given_as_the_present_one_is_contradicted() -> None:
    premise = (
        "Deputies made 212 arrests for drink-driving over the weekend, up from 168 a year earlier."
    )
    found = finding_of(premise, "Drink-driving arrests fell to 168 over the weekend.", "168")
    assert found.verdict.value == "contradicted" and "earlier figure" in found.message
    poll = "A survey found 38 percent approve of Congress, up from 29 percent in June."
    assert verdict_of(poll, "Congress approval rises to 38%.", "38%", "2025-09-10") != (
        "contradicted"
    )


def test_a_part_of_the_year_as_a_modifier_takes_the_sentences_year() -> None:
    text = "Tencent's third-quarter revenue rose to RMB 154.6 billion in 2023."
    figure = next(m for m in extract(text, published="2024-02-21") if isinstance(m, Quantity))
    assert figure.period is not None and figure.period.label == "2023-Q3"
    ahead = "In the third quarter, revenue rose 5% while in 2022 it fell."
    first = next(m for m in extract(ahead, published="2024-02-21") if isinstance(m, Quantity))
    assert first.period is not None and first.period.label == "2024-Q3"
