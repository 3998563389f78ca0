"""A bare scaled figure compared with money takes its currency (extract/elided.py)."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.model import Quantity


def units(text: str) -> dict[str, str | None]:
    return {m.text: m.unit for m in extract(text) if isinstance(m, Quantity)}


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [("Provisions fell to 210 million crowns from 480 million, the Oslo bank said.", "480 million",
      "NOK"),
     ("Profit reached $4.1 billion, beating analysts' forecast of 3.7 billion.", "3.7 billion",
      "USD"),
     ("Revenue was €8.2bn against 7.9bn a year earlier.", "7.9bn", "EUR"),
     # no comparison: a bare figure counts, whatever came before
     ("GDP reached $2 trillion and the population 50 million.", "50 million", None),
     # another sentence's money is not its
     ("Sales were $3 billion. Analysts had expected growth from 40 million.", "40 million", None)],
)  # fmt: skip
def test_a_bare_figure_compared_with_money(text: str, figure: str, unit: str | None) -> None:
    assert units(text)[figure] == unit
