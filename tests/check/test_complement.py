"""A share of one of two groups that part a whole, given to the other group
(check/complement.py)."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of

STARTS = (
    "Apprenticeship starts in Ostland fell to 18,420 in 2023. Women made up 58 per cent of "
    "new starters, the skills board said."
)
STEEL = (
    "Crude steel output in Varnia rose to 8.6 million tonnes in 2023. Blast furnaces accounted "
    "for 71 per cent of production, with electric arc furnaces making up the rest."
)
INJURIES = (
    "Hospitals in Corran treated 1,284 e-scooter injuries in 2023. Riders accounted for 81 per "
    "cent of those hurt, with pedestrians making up most of the rest."
)
RATES = (
    "The share of adults who smoke fell to 23.1% in 2023, while the adult obesity rate held at "
    "17%, the health agency said."
)


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        # one group of a pair given the other's share
        (STARTS, "Men accounted for 58 per cent of new apprentices in Ostland.", "58 per cent",
         "contradicted"),
        (STARTS, "Women made up 58 per cent of Ostland's new apprentices.", "58 per cent",
         "supported"),
        # the group a source calls the rest given the named group's share
        (STEEL, "Electric arc furnaces produced 71 per cent of Varnia's crude steel.",
         "71 per cent", "contradicted"),
        (STEEL, "Blast furnaces produced 71 per cent of Varnia's crude steel.", "71 per cent",
         "supported"),
        (INJURIES, "Pedestrians made up 81 per cent of e-scooter injury victims in Corran.",
         "81 per cent", "contradicted"),
        # the rest itself holds; all the rest has one size, "most of the rest" none
        (STEEL, "Electric arc furnaces made 29 per cent of Varnia's steel.", "29 per cent",
         "supported"),
        (STEEL, "Electric arc furnaces made 35 per cent of Varnia's steel.", "35 per cent",
         "contradicted"),
        (STARTS, "Men accounted for 42 per cent of new apprentices in Ostland.", "42 per cent",
         "supported"),
        (INJURIES, "Pedestrians made up 30 per cent of e-scooter injury victims in Corran.",
         "30 per cent", "unsupported"),
        # the other of a pair with another share may be of another whole
        (STARTS, "Men accounted for 38 per cent of apprentices in Ostland's hotels.",
         "38 per cent", "unsupported"),
    ],
)  # fmt: skip
def test_a_share_given_to_the_other_group(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-05-01")
    assert found.verdict.value == verdict, found.message


def test_half_is_the_rest_of_half() -> None:
    premise = "Women made up 50 per cent of new starters, the skills board said."
    found = finding_of(premise, "Men accounted for 50 per cent of new starters.", "50 per cent")
    assert found.verdict.value != "contradicted", found.message


def test_a_rate_among_a_group_parts_no_whole() -> None:
    draft = "The obesity rate among children stood at 17% in 2023."
    found = finding_of(RATES, draft, "17%", "2024-05-01")
    assert "the rest" not in found.message, found.message
