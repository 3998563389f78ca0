"""Which source figures a draft figure may be judged against (check/usable.py)."""

from __future__ import annotations

from claimcheck.check.bounds import bound_far, loose
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


def test_a_draft_bound_far_past_the_source_speaks_of_another_figure() -> None:
    near = frozenset({"nearly", "almost"})
    assert bound_far(Figure(11.8e9, "HKD", "<="), Figure(1.18e9, "HKD"))
    assert bound_far(Figure(2_600.0, None, ">"), Figure(41_288.0, None))  # "more than 2,600" fans
    assert bound_far(Figure(2_600.0, None, ">"), Figure(260.0, None)) is False  # outside
    assert bound_far(Figure(200.0, None, "<"), Figure(12.0, None))
    assert not bound_far(Figure(50.0, None, "<"), Figure(40.0, None))
    # a near hedge is just under its figure: "nearly 9,000" for about 900 is a slip
    assert not bound_far(Figure(9_000.0, None, "<", hedge="nearly"), Figure(900.0, None), near)
    premise = "The wildfire has burned 4,300 hectares, and about 900 firefighters were battling it."
    assert verdict_of(premise, "Nearly 9,000 firefighters battle the wildfire", "9,000") == (
        "contradicted"
    )
