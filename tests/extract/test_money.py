"""Money in more than one unit (``claimcheck.extract.money``): minor units after a figure."""

from __future__ import annotations

from typing import Any

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def amounts(text: str) -> list[tuple[str, float | int | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in extract(text) if isinstance(m, Quantity)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # named minor units, after a name or a symbol
        ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        ("It cost $3 and 50 cents in all.", "$3 and 50 cents", 3.5, "USD"),
        ("Petrol is 2 ringgit 50 sen.", "2 ringgit 50 sen", 2.5, "MYR"),
        ("Petrol is 2 ringgit 50 sen a litre.", "2 ringgit 50 sen a litre", 2.5, "MYR_per_litre"),
        # a currency with two minor units: 1 yuan = 10 mao = 100 fen
        ("A bun is 2 yuan 3 mao 5 fen.", "2 yuan 3 mao 5 fen", 2.35, "CNY"),
        ("A bun is two kuai and five mao five.", "two kuai and five mao five", 2.55, "CNY"),
        ("A bun is three kuai five.", "three kuai five", 3.5, "CNY"),
        # a bare figure after a name, ending the clause: the next smaller unit
        ("It only cost thirteen dollars forty five", "thirteen dollars forty five", 13.45, "USD"),
        # "and" and a spelled figure that counts nothing: cents
        ("A coffee costs one dollar and five.", "one dollar and five", 1.05, "USD"),
        ("It costs one dollar and one and one point of credit.", "one dollar and one", 1.01, "USD"),
        ("The fee was C$ 20 and fifty, they said.", "C$ 20 and fifty", 20.5, "CAD"),
        ("The fare is four pounds and twenty.", "four pounds and twenty", 4.2, "GBP"),
    ],
)
def test_minor_units(text: str, surface: str, value: float, unit: str) -> None:
    found = amounts(text)
    assert (surface, pytest.approx(value), unit) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure after "and" counts something: two figures
        ("He won 2 dollars and 3 points.", [("2 dollars", 2, "USD"), ("3", 3, None)]),
        ("He won two dollars and three points.", [("two dollars", 2, "USD"), ("three", 3, None)]),
        ("It costs one dollar and one point.", [("one dollar", 1, "USD"), ("one", 1, None)]),
        (
            "It cost ten dollars and five for parking.",
            [("ten dollars", 10, "USD"), ("five", 5, None)],
        ),
        # digits after "and" are a list, not cents
        ("It cost one dollar and 5.", [("one dollar", 1, "USD"), ("5", 5, None)]),
        # after "between", "and" joins a range's ends
        ("It costs between one dollar and fifty.", [("one dollar", 1, "USD"), ("fifty", 50, None)]),
        # a bare figure after a symbol is not cents
        ("It cost $13 45.", [("$13", 13, "USD"), ("45", 45, None)]),
        # a part as large as the unit before it is no part of it
        ("It cost 3 dollars 150 cents.", [("3 dollars", 3, "USD"), ("150 cents", 1.5, "USD")]),
        ("It costs one yuan and fifteen.", [("one yuan", 1, "CNY"), ("fifteen", 15, None)]),
        # a figure with decimals or a scale word takes no cents
        ("It cost $3.50 and fifty.", [("$3.50", 3.5, "USD"), ("fifty", 50, None)]),
        (
            "It raised $3 million, and fifty cents.",
            [("$3 million", 3_000_000, "USD"), ("fifty cents", 0.5, "USD")],
        ),
        # a currency without minor units
        ("It cost 500 yen and fifty.", [("500 yen", 500, "JPY"), ("fifty", 50, None)]),
    ],
)
def test_not_minor_units(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert amounts(text) == expected


def _lexicon_data() -> Any:
    from importlib import resources

    import yaml

    return yaml.safe_load(
        resources.files("claimcheck").joinpath("data/lexicon.yaml").read_text("utf-8")
    )


def test_lexicon_minor_units_list_hundredths_or_map_worths() -> None:
    from decimal import Decimal

    from claimcheck import lexicon

    lex = lexicon.load()
    assert lex.currency_minor["USD"]["cents"] == Decimal("0.01")
    assert lex.currency_minor["CNY"] == {
        "jiao": Decimal("0.1"),
        "mao": Decimal("0.1"),
        "fen": Decimal("0.01"),
    }


@pytest.mark.parametrize("bad", [{"mao": 10}, {"mao": "a tenth"}, {"mao": True}, "fen"])
def test_lexicon_rejects_a_bad_minor_unit(bad: object) -> None:
    from claimcheck import lexicon
    from claimcheck.errors import ConfigError

    data = _lexicon_data()
    data["currencies"]["CNY"]["minor"] = bad
    with pytest.raises(ConfigError):
        lexicon.parse(data)


def test_yen_sign_is_the_yen_near_japan_and_the_yuan_otherwise() -> None:
    text = "Toyota expects an operating profit of ¥4.3 trillion.\n\nThe plant cost ¥5 billion, Changchun said.\n"
    assert [(m.text, m.unit) for m in extract(text) if isinstance(m, Quantity)] == [
        ("¥4.3 trillion", "JPY"),
        ("¥5 billion", "CNY"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Tourism receipts were estimated at $19.7 billion, the Singapore Tourism Board said.",
            "SGD",
        ),
        ("Sydney's median dwelling value rose to a record $1.14 million.", "AUD"),
        ("The Toronto council approved a $2.3 billion transit budget.", "CAD"),
        ("Auckland's port posted a $41 million profit.", "NZD"),
        ("Sydney Airport paid US$40 million for the land.", "USD"),  # "US$" says which
        ("The appeal raised $3.2 million for families.", "USD"),  # no cue: the US dollar
        # a place named after the figure, in a clause of its own, is no cue: the world's price
        (
            "Drewry's index rose to $5,901, while throughput at the Port of Singapore climbed.",
            "USD",
        ),
    ],
)
def test_a_bare_dollar_sign_is_the_dollar_of_the_place_its_paragraph_names(
    text: str, unit: str
) -> None:
    (q,) = [m for m in extract(text) if isinstance(m, Quantity)]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Fuel prices rose 15 cents a litre.", 0.15, "USD_per_litre"),
        ("Power costs 30p.", 0.3, "GBP"),
        ("Bread costs 80 pence.", 0.8, "GBP"),
        ("The euro rose to €1.08, up 2 cents.", 0.02, "EUR"),
    ],
)
def test_minor_units_alone_take_a_currency(text: str, value: float, unit: str) -> None:
    """Cents and pence written alone were a made-up unit, CENT, worth 100 times too much."""
    q = [m for m in extract(text) if isinstance(m, Quantity)][-1]
    assert (q.value, q.unit) == (pytest.approx(value), unit)
