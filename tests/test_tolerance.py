"""Tolerance rules: rounding, hedges, ranges, fractions against percentages, scale slips."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Claim, Quantity
from claimcheck.tolerance import (
    Figure,
    agrees,
    figure_of_claim,
    figure_of_mention,
    interval,
    scale_slip,
)


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
    ],
)
def test_agree(a: str, b: str) -> None:
    assert agrees(fig(a), fig(b))
    assert agrees(fig(b), fig(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It grew 7.4 percent.", "It grew 7.5 percent."),
        ("It was 8.81 percent.", "It was 8.18 percent."),
        ("It cost $139 billion.", "It cost 139 billion yuan."),
        ("Nearly 2 million came.", "It was 2.3 million."),
        ("More than 20 people.", "It was 15 people."),
        ("It grew 8%.", "It rose 8 percentage points."),
    ],
)
def test_disagree(a: str, b: str) -> None:
    assert not agrees(fig(a), fig(b))


def test_scale_slips() -> None:
    assert scale_slip(fig("It cost 2.4 million yuan."), fig("It cost 2.4 billion yuan.")) == "x1000"
    assert scale_slip(fig("It rose 5 percent."), fig("It rose 5 percentage points.")) == "percent/percentage points"
    assert scale_slip(fig("It rose 5 percent."), fig("It rose 7 percent.")) is None


def test_claim_precision_is_read_back_from_text() -> None:
    claim = Claim(id="c1", source="s", text="2.4 billion yuan", quote="It was 2.4 billion yuan.", value=2.4e9, unit="CNY")
    assert figure_of_claim(claim).precision == pytest.approx(1e8)
    hedged = Claim(id="c2", source="s", text="2 million", quote="nearly 2 million people", value=2e6, qualifier="<")
    assert figure_of_claim(hedged).hedge == "nearly"


def test_negated_turns_sign_and_qualifier() -> None:
    fall = fig("Output fell nearly 5 percent.").negated()
    assert (fall.value, fall.qualifier, fall.hedge) == (-5, ">", "nearly")
    assert interval(fall) == pytest.approx((-5, -4.5))
    assert agrees(fall, fig("It was -4.8 percent."))
    assert not agrees(fall, fig("It was 4.8 percent."))
    span = Figure(None, "percent", low=2, high=3, precision=1).negated()
    assert (span.low, span.high) == (-3, -2)
    assert fig("It grew 7.4 percent.").negated().negated() == fig("It grew 7.4 percent.")
