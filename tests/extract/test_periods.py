"""extract.periods: time expressions and the periods they name, with and without a publication date."""

from __future__ import annotations

import re

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract, period_pattern, periods
from claimcheck.model import DateMention

LEX = lexicon.load()


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    """Each date mention's text and period label."""
    return [(m.text, m.period.label if m.period else None) for m in extract(text, published=published)
            if isinstance(m, DateMention)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # quarters without a year: of the publication year, or the one before or after it
        (
            "Sales rose in the third quarter this year.",
            "2018-08-15",
            ("the third quarter this year", "2018-Q3"),
        ),
        (
            "Sales rose in next year's third-quarter.",
            "2018-08-15",
            ("next year's third-quarter", "2019-Q3"),
        ),
        ("Sales rose in the first quarter.", "2018-08-15", ("the first quarter", "2018-Q1")),
        ("Output was 9% in Q1-Q3.", "2018-08-15", ("Q1-Q3", "2018-Q1..Q3")),
        ("Output was 7% in Q1.", None, ("Q1", None)),
        # a month named after this/next/last: the nearest one, counted from the publication date
        ("Last September they fell.", "2018-08-15", ("Last September", "2017-09")),
        ("Last June they fell.", "2018-08-15", ("Last June", "2018-06")),
        ("They will rise next june.", "2018-08-15", ("next june", "2019-06")),
        ("They will rise next October.", "2018-08-15", ("next October", "2018-10")),
        ("They rise this January.", "2018", ("this January", "2018-01")),
        ("They rose last September.", "2018", ("last September", None)),
        # months counted from publication
        ("Prices rose last month.", "2018-01-15", ("last month", "2017-12")),
        ("Prices rose later this month.", "2018-01-15", ("later this month", "2018-01")),
        (
            "Prices rose in the past three months.",
            "2018-02-15",
            ("the past three months", "2017-11..2018-01"),
        ),
        (
            "Prices may rise in the next 6 months.",
            "2018-02-15",
            ("the next 6 months", "2018-03..08"),
        ),
        ("Shares are down year to date.", "2018-08-15", ("year to date", "2018-01..08")),
        ("Shares are down so far this year.", "2018", ("so far this year", "2018")),
        ("Its share was 21% the year before last.", "2024-05-01", ("year before last", "2022")),
        ("Sales will double the year after next.", "2024-05-01", ("year after next", "2026")),
        # a month after the publication month is this year's where the sentence looks ahead
        ("A 6% rise starting in September was agreed.", "2018-06-01", ("September", "2018-09")),
        (
            "Gold is up 35% since the start of the year.",
            "2018-10-31",
            ("since the start of the year", "2018-01..10"),
        ),
        (
            "Since the beginning of this year, sales rose.",
            "2018-05-02",
            ("Since the beginning of this year", "2018-01..05"),
        ),
        # days within or across months name their months (periods are whole months)
        ("They met on November 19-20, 2018.", None, ("November 19-20, 2018", "2018-11")),
        ("They met from 2 to 7 Feb 2018.", None, ("from 2 to 7 Feb 2018", "2018-02")),
        (
            "They met between Oct. 2 and November 22.",
            "2018-05-01",
            ("between Oct. 2 and November 22", "2018-10..11"),
        ),
        # a year and a month in figures
        ("It peaked in 11/2016.", None, ("11/2016", "2016-11")),
        ("It peaked in 2016-11.", None, ("2016-11", "2016-11")),
        ("It peaked in March, 2018.", None, ("March, 2018", "2018-03")),
        # the end of a month is its last day, the time a stock is counted at
        ("By the end of March, 40% had left.", "2018-08-15", ("the end of March", "2018-03-31")),
        # a month after the publication month, with nothing ahead in its sentence, is last
        # year's; with a future cue it is the publication year's
        (
            "Deposits rose 8% by the end of December.",
            "2024-04-02",
            ("the end of December", "2023-12-31"),
        ),
        ("Sales rose 5 percent in December.", "2024-04-02", ("December", "2023-12")),
        ("Sales will rise 5 percent in December.", "2024-04-02", ("December", "2024-12")),
        ("The line, due to open in May, cost 5 billion.", "2024-04-02", ("May", "2024-05")),
        ("Sales rose 5 percent in March.", "2024-04-02", ("March", "2024-03")),
        ("Prices peaked on Dec. 17 at 40 cents.", "2024-04-02", ("Dec. 17", "2023-12-17")),
        # the decade before publication
        ("Exports doubled over the past decade.", "2021-05-14", ("the past decade", "2011..2020")),
        ("That is 7% more over the decade.", "2021-05-14", ("the decade", "2011..2020")),
        ("In the decade to 2020 exports doubled.", None, ("the decade to 2020", "2011..2020")),
    ],
)
def test_period(text: str, published: str | None, expected: tuple[str, str | None]) -> None:
    assert expected in dates(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "In 2010-11, revenue rose.",  # a fiscal year across two years, not November 2010
        "It rose 5% to 20 in May.",
        "On June 4% of voters moved.",
        "We met November 31-20.",
    ],
)
def test_not_a_month_or_day_range(text: str) -> None:
    found = dates(text, "2018-08-15")
    assert all(
        label is None or ".." not in label or label.startswith("2010..") for _, label in found
    )
    assert not any(label in ("2010-11", "2018-11") for _, label in found)
    assert not any(t.startswith(("5% to", "4%", "June 4", "November 31")) for t, _ in found)


def test_a_figure_after_a_day_range_is_a_quantity() -> None:
    """ "November 19-20" used to leave 20 as a figure; the range is a time now."""
    found = [m.text for m in extract("They met on November 19-20, 2018.") if m.kind == "quantity"]
    assert found == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("the third quarter this year", "qrel"),
        ("Q1-Q3", "qbare"),
        ("last September", "mrel2"),
        ("year-to-date", "ytd"),
        ("the past three months", "monrange"),
        ("early next month", "monrel"),
        ("November 19-20", "drange"),
        ("11/2016", "mnum"),
        ("a year earlier", "anaphor"),
    ],
)
def test_alternatives(text: str, group: str) -> None:
    m = period_pattern.compile_for(LEX).fullmatch(text)
    assert m is not None and m.lastgroup == group


def test_years_listed_without_a_space() -> None:
    """ "2016,2017" is two years (it used to lose 2016: a comma then digits looked like a
    thousands group); "1,2018" and "2018,000" are neither."""
    assert [t for t, _ in dates("In 2016,2017, GDP grew 5%.")] == ["2016", "2017"]
    assert dates("It was 1,2018 or 2018,000.") == []


# One or more examples of every alternative, starting with a digit and with a word where it can.
EXAMPLES = [
    "2024-05-20", "first half of 2018", "1st half of 2018", "H1 2018", "2018 H1", "1H 2018",
    "first three quarters of 2023", "third quarter of 2023", "3rd quarter of 2023",
    "the third quarter this year", "3rd-quarter", "Q3 2023", "2023Q3", "Q1-Q3",
    "between January and May 2018", "first six months of 2018", "November 19-20, 2018",
    "from 2 to 7 Feb 2018", "March 7, 2024", "7 March 2024", "March 2024", "11/2016",
    "September last year", "from 2015 to 2017", "2021-25", "14th Five-Year Plan", "1990s",
    "a year earlier", "2 years earlier", "the same period of the previous year", "20 years ago",
    "two decades ago", "past three years", "the past 3 months", "last month", "last year",
    "last September", "year to date", "early May", "the end of March", "Dec.17", "07:20",
    "5 pm", "2003", "FY2019", "fiscal 2019", "mid-2019", "late 2023", "year to September 2023",
    "12 months to February 2024", "1H24", "FY24", "the first half", "last quarter", "Twenty years ago",
    "the fiscal year starting in April 2024", "year ending March 2023",
]  # fmt: skip


@pytest.mark.parametrize("text", EXAMPLES)
def test_split_pattern_finds_what_the_whole_one_does(text: str) -> None:
    """`find` tries only the alternatives that can start at a digit, or at a word: the first
    match must be the whole pattern's."""
    whole = period_pattern.compile_for(LEX)
    at_digit, at_word = period_pattern.compile_split(LEX)
    sentence = f"It was so in {text}, they said."
    start = sentence.index(text)
    expected = whole.match(sentence, start)
    got = (at_digit if text[0].isdigit() else at_word).match(sentence, start)
    assert expected is not None
    assert got is not None and (got.lastgroup, got.span()) == (expected.lastgroup, expected.span())


def test_every_alternative_is_in_a_split_pattern() -> None:
    names = [
        re.search(r"\(\?P<(\w+)>", alt).group(1)
        for alt in period_pattern.alternatives(period_pattern.build(LEX))
    ]  # type: ignore[union-attr]
    assert len(names) == len(set(names)) == 39
    assert set(names) >= period_pattern.DIGIT_ONLY | period_pattern.NO_DIGIT
    assert not period_pattern.DIGIT_ONLY & period_pattern.NO_DIGIT


@pytest.mark.parametrize("text", [t for t in EXAMPLES if t[0].isdigit()])
def test_find_tries_every_time_that_starts_with_a_digit(text: str) -> None:
    """`find` skips figures that start no time expression by a cheap test; none of these."""
    found = periods.find(f"It was so in {text}, they said.", LEX, 2020)
    assert [f.end - f.start for f in found] == [len(text)]


def test_a_month_range_named_a_period() -> None:
    assert ("January-May period of 2018", "2018-01..05") in dates(
        "In the January-May period of 2018 exports rose."
    )


def test_part_of_a_year_is_that_year() -> None:
    """ "mid-2019" was read as the figure 2019 sharing the next figure's unit."""
    assert dates("Growth was 2% in mid-2019 and 3% in late 2023.") == [
        ("mid-2019", "2019"),
        ("late 2023", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Crime fell 7 per cent in the year to September 2023.", "2022-10..2023-09"),
        ("Sales rose 5% in the three months to March 2024.", "2024-Q1"),
        ("Sales rose 3% in the six months ended September 30, 2023.", "2023-Q2..Q3"),
        ("Sales rose 3% in the six months to June 2023.", "2023-H1"),
        ("Profit rose 2% in the quarter ended March 31.", "2024-Q1"),
        ("Wages rose 4% in the decade to 2023.", "2014..2023"),
        ("Wages rose 6% in the 12 months to February.", "2023-03..2024-02"),
        ("Revenue for the year to 31 December 2023 rose 3.8%.", "2023"),
        ("Profit for the 12 months to 30 June 2023 fell 4%.", "2022-07..2023-06"),
        ("Revenue for the fourth quarter of fiscal 2024 was $22.1 billion.", "2024-Q4"),
        ("Sales in the first half of FY2023 rose 4%.", "2023-H1"),
        ("Profit in the first three quarters of fiscal year 2022 rose 3%.", "2022-Q1..Q3"),
        # a year named keeps its quarters, however early in the year the text is written
        ("GDP grew 5.3% in the first three quarters of 2023.", "2023-Q1..Q3"),
        ("Sales fell 2% in the first two quarters of 2022.", "2022-Q1..Q2"),
        # a kind of year between "the" and "year"
        ("Borrowing was £128 billion in the financial year ending March 2023.", "2022-04..2023-03"),
        # a year that starts at a date
        (
            "It set a ¥112 trillion budget for the fiscal year starting in April 2024.",
            "2024-04..2025-03",
        ),
        ("Fees rise 4% in the year beginning 1 July 2025.", "2025-07..2026-06"),
        ("Tax revenue rose 13.5% in the fiscal year that ended in March 2024.", "2023-04..2024-03"),
        # a part of the year the text is written in
        (
            "The airport handled 28.4 million passengers in the first nine months of the year.",
            "2024-01..09",
        ),
        ("GDP grew 5.2 percent in the first three quarters of this year.", "2024-Q1..Q3"),
    ],
)
def test_a_span_that_ends_at_a_date(text: str, label: str) -> None:
    (q,) = [m for m in extract(text, published="2024-05-20") if m.kind == "quantity"]
    assert q.period is not None and q.period.label == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose 5% in 1H24.", ("1H24", "2024-H1")),
        ("Revenue rose 7% in FY24.", ("FY24", "2024")),
        ("Growth slowed in the first half.", ("the first half", "2024-H1")),
        ("Sales rose 3% last quarter.", ("last quarter", "2024-Q1")),
        ("Twenty years ago it was $500bn.", ("Twenty years ago", "2004")),
        # a range of months with no year: the publication year's, or last year's when its
        # last month had not come by then
        ("Output rose 1.3% in January-February.", ("January-February", "2024-01..02")),
        ("Exports rose 2% in January and February.", ("January and February", "2024-01..02")),
        ("Sales rose 4% between June and August.", ("between June and August", "2023-06..08")),
        ("Imports fell in the January-March period.", ("January-March", "2024-01..03")),
    ],
)
def test_news_period_shorthand(text: str, expected: tuple[str, str]) -> None:
    assert expected in dates(text, "2024-05-20")


@pytest.mark.parametrize(
    ("published", "label"),
    [("2024-02-05", "2023-Q1..Q3"), ("2024-11-05", "2024-Q1..Q3")],
)
def test_the_first_quarters_named_alone_are_the_last_ones_ended(published: str, label: str) -> None:
    """ "the first three quarters" with no year is no fraction ("three quarters" of something):
    it is the publication year's, or the year before's when they had not ended by then."""
    text = "Tourism receipts for the first three quarters were estimated at $19.7 billion."
    (q,) = [m for m in extract(text, published=published) if m.kind == "quantity"]
    assert q.text == "$19.7 billion"
    assert q.period is not None and q.period.label == label


@pytest.mark.parametrize(
    "text",
    ["March and April were wet months.", "It may and June will tell.", "Sales fell in May-March."],
)
def test_a_range_of_months_alone_needs_a_cue_and_an_order(text: str) -> None:
    """Two months joined are a time only after a preposition, "the", "between" or "from", and
    only when they run forwards."""
    assert not [d for d in dates(text, "2024-05-20") if "-" in (d[1] or "") and ".." in d[1]]


@pytest.mark.parametrize(
    ("text", "starts"),
    [("7.4 percent", False), ("1,000 jobs", False), ("10.30 pm", True), ("9.15am", True),
     ("07:20", True), ("11/2016", True), ("2018", True), ("3 years ago", True)],
)  # fmt: skip
def test_the_digit_prefilter_lets_only_time_shapes_through(text: str, starts: bool) -> None:
    """Most figures start no time expression: the cheap first test spares them the pattern
    (a decimal figure is no "10.30 pm")."""
    from claimcheck.extract.periods import _AT_DIGIT

    assert (_AT_DIGIT.match(text) is not None) is starts
