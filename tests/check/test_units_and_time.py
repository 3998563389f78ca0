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


def test_an_undated_figure_speaks_for_its_sources_time_only() -> None:
    premise = "The average visitor spent 1,086 yuan, the bureau said."
    # published in March 2024: the figure is of 2023 or 2024, not of 2021
    found = finding_of(
        premise, "The average visitor spent 1,086 yuan in 2021.", "1,086 yuan", "2024-03-07"
    )
    assert found.verdict.value == "misattributed" and "no period" in found.message
    assert verdict_of(
        premise, "The average visitor spent 1,086 yuan in 2023.", "1,086 yuan", "2024-03-07"
    ) == ("supported")
    # a physical size does not change with time
    bridge = "The bridge is 55 kilometres long."
    assert verdict_of(bridge, "In 2018 the bridge was 55 km long.", "55 km", "2024-03-07") == (
        "supported"
    )


def test_a_figure_at_a_date_is_the_figure_of_the_period_it_closes() -> None:
    from claimcheck.check.verdict import same_period

    assert same_period("2023", "2023-12-31") and same_period("2023-12-31", "2023")
    assert not same_period("2023", "2023-06-30")


def test_a_change_between_two_years_is_the_change_over_the_span_to_the_second() -> None:
    from claimcheck.check.verdict import same_period

    assert same_period("2010..2020", "2011..2020") and same_period("2011..2020", "2010..2020")
    assert not same_period("2009..2020", "2011..2020")  # two years apart
    assert not same_period("2019..2020", "2020..2020") and not same_period(
        "2010..2019", "2011..2020"
    )
    premise = (
        "Dunmore counted 402,000 residents in 2020, up from 380,000 in 2010."
        " That is an increase of 5.8 percent over the decade."
    )
    hypothesis = "Dunmore's population grew {} percent between 2010 and 2020."
    assert verdict_of(premise, hypothesis.format("5.8"), "5.8 percent", "2021-05-01") == "supported"
    assert verdict_of(premise, hypothesis.format("8.5"), "8.5 percent", "2021-05-01") == (
        "contradicted"
    )


def test_numbers_that_qualify_a_figure_must_be_the_sources() -> None:
    premise = "People aged 65 and over made up 29.1 percent of Japan's population in 2023."
    hypothesis = "People aged 75 and over made up 16.1 percent of Japan's population in 2023."
    found = finding_of(premise, hypothesis, "16.1 percent")
    assert found.verdict.value == "unsupported", found.message


def test_a_bound_is_judged_against_the_figure_near_its_edge() -> None:
    premise = (
        "More than 2,000 firms registered in the zone in 2019, and the zone now hosts 318 "
        "companies certified as high-tech enterprises."
    )
    hypothesis = "Fewer than 2,000 firms registered in the zone in 2019."
    assert verdict_of(premise, hypothesis, "2,000") == "contradicted"
    assert verdict_of(premise, "Over 1,900 firms registered in the zone in 2019.", "1,900") == (
        "supported"
    )


def test_units_far_apart_are_not_restated() -> None:
    # four hours is no prison term: hours and years are too far apart to be one measure
    premise = "Jurors took four hours to convict the nurse, who faces up to 30 years in prison."
    from tests.check.judging import finding_of

    found = finding_of(premise, "The nurse faces up to 13 years in prison.", "13 years")
    assert found.verdict.value == "contradicted", found.message
    assert "30 years" in found.message


def test_two_caps_must_agree_on_their_edge() -> None:
    from tests.check.judging import verdict_of

    premise = "Up to 60mm of rain could fall on high ground on Saturday."
    assert verdict_of(premise, "Up to 60mm of rain could fall on Saturday.", "60mm") == "supported"
    assert (
        verdict_of(premise, "Up to 90mm of rain could fall on Saturday.", "90mm") == "contradicted"
    )


def test_a_source_bound_speaks_of_figures_near_its_edge() -> None:
    from tests.check.judging import verdict_of

    premise = "At least 288 people were killed when three trains collided near Balasore."
    assert verdict_of(
        premise, "Three trains collided near Balasore, killing 290 people.", "290"
    ) == ("supported")
    assert verdict_of(
        premise, "Three trains collided near Balasore, killing 828 people.", "828"
    ) == ("contradicted")
    # a figure a writer might still have bounded so is neither supported nor contradicted
    loose = "More than 1 million people marched in Paris on Saturday."
    assert verdict_of(loose, "About 1.4 million people marched in Paris.", "1.4 million") == (
        "unsupported"
    )


def test_a_size_holds_for_the_year_of_the_month_it_was_given_for() -> None:
    from tests.check.judging import verdict_of

    premise = "The 55-kilometre Hong Kong-Zhuhai-Macao Bridge opened to traffic in October 2018."
    hypothesis = "The Hong Kong-Zhuhai-Macao Bridge, which opened in 2018, is 55 km long."
    assert verdict_of(premise, hypothesis, "55 km") == "supported"


def test_an_undated_figure_of_its_own_time_never_contradicts_the_same_figure() -> None:
    premise = "Online spending on Black Friday hit $9.8 billion, up 7.5 percent from last year."
    # a different figure for the publication year is contradicted by the undated one ...
    other = "Online spending on Black Friday rose 5.7 percent in 2023."
    assert verdict_of(premise, other, "5.7 percent", "2023-11-25") == "contradicted"
    # ... the same figure is not, for whichever recent year the draft names
    same = "Online spending on Black Friday rose 7.5 percent in 2022."
    assert verdict_of(premise, same, "7.5 percent", "2023-11-25") != "contradicted"


def test_a_total_so_far_this_year_supports_a_lower_bound_for_the_year() -> None:
    premise = (
        "Measles cases in Norland rose to 42,200 in the first ten months of the year, up from "
        "941 in the whole of 2022, the health ministry said on Thursday."
    )
    assert verdict_of(premise, "Over 40,000 measles cases in Norland this year", "40,000",
                      "2023-11-10") == "supported"  # fmt: skip
    # a rate of part of a year is no rate of the year
    growth = "Norland's economy grew 6.2% in the first half of the year, the bureau said."
    assert verdict_of(growth, "Norland's economy grew more than 6% in 2019.", "6%",
                      "2019-07-20") != "supported"  # fmt: skip


def test_a_change_on_a_year_earlier_is_the_change_over_the_twelve_months_to_it() -> None:
    premise = (
        "Average rent for a one-bedroom flat in Norvik reached 1,450 euros a month in July, "
        "8 percent more than a year earlier."
    )
    assert verdict_of(premise, "One-bedroom rents in Norvik rose 8% in the year to July.", "8%",
                      "2024-08-14") == "supported"  # fmt: skip
    assert verdict_of(premise, "One-bedroom rents in Norvik rose 6% in the year to July.", "6%",
                      "2024-08-14") == "contradicted"  # fmt: skip


def test_an_undated_plan_speaks_for_the_months_after_its_source() -> None:
    premise = "Bus fares will rise by 6.4% from April 1, the transport authority said."
    # published in February: the rise is April's, after the publication
    draft = "Bus fares are set to go up 6.4 percent in April."
    assert verdict_of(premise, draft, "6.4 percent", "2024-02-20") == "supported"
    # a plan says nothing of the year before it was published
    found = finding_of(premise, "Bus fares rose 6.4 percent in 2022.", "6.4 percent", "2024-02-20")
    assert found.verdict.value != "supported", found.message


def test_a_level_that_holds_at_a_time_in_the_year_to_a_month_is_that_months() -> None:
    rents = "Rents in the city rose 8.1% in the year to March, to an average of £1,640 a month."
    assert verdict_of(rents, "Average rents reached £1,640 a month in March.", "£1,640 a month",
                      "2024-04-20") == "supported"  # fmt: skip
    found = finding_of(rents, "Average rents reached £1,460 a month in March.", "£1,460 a month",
                       "2024-04-20")  # fmt: skip
    assert found.verdict.value == "contradicted", found.message
    # a flow over the year is no month's
    exports = "Exports rose 4% to $2.3 billion in the year to March."
    found = finding_of(exports, "Exports were $2.3 billion in March.", "$2.3 billion", "2024-05-01")
    assert found.verdict.value != "supported", found.message
