"""extract.timeline: which period a figure is stated for, when its sentence names several."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def periods(text: str, published: str) -> dict[str, str | None]:
    return {
        m.text: (m.period.label if m.period else None)
        for m in extract(text, published=published)
        if isinstance(m, Quantity)
    }


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a day right after a figure is its time, not a year later in the sentence
        (
            "Copper rose 2.1 percent on Tuesday as miners warned of shortages in 2026.",
            "2.1 percent",
            None,
        ),
        # "and" with a verb of its own opens a predicate that a later year belongs to
        (
            "The bank cut its rate to 3.5 percent and signalled two more cuts in 2026.",
            "3.5 percent",
            None,
        ),
        (
            "The bank cut its rate to 3.5 percent and signalled two more cuts in 2026.",
            "two",
            "2026",
        ),
        # a year at the end of the figure's own clause is still its own
        ("Exports rose 4.2 percent in 2024.", "4.2 percent", "2024"),
        ("Exports rose 4.2 percent and imports fell in 2024.", "4.2 percent", "2024"),
        # a part of the year takes the one year its sentence names, not a year it is compared
        # with
        (
            "Aerlis posted a first-half profit of $310 million, its best since 2019.",
            "$310 million",
            "2025-H1",
        ),
        ("Aerlis posted a first-half profit of $310 million in 2024.", "$310 million", "2024-H1"),
        # a verb of expecting opens a predicate a later year belongs to
        (
            "Kestrel said it would cut 120 jobs and expects to spend $90 million by 2027.",
            "120",
            None,
        ),
        (
            "Kestrel said it would cut 120 jobs and expects to spend $90 million by 2027.",
            "$90 million",
            "2027",
        ),
        # the start of a record is no figure's time
        (
            "95 millimetres of rain fell in 24 hours, the most since records began in 1961.",
            "95 millimetres",
            None,
        ),
        # a figure of a relative clause takes no time after the clause's end
        ("Kestrel, which runs 12 ships, said it expects to order two more by 2027.", "12", None),
        # before a capitalised noun too ("first-half GDP growth")
        ("Dunmore recorded first-half GDP growth of 6.1% in 2023.", "6.1%", "2023-H1"),
        # a compared figure takes the time it is compared at, past a comma too
        (
            "The gallery had 2.3 million visitors in 2022, below the 3.1 million it drew in 2019.",
            "3.1 million",
            "2019",
        ),
        (
            "The gallery had 2.3 million visitors in 2022, below the 3.1 million it drew in 2019.",
            "2.3 million",
            "2022",
        ),
        (
            "In 2022 the port handled 4.1 million containers, against 3.2 million in 2018.",
            "3.2 million",
            "2018",
        ),
        # not a change's time it is measured from
        (
            "The city counted 1,108,000 migrants in 2020, up 36 percent from ten years earlier.",
            "36 percent",
            "2020",
        ),
        ("Profit for 2023 was $30.3 billion, up 78 per cent on 2022.", "78 per cent", "2023"),
        # "a decade earlier" is ten years before the time it refers to
        (
            "Forests absorbed 310 million tonnes in 2022, down from 450 million tonnes a decade"
            " earlier.",
            "450 million tonnes",
            "2012",
        ),
        # ", when ..." after a time is of that time
        (
            "Eurostar carried 18.6 million passengers in 2023, its busiest year since 2019, when it"
            " carried 19.3 million.",
            "19.3 million",
            "2019",
        ),
    ],
)
def test_a_figure_takes_the_time_of_its_own_clause(
    text: str, figure: str, period: str | None
) -> None:
    assert periods(text, "2025-11-20")[figure] == period


def test_a_month_is_last_years_by_its_own_sentence_not_the_next_paragraphs() -> None:
    text = (
        "Unemployment stood at 7.9 percent in December, down from 9.4 percent a year earlier."
        "\n\nProperty tax will rise by 3 percent."
    )
    assert periods(text, "2024-02-08")["7.9 percent"] == "2023-12"


def test_a_time_opening_a_line_is_its_clauses_time() -> None:
    """A draft's front matter is blanked before extraction: "A year earlier," then opens a
    line, not the text, and must still date its clause (it was read as a baseline)."""
    text = "   \n   \nA year earlier, electric cars had a 12.2% share of new registrations."
    assert periods(text, "2024-07-02")["12.2%"] == "2023"


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        (
            "Journeys reached 32.8 million in the year to March, compared with 36.4 million "
            "before the pandemic.",
            "36.4 million",
            None,
        ),
        ("Sales were 2.1 million in 2023, against 2.9 million at their peak.", "2.9 million", None),
        (
            "Sales were 2.1 million in 2023, against 2.9 million at their peak.",
            "2.1 million",
            "2023",
        ),
        ("In 2023 the festival drew 41,000 people, down from 60,000 pre-pandemic.", "60,000", None),
    ],
)
def test_a_figure_of_a_time_no_calendar_dates_has_no_period(
    text: str, figure: str, period: str | None
) -> None:
    assert periods(text, "2024-05-01")[figure] == period


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a whole dated by a clause of its own keeps its time from the part
        (
            "Arrivals rose to 13.6 million in 2023, about 71 per cent of the 19.1 million "
            "recorded in 2019.",
            "71 per cent",
            "2023",
        ),
        ("The firm cut 2,000 of its 21,000 jobs in 2023.", "2,000", "2023"),
        # a hedge's "than" compares with no figure: 2023 is no baseline
        ("Arrivals more than doubled to 13.6 million in 2023.", "13.6 million", "2023"),
        ("Arrivals more than doubled to 13.6 million in 2023.", "doubled", "2023"),
        (
            "More than 5 million people visited in 2019, against 3 million in 2018.",
            "5 million",
            "2019",
        ),
    ],
)
def test_a_part_and_a_hedge_keep_their_own_time(text: str, figure: str, period: str) -> None:
    assert periods(text, "2024-05-01")[figure] == period
