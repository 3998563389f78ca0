"""registry.guess: the subject and metric a new claim starts with (a person corrects them)."""

from __future__ import annotations

import pytest

from claimcheck import lexicon
from claimcheck.extract import extract
from claimcheck.model import Quantity
from claimcheck.sync import guess

LEX = lexicon.load()


def figure(sentence: str, text: str) -> Quantity:
    """The quantity written ``text`` in ``sentence``."""
    found = [m for m in extract(sentence) if isinstance(m, Quantity) and m.text == text]
    assert found, [m.text for m in extract(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "metric"),
    [
        ("In the first half of 2018, Changchun's GDP grew 7.4 percent year on year.", "7.4 percent",
         "Changchun", "gdp growth, year on year"),
        ("In 2017 Changchun set a goal of 200 Little Giant Enterprises and 140 National High-tech "
         "Enterprises.", "140", "Changchun", "National High-tech Enterprises"),
        ("In 2017 Changchun set a goal of 200 Little Giant Enterprises.", "200", "Changchun",
         "Little Giant Enterprises"),
        ("Changchun launched two headline campaigns in 2017.", "two", "Changchun", "headline campaigns"),
        ("Three other major cities in the area lag behind.", "Three", None, "other major cities"),
        ("Changchun aims at 700,000 NEVs and an output of 1 trillion yuan.", "1 trillion yuan",
         "Changchun", "output"),
    ],
)  # fmt: skip
def test_guess(sentence: str, text: str, subject: str | None, metric: str | None) -> None:
    q = figure(sentence, text)
    assert guess.subject(q, None) == subject
    got = guess.metric(q, LEX)
    assert (got.lower() if got and metric and metric.islower() else got) == metric


def test_a_counted_word_stops_at_a_function_word() -> None:
    q = figure("About 60 of the firms in the city closed.", "60")
    assert guess.metric(q, LEX) != "of the firms"
