"""Which source figures a draft figure may be judged against (check/usable.py)."""

from __future__ import annotations

from claimcheck.check.bounds import loose
from claimcheck.tolerance import Figure
from tests.check.judging import verdict_of


def test_a_loose_bound_neither_supports_nor_contradicts_a_figure_inside_it() -> None:
    assert loose(Figure(1.4e6, None), Figure(1e6, None, ">")) is True
    assert loose(Figure(828.0, None), Figure(288.0, None, ">=")) is False


def test_a_near_hedge_is_no_loose_bound() -> None:
    near = frozenset({"nearly", "almost"})
    nearly = Figure(1 / 3, "fraction", "<", hedge="nearly")
    assert loose(Figure(0.2, "fraction"), nearly, near) is None
    premise = "Nearly one in three children in Norvik lives in poverty, a council report found."
    draft = "One in five children in Norvik lives in poverty, the council report found."
    assert verdict_of(premise, draft, "One in five") == "contradicted"
    assert verdict_of(premise, draft.replace("One in five", "Almost a third of"), "a third") != (
        "contradicted"
    )
