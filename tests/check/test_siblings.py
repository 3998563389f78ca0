"""A source figure that another figure of the draft's sentence states speaks for that figure,
not against this one (check/decide.py `_spoken_for`); figures of swapped periods still fail."""

from __future__ import annotations

from tests.check.judging import finding_of, verdict_of


def test_a_part_is_not_contradicted_by_its_whole() -> None:
    premise = "The club ended the season with 19 wins from 22 matches and 61 points."
    hypothesis = "The club won 19 of 22 matches this season."
    assert verdict_of(premise, hypothesis, "22") == "supported"
    found = finding_of(premise, hypothesis, "19")
    assert found.verdict.value != "contradicted", found.message


def test_swapped_periods_still_fail() -> None:
    premise = (
        "Harwick's economy grew 7.4 percent in the first half of 2018, down from 8 percent "
        "in the first half of 2017."
    )
    hypothesis = (
        "Harwick's economy grew 8 percent in the first half of 2018, after 7.4 percent in "
        "the first half of 2017."
    )
    assert verdict_of(premise, hypothesis, "8 percent") == "contradicted"
    assert verdict_of(premise, hypothesis, "7.4 percent") == "contradicted"


def test_a_wrong_whole_still_fails() -> None:
    premise = "The club ended the season with 19 wins from 22 matches and 61 points."
    hypothesis = "The club won 19 of 24 matches this season."
    assert verdict_of(premise, hypothesis, "24") == "contradicted"


def test_a_party_compared_with_is_not_the_owner() -> None:
    premise = "Verstappen ended the season with 575 points, 290 more than team-mate Sergio Perez."
    found = finding_of(premise, "Perez finishes the season on 285 points", "285")
    assert found.verdict.value != "contradicted", found.message


def test_a_small_count_of_a_named_thing_can_fail() -> None:
    premise = "The vaccine trial enrolled 4,800 children in four African countries."
    assert verdict_of(premise, "The trial covered 4,800 children in six countries.", "six") == (
        "contradicted"
    )
    # a small count of people in general still never fails
    premise = "Three people were hurt when the roof fell."
    assert verdict_of(premise, "Five people attended the meeting.", "Five") != "contradicted"


def test_a_destination_does_not_own_the_figure() -> None:
    premise = "Thailand received 28.2 million foreign visitors in 2023."
    hypothesis = "Visitors from South Korea to Thailand numbered 1.6 million in 2023."
    found = finding_of(premise, hypothesis, "1.6 million")
    assert found.verdict.value != "contradicted", found.message


def test_a_sibling_of_another_measure_does_not_speak_for_a_candidate() -> None:
    """ "killing at least 212 people" agrees with 460 as a bound, but deaths do not speak for
    the 460 injured: the draft's "injuring 4,600" is still contradicted."""
    premise = "The storm killed at least 212 people and injured 460, officials said on Monday."
    hypothesis = "The storm killed at least 212 people and injured 4,600."
    assert verdict_of(premise, hypothesis, "4,600", "2024-03-04") == "contradicted"
