"""Readings of less common English forms: spans of years, "a" + unit, counting words, coins,
products of powers, named quantities, spelled compounds and "from A to B" ranges."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import DateMention, Quantity


def quantities(text: str) -> list[Quantity]:
    return [m for m in extract(text) if isinstance(m, Quantity)]


def readings(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(q.text, q.value, q.low, q.high, q.unit) for q in quantities(text)]


def dates(text: str) -> list[DateMention]:
    return [m for m in extract(text) if isinstance(m, DateMention)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("It grew fast by the end of the 1960s.", 1960, 1969),
        ("In the 1990s output doubled.", 1990, 1999),
        ("From 2015 to 2017, turnover grew.", 2015, 2017),
        ("The plan for 2021-25 was set.", 2021, 2025),
    ],
)
def test_a_span_of_years_keeps_its_first_and_last_year(text: str, low: int, high: int) -> None:
    (d,) = dates(text)
    assert (d.value, d.low, d.high) == (None, low, high)


@pytest.mark.parametrize(
    "text", ["In 1979 it opened.", "It opened in May 2018.", "In the 2018-H1 report."]
)
def test_a_single_year_or_month_is_no_span(text: str) -> None:
    assert all(d.low is None and d.high is None for d in dates(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("A kibibyte is 8x2^10 bits.", 8192, "bit"), ("It spans 3 × 2^-1 m.", 1.5, "metre")],
)
def test_a_figure_times_a_power_of_another_base(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in quantities(text) if q.unit == unit]
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["a 2x4 board", "a 3x2 grid of 5 cells"])
def test_a_product_without_a_caret_is_no_power(text: str) -> None:
    assert all(q.value != 9 and q.value != 8 for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("I want a gallon of beer.", "a gallon", "gallon"),
        ("A kibibyte is a binary unit.", "A kibibyte", "kibibyte"),
        ("The shop is a kilometre away.", "a kilometre", "kilometre"),
        ("Add an ounce of salt.", "an ounce", "ounce"),
        ("It was a metre-long fish.", "a metre", "metre"),
    ],
)
def test_a_or_an_before_a_unit_name_is_one_of_it(text: str, surface: str, unit: str) -> None:
    assert readings(text) == [(surface, 1, None, None, unit)]


def test_a_penny_is_one_hundredth_of_a_pound() -> None:
    assert readings("Oh look, a penny!") == [("a penny", 0.01, None, None, "GBP")]


def test_one_of_a_unit_keeps_its_hedge() -> None:
    (q,) = quantities("The station is about a mile away.")
    assert (q.value, q.unit, q.hedge) == (1, "mile", "about")


@pytest.mark.parametrize(
    "text",
    [
        "Move a m to the left.",  # a symbol is never counted after "a"
        "It was a ft from the wall.",
        "Get a second opinion.",  # names with another common sense are left out
        "He put a foot in the door.",
        "It grew a bit more.",
        "They fitted a gas meter.",
        "Profit rose a year earlier.",  # nor times
        "The percent of 18-year-olds.",
    ],
)
def test_a_before_a_symbol_or_an_ambiguous_name_is_no_figure(text: str) -> None:
    assert [q for q in quantities(text) if q.value == 1] == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Petrol costs 3.50 a gallon.", "3.50", 3.5, None),  # "a" after a figure is "per"
        ("Petrol costs $3 a gallon.", "$3 a gallon", 3, "USD_per_gallon"),
        ("Output was 5 million a barrel.", "5 million", 5e6, None),
    ],
)
def test_a_after_a_figure_is_per_not_one(
    text: str, surface: str, value: float, unit: str | None
) -> None:
    assert readings(text) == [(surface, value, None, None, unit)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A baker's dozen is 13.", "A baker's dozen", 13),
        ("She baked a baker’s dozen rolls.", "a baker’s dozen", 13),
        ("I ordered a gross of pencils.", "a gross", 144),
        ("A gross is a dozen dozen.", "A gross", 144),
        ("That is a square dozen.", "a square dozen", 144),
        ("We bought a dozen eggs.", "a dozen", 12),
    ],
)
def test_counting_words_are_counts(text: str, surface: str, value: int) -> None:
    assert (surface, value, None, None, None) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gross margin fell.",
        "It reported a gross profit.",
        "That was a gross error.",
        "Gross domestic product.",
    ],
)
def test_gross_as_an_adjective_is_no_count(text: str) -> None:
    assert [q for q in quantities(text) if q.value == 144] == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("That one costs 3 dimes.", "3 dimes", 3, "dime"),
        ("Pay with a dime.", "a dime", 1, "dime"),
        ("He had 4 nickels.", "4 nickels", 4, "nickel"),
    ],
)
def test_coins_are_counted_as_coins(text: str, surface: str, value: int, unit: str) -> None:
    assert (surface, value, None, None, unit) in readings(text)


def test_nickel_the_metal_is_no_coin() -> None:
    assert readings("They mined 20 nickel deposits.") == [("20", 20, None, None, None)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Matter at absolute zero is still.", "absolute zero", 0, "kelvin"),
        ("It was cooled to near absolute zero.", "absolute zero", 0, "kelvin"),
    ],
)
def test_named_quantities(text: str, surface: str, value: float, unit: str) -> None:
    assert readings(text) == [(surface, value, None, None, unit)]


def test_a_named_quantity_keeps_its_hedge() -> None:
    (q,) = quantities("It was cooled to nearly absolute zero.")
    assert q.hedge == "nearly"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The grid has a size of 2.1 pm.", "2.1 pm", 2.1, "picometre"),
        ("The grid has a size of 2.123 pm.", "2.123 pm", 2.123, "picometre"),
        ("A size of 2.123 am.", "2.123 am", 2.123, "attometre"),
        ("A bond of 2.75 pm.", "2.75 pm", 2.75, "picometre"),  # 75 cannot be minutes
    ],
)
def test_pm_and_am_after_a_figure_that_cannot_be_a_time(
    text: str, surface: str, value: float, unit: str
) -> None:
    assert readings(text) == [(surface, value, None, None, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "I arrived at 2.13 am.",
        "It began at 2pm and ended at 2.17pm.",
        "We met at 2.30 pm.",
        "At 5 PM the 30 AM stations closed.",
    ],
)
def test_pm_and_am_after_a_time_are_no_length(text: str) -> None:
    assert [q for q in quantities(text) if q.unit in ("picometre", "attometre")] == []


def _lexicon_data() -> dict[str, object]:
    from importlib import resources

    import yaml

    return yaml.safe_load(
        resources.files("claimcheck").joinpath("data/lexicon.yaml").read_text("utf-8")
    )  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("one_unit_names", ["gallon", "furlong"]),  # not a unit's spelling
        ("named_quantities", {"room temperature": {"value": 20, "unit": "degrees_room"}}),
        ("named_quantities", {"absolute zero": {"unit": "kelvin"}}),
    ],
)
def test_lexicon_rejects_unknown_units_in_word_quantities(key: str, value: object) -> None:
    from claimcheck import lexicon
    from claimcheck.errors import ConfigError

    data = _lexicon_data()
    data[key] = value
    with pytest.raises(ConfigError):
        lexicon.parse(data)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("Zones are quite high, from 7 to 10, as shown.", "7 to 10", 7, 10, None),
        ("From 7 to 10 people came.", "7 to 10", 7, 10, None),
        ("Prices: from $3 to $5.", "$3 to $5", 3, 5, "USD"),
        ("Doses (from 44 mg to 50 mg) were given.", "44 mg to 50 mg", 44, 50, "milligram"),
        ("Prices ranged from 3 to 5 dollars.", "3 to 5 dollars", 3, 5, "USD"),
    ],
)
def test_from_a_to_b_opening_a_phrase_is_a_range(
    text: str, surface: str, low: float, high: float, unit: str | None
) -> None:
    assert readings(text) == [(surface, None, low, high, unit)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It rose from 7 to 10 percent.", [7, 10]),
        (
            "Sales rose 5%, from 3 to 5 million.",
            [5, 3e6, 5e6],
        ),  # a change word earlier in the clause
        ("The rate was cut, from 7% to 5%.", [7, 5]),
        ("Treatment was reduced from 44 mg to 50 mg ethanol.", [44, 50]),
        ("It went from 7 to 10.", [7, 10]),  # a word before "from": a change
        ("Data from 3 to 5 sources.", [3, 5]),
        ("Grew from 2.4 billion yuan to 20.8 billion yuan.", [2.4e9, 20.8e9]),
    ],
)
def test_from_a_to_b_after_a_word_or_a_change_is_two_figures(
    text: str, values: list[float]
) -> None:
    assert [q.value for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("three million, two hundred & forty, you say?", [3000240]),
        ("It had twelve thousand, four hundred and one seats.", [12401]),
        ("He kept two hundred & ten cats.", [210]),
        (
            "three million, five million and ten million",
            [3e6, 5e6, 10e6],
        ),  # a list: each part alone
        ("five million and ten million", [5e6, 10e6]),  # never their sum
        ("one hundred, twenty", [100, 20]),  # a comma only after a thousand or more
        ("five & six", [5, 6]),
        ("3 million, 200", [3e6, 200]),  # digits are never joined across a comma
    ],
)
def test_spelled_numbers_joined_by_comma_and_ampersand(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities(text)] == values


def test_a_spelled_range_of_like_scales_is_a_range_not_a_sum() -> None:
    (q,) = quantities("between five million and ten million people")
    assert (q.value, q.low, q.high) == (None, 5e6, 10e6)


@pytest.mark.parametrize(
    "text", ["It raised $3 million and fifty cents.", "It raised $3 million, and fifty cents."]
)
def test_cents_after_a_scaled_amount_are_their_own_figure(text: str) -> None:
    assert [(q.text, q.value, q.unit) for q in quantities(text)] == [
        ("$3 million", 3_000_000, "USD"),
        ("fifty cents", 0.5, "USD"),  # cents alone: the paragraph's currency, in its major unit
    ]


def test_a_spelled_continuation_still_completes_a_scaled_amount() -> None:
    assert [(q.value, q.unit) for q in quantities("It cost Rs 6 crore and two hundred.")] == [
        (60_000_200, "INR")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first figure of a change takes the second's scale and unit
        ("Turnover rose from 2.4 to 20.8 billion yuan.", [(2.4e9, "CNY"), (20.8e9, "CNY")]),
        ("It rose from $3 to $5 million.", [(3e6, "USD"), (5e6, "USD")]),
        ("It rose from 10 to 12 percent.", [(10, "percent"), (12, "percent")]),
        # ... but not across magnitudes, and never from a figure that is not a range's end
        ("Sales rose from 300 to 2 billion yuan.", [(300, None), (2e9, "CNY")]),
        (
            "The population fell by 240,000 to 43.59 million in 2018.",
            [(240_000, None), (43.59e6, None)],
        ),
        ("Profit rose by 300 to 1.2 million dollars.", [(300, None), (1.2e6, "USD")]),
    ],
)
def test_a_change_shares_scale_and_unit_only_when_one_magnitude(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    found = [(m.value, m.unit) for m in extract(text) if isinstance(m, Quantity)]
    assert found == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The city has 1.2m residents.", 1.2e6, None),
        ("Some 12m people visited.", 12e6, None),
        ("It mined 5m tonnes of coal.", 5e6, "tonne"),
        ("The wall is 12m high.", 12, "metre"),
        ("She won a 400m race.", 400, "metre"),
        ("The gap is 3m across.", 3, "metre"),
    ],
)
def test_m_before_a_plural_counts_millions(text: str, value: float, unit: str | None) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value"), [("a fivefold increase", 5), ("rose tenfold", 10), ("a hundredfold", 100)]
)
def test_multiples_in_one_word(text: str, value: int) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert (q.value, q.unit) == (value, "times")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net debt was reduced by €2.3bn to €14.1bn.", ["€2.3bn", "€14.1bn"]),
        ("Jobless claims fell by 8,000 to 208,000.", ["8,000", "208,000"]),
        ("Costs fell £200m to £1.4bn.", ["£200m", "£1.4bn"]),
        ("Prices rose by 3 to 5 percent.", ["3 to 5 percent"]),  # a range of the change
    ],
)
def test_a_change_by_a_to_b_is_two_figures_unless_a_close_range(
    text: str, expected: list[str]
) -> None:
    assert [m.text for m in extract(text) if isinstance(m, Quantity)] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Rates were kept at 5.25-5.5 per cent.", 5.25, 5.5), ("Rates at 5.25-5.5%.", 5.25, 5.5),
     ("Growth of 2%-3% is expected.", 2, 3)],
)  # fmt: skip
def test_decimal_and_percent_ranges_with_a_dash(text: str, low: float, high: float) -> None:
    """A dash between two decimals is a range, not an identifier (5.25-5.5 was dropped), and a
    dash after "%" is no minus sign (2%-3% read as 2% and -3%)."""
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert (q.low, q.high, q.unit) == (low, high, "percent")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("The rate was 3.9pc.", 3.9, "percent"), ("Rates rose 25bp.", 25, "basis_point"),
     ("The project costs Dh2bn.", 2e9, "AED"), ("It rose twelvefold.", 12, "times")],
)  # fmt: skip
def test_news_styles(text: str, value: float, unit: str) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("Rates were held for a fifth consecutive meeting.", "ordinal", 5), ("He won a third term.", "ordinal", 3),
     ("It sells a fifth of its output.", "quantity", 0.2)],
)  # fmt: skip
def test_a_fraction_word_in_a_series_is_an_ordinal(text: str, kind: str, value: float) -> None:
    (m,) = [m for m in extract(text) if m.kind in ("ordinal", "quantity")]
    assert (m.kind, m.value) == (kind, pytest.approx(value))


def test_half_time_is_no_figure() -> None:
    assert [m.text for m in extract("The score was level at half time.")] == []


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [("Revenue doubled to $4bn.", 2, "up"), ("Profits tripled.", 3, "up"), ("Profit halved.", 0.5, "down")],
)  # fmt: skip
def test_verbs_that_state_a_multiple(text: str, value: float, direction: str) -> None:
    q = [m for m in extract(text) if isinstance(m, Quantity)][0]
    assert (q.value, q.unit, q.direction) == (value, "times", direction)


def test_a_gap_widens_and_narrows() -> None:
    found = [m.direction for m in extract("The deficit widened by 0.4 points and the gap narrowed by 2 points.")
             if isinstance(m, Quantity)]  # fmt: skip
    assert found == ["up", "down"]


@pytest.mark.parametrize(
    "text",
    ["Flights left Terminal 5 at noon.", "The firm filed for Chapter 11 protection.", "He invoked Article 50.",
     "Apple launched the iPhone 15 today.", "The F-35 flew.", "It runs 24/7.", "Shops open from 10/1."],
)  # fmt: skip
def test_designations_are_names_not_figures(text: str) -> None:
    """Digits after a capitalised word inside a sentence name something; so do "F-35" and an
    improper fraction with no whole part ("24/7")."""
    assert [m.text for m in extract(text) if isinstance(m, Quantity)] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Over 300 firms closed.", "300"), ("In May 300 firms closed.", "300"), ("Changchun has 300 firms.", "300"),
     ("Add 3/4 cup of sugar.", "3/4 cup"), ("Revenue was 5 million, analysts said.", "5 million")],
)  # fmt: skip
def test_counts_after_capitals_that_name_no_thing(text: str, figure: str) -> None:
    assert figure in [m.text for m in extract(text) if isinstance(m, Quantity)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("It is valued at $4.2bn, more than triple the $1.3bn of 2023.", "triple the", 3, ">"),
        ("The new plant has double the capacity of the old one.", "double the", 2, "="),
        ("Imports were roughly quadruple the level of 2019.", "quadruple the", 4, "~"),
    ],
)
def test_a_multiple_before_what_it_multiplies(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity) and m.text == surface]
    assert (q.value, q.unit, q.qualifier) == (value, "times", qualifier)


def test_triple_alone_is_no_multiple() -> None:
    assert not [
        m
        for m in extract("He won the triple jump and a triple-A rating.")
        if isinstance(m, Quantity)
    ]
