"""Second readings (`claimcheck.extract.refine`): ages, counted noun phrases, partitives and points
of a percentage, each class with several wordings of our own."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def _quantities(text: str) -> list[Quantity]:
    return [m for m in extract(text) if isinstance(m, Quantity)]


def _one(text: str, value: float) -> Quantity:
    found = [q for q in _quantities(text) if q.value == value or q.low == value]
    assert len(found) == 1, _quantities(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The cyclist, aged 19, was treated at the scene.", 19),
        ("Applicants must be aged over 21.", 21),
        ("The group had a median age of 58.", 58),
        ("The cohort was followed from birth to age 16.", 16),
        ("The driver, 44, was arrested at the scene.", 44),
        ("Mrs Patel, 71, said she would appeal.", 71),
        ("Children under 12 travel free.", 12),
    ],
)
def test_ages_are_in_years(text: str, value: float) -> None:
    q = _one(text, value)
    assert q.unit == "year" and q.frame is not None and q.frame.role.value == "level"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Volunteers aged 30 to 45 took part.", 30, 45),
        ("People aged between 65 and 74 were offered a booster.", 65, 74),
        ("Both men were in their 30s.", 30, 39),
        ("A woman in her mid-70s was injured.", 70, 79),
    ],
)
def test_age_ranges_and_decades_of_a_life(text: str, low: float, high: float) -> None:
    q = _one(text, low)
    assert (q.low, q.high, q.unit, q.value) == (low, high, "year", None)


def test_an_age_group_is_a_bound() -> None:
    q = _one("Uptake among the under-30s was lowest.", 30)
    assert (q.value, q.unit, q.qualifier) == (30, "year", "<")
    q = _one("Bus passes for over-60s were cut.", 60)
    assert (q.unit, q.qualifier) == ("year", ">")


def test_a_figure_with_a_unit_or_not_about_a_person_is_no_age() -> None:
    assert _one("The race lasted 50s longer.", 50).unit == "second"
    assert _one("In Leeds, 40 homes were flooded.", 40).unit is None


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("She has played 61 international matches.", 61, "international matches"),
        ("The club sold 9,000 season tickets.", 9000, "season tickets"),
        ("The fund backs 35 early-stage companies.", 35, "early-stage companies"),
        ("Police arrested 14 Chelsea fans.", 14, "Chelsea fans"),
        ("The council will buy 20 new electric buses.", 20, "new electric buses"),
        ("The hotel has 120 rooms and a spa.", 120, "rooms"),
        ("About 4,000 people were evacuated.", 4000, "people"),
    ],
)
def test_a_counted_noun_is_the_phrase_up_to_its_plural_head(
    text: str, value: float, noun: str
) -> None:
    assert _one(text, value).noun == noun


def test_a_verb_after_a_figure_is_no_counted_noun() -> None:
    assert _one("A tremor of magnitude 4.2 jolted the town.", 4.2).noun is None
    assert _one("The hospital added 40 beds.", 40).noun == "beds"


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("The side has lost 9 of its last 10 matches.", 9, "matches"),
        ("Seven of the 12 jurors agreed.", 7, "jurors"),
        ("The party holds 31 of the 60 seats.", 31, "seats"),
    ],
)
def test_a_partitive_counts_what_its_whole_counts(text: str, value: float, noun: str) -> None:
    assert _one(text, value).noun == noun


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Turnout was 58.2%, down 3.4 points on 2019.", 3.4, "percentage_point"),
        ("Labour's share rose 6 points to 40%.", 6, "percentage_point"),
        ("The index added 120 points, or 1.1%, to 8,310.", 120, None),
        ("The FTSE 100 fell 61 points, or 0.8%.", 61, None),
        ("Cholesterol fell by 14 points on average.", 14, None),
    ],
)
def test_points_beside_a_percentage_are_percentage_points(
    text: str, value: float, unit: str | None
) -> None:
    assert _one(text, value).unit == unit


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Diesel rose 4p a litre to 151.9p.",
            {"4p a litre": "GBP_per_litre", "151.9p": "GBP_per_litre"},
        ),
        (
            "Wheat fell $9, or 1.5%, to $590 a tonne.",
            {"$9": "USD_per_tonne", "$590 a tonne": "USD_per_tonne"},
        ),
        (
            "Tickets went up from $12 to $15 a month.",
            {"$12": "USD_per_month", "$15 a month": "USD_per_month"},
        ),
        ("Profit rose $3m to $40m.", {"$3m": "USD", "$40m": "USD"}),
    ],
)
def test_a_rate_written_once_applies_to_both_ends_of_a_move(
    text: str, units: dict[str, str]
) -> None:
    found = {q.text: q.unit for q in _quantities(text)}
    assert {k: found.get(k) for k in units} == units, found


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("The motion was carried by 212 votes to 190.", 190, "votes"),
        ("The bill cleared the chamber by 61 votes to 38.", 38, "votes"),
    ],
)
def test_a_tally_counts_the_same_noun_on_both_sides(text: str, value: float, noun: str) -> None:
    assert _one(text, value).noun == noun


def test_an_age_group_with_two_digits() -> None:
    q = _one("Turnout among the under-35s fell.", 35)
    assert (q.unit, q.qualifier) == ("year", "<")


@pytest.mark.parametrize(
    "text",
    [
        "The yield on the 30-year Treasury rose.",
        "Ten-year gilts sold off sharply.",
        "Two-year bund yields fell.",
    ],
)
def test_a_maturity_that_names_a_bond_is_no_figure(text: str) -> None:
    assert not any(q.unit == "year" for q in _quantities(text))


def test_a_maturity_of_a_contract_is_a_figure() -> None:
    assert _one("She signed a three-year contract.", 3).unit == "year"


@pytest.mark.parametrize(
    "text",
    ["Patients with type 1 diabetes were excluded.", "Schools in tier 2 areas stayed open."],
)
def test_a_number_a_class_noun_names_is_no_figure(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Silver shed $1.10 to $28.40 an ounce.", 1.10, 28.40),
        ("The pound slipped 0.4 cents to $1.262.", 0.004, 1.262),
        ("The index added 85 points to 7,420.", 85, 7420),
    ],
)
def test_a_change_verb_before_x_to_y_makes_a_change_and_a_level(
    text: str, first: float, second: float
) -> None:
    found = [(q.value, q.low) for q in _quantities(text)]
    assert found == [(pytest.approx(first), None), (pytest.approx(second), None)]


@pytest.mark.parametrize(
    "text",
    [
        "The council will spend £40m over the next three years.",
        "Sales slowed in the first two months of the campaign.",
        "Prices have doubled over the past five years.",
    ],
)
def test_a_span_named_from_now_or_an_event_is_no_figure(text: str) -> None:
    assert not any(q.unit in ("year", "month") for q in _quantities(text))


def test_a_duration_is_still_a_figure() -> None:
    assert _one("The works will take three years.", 3).unit == "year"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rate fell to 3.2 deaths per 100,000 people.", 3.2),
        ("There are 12 nurses per 1,000 residents.", 12),
    ],
)
def test_the_base_of_a_rate_is_no_figure(text: str, value: float) -> None:
    assert [q.value for q in _quantities(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tickets for Six Nations games sold out.", []),
        ("Fans of the Three Lions travelled to Munich.", []),
        ("The Pistons hit 14 three-pointers.", [14]),
        ("Six people were hurt.", [6]),
        ("Floods Kill Six In Valencia", [6]),
    ],
)
def test_numbers_inside_names_and_nouns_are_no_figures(text: str, values: list[float]) -> None:
    assert [q.value for q in _quantities(text)] == values


def test_advanced_as_an_adjective_leaves_a_range() -> None:
    found = _quantities("Advanced designs call for 4- to 6-metre dishes.")
    assert [(q.low, q.high) for q in found] == [(4, 6)]


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [("Okafor has now scored 24 times this season.", 24, "times"),
     ("The suspect had been arrested 9 times before.", 9, "times"),
     ("Trading in the shares was halted six times.", 6, "times"),
     # multiples stay multiples
     ("Exports were 2.5 times the level of 2019.", 2.5, None),
     ("Smokers are four times as likely to fall ill.", 4, None),
     ("Revenue rose three times in a decade.", 3, None)],
)  # fmt: skip
def test_occasions_are_counted_and_multiples_are_not(
    text: str, value: float, noun: str | None
) -> None:
    found = _one(text, value)
    assert (found.noun, found.unit) == ((noun, None) if noun else (None, "times"))
