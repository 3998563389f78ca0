"""extract.anaphora: times stated against the text's own time ("a year earlier")."""

from __future__ import annotations

import re

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract
from claimcheck.extract.anaphora import shift
from claimcheck.extract.period_pattern import FREE, same
from claimcheck.model import DateMention, Period, Quantity


def periods(text: str, published: str | None = None) -> dict[str, str | None]:
    """Each mention's text and its period label."""
    return {m.text: m.period.label if m.period else None for m in extract(text, published=published)
            if isinstance(m, (Quantity, DateMention))}  # fmt: skip


@pytest.mark.parametrize(
    ("label", "years", "shifted"),
    [("2018-H1", -1, "2017-H1"), ("2023-Q1..Q3", -1, "2022-Q1..Q3"), ("2018-01..05", 2, "2020-01..05"),
     ("2015..2017", -1, "2014..2016"), ("2024-03-07", -1, "2023-03-07"), ("2018", 1, "2019")],
)  # fmt: skip
def test_shift(label: str, years: int, shifted: str) -> None:
    first = (int(label[:4]), 1)
    moved = shift(Period(label, first, first), years)
    assert moved.label == shifted
    assert moved.first == (first[0] + years, 1)


def test_fragment_same() -> None:
    same_part = same(lexicon.load())
    assert re.fullmatch(same_part, "period") and re.fullmatch(same_part, "quarter")
    assert not re.fullmatch(same_part, "amount")


def test_fragment_free() -> None:
    """Before/after take no object: "a year before," is a time, "a year before the merger" is not."""
    for tail in (",", ".", "", " and", ";"):
        assert re.match(FREE, tail)
    for tail in (" the merger", " it"):
        assert not re.match(FREE, tail)


def test_a_year_earlier_is_the_same_part_of_the_year_before() -> None:
    found = periods("In the first half of 2018, GDP grew 7.4 percent, up from 6.5% a year earlier.")
    assert found["7.4 percent"] == "2018-H1"
    assert found["6.5%"] == "2017-H1"
    assert found["a year earlier"] == "2017-H1"


def test_same_period_of_the_previous_year() -> None:
    found = periods(
        "In Q1 2023 output rose 5%, compared with 3% in the same period of the previous year."
    )
    assert (found["5%"], found["3%"]) == ("2023-Q1", "2022-Q1")


def test_a_comparison_is_not_the_figures_own_time() -> None:
    text = "Between January and May 2018, output rose eight percent over the same period for last year, with 30% from cars."
    found = periods(text, published="2018-12-01")
    assert found["the same period for last year"] == "2017-01..05"
    assert found["eight percent"] == found["30%"] == "2018-01..05"


def test_a_clause_opened_by_an_anaphor_is_stated_for_it() -> None:
    found = periods("In 2018 sales were 5 million. The year before, sales were 4 million.")
    assert (found["5 million"], found["4 million"]) == ("2018", "2017")


def test_later_and_unbound_before() -> None:
    found = periods(
        "In 2016 profit was 9 million; two years later it was 12 million, not 10 million a year before the merger."
    )
    assert found["two years later"] == "2018"
    assert found["12 million"] == "2018"
    assert "a year before" not in found


def test_no_time_in_the_text_falls_back_to_publication() -> None:
    assert (
        periods("Sales were 4 million a year earlier.", published="2020-05-01")["4 million"]
        == "2019"
    )
    assert periods("Sales were 4 million a year earlier.")["4 million"] is None


def test_another_paragraph_is_not_the_reference() -> None:
    found = periods(
        "In 2016 profit was 9 million.\n\nSales were 4 million a year earlier.",
        published="2020-05-01",
    )
    assert found["4 million"] == "2019"


def test_an_undated_relative_time_is_not_replaced_by_another() -> None:
    """With no publication date, "a year ago" has no year; the figure does not take 2018's."""
    found = periods("In 2018 sales were 5 million, against 4 million a year ago.")
    assert (found["5 million"], found["4 million"]) == ("2018", None)


def test_a_baseline_after_the_figure_is_not_its_time() -> None:
    assert periods("Sales were 5% higher than in 2016.")["5%"] is None
    assert periods("Sales were 5% higher in 2017 than in 2016.")["5%"] == "2017"


def test_a_period_in_the_figures_own_clause_beats_one_across_a_clause_break() -> None:
    found = periods(
        "The 1990s saw job losses; between 3 and 5 per cent of firms closed in 2021-25."
    )
    assert found["between 3 and 5 per cent"] == "2021..2025"


def test_a_comma_and_a_conjunction_break_a_clause_too() -> None:
    found = periods(
        "The city will spend 60 billion yuan this year, and aims to raise its forest cover to"
        " 45 percent by 2030.",
        "2019-06-01",
    )
    assert (found["60 billion yuan"], found["45 percent"]) == ("2019", "2030")


def test_across_a_clause_break_a_comparison_after_the_figure_is_not_its_time() -> None:
    found = periods("The 1990s saw job losses; 3 per cent more firms closed than in 2016.")
    assert found["3 per cent"] == "1990..1999"


def test_a_later_time_of_a_compared_figure_is_not_the_figures() -> None:
    found = periods("Turnout was 67.3%, down from 68.8% in 2019.")
    assert (found["67.3%"], found["68.8%"]) == (None, "2019")
    found = periods(
        "HSBC made HK$12.7 billion, compared with HK$9.8 billion last year.", published="2024-05-20"
    )
    assert (found["HK$12.7 billion"], found["HK$9.8 billion"]) == (None, "2023")
    # figures listed before one time all take it
    found = periods("It aims at 700,000 cars and 1 trillion yuan by 2025.")
    assert found["700,000"] == found["1 trillion yuan"] == "2025"


def test_a_part_of_the_year_keeps_the_publication_year_beside_an_anaphoric_year() -> None:
    """ "a year earlier" names no year: a part of the year in its sentence ("in the first half
    to 19.7 million", no modifier of a noun) is not moved to it."""
    got = periods(
        "The index rose to $5,901, nearly four times its level a year earlier, while throughput"
        " climbed 8.1 per cent in the first half to 19.7 million units.",
        published="2024-07-11",
    )
    assert got["8.1 per cent"] == got["19.7 million"] == "2024-H1"


def test_a_ranked_years_time_is_not_a_later_clauses() -> None:
    """ "the second-warmest year on record after 2019": 2019 is the year ranked above."""
    got = periods(
        "Australia's mean temperature in 2024 was 1.46C above average, making it the"
        " second-warmest year on record after 2019, while rainfall totalled 528.5 millimetres.",
        published="2025-01-06",
    )
    assert got["528.5 millimetres"] == "2024"


def test_since_starts_a_span_it_is_not_the_figures_time() -> None:
    assert (
        periods("Oil hit $87 a barrel, the highest since October.", published="2024-05-20")[
            "$87 a barrel"
        ]
        is None
    )
    assert periods("The glacier lost 30 metres since 1990.")["30 metres"] is None


def test_a_change_noun_between_a_figure_and_its_time() -> None:
    found = periods(
        "Prices rose 0.7% in March, after a 0.9% gain in February.", published="2024-05-20"
    )
    assert (found["0.7%"], found["0.9%"]) == ("2024-03", "2024-02")


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a relative clause after a figure holds its own time; the figures after it do not take it
        ("The city welcomed 620,000 visitors last year, well below the 1.1 million who came in "
         "2019, and they spent $410 million.", "1.1 million", "2019"),
        ("The city welcomed 620,000 visitors last year, well below the 1.1 million who came in "
         "2019, and they spent $410 million.", "$410 million", "2023"),
        ("GDP grew 6.2% in the first half of 2019, slower than the 7.1% that was recorded a year "
         "earlier.", "7.1%", "2018-H1"),
        # "than at the end of 2022" is the comparison's time, not the level's
        ("It employs 18,600 people, about 900 fewer than at the end of 2022.", "18,600", None),
        # a plain time before the figure in the same sentence still holds
        ("Revenue rose 5% in 2023, and profit rose 3%.", "3%", "2023"),
    ],
)  # fmt: skip
def test_a_compared_figures_time_is_its_own(text: str, figure: str, period: str | None) -> None:
    found = {m.text: m for m in extract(text, published="2024-03-14")}
    got = found[figure].period
    assert (got.label if got else None) == period


def test_a_paragraph_with_no_time_speaks_of_the_reports_recent_time() -> None:
    found = periods(
        "Revenue for the year to 31 December 2023 rose to 4.6 billion.\n\n"
        "Operating margin narrowed to 6.1 percent from 7.3 percent a year earlier.",
        published="2024-03-14",
    )
    assert found["7.3 percent"] == "2022"


def test_the_same_period_of_a_year_keeps_the_part_named_before() -> None:
    text = (
        "The airport handled 28.4 million passengers in the first nine months of the year, "
        "nearly double the 14.6 million in the same period of 2022."
    )
    got = {m.text: m.period.label for m in extract(text, published="2024-10-02") if m.period}
    assert got["28.4 million"] == "2024-01..09"
    assert got["14.6 million"] == "2022-01..09"


def test_the_whole_year_is_the_year_of_the_time_before_it() -> None:
    text = (
        "Norland's GDP was flat in the fourth quarter of 2023, leaving growth for the whole "
        "year at 0.5%."
    )
    got = {m.text: m.period.label for m in extract(text, published="2024-01-31") if m.period}
    assert got["0.5%"] == "2023"
    # alone it names no year: in January "the full year" is the year just ended
    alone = [m for m in extract("Profit for the full year rose 5%.", published="2024-01-31")]
    assert all(m.period is None for m in alone if isinstance(m, Quantity))


@pytest.mark.parametrize(
    ("text", "published", "surface", "label"),
    [
        (
            "Ore output rose 2 per cent in the three months to September, and the miner kept "
            "its full-year guidance of 254 million tonnes.",
            "2023-10-20",
            "254 million tonnes",
            "2023",
        ),
        (
            "Sales fell 4% in the second quarter of 2024, but full-year profit should reach "
            "$3 billion, the company said.",
            "2024-07-30",
            "$3 billion",
            "2024",
        ),
    ],
)
def test_full_year_in_a_report_on_a_part_is_that_parts_year(
    text: str, published: str, surface: str, label: str
) -> None:
    got = {m.text: m.period.label for m in extract(text, published=published) if m.period}
    assert got[surface] == label


@pytest.mark.parametrize(
    "text",
    [
        "Police recorded 4,400 burglaries a year earlier.",
        "The port handled 4,400 ships in the same period a year earlier.",
    ],
)
def test_a_time_after_a_figures_noun_is_the_figures(text: str) -> None:
    got = {m.text: m.period.label for m in extract(text, published="2023-07-19") if m.period}
    assert got["4,400"] == "2022"


def test_the_period_of_a_baseline_above_or_below_is_not_the_figures() -> None:
    text = "The mean summer temperature was 19.8C, 2.1C above the 1991-2020 average."
    got = {
        m.text: m.period for m in extract(text, published="2024-09-03") if isinstance(m, Quantity)
    }
    assert got["2.1C"] is None and got["19.8C"] is None


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [("Sales were 2.1 million in March a year earlier.", "2.1 million", "2023-03"),
     ("Exports fell 5% in the first half a year earlier.", "5%", "2023-H1"),
     ("Fines reached 48,000 in the January-June period a year earlier.", "48,000", "2023-01..06"),
     # a comma: the shift is another figure's time, not the part of the year's
     ("Sales rose 5% in March, up from 4% a year earlier.", "5%", "2024-03")],
)  # fmt: skip
def test_a_part_of_the_year_dated_by_a_shift_right_after_it(
    text: str, figure: str, label: str
) -> None:
    assert periods(text, "2024-06-01")[figure] == label


def test_a_whole_year_is_the_year_of_the_own_time_before_it() -> None:
    text = (
        "The operator said its first-quarter output averaged 412,000 barrels per day, up 6% "
        "from a year earlier, and kept its full-year target of 430,000 bpd."
    )
    found = periods(text, "2024-04-23")
    assert found["412,000 barrels per day"] == "2024-Q1"
    assert found["430,000 bpd"] == "2024"


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a sentence that goes on speaks of the time of its predecessor's own figures, not of
        # the one it compared them with
        ("The museum welcomed 1.84 million visitors in 2023, still below the 2.1 million "
         "recorded in 2019. Its sister site drew 412,000 visitors over the same period.",
         "412,000", "2023"),
        ("Sales rose to $4.1 billion in 2022 from $3.8 billion in 2021. It also opened 40 stores.",
         "40", "2022"),
        # with only a compared figure dated, that is the time it goes on with
        ("Sales were below the $3.8 billion of 2021. It also opened 40 stores.", "40", "2021"),
    ],
)  # fmt: skip
def test_a_sentence_going_on_takes_its_predecessors_own_time(
    text: str, figure: str, label: str
) -> None:
    assert periods(text, "2024-03-01")[figure] == label
