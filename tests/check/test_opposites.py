"""Opposite actions (check/opposites.py): a count after "opened" is not one after "closing"."""

from __future__ import annotations

import pytest

from claimcheck.check.cover import inflected
from claimcheck.check.opposites import load
from claimcheck.check.words import load as load_words
from claimcheck.lexicon import load as load_lexicon
from tests.check.judging import finding_of, verdict_of


def _acts():  # type: ignore[no-untyped-def]
    words = load_words(load_lexicon())
    return load(words), words


@pytest.mark.parametrize(
    ("sentence", "figure", "verb"),
    [
        ("The chain opened 18 new shops and closed 27 old ones.", "27", "close"),
        ("The chain opened 18 new shops and closed 27 old ones.", "18", "open"),
        ("Rovan Air fired 300 pilots.", "300", "fire"),
        ("The bank has 186 branches.", "186", None),
        # the verb of another clause is not the figure's
        ("Brio hired staff, and 40 stores were refitted.", "40", None),
    ],
)
def test_the_verb_nearest_before_a_figure_in_its_clause(
    sentence: str, figure: str, verb: str | None
) -> None:
    acts, words = _acts()
    found = acts.verb_before(sentence, figure, words)
    assert (found in inflected(words, verb)) if verb else found is None


def test_pairs_undo_each_other_both_ways_and_in_irregular_forms() -> None:
    acts, words = _acts()
    s = words.stem
    assert acts.opposed(s("opening"), s("closed")) and acts.opposed(s("closes"), s("opened"))
    assert acts.opposed(s("won"), s("lost")) and acts.opposed(s("sold"), s("bought"))
    assert not acts.opposed(s("opened"), s("opening"))
    assert not acts.opposed(s("opened"), None)


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the 12 closed are no support for 12 opened: the 9 opened contradict it
        ("Dunmore Motors opened 12 showrooms in 2023.", "12", "contradicted"),
        ("Dunmore Motors closed 12 showrooms in 2023.", "12", "supported"),
        ("Dunmore Motors closed 15 showrooms in 2023.", "15", "contradicted"),
    ],
)
def test_a_count_of_the_opposite_action_is_another_figure(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "Dunmore Motors opened 9 showrooms and closed 12 in 2023, the company said."
    assert verdict_of(premise, hypothesis, figure, "2024-02-01") == verdict


@pytest.mark.parametrize(
    ("draft", "candidate", "said"),
    [("Urban households' income rose 6%", "Rural households' income rose 6%.", "urban against rural"),
     ("Off-peak, buses run every 20 minutes", "Buses run every 6 minutes at peak times.", "off-peak against peak"),
     ("Women made up 40% of staff", "Men made up 60% of staff.", "women against men"),
     # both groups in the source sentence, or neither named: no other group
     ("Urban income rose 6%", "Urban income rose 6% and rural income 8%.", None),
     ("Income rose 6%", "Rural income rose 6%.", None)],
)  # fmt: skip
def test_a_group_is_not_its_counterpart(draft: str, candidate: str, said: str | None) -> None:
    acts, _ = _acts()
    assert acts.other_group(draft, candidate) == said


def test_a_figure_of_one_group_is_not_checked_against_the_other() -> None:
    premise = "Rural residents' average income in Westmark rose 9.3 percent in 2023."
    hypothesis = "Urban residents' average income in Westmark rose 9.3 percent in 2023."
    assert verdict_of(premise, hypothesis, "9.3 percent", "2024-02-01") == "unsupported"


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the figure's own group is the one named between it and the figures beside it
        (
            "Women in Scotland had a life expectancy of 76.5 years in 2021.",
            "76.5 years",
            "contradicted",
        ),
        ("Men in Scotland had a life expectancy of 76.5 years in 2021.", "76.5 years", "supported"),
    ],
)
def test_a_figure_given_for_one_group_of_a_pair_is_not_the_others(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "Life expectancy in Scotland was 76.5 years for men and 80.7 years for women in 2021."
    assert verdict_of(premise, hypothesis, figure, "2025-01-20") == verdict


@pytest.mark.parametrize(
    ("hypothesis", "verdict"),
    [("Life expectancy for Japanese women reached 81.09 years in 2023.", "contradicted"),
     ("Men in Japan had a life expectancy of 81.09 years in 2023.", "supported")],
)  # fmt: skip
def test_a_group_named_right_after_a_figure_is_its_own(hypothesis: str, verdict: str) -> None:
    """The group right after a figure is its own, though the one before the figure is
    another's ("to 87.14 years for women and 81.09 years for men": men's 81.09)."""
    premise = (
        "Life expectancy in Japan rose in 2023 to 87.14 years for women and 81.09 years for men,"
        " the health ministry said, leaving the gap between the sexes at just over six years."
    )
    assert verdict_of(premise, hypothesis, "81.09 years", "2024-07-26") == verdict


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        (
            "Tourist arrivals rose 19 per cent last year to 26.5 million, with Britons "
            "accounting for one in five visitors.",
            "About 5.3 million of the country's visitors last year were British.",
            "5.3 million",
        ),
        (
            "New car sales fell 6% in May to 11,874 vehicles, but electric models took 91 per "
            "cent of the market.",
            "About 10,830 of the new cars sold in May were fully electric.",
            "10,830",
        ),
        (
            "The school has 1,240 pupils and 86 teachers.",
            "Some 620 of its pupils are girls.",
            "620",
        ),
    ],
)
def test_a_part_of_a_whole_is_not_the_whole(premise: str, hypothesis: str, figure: str) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-06-10") == "unsupported"


def test_a_part_against_a_part_is_compared() -> None:
    premise = "Eighteen of its 22 stations are underground."
    assert verdict_of(premise, "Twelve of its stations are underground.", "Twelve") in (
        "contradicted",
        "unsupported",
    )
    assert verdict_of(premise, "Eighteen of its stations are underground.", "Eighteen") == (
        "supported"
    )


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        (
            "The observatory logged 1,210 mm of rain in July, 45% above the monthly average.",
            "The observatory's average July rainfall is about 835 mm.",
            "835 mm",
            "unsupported",
        ),
        (
            "The average temperature in July reached 28.7C, 2.5 degrees above normal.",
            "The normal July temperature is 26.2C.",
            "26.2C",
            "unsupported",
        ),
        # an average the source gives as its own figure is judged
        (
            "The average commute in the city took 52 minutes in 2023.",
            "The city's average commute took 25 minutes in 2023.",
            "25 minutes",
            "contradicted",
        ),
        (
            "People in the city slept 7.1 hours a night on average in 2023.",
            "Average sleep in the city was 1.7 hours a night in 2023.",
            "1.7 hours",
            "contradicted",
        ),
    ],
)
def test_a_baseline_is_not_the_figure_compared_with_it(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    assert verdict_of(premise, hypothesis, figure, "2024-08-01") == verdict


def test_raising_a_forecast_is_not_cutting_it() -> None:
    premise = (
        "Ostara Pharma cut its full-year sales forecast to between $14 billion and $14.5 "
        "billion, from $15 billion previously."
    )
    assert verdict_of(premise, "Ostara Pharma raises sales forecast to $15bn", "$15bn") != (
        "supported"
    )


def test_a_draft_that_compares_with_the_baseline_too_is_judged() -> None:
    premise = "The mean temperature was 19.8C, 2.1C above the 1991-2020 average."
    assert verdict_of(premise, "It was 1.2C warmer than the 1991-2020 average.", "1.2C") != (
        "supported"
    )
    assert verdict_of(premise, "It was 2.1C warmer than the 1991-2020 average.", "2.1C") != (
        "contradicted"
    )


@pytest.mark.parametrize(
    ("draft", "figure", "candidate", "theirs", "said"),
    [("Last year was 1.46C hotter than 2019.", "1.46C",
      "The mean temperature was 1.46C above average.", "1.46C",
      "measured against 2019, not the average"),
     ("July was 0.3C warmer than 2023.", "0.3C", "July was 0.3C warmer than in 2022.", "0.3C",
      "measured against 2023, not 2022"),
     # the same reference, or none on one side: nothing said
     ("Rain was 13% above average.", "13%", "Rainfall was 13% above the long-term mean.", "13%",
      None),
     ("Rain rose 13%.", "13%", "Rainfall was 13% above the long-term mean.", "13%", None)],
)  # fmt: skip
def test_a_figure_measured_against_another_reference(
    draft: str, figure: str, candidate: str, theirs: str, said: str | None
) -> None:
    from claimcheck.check.opposites import other_reference

    assert other_reference(draft, figure, candidate, theirs) == said


def test_singles_and_doubles_are_two_groups() -> None:
    premise = "The tournament will pay its singles champions £620,000 each, the organisers said."
    draft = "The tournament's doubles champions will share £180,000."
    found = finding_of(premise, draft, "£180,000", "2024-05-01")
    assert found.verdict.value == "unsupported", found.message
