"""Figures a source states by arithmetic (check/derive.py): a sum of two figures of one
sentence, or the change between a level and its previous level."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of, verdict_of


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [("Eight workers and five visitors were injured when the roof collapsed.",
      "Thirteen people were injured when the roof collapsed.", "Thirteen"),
     ("Marlow Vale has 12,400 residents in the old quarter and 8,600 in the new districts.",
      "Marlow Vale has 21,000 residents.", "21,000"),
     ("Ardent's annual revenue rose to $8.6 billion from $7.9 billion a year earlier.",
      "Ardent's annual revenue increased by $700 million.", "$700 million")],
)  # fmt: skip
def test_a_sum_or_a_change_supports(premise: str, hypothesis: str, figure: str) -> None:
    found = finding_of(premise, hypothesis, figure)
    assert found.verdict.value == "supported", found.message
    assert "of two figures of one source sentence" in found.match


def test_a_part_is_no_sum_of_other_things() -> None:
    # 13 were injured in all, but only 8 of them were workers
    premise = "Eight workers and five passers-by were injured."
    assert verdict_of(premise, "Thirteen workers were injured.", "Thirteen") != "supported"
    # seven wins and 10 clean sheets do not add up to appearances
    games = "Northbridge have won seven of their last eight home games and kept 10 clean sheets."
    assert verdict_of(games, "Northbridge have made 17 appearances.", "17") != "supported"


def test_parts_of_two_places_the_draft_names_add_up() -> None:
    premise = "The carmaker delivered 184,800 vehicles in China and 96,300 in Europe in 2023."
    both = "The carmaker delivered 281,100 vehicles in China and Europe combined in 2023."
    assert verdict_of(premise, both, "281,100") == "supported"
    # one place only: the other place's figure is no part of it
    assert verdict_of(
        premise, "The carmaker delivered 281,100 vehicles in Europe in 2023.", "281,100"
    ) != ("supported")


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        # changes add up to a change, in parallel clauses with the same verb
        ("Wexford's builders added 2,100 jobs in 2024, while its retailers added 1,600.",
         "Builders and retailers in Wexford added 3,700 jobs in 2024.", "3,700"),
        # the margin between two amounts of one measure
        ("The motion passed on Monday by 412 votes to 198, the clerk said.",
         "The motion passed by 214 votes on Monday.", "214"),
    ],
)  # fmt: skip
def test_changes_add_up_and_a_margin_is_a_difference(
    premise: str, hypothesis: str, figure: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2025-03-01")
    assert found.verdict.value == "supported", found.message


def test_a_margin_that_is_no_difference_is_not_supported() -> None:
    premise = "The motion passed on Monday by 412 votes to 198, the clerk said."
    found = finding_of(premise, "The motion passed by 241 votes on Monday.", "241", "2025-03-01")
    assert found.verdict.value != "supported"


def test_parts_of_two_measures_the_draft_adds_up() -> None:
    premise = (
        "Texas collected $41.2 billion in sales tax and $7.9 billion in motor fuel taxes in 2023."
    )
    both = "Sales and motor fuel taxes together brought Texas $49.1 billion in 2023."
    assert verdict_of(premise, both, "$49.1 billion", "2024-03-01") == "supported"


def test_a_total_the_source_states_is_judged_as_stated() -> None:
    premise = (
        "The film took $155m in North America over its opening weekend and $140m overseas "
        "for a global total of $295m, the studio said."
    )
    # the $295m is global: neither it nor the sum of the parts is North America's
    assert verdict_of(premise, "The film took $295m in North America.", "$295m", "2024-06-17") == (
        "contradicted"
    )
    assert verdict_of(premise, "The film took $295m worldwide.", "$295m", "2024-06-17") == (
        "supported"
    )
    assert verdict_of(premise, "The film took $155m in North America.", "$155m", "2024-06-17") == (
        "supported"
    )


def test_a_change_of_two_levels_goes_one_way() -> None:
    premise = "The council's housing list fell to 18,240 households in June from 18,910 in May."
    down = "The housing list shrank by 670 households in June."
    assert verdict_of(premise, down, "670", "2024-07-10") == "supported"
    up = "The housing list grew by 670 households in June."
    assert verdict_of(premise, up, "670", "2024-07-10") != "supported"


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # a gap left to a goal, and one below an earlier level
        ("The club needs to sell another 3,000 season tickets to reach its goal.", "3,000",
         "supported"),
        ("Sales of season tickets remain some 5,000 below the 2019 level.", "5,000", "supported"),
        # a gap the two figures do not make is not supported
        ("The club needs to sell another 6,000 season tickets to reach its goal.", "6,000",
         "not supported"),
    ],
)  # fmt: skip
def test_a_gap_to_a_goal_or_an_earlier_level(hypothesis: str, figure: str, verdict: str) -> None:
    premise = (
        "The club has sold 21,000 season tickets for the new season, against a target of "
        "24,000 and well below the 26,000 sold in 2019."
    )
    found = finding_of(premise, hypothesis, figure, "2024-06-10")
    if verdict == "not supported":
        assert found.verdict.value != "supported", found.message
    else:
        assert found.verdict.value == verdict, found.message


def test_a_move_of_an_aim_is_the_change_of_the_aim_and_the_one_before() -> None:
    premise = (
        "Analysts at Kestrel Markets raised their year-end forecast for copper to $9,800 a "
        "tonne from $9,200."
    )
    draft = "Kestrel Markets lifts its copper forecast by $600 a tonne."
    found = finding_of(premise, draft, "$600 a tonne", "2024-06-01")
    assert found.verdict.value == "supported", found.message
    # a draft that speaks of no aim is not given a forecast's move as an outcome
    found = finding_of(premise, "Copper rose by $600 a tonne.", "$600 a tonne", "2024-06-01")
    assert found.verdict.value != "supported", found.message


def test_a_gap_short_of_an_earlier_level_with_no_article() -> None:
    premise = (
        "Journeys on the Corran tram reached 32.8 million in the year to March, compared with "
        "36.4 million before the pandemic."
    )
    draft = "Tram ridership was 3.6 million journeys short of pre-pandemic levels."
    assert verdict_of(premise, draft, "3.6 million", "2023-06-01") == "supported"
