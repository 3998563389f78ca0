"""Headlines read as prose (check/headline.py)."""

from __future__ import annotations

from claimcheck.check.headline import as_prose, names_of
from tests.check.judging import verdict_of


def test_a_headline_is_lower_cased_but_for_its_names() -> None:
    names = names_of(["liaoning", "tomas vargen"])
    text = "Liaoning Economy Shrinks 5.3 Per Cent In First Three Quarters Of 2023"
    assert as_prose(text, names) == (
        "Liaoning economy shrinks 5.3 per cent in first three quarters of 2023"
    )
    prose = "Tomas Vargen scored twice as Northbridge United beat Castlemoor Town."
    assert as_prose(prose, names) is prose  # not a headline: left as written
    assert len(as_prose(text, frozenset())) == len(text)


def test_a_headline_is_judged_as_its_sentence_would_be() -> None:
    premise = (
        "Dongyuan grew 6.8 percent in the first half of 2019, while Xiheng expanded 6.6 percent."
    )
    assert verdict_of(
        premise,
        "Xiheng Economy Expands 6.8 Percent In First Half Of 2019",
        "6.8 Percent",
        "2019-07-20",
    ) != ("supported")
    fell = "Northgate's pre-tax profit fell 11 percent in 2023."
    assert verdict_of(fell, "Northgate Profits Jump 11 Percent In 2023", "11 Percent") == (
        "contradicted"
    )
