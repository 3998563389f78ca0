"""A draft figure whose value is one source figure's while the rest of what it says points to
another figure of the same sentence (check/swaps.py): the value given another time of its
series, or another group's figure."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of, verdict_of

SERIES = (
    "Child poverty in Ruritania rose to 24% in 2023, up from 21% a year earlier, while the "
    "share of pensioners in poverty reached 15%, the statistics office said on Thursday."
)
GROUPS = (
    "Petrol cars made up 41 percent of new sales in Vesna last year, while diesel models "
    "took 9 percent and hybrids 33 percent, the dealers' association said."
)


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdicts"),
    [
        # the previous level given the series' present time
        ("Child poverty in Ruritania was 21 per cent in 2023, the office said.",
         "21 per cent", {"contradicted", "misattributed"}),
        # ... and at its own time it holds
        ("Child poverty in Ruritania stood at 21 per cent in 2022.", "21 per cent",
         {"supported"}),
        ("Child poverty in Ruritania stood at 24 per cent in 2023.", "24 per cent",
         {"supported"}),
    ],
)  # fmt: skip
def test_an_earlier_level_given_the_present(
    hypothesis: str, figure: str, verdicts: set[str]
) -> None:
    found = finding_of(SERIES, hypothesis, figure, "2024-03-14")
    assert found.verdict.value in verdicts, found.message


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the petrol cars' share given the hybrids, whom the draft names
        ("Hybrids took 41 percent of new sales in Vesna last year.", "41 percent",
         "contradicted"),
        ("Diesel models took 33 percent of new sales in Vesna last year.", "33 percent",
         "contradicted"),
        # each group's own figure holds
        ("Petrol cars took 41 percent of new sales in Vesna last year.", "41 percent",
         "supported"),
        ("Hybrids took 33 percent of new sales in Vesna last year.", "33 percent",
         "supported"),
    ],
)  # fmt: skip
def test_another_groups_figure(hypothesis: str, figure: str, verdict: str) -> None:
    found = finding_of(GROUPS, hypothesis, figure, "2024-02-01")
    assert found.verdict.value == verdict, found.message


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        # a total shares its parts' words
        ("The chain will open 15 new stores in Spain this year, bringing its total there "
         "to 120.", "The chain will have 120 stores in Spain by the end of the year.", "120"),
        # a figure restated in another form is the same group's
        ("A total of 412,000 residents were graduates, equal to 9,850 for every 100,000 "
         "people.", "There were 9,850 graduates for every 100,000 residents.", "9,850"),
        # the sentence's opening is every figure's subject: its words name no group
        ("Median rent in the county was $1,420 in 2023, below the state median of $1,610.",
         "Statewide, median rent was $1,610 in 2023.", "$1,610"),
        # a figure and its previous level are one group's at two times
        ("The fair drew 64,000 visitors over three days, up from 58,000 last year.",
         "Last year's fair drew 58,000 visitors.", "58,000"),
    ],
)  # fmt: skip
def test_no_swap_where_the_sentence_does_not_part_groups(
    premise: str, hypothesis: str, figure: str
) -> None:
    found = finding_of(premise, hypothesis, figure, "2024-06-01")
    assert found.verdict.value not in ("contradicted", "misattributed"), found.message


def test_a_figure_the_draft_names_the_kind_of_is_not_another_groups() -> None:
    premise = (
        "More than 900 firms registered in the Harbour zone in the first half, and the zone "
        "now hosts 85 companies certified as national technology leaders."
    )
    hypothesis = "The Harbour zone is home to 85 national technology companies."
    assert verdict_of(premise, hypothesis, "85", "2024-08-01") == "supported"


def test_a_figure_set_off_by_commas_keeps_its_predicate() -> None:
    premise = (
        "The longest delay, 212 minutes, was recorded at Harlow on Friday, beating the "
        "previous worst of 187 minutes."
    )
    draft = "Passengers at Harlow waited 212 minutes on Friday, the worst delay yet."
    found = finding_of(premise, draft, "212 minutes", "2024-05-20")
    assert found.verdict.value == "supported", found.message


def test_a_value_the_sentence_gives_exactly_is_not_anothers_rounding() -> None:
    premise = (
        "Insurers raised home premiums by a median 6.5% in 2024, below the 7% median rise "
        "recorded a year earlier, the regulator said."
    )
    # "7 per cent" is the 7% of 2023, not 6.5% rounded
    found = finding_of(premise, "The median premium rise was 7 per cent in 2024.", "7 per cent",
                       "2025-02-01")  # fmt: skip
    assert found.verdict.value in ("contradicted", "misattributed"), found.message
    assert verdict_of(premise, "The median premium rise was 7 per cent in 2023.", "7 per cent",
                      "2025-02-01") == "supported"  # fmt: skip


def test_a_figure_of_another_time_in_one_sentence_is_given_the_drafts_time() -> None:
    premise = (
        "Museum visits in Calderon rose 12% to 2.4 million in 2023, still below the 3.1 million "
        "recorded in 2019, the tourism office said."
    )
    found = finding_of(premise, "Calderon's museums drew 3.1 million visits in 2023.",
                       "3.1 million", "2024-02-01")  # fmt: skip
    assert found.verdict.value in ("contradicted", "misattributed"), found.message


def test_a_value_of_another_measure_given_the_drafts() -> None:
    premise = (
        "Harbour Air carried 9.2 million passengers in 2023, as cruise ship calls at the port "
        "rose to 412, the authority said."
    )
    found = finding_of(premise, "Cruise ship calls at the port reached 9.2 million in 2023.",
                       "9.2 million", "2024-02-01")  # fmt: skip
    assert found.verdict.value in ("contradicted", "misattributed"), found.message
    found = finding_of(premise, "Some 412 passengers flew with Harbour Air in 2023.", "412",
                       "2024-02-01")  # fmt: skip
    assert found.verdict.value in ("contradicted", "misattributed"), found.message


def test_the_entity_every_figure_shares_names_no_group() -> None:
    premise = (
        "The number of public libraries in Ruritania reached 1,240 at the end of June, but only "
        "310 of them were mobile libraries, the ministry said."
    )
    found = finding_of(premise, "Ruritania had 1,240 mobile libraries at the end of June.",
                       "1,240", "2024-08-01")  # fmt: skip
    assert found.verdict.value == "contradicted", found.message
    assert verdict_of(premise, "Ruritania had 1,240 public libraries at the end of June.",
                      "1,240", "2024-08-01") == "supported"  # fmt: skip


def test_an_earlier_level_given_an_undated_present() -> None:
    premise = (
        "Gifts to the Harbour Trust fell 4% to £12.6 million in the year to March, while its "
        "volunteer base grew to 8,400 from 7,900, the charity said."
    )
    found = finding_of(premise, "The trust now counts 7,900 volunteers.", "7,900", "2024-05-01")
    assert found.verdict.value == "contradicted", found.message
    assert verdict_of(premise, "The trust now counts 8,400 volunteers.", "8,400",
                      "2024-05-01") == "supported"  # fmt: skip


def test_a_value_of_another_measure_is_read_beside_the_drafts_measure() -> None:
    # another sentence gives the value to another thing too: the pair of one sentence counts
    premise = (
        "The port employs 412 dockers. Harbour Air carried 9.2 million passengers in 2023, as "
        "cruise ship calls at the port rose to 412, the authority said."
    )
    found = finding_of(premise, "Some 412 passengers flew with Harbour Air in 2023.", "412",
                       "2024-02-01")  # fmt: skip
    assert found.verdict.value in ("contradicted", "misattributed"), found.message


# a group's figure in a sentence after the one that names the whole's place
OWNERS = (
    "Some 61% of households in Varnholt now keep at least one pet, up from 52% in 2019, a "
    "survey by the pet trade association found. Dogs are the most popular, kept by 38% of "
    "households, followed by cats at 24%."
)


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("Cats are found in 38 per cent of Varnholt households, the survey shows.",
         "38 per cent", "contradicted"),
        ("Cats live in 24 per cent of Varnholt households, a survey found.", "24 per cent",
         "supported"),
        ("Dogs are kept by 38 per cent of households in Varnholt.", "38 per cent", "supported"),
    ],
)  # fmt: skip
def test_another_groups_figure_where_the_place_is_named_before(
    hypothesis: str, figure: str, verdict: str
) -> None:
    found = finding_of(OWNERS, hypothesis, figure, "2024-04-02")
    assert found.verdict.value == verdict, found.message
