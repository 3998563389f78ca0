"""A draft that names the entity and role of a figure but not its measure ("Nikkei falls 4.2%")
speaks of the only measure its source gives for them (`candidates.alone_promoted`); a change
that goes the other way is wrong whatever its unit."""

from __future__ import annotations

import pytest

from tests.check.judging import finding_of, verdict_of

ONE_MEASURE = (
    "The Hang Seng index slid 3.1 percent on Tuesday to 17,420, its lowest close in a month, "
    "as property developers sold off."
)
TWO_MEASURES = (
    "Veltrix Motors said deliveries rose 14 percent in the quarter, while revenue climbed "
    "9 percent to $2.2 billion."
)


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure", "verdict"),
    [
        (ONE_MEASURE, "Hang Seng drops 1.3% in Tuesday sell-off", "1.3%", "contradicted"),
        (ONE_MEASURE, "Hang Seng drops 3.1% in Tuesday sell-off", "3.1%", "supported"),
        # two measures of Veltrix's change: which one the draft means is not known
        (TWO_MEASURES, "Veltrix Motors up 11% in the quarter", "11%", "unsupported"),
        # the draft that names its measure is judged as before
        (TWO_MEASURES, "Veltrix Motors revenue up 11% in the quarter", "11%", "contradicted"),
    ],
)
def test_an_unstated_measure_is_the_only_one_its_source_gives(
    premise: str, hypothesis: str, figure: str, verdict: str
) -> None:
    assert verdict_of(premise, hypothesis, figure) == verdict


def test_the_reason_says_why_an_unstated_measure_was_taken() -> None:
    f = finding_of(ONE_MEASURE, "Hang Seng drops 1.3% in Tuesday sell-off", "1.3%")
    assert "the only measure its source gives" in f.match


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        ("Gold rose $31.40 an ounce on Friday.", "$31.40 an ounce", "contradicted"),
        ("Gold fell $31.40 an ounce on Friday.", "$31.40 an ounce", "supported"),
        # a level reached the other way is wrong too: gold fell to $2,318
        ("Gold rose to $2,318 on Friday.", "$2,318", "contradicted"),
        ("Gold closed at $2,318 on Friday.", "$2,318", "supported"),
    ],
)
def test_a_change_in_money_that_goes_the_other_way_is_wrong(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "Gold fell $31.40 an ounce on Friday to $2,318 as the dollar firmed."
    assert verdict_of(premise, hypothesis, figure) == verdict


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the draft's "Healthy" is more than the source says: it may be another measure
        (
            "Healthy life expectancy for men in Wales was 61.2 years in 2021.",
            "61.2 years",
            "unsupported",
        ),
        ("Life expectancy for men in Wales was 76.1 years in 2021.", "76.1 years", "contradicted"),
    ],
)
def test_a_draft_entity_the_source_lacks_says_something_new(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "Life expectancy at birth in Wales was 78.3 years for men in 2021, the statistics office said."
    assert verdict_of(premise, hypothesis, figure) == verdict


@pytest.mark.parametrize(
    ("premise", "hypothesis", "figure"),
    [
        # a headline's "create" and "face" say what the figure's "employ" and "charge" say
        (
            "The battery plant in Ostrava will employ 1,500 people when it opens in 2027.",
            "Ostrava battery plant to create 5,100 jobs",
            "5,100",
        ),
        (
            "Councillors in Brackley voted to introduce a £4-a-day charge for vans entering the"
            " town centre.",
            "Brackley vans face £6-a-day charge",
            "£6",
        ),
    ],
)
def test_light_headline_verbs_say_nothing_new(premise: str, hypothesis: str, figure: str) -> None:
    assert verdict_of(premise, hypothesis, figure) == "contradicted"


def test_a_weak_agreeing_figure_does_not_outweigh_a_strong_one_that_disagrees() -> None:
    # the draft gives the thefts' figure to burglaries
    premise = (
        "Reported burglaries in Halden fell 8 percent last year to 1,204, while vehicle thefts "
        "rose 12 percent to 2,310, police said on Monday."
    )
    swapped = "Reported burglaries in Halden fell 8 percent in 2024 to 2,310."
    right = "Reported burglaries in Halden fell 8 percent in 2024 to 1,204."
    assert verdict_of(premise, swapped, "2,310", "2025-02-03") == "contradicted"
    assert verdict_of(premise, right, "1,204", "2025-02-03") == "supported"


def test_what_a_contrasted_clause_says_is_not_said_of_the_figure_of_another() -> None:
    # neither "burglaries" nor "shoplifting offences" names a measure: the figure's own clause
    # ("..., while shoplifting offences rose 12 percent to 2,310") does not speak of burglaries
    premise = (
        "Reported burglaries in Halden fell 8 percent last year to 1,204, while shoplifting "
        "offences rose 12 percent to 2,310, police said on Monday."
    )
    swapped = "Reported burglaries in Halden fell 8 percent in 2024 to 2,310."
    assert verdict_of(premise, swapped, "2,310", "2025-02-03") == "contradicted"


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the whole's figure is not the part's ("..., of which €90 million is for schools")
        ("The county set aside €1.3 billion for schools in 2025.", "€1.3 billion", "contradicted"),
        ("The county set aside €90 million for schools in 2025.", "€90 million", "supported"),
        # kinds of tax: an amount "in income tax" is income tax
        ("Ohio raised $9.8 billion in sales tax in 2025.", "$9.8 billion", "contradicted"),
    ],
)
def test_a_part_a_whole_and_kinds_of_tax(hypothesis: str, figure: str, verdict: str) -> None:
    premise = (
        "The county approved a budget of €1.3 billion for 2025, of which €90 million is set "
        "aside for schools."
        if "county" in hypothesis
        else "Ohio raised $14.1 billion in sales tax and $9.8 billion in income tax in 2025."
    )
    assert verdict_of(premise, hypothesis, figure, "2025-02-01") == verdict


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # the underground stops' count given to all the line's stops
        ("The Blue Line has 9 stops.", "9", "contradicted"),
        ("The Blue Line has 15 stops.", "15", "supported"),
        ("The Blue Line has 9 underground stops.", "9", "supported"),
    ],
)
def test_a_part_is_not_the_whole(hypothesis: str, figure: str, verdict: str) -> None:
    premise = (
        "The Blue Line opened on Monday with 15 stops. Nine of its stops are underground and "
        "six are elevated."
    )
    assert verdict_of(premise, hypothesis, figure) == verdict


def test_a_figure_of_nobody_in_particular_is_its_sources_main_entitys() -> None:
    premise = (
        "Marlow had 812,000 residents in 2020, the census found. The total was 42,000 more "
        "than at the last census, when the city counted 770,000 residents in 2010. That is an "
        "increase of 5.4 percent over the decade. Harbour district remains the largest, with "
        "190,000 people."
    )
    other = "Harbour district's population grew 5.4 percent over the decade to 2020."
    main = "Marlow's population grew 5.4 percent over the decade to 2020."
    assert verdict_of(premise, other, "5.4 percent", "2021-05-01") == "unsupported"
    assert verdict_of(premise, main, "5.4 percent", "2021-05-01") == "supported"


@pytest.mark.parametrize(
    ("hypothesis", "figure", "verdict"),
    [
        # a count of people in general may be the population its source gives
        ("The census counted 4.2 million people in Ardania.", "4.2 million", "supported"),
        ("The census counted 4.8 million people in Ardania.", "4.8 million", "contradicted"),
    ],
)
def test_a_count_of_people_in_general_may_be_a_population(
    hypothesis: str, figure: str, verdict: str
) -> None:
    premise = "Ardania's permanent population was 4.21 million at the 2020 census."
    assert verdict_of(premise, hypothesis, figure) == verdict
