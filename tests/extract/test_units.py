"""Units, rates and currencies written after a figure (``claimcheck.extract.units``)."""

from __future__ import annotations

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract
from claimcheck.model import Quantity


def quantities(text: str) -> list[Quantity]:
    return [m for m in extract(text) if isinstance(m, Quantity)]


def one(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # rates: "/", "per", "a"/"an"
        ("I would do it for $15.4/hour.", "$15.4/hour", 15.4, "USD_per_hour"),
        ("A wage of $15 an hour.", "$15 an hour", 15, "USD_per_hour"),
        ("Oil traded at $80 a barrel.", "$80 a barrel", 80, "USD_per_barrel"),
        ("Gallium cost $350 per kg.", "$350 per kg", 350, "USD_per_kilogram"),
        # an energy unit in the singular after "per"
        (
            "Gas slid to 24 euros per megawatt-hour.",
            "24 euros per megawatt-hour",
            24,
            "EUR_per_megawatt_hour",
        ),
        ("It can reach 10km/hr.", "10km/hr", 10, "kilometre_per_hour"),
        ("It can reach 10 kmph.", "10 kmph", 10, "kilometre_per_hour"),
        ("It went 60 miles per hour.", "60 miles per hour", 60, "mile_per_hour"),
        ("A load of 5 kg per m2.", "5 kg per m2", 5, "kilogram_per_square_metre"),
        ("It falls at 5 km/s2.", "5 km/s2", 5, "kilometre_per_square_second"),
        (
            "Exposed to 20 J/m^2 per year.",
            "20 J/m^2 per year",
            20,
            "joule_per_square_metre_per_year",
        ),
        ("It is used four times per week.", "four times per week", 4, "times_per_week"),
        ("They produce 500,000 barrels a day.", "500,000 barrels a day", 500000, "barrel_per_day"),
        ("The plant handles 4,500 tpd.", "4,500 tpd", 4500, "tonne_per_day"),
        # powers
        ("A plot of 4 ft2.", "4 ft2", 4, "square_foot"),
        ("A plot of 3 square yards.", "3 square yards", 3, "square_yard"),
        ("A tank of 5 cubic inches.", "5 cubic inches", 5, "cubic_inch"),
        ("It exports 0.9 trillion cubic feet.", "0.9 trillion cubic feet", 0.9e12, "cubic_foot"),
        # units in brackets, and after a lone "one"
        ("The weight is 20 (kg).", "20 (kg)", 20, "kilogram"),
        ("The weight is 20 [kg].", "20 [kg]", 20, "kilogram"),
        ("That one mile can provide.", "one mile", 1, "mile"),
        # new units
        ("The weight is 120 μg.", "120 μg", 120, "microgram"),
        ("1m is 10 dm.", "10 dm", 10, "decimetre"),
        ("It was a 16-bit chip.", "16-bit", 16, "bit"),
        ("A dose of 14 mGy.", "14 mGy", 14, "milligray"),
        ("Add 2 tbsp of salt.", "2 tbsp", 2, "tablespoon"),
        ("It lived 66 Ma ago.", "66 Ma", 66, "megayear"),
        # currencies after the figure, and new currencies
        ("It costs 15€.", "15€", 15, "EUR"),
        ("It costs -15€ now.", "-15€", -15, "EUR"),
        ("The cost is 100元!", "100元", 100, "CNY"),
        ("The price is 100 ₡.", "100 ₡", 100, "CRC"),
        ("It paid 6.65 billion pesetas.", "6.65 billion pesetas", 6.65e9, "ESP"),
        (
            "It sold 250 million dutch guilders of bonds.",
            "250 million dutch guilders",
            250e6,
            "NLG",
        ),
        ("Sell Mex$ 10 million forward.", "Mex$ 10 million", 10e6, "MXN"),
        ("a charge of c $ 300 million", "c $ 300 million", 300e6, "CAD"),
        ("exports rose to hk $ 10.05 billion", "hk $ 10.05 billion", 10.05e9, "HKD"),
        # major and minor units
        ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        (
            "It cost thirteen dollars and forty-five cents.",
            "thirteen dollars and forty-five cents",
            13.45,
            "USD",
        ),
        ("It only cost thirteen dollars forty five", "thirteen dollars forty five", 13.45, "USD"),
        ("A ticket is 3 pounds 50p.", "3 pounds 50p", 3.5, "GBP"),
        # pounds: weight when the sentence says so
        ("She stopped eating lunch to drop 25 pounds.", "25 pounds", 25, "pound_mass"),
        ("A metric ton is equal to 2,204.62 pounds.", "2,204.62 pounds", 2204.62, "pound_mass"),
        ("He paid 25 pounds for it.", "25 pounds", 25, "GBP"),
        ("The club lost 25 million pounds.", "25 million pounds", 25e6, "GBP"),
        # a bare C after a figure with decimals is a temperature, with no weather word near
        ("Tellmark sets June record of 42.6C", "42.6C", 42.6, "degree_celsius"),
        ("The record stands at 104.5F.", "104.5F", 104.5, "degree_fahrenheit"),
        # "m" before a unit is millions of it, not metres
        (
            "Container volumes climbed to 1.84m TEU.",
            "1.84m TEU",
            1.84e6,
            "twenty_foot_equivalent_unit",
        ),
        ("Output was 5m tonnes.", "5m tonnes", 5e6, "tonne"),
        ("The tower is 320m tall.", "320m", 320, "metre"),
        # "a month on average" is a rate ("a year on" is a time)
        (
            "A flat rents for 1,540 euros a month on average.",
            "1,540 euros a month",
            1540,
            "EUR_per_month",
        ),
        # crowns are the krone or krona of the country named near them, at any scale
        ("Norway's fund gained 2.22 trillion crowns.", "2.22 trillion crowns", 2.22e12, "NOK"),
    ],
)
def test_unit(text: str, surface: str, value: float, unit: str) -> None:
    q = next(m for m in quantities(text) if m.unit == unit or m.text == surface)
    assert (q.text, q.unit) == (surface, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Revenue rose to $1.17 billion a year earlier.", "$1.17 billion", "USD"),
        ("It grew 5% a year.", "5%", "percent"),
        ("It grew 3 per cent per year.", "3 per cent", "percent"),
        ("It was $5 a year-on-year rise.", "$5", "USD"),
        ("It ran 5 km per cent.", "5 km", "kilometre"),
        ("He won 5 dollars, 20 times.", "5 dollars", "USD"),
    ],
)
def test_not_a_rate(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)


def test_unit_shared_by_figures_joined_by_and() -> None:
    found = quantities("They were given 45 and 50 mg ethanol.")
    assert [(m.text, m.unit) for m in found] == [("45", "milligram"), ("50 mg", "milligram")]


def test_suspended_hyphen_range() -> None:
    found = quantities("a conceptualized 8- to 16-meter (320- to 640-inch) mirror")
    assert [(m.text, m.low, m.high, m.unit) for m in found] == [
        ("8- to 16-meter", 8, 16, "metre"),
        ("320- to 640-inch", 320, 640, "inch"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hubble imaged MACS J1149.5+6663 behind it.",
        "The part 24703 L-202 failed.",
        "It was one in the morning.",
    ],
)
def test_codes_are_no_measurements(text: str) -> None:
    assert all(m.unit is None for m in quantities(text)), [
        (m.text, m.unit) for m in quantities(text)
    ]
    assert "6663" not in [m.text for m in quantities(text)]


def test_lone_one_before_a_time_word_stays_no_figure() -> None:
    assert quantities("One day he left.") == []


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        ("USD_per_hour", "money:USD/time"),
        ("kilometre_per_hour", "speed"),
        ("metre_per_minute", "speed"),
        ("square_yard", "area"),
        ("cubic_inch", "volume"),
        ("kilometre_per_square_second", "length/time^2"),
        ("joule_per_square_metre_per_year", "energy/area/time"),
    ],
)
def test_compound_dimension(unit: str, dimension: str) -> None:
    assert lexicon.load().dimension(unit) == dimension


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Violet light oscillates at 4 s-1.", "4 s-1", "per_second"),
        ("It reached 1 fb−1 in 2005.", "1 fb−1", "per_femtobarn"),
        ("A rate of 5 s⁻¹.", "5 s⁻¹", "per_second"),
    ],
)
def test_inverse_unit(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)


def test_lower_case_symbol_is_not_money() -> None:
    q = one("Use hair gel 5 ml a day.")
    assert q.unit == "millilitre_per_day"


def test_single_letter_unit_before_a_code_number() -> None:
    # "A-1" is a code, not amperes ("Group 5 A-1" would be a name: "Group 5")
    assert [m.unit for m in quantities("Only 5 A-1 played.")] == [None]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Temperatures ranged from -18 °C to -34 °C.", "-18 °C to -34 °C", -34, -18),
        ("Prices ranged from 5 to 3 yuan.", "5 to 3 yuan", 3, 5),
        ("It stayed between -5 and -3 degrees.", "between -5 and -3 degrees", -5, -3),
    ],
)
def test_range_ends(text: str, surface: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.text, q.low, q.high) == (surface, low, high)


def test_change_from_one_level_to_another_stays_two_figures() -> None:
    assert [m.text for m in quantities("It fell from -5 to -3 degrees.")] == ["-5", "-3 degrees"]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Highs of 77F are forecast.", "77F", "degree_fahrenheit"),
        ("Temperatures hit -5C overnight.", "-5C", "degree_celsius"),
        ("A 5p charge for bags.", "5p", "GBP"),
        ("It holds 2 BTC.", "2 BTC", "BTC"),
        ("It costs 100 Swedish kronor.", "100 Swedish kronor", "SEK"),
        ("A 2,000 mAh battery.", "2,000 mAh", "milliampere_hour"),
        (
            "It pumps 1,000 cubic metres per second.",
            "1,000 cubic metres per second",
            "cubic_metre_per_second",
        ),
        ("A 5,000-square-metre site.", "5,000-square-metre", "square_metre"),
    ],
)
def test_more_units(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)


@pytest.mark.parametrize("text", ["Seat 25C was empty.", "Watch it in 1080p today."])
def test_letters_without_their_context_are_no_unit(text: str) -> None:
    assert all(m.unit is None for m in quantities(text))


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("One pound of good Welsh coal burns well.", "One pound", "pound_mass"),
        ("Weather got cold in the last days. Now it is -10C", "-10C", "degree_celsius"),
        (
            "It yields about 15,000 British thermal units of heat.",
            "15,000 British thermal units",
            "british_thermal_unit",
        ),
        ("It cost 10 kuai.", "10 kuai", "CNY"),
        ("He paid 25 pounds for it. It weighed a lot.", "25 pounds", "GBP"),
    ],
)
def test_context(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Oil hit $85 a barrel on Monday.", "$85 a barrel", "USD_per_barrel"),
        ("He earns $50,000 a year before tax.", "$50,000 a year", "USD_per_year"),
        ("Revenue was $5 billion a year before.", "$5 billion", "USD"),
        ("It runs 24 hours a day.", "24 hours a day", "hour_per_day"),
        ("Prices were between $3 and $4 a gallon.", "between $3 and $4 a gallon", "USD_per_gallon"),
        ("The dose is 5 mg/kg.", "5 mg/kg", "milligram_per_kilogram"),
    ],
)
def test_rates_in_news(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("They walked half a mile.", "half a mile", 0.5, "mile"),
        ("It took three quarters of an hour.", "three quarters of an hour", 0.75, "hour"),
        ("Add two-thirds of a cup.", "two-thirds of a cup", 2 / 3, "cup"),
        ("Rates rose half a percentage point.", "half a percentage point", 0.5, "percentage_point"),
        ("Half a company left.", "Half", 0.5, "fraction"),
    ],
)
def test_fraction_of_a_unit(text: str, surface: str, value: float, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "noun"),
    [
        ("It films 30 frames per second.", "30 frames per second", "per_second", "frames"),
        (
            "It has 1,000 people per square kilometre.",
            "1,000 people per square kilometre",
            "per_square_kilometre",
            "people",
        ),
        ("They eat three meals a day.", "three meals a day", "per_day", "meals"),
        ("It had 10 visitors a day earlier.", "10", None, "visitors"),
        ("They scored 2 goals per game.", "2", None, "goals"),
    ],
)
def test_counted_noun_per_unit(text: str, surface: str, unit: str | None, noun: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit, q.noun) == (surface, unit, noun)
    assert not [m for m in extract(text) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("In Stockholm a coffee costs 45 kr.", "SEK"),
        ("The Oslo ticket was 300 kr.", "NOK"),
        ("The Danish fine is 1,000 kr.", "DKK"),
        ("It costs 100 kr.", None),
    ],
)
def test_kr_by_the_country_named_near_it(text: str, unit: str | None) -> None:
    assert one(text).unit == unit


def test_lexicon_rejects_cues_for_an_unknown_unit() -> None:
    from importlib import resources

    import yaml

    from claimcheck.errors import ConfigError

    data = yaml.safe_load(
        resources.files("claimcheck").joinpath("data/lexicon.yaml").read_text("utf-8")
    )
    data["unit_cues"]["furlong_per_fortnight"] = {"names": ["fpf"], "cues": ["slow"]}
    with pytest.raises(ConfigError):
        lexicon.parse(data)


def test_unit_shared_across_an_uncertainty() -> None:
    found = quantities("It weighs no more than 2,000.45±0.01 pounds.")
    assert [(m.text, m.unit) for m in found] == [
        ("2,000.45", "pound_mass"),
        ("0.01 pounds", "pound_mass"),
    ]


@pytest.mark.parametrize("text", ["PHP 8 was released.", "It uses a CRC 32 check."])
def test_acronyms_that_are_also_currency_codes(text: str) -> None:
    assert all(m.unit is None for m in quantities(text))


def test_clock_time_does_not_start_inside_a_decimal() -> None:
    found = extract("This nano grid has a size of 2.1 pm.")
    assert [(m.kind, m.text, m.unit) for m in found] == [("quantity", "2.1 pm", "picometre")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It raised RMB5 billion.", "RMB5 billion", 5e9, "CNY"),
        ("It cost Rs500.", "Rs500", 500, "INR"),
        ("It cost Rs.500 crore.", "Rs.500 crore", 5e9, "INR"),
        ("It lost RM5 million.", "RM5 million", 5e6, "MYR"),
    ],
)
def test_currency_letters_glued_to_the_figure(
    text: str, surface: str, value: float, unit: str
) -> None:
    q = one(text)
    assert (q.text, q.unit) == (surface, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["The A380 landed.", "COVID19 spread.", "An MP3 file."])
def test_letters_glued_to_a_figure_are_a_name(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The bank cut rates by 50bps.", "50bps", "basis_point"),
        ("CO2 hit 420 ppm.", "420 ppm", "part_per_million"),
        ("Emissions were 36.8 Gt.", "36.8 Gt", "gigatonne"),
        ("Output fell to 500,000 bpd.", "500,000 bpd", "barrel_per_day"),
        ("It does 50 mpg.", "50 mpg", "mile_per_gallon"),
        ("Noise reached 85 dB.", "85 dB", "decibel"),
    ],
)
def test_news_units(text: str, surface: str, unit: str) -> None:
    assert (one(text).text, one(text).unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Earnings were $1.05 per share.", "USD_per_share"), ("Tickets cost £40 a head.", "GBP_per_head"),
     ("Fees of $15 per person per month.", "USD_per_person_per_month")],
)  # fmt: skip
def test_money_per_thing_is_a_rate(text: str, unit: str) -> None:
    """An amount for each share or person is not a total: its unit says per what."""
    assert quantities(text)[0].unit == unit


@pytest.mark.parametrize("text", ["Flat 4C is empty.", "The 12 C-class cars were sold."])
def test_a_whole_figure_before_a_bare_letter_needs_a_cue(text: str) -> None:
    assert all(m.unit != "degree_celsius" for m in quantities(text))


def test_a_bare_scaled_part_of_a_sum_of_money_is_of_its_currency() -> None:
    text = "The film took 120 million dollars worldwide, including 45 million in North America."
    part = next(m for m in quantities(text) if m.text == "45 million")
    assert (part.unit, part.value) == ("USD", 45e6)
    people = "The city has 3 million residents, including 1 million children."
    assert all(m.unit is None for m in quantities(people))


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Adjusted earnings per share of 68 cents beat estimates of 64 cents.",
            "68 cents",
            "USD_per_share",
        ),
        # what a per-share figure is measured against is a share's too
        (
            "Adjusted earnings per share of 68 cents beat estimates of 64 cents.",
            "64 cents",
            "USD_per_share",
        ),
        ("Per-share earnings of $1.20 were flat.", "$1.20", "USD_per_share"),
        ("The dividend per share rose to 40p.", "40p", "GBP_per_share"),
        ("It earned $1.05 per share, from 98 cents a year earlier.", "98 cents", "USD_per_share"),
        # a total stays a total
        ("It earned $2.1 billion, or $1.05 per share.", "$2.1 billion", "USD"),
    ],
)
def test_money_named_per_share_before_it_is_a_shares(text: str, surface: str, unit: str) -> None:
    found = {m.text: m.unit for m in quantities(text)}
    assert found[surface] == unit


@pytest.mark.parametrize(
    "text", ["It expects 15.5m-16m passengers.", "It expects 15.5m to 16m passengers."]
)
def test_a_range_of_millions_is_millions_at_both_ends(text: str) -> None:
    (m,) = quantities(text)
    assert (m.low, m.high) == (15.5e6, 16e6)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Eastmoor spent £7,350 on each pupil.", "£7,350 on each pupil", "GBP_per_pupil"),
        ("The fund gave £40 for every resident.", "£40 for every resident", "GBP_per_resident"),
    ],
)
def test_money_on_or_for_each_item_is_per_item(text: str, surface: str, unit: str) -> None:
    found = {m.text: m.unit for m in quantities(text)}
    assert found[surface] == unit


def test_a_bare_crown_takes_the_country_named_earlier_in_its_sentence() -> None:
    from claimcheck.extract import extract
    from claimcheck.model import Quantity

    text = (
        "Sales rose 22% to 65.3 billion Danish crowns in the first quarter, driven by a drug "
        "whose sales more than doubled to 9.4 billion crowns, and an older treatment, which "
        "brought in 26.9 billion crowns."
    )
    found = {m.text: m.unit for m in extract(text) if isinstance(m, Quantity)}
    assert found["65.3 billion Danish crowns"] == "DKK"
    assert found["26.9 billion crowns"] == "DKK"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Craft brewers produced 312,000 hectolitres of beer.",
            "312,000 hectolitres",
            "hectolitre",
        ),
        ("Output reached 4.5 million hl last year.", "4.5 million hl", "hectolitre"),
    ],
)
def test_a_hectolitre_is_a_volume(text: str, surface: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.text, q.unit) == (surface, unit)
    assert q.frame is not None and q.frame.dimension.value == "volume"
