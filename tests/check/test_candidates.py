"""check.candidates: the sentence of a quote that holds a figure."""

from __future__ import annotations

import pytest

from claimcheck.check.candidates import figure_sentence


@pytest.mark.parametrize(
    ("quote", "figure", "sentence"),
    [
        ("Sales rose 5%. Costs fell 3%.", "3%", "Costs fell 3%."),
        # initials and titles end no sentence
        (
            "Even as Second-Quarter U.S. Sales Climb 1% to 536,050 Vehicles",
            "1%",
            "Even as Second-Quarter U.S. Sales Climb 1% to 536,050 Vehicles",
        ),
        ("Sales rose 5%. Mr. Ruiz said costs fell 3%.", "3%", "Mr. Ruiz said costs fell 3%."),
        ("No figure here.", "9%", "No figure here."),
    ],
)
def test_figure_sentence(quote: str, figure: str, sentence: str) -> None:
    assert figure_sentence(quote, figure) == sentence
