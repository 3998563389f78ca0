"""What a count counts (extract/counted.py): a named kind, a kind things became."""

from __future__ import annotations

from claimcheck.extract import extract
from claimcheck.extract.counted import became_kind
from claimcheck.model import Quantity


def _measure(text: str, figure: str) -> str | None:
    for m in extract(text):
        if isinstance(m, Quantity) and m.text.startswith(figure) and m.frame:
            return m.frame.measure
    raise AssertionError(f"{figure!r} not found in {text!r}")


def test_a_kind_is_read_only_right_after_became() -> None:
    low = "in 2023, 86 farms became green star farms."
    names = [(low.index("green"), low.index("."), "green star farms")]
    assert became_kind(low, names, low.index(" farms")) == "count:green star farm"
    assert became_kind(low, [], low.index(" farms")) is None  # no name there: no kind
    assert became_kind("86 farms sold green star farms.", names, 2) is None


def test_a_named_kind_keeps_its_name_and_a_common_noun_its_head() -> None:
    assert _measure("The city has 40 Green Flag Parks.", "40") == "count:green flag park"
    assert _measure("The firm hired 40 part-time workers.", "40") == "employment"
    # a year before a name is no count of it
    assert _measure("In 2023 Dunmore opened 12 stores.", "12") == "stores"
