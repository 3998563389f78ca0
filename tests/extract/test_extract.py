"""Behaviour of the extract stage on short sentences written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import DateMention, Ordinal, Quantity


def quantities(text: str, **kw: object) -> list[Quantity]:
    return [m for m in extract(text, **kw) if isinstance(m, Quantity)]  # type: ignore[arg-type]


def one(text: str, **kw: object) -> Quantity:
    found = quantities(text, **kw)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It cost HK$5bn.", 5e9, "HKD"),
        ("It cost HK$5 billion.", 5e9, "HKD"),
        ("It cost HK$5,000 million.", 5e9, "HKD"),
        ("Turnover was 2.4 billion yuan.", 2.4e9, "CNY"),
        ("That is US$352.5m.", 352.5e6, "USD"),
        ("That is US$3b.", 3e9, "USD"),
        ("It reached $1.66 trillion.", 1.66e12, "USD"),
        ("Output rose eight percent.", 8, "percent"),
        ("Output rose 8 per cent.", 8, "percent"),
        ("Output rose 8%.", 8, "percent"),
        ("It rose 0.5 percentage points.", 0.5, "percentage_point"),
        ("It was 2.7 times the total.", 2.7, "times"),
        ("It covers 1.52 million square kilometers.", 1.52e6, "square_kilometre"),
        ("A plant 90 metres long.", 90, "metre"),
        ("Letters over six feet tall.", 6, "foot"),
        ("We bought a dozen eggs.", 12, None),
        ("They counted two hundred and forty birds.", 240, None),
        ("Temperatures hit -4.5 degrees.", -4.5, "degree"),
        ("The door is 2 1/2 in thick.", 2.5, "inch"),
    ],
)
def test_value_and_unit(text: str, value: float, unit: str | None) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It made up one-sixth of the area.", 1 / 6),
        ("It made up three-quarters of revenue.", 0.75),
        ("Almost two-thirds of voters agreed.", 2 / 3),
        ("A third of the stake is public.", 1 / 3),
        ("Nearly half of the GDP.", 0.5),
    ],
)
def test_fractions(text: str, value: float) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == "fraction"


def test_money_pair_with_conversion_keeps_both_scales() -> None:
    found = quantities("It grew from 2.4 billion yuan (US$352.5m) to 20.8 billion yuan (US$3b).")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("2.4 billion yuan", 2_400_000_000, "CNY"),
        ("US$352.5m", 352_500_000, "USD"),
        ("20.8 billion yuan", 20_800_000_000, "CNY"),
        ("US$3b", 3_000_000_000, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier", "hedge"),
    [
        ("It reached nearly 12 trillion yuan.", "<", "nearly"),
        ("About 60 firms joined.", "~", "about"),
        ("Roughly 330 companies applied.", "~", "roughly"),
        ("More than 20 million yuan was spent.", ">", "more than"),
        ("It was over 6 feet tall.", ">", "over"),
        ("At least 5 people came.", ">=", "at least"),
        ("Up to 7 percent may leave.", "<=", "up to"),
        ("It was 7 percent.", "=", None),
        ("She has worked there for over 20 years.", ">", "over"),
        ("The talks took over six hours.", ">", "over"),
        ("The city will spend the money over five years.", "=", None),
        ("Patients lost weight over 68 weeks.", "=", None),
        # a headline's present tense
        ("Norvia turnout tops 50% in EU vote", ">", "tops"),
        ("Subscriber base surpasses 300 million", ">", "surpasses"),
    ],
)
def test_qualifiers(text: str, qualifier: str, hedge: str | None) -> None:
    q = one(text)
    assert (q.qualifier, q.hedge) == (qualifier, hedge)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The economy shrank by 2.5 per cent.", "down"),
        ("The economy grew by 5.3 per cent.", "up"),
        ("It recorded an increase of 8 percent.", "up"),
        ("It was down from 8.5 percent.", "down"),
        ("Sales were up 5%.", "up"),
        ("It made up 9 percent of the population.", None),
    ],
)
def test_direction(text: str, direction: str | None) -> None:
    assert one(text).direction == direction


def test_range_keeps_low_and_high() -> None:
    q = one("Growth of between 3 and 5 per cent is expected.")
    assert (q.value, q.low, q.high, q.unit) == (None, 3, 5, "percent")
    assert q.text == "between 3 and 5 per cent"


def test_range_with_scale_applies_to_both_ends() -> None:
    q = one("It will cost $3-5 million.")
    assert (q.low, q.high, q.unit) == (3_000_000, 5_000_000, "USD")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("In the first half of 2018, GDP grew 7.4 percent.", "2018-H1"),
        ("GDP grew 7.4 percent in H1 2018.", "2018-H1"),
        ("In the upper half of 2017, GDP grew 8%.", "2017-H1"),
        ("It grew by 5.3 per cent in the first three quarters of 2023.", "2023-Q1..Q3"),
        ("Between January and May 2018, output rose eight percent.", "2018-01..05"),
        ("It shrank by 2.5 per cent in 2016.", "2016"),
        (
            "It aims for 1 trillion yuan by the end of the 14th Five-Year Plan period (2021-25).",
            "2021..2025",
        ),
    ],
)
def test_period_attached(text: str, label: str) -> None:
    q = one(text)
    assert q.period is not None and q.period.label == label


def test_from_to_splits_years_between_values() -> None:
    found = quantities(
        "From 2015 to 2017, turnover grew from 2.4 billion yuan to 20.8 billion yuan."
    )
    assert [q.period.label for q in found if q.period] == ["2015", "2017"]


def test_relative_time_resolved_against_publication() -> None:
    found = quantities(
        "It dropped from 8.18 percent in 2010 to 6.98 percent last year.", published="2024-05-20"
    )
    assert [q.period.label for q in found if q.period] == ["2010", "2023"]


def test_relative_time_unresolved_without_publication() -> None:
    dates = [m for m in extract("It rose last year.") if isinstance(m, DateMention)]
    assert dates and dates[0].period is None


def test_years_are_dates_not_quantities() -> None:
    found = extract("In 2017, 197 companies joined.")
    assert [(m.kind, m.text) for m in found] == [("date", "2017"), ("quantity", "197")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("This year marks the 21st anniversary.", 21),
        ("The 10th trip.", 10),
        ("The seventh census.", 7),
    ],
)
def test_ordinals(text: str, value: int) -> None:
    ords = [m for m in extract(text) if isinstance(m, Ordinal)]
    assert [o.value for o in ords] == [value]


def test_five_year_plan_is_an_ordinal_with_a_period() -> None:
    ords = [
        m for m in extract("by the end of the 14th Five-Year Plan period") if isinstance(m, Ordinal)
    ]
    assert ords[0].text == "14th Five-Year Plan"
    assert ords[0].period is not None and ords[0].period.label == "2021..2025"


def test_precision_follows_the_written_digits() -> None:
    assert one("It was 7.4 percent.").precision == pytest.approx(0.1)
    assert one("It was 8 percent.").precision == 1
    assert one("It was 2.4 billion yuan.").precision == pytest.approx(1e8)


def test_spans_are_one_based_and_end_exclusive() -> None:
    q = one("line one\nGDP grew 7.4 percent.")
    s = q.span
    assert (s.line, s.column, s.end_line, s.end_column) == (2, 10, 2, 21)
    assert q.text == "7.4 percent"


def test_identifiers_are_not_figures() -> None:
    assert quantities("Object SCP 06F6 was seen, and 5G networks too.") == []


def test_pronoun_one_is_not_a_figure() -> None:
    assert quantities("It is one of the earliest cities, and no one knew.") == []


def test_conversion_keeps_the_hedge_of_its_source() -> None:
    found = quantities("Payments reached nearly 12 trillion yuan ($1.66 trillion) in 2022.")
    assert [(q.text, q.qualifier, q.hedge) for q in found] == [
        ("12 trillion yuan", "<", "nearly"),
        ("$1.66 trillion", "<", "nearly"),
    ]


def test_comparison_baseline_is_not_the_period_of_the_next_sentence() -> None:
    text = (
        "In 2017, 197 companies qualified, 2.7 times the number in 2016. "
        "And 261 companies joined, 3.9 times the number in 2016."
    )
    periods = {q.text: q.period.label if q.period else None for q in quantities(text)}
    assert periods == {"197": "2017", "2.7 times": "2017", "261": "2017", "3.9 times": "2017"}


def test_same_period_last_year_is_a_baseline() -> None:
    text = (
        "Between January and May 2018, output rose eight percent over the same period for last "
        "year, with cars contributing over three-quarters of the total."
    )
    found = {q.text: q.period.label if q.period else None for q in quantities(text)}
    assert found["three-quarters"] == "2018-01..05"


@pytest.mark.parametrize(
    ("text", "label"),
    [("In early September, leaders met.", "2023-09"), ("It was revealed in July.", "2023-07")],
)
def test_month_alone_takes_the_publication_year(text: str, label: str) -> None:
    dates = [m for m in extract(text, published="2023") if isinstance(m, DateMention)]
    assert [d.period.label if d.period else None for d in dates] == [label]
    assert dates[0].text.rstrip(".") == dates[0].text


def test_month_name_as_a_verb_is_not_a_date() -> None:
    assert [m for m in extract("May I ask?", published="2023") if isinstance(m, DateMention)] == []


def test_long_spelled_number() -> None:
    text = "It was one hundred and thirty-nine million five hundred and eighty-two thousand four hundred and twenty-one."
    assert one(text).value == 139_582_421


def test_digit_run_too_long_for_a_figure_is_not_a_quantity() -> None:
    assert quantities("Checksum " + "7" * 60 + " end.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The chip runs at 2.80 GHz.", 2.8, "gigahertz"),
        ("The line carries 500 kV.", 500, "kilovolt"),
        ("Buy 3 L of wine.", 3, "litre"),
        ("The bandgap is 1.7 eV.", 1.7, "electronvolt"),
        ("A 16.25 nanometers accuracy.", 16.25, "nanometre"),
        ("It holds 4km^3 of water.", 4, "cubic_kilometre"),
        ("Its GDP is $2.174T.", 2.174e12, "USD"),
        ("A two-year period.", 2, "year"),
    ],
)
def test_more_units_and_suffixes(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "At 2 pm everybody left.",
        "I arrived at 2.13 am.",
        "The OAO-1 mission failed.",
        "The number 1/0 is not valid.",
        "It lasted several hundred years.",
    ],
)
def test_not_a_quantity(text: str) -> None:
    assert quantities(text) == []


def test_closing_quote_is_not_inches() -> None:
    q = one('The class is "English 101". Skip it.')
    assert (q.value, q.unit) == (101, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("They were given between 44 mg and 50 mg daily.", 44, 50), ("Take 44 mg to 50 mg.", 44, 50)],
)
def test_range_with_the_unit_on_both_ends(text: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.low, q.high, q.value, q.unit) == (low, high, None, "milligram")


@pytest.mark.parametrize("text", ["It fell from 44 mg to 50 mg.", "It rose 5% to 7%."])
def test_from_to_and_changes_stay_two_figures(text: str) -> None:
    assert len(quantities(text)) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It took one hundred and three and two thirds days.", 103 + 2 / 3),
        ("It took twenty and three fifths days.", 20.6),
        ("It took one and a half days.", 1.5),
    ],
)
def test_spelled_whole_and_fraction(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


def test_a_wrapped_line_keeps_a_figure_whole() -> None:
    """A hard-wrapped line (Markdown soft wrap) between a figure and its scale or unit."""
    found = quantities("Exports reached 2.4\nbillion yuan, and GDP grew 6.3\npercent.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("2.4\nbillion yuan", 2.4e9, "CNY"),
        ("6.3\npercent", 6.3, "percent"),
    ]
    assert (found[0].span.line, found[0].span.end_line) == (1, 2)


def test_figures_on_their_own_lines_stay_apart() -> None:
    """Only a break before a lower-case word joins lines: a column of figures is not 1 234 567."""
    assert [q.value for q in quantities("1\n234\n567\n")] == [1, 234, 567]
    assert [q.text for q in quantities("Growth 5%\nRevenue 7 million\n")] == ["5%", "7 million"]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Spending was 4 percent less than a year ago.", "down"),
        ("Sales saw a 4% drop.", "down"),
        ("Sales were 5% higher than last year.", "up"),
        ("Turnout was 5 percentage points lower.", "down"),
        ("Some 5% of people agreed.", None),
        ("Sales rose 5% less than forecast.", "up"),  # a word before the figure says first
    ],
)
def test_a_direction_word_right_after_a_percentage(text: str, direction: str | None) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert q.direction == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The drug raised the risk of heart attack, stroke or death by 20 per cent.", "up"),
        ("The operator cut journey times on the busiest line by nearly 12 minutes.", "down"),
        ("The council lowered the cap on rents in the city centre by 3%.", "down"),
        ("Donations were raised by 300 donors.", None),  # a count after "by" is its agent
        ("The appeal raised $3.2 million.", None),  # money raised, no rise
        ("The report, published by 12 agencies, was long.", None),
    ],
)
def test_the_verb_of_a_change_by_a_figure(text: str, direction: str | None) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert q.direction == direction


def test_a_unit_letter_and_a_full_stop_end_a_sentence() -> None:
    from claimcheck.extract.sentences import split

    text = "It broke the record of 40.3C. Rainfall totalled 96 mm. J. Smith said so."
    assert [text[s.start : s.end] for s in split(text)] == [
        "It broke the record of 40.3C.",
        "Rainfall totalled 96 mm.",
        "J. Smith said so.",
    ]


def test_the_base_of_a_rate_for_every_n_is_no_figure() -> None:
    from claimcheck.extract import extract

    text = "Officials attributed 1,420 deaths to the heat, or 2.6 for every 100,000 people."
    assert [m.text for m in extract(text) if hasattr(m, "frame")] == ["1,420", "2.6"]
