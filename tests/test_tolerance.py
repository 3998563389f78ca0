"""Tolerance rules: rounding, hedges, ranges, fractions against percentages, scale slips."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.lexicon import load as load_lexicon
from claimcheck.model import Claim, Quantity
from claimcheck.tolerance import (
    Figure,
    agrees,
    figure_of_claim,
    figure_of_mention,
    interval,
    scale_slip,
)

NEAR = load_lexicon().near_qualifiers  # the hedges that hold a bound close ("nearly")


def fig(text: str):  # type: ignore[no-untyped-def]
    q = [m for m in extract(text) if isinstance(m, Quantity)]
    assert len(q) == 1, text
    return figure_of_mention(q[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It grew 8%.", "It grew 7.96 percent."),
        ("It was 8.2%.", "It was 8.18 percent."),
        ("It cost $139bn.", "It cost $139 billion."),
        ("Nearly 2 million came.", "It was 1.96 million."),
        ("Over a third agreed.", "It was 36 percent."),
        ("Roughly 330 companies.", "It was 329 companies."),
        ("Growth of between 3 and 5 per cent.", "It grew 4.2 per cent."),
        ("It made up one-sixth.", "It was 16.7 percent."),
        ("Rates stand at 4.25 to 4.5 percent.", "A range of 4.25-4.5%."),
    ],
)
def test_agree(a: str, b: str) -> None:
    assert agrees(fig(a), fig(b), near=NEAR)
    assert agrees(fig(b), fig(a), near=NEAR)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It grew 7.4 percent.", "It grew 7.5 percent."),
        ("It was 8.81 percent.", "It was 8.18 percent."),
        ("It cost $139 billion.", "It cost 139 billion yuan."),
        ("Nearly 2 million came.", "It was 2.3 million."),
        ("More than 20 people.", "It was 15 people."),
        ("It grew 8%.", "It rose 8 percentage points."),
        # two ranges that share one end are two ranges
        ("Rates stand at 4.5 to 4.75 percent.", "Rates stand at 4.25 to 4.5 percent."),
    ],
)
def test_disagree(a: str, b: str) -> None:
    assert not agrees(fig(a), fig(b), near=NEAR)


def test_scale_slips() -> None:
    assert (
        scale_slip(fig("It cost 2.4 million yuan."), fig("It cost 2.4 billion yuan."), near=NEAR)
        == "x1000"
    )
    assert (
        scale_slip(fig("It rose 5 percent."), fig("It rose 5 percentage points."), near=NEAR)
        == "percent/percentage points"
    )
    assert scale_slip(fig("It rose 5 percent."), fig("It rose 7 percent."), near=NEAR) is None


def test_claim_precision_is_read_back_from_text() -> None:
    claim = Claim(
        id="c1",
        source="s",
        text="2.4 billion yuan",
        quote="It was 2.4 billion yuan.",
        value=2.4e9,
        unit="CNY",
    )
    assert figure_of_claim(claim, near=NEAR).precision == pytest.approx(1e8)
    hedged = Claim(
        id="c2",
        source="s",
        text="2 million",
        quote="nearly 2 million people",
        value=2e6,
        qualifier="<",
    )
    assert figure_of_claim(hedged, near=NEAR).hedge == "nearly"


def test_negated_turns_sign_and_qualifier() -> None:
    fall = fig("Output fell nearly 5 percent.").negated()
    assert (fall.value, fall.qualifier, fall.hedge) == (-5, ">", "nearly")
    assert interval(fall, near=NEAR) == pytest.approx((-5, -4.5))
    assert agrees(fall, fig("It was -4.8 percent."), near=NEAR)
    assert not agrees(fall, fig("It was 4.8 percent."), near=NEAR)
    span = Figure(None, "percent", low=2, high=3, precision=1).negated()
    assert (span.low, span.high) == (-3, -2)
    assert fig("It grew 7.4 percent.").negated().negated() == fig("It grew 7.4 percent.")


def test_near_hedges_are_the_lexicons() -> None:
    """The hedges that hold a bound close are the lexicon's list, passed in: with none, "nearly
    2 million" is any figure below 2 million; a claim's hedge is read back only from the list."""
    nearly = fig("Nearly 2 million came.")
    assert interval(nearly, near=NEAR) == pytest.approx((1.8e6, 2e6))
    assert interval(nearly, near=frozenset())[0] == float("-inf")
    assert not agrees(nearly, fig("It was 1.2 million."), near=NEAR)
    assert agrees(nearly, fig("It was 1.2 million."), near=frozenset())
    claim = Claim(
        id="c3",
        source="s",
        text="2 million",
        quote="just under 2 million people",
        value=2e6,
        qualifier="<",
    )
    assert figure_of_claim(claim, near=NEAR).hedge == "just under"
    assert figure_of_claim(claim, near=frozenset({"under", "just under"})).hedge == "just under"
    assert figure_of_claim(claim, near=frozenset()).hedge is None
