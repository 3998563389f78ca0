"""The role patterns of `claimcheck.extract.role_patterns`, each on its own."""

from __future__ import annotations

import pytest

from claimcheck.extract import role_patterns as rp


@pytest.mark.parametrize(
    ("tail", "hit"),
    [
        ("total attendance fell short of ", True),
        ("sales came in just shy of ", True),
        ("turnout was well short of ", True),
        ("sales fell ", False),
        ("the shortfall of ", False),
    ],
)
def test_short_of(tail: str, hit: bool) -> None:
    assert bool(rp.SHORT_OF.search(tail)) is hit


@pytest.mark.parametrize(
    ("tail", "hit"),
    [("the index rose above ", True), ("sales fell below ", True), ("the figure was ", False)],
)
def test_past_edge(tail: str, hit: bool) -> None:
    assert bool(rp.PAST_EDGE.search(tail)) is hit


@pytest.mark.parametrize(
    ("head", "hit"),
    [
        (" more than last year's", True),
        (" fewer tickets than last season", True),
        (" higher than in 2019", True),
        (" more than 10 hours", False),  # a hedge of the next figure
        (" more than a decade", False),
        (", more than it hoped", False),  # after a comma: a comparison (`COMPARED_AFTER`)
    ],
)
def test_difference_after(head: str, hit: bool) -> None:
    assert bool(rp.DIFFERENCE_AFTER.match(head)) is hit


@pytest.mark.parametrize(
    ("head", "hit"),
    [(", less than half the average", True), (" less than half", False)],
)
def test_compared_after(head: str, hit: bool) -> None:
    assert bool(rp.COMPARED_AFTER.match(head)) is hit


@pytest.mark.parametrize(
    ("tail", "hit"),
    [
        ("raised £4.3 million, up from £3.1 million a year earlier, ", True),
        ("fell from 212 ", True),
        ("fell from about 212 ", True),
        ("came from donors ", False),
    ],
)
def test_from_figure(tail: str, hit: bool) -> None:
    assert bool(rp.FROM_FIGURE.search(tail)) is hit


@pytest.mark.parametrize(
    ("clause", "hit"),
    [
        (", taking a typical bill to ", True),
        (" bringing the total to ", True),
        (" the total to ", False),
    ],
)
def test_participle_opens(clause: str, hit: bool) -> None:
    assert bool(rp.PARTICIPLE_OPENS.match(clause)) is hit
