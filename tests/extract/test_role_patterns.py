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
    [(", less than half the average", True), (" less than half", False),
     (", below the 3% of last year", True), (", well above average", True), (" above the", False)],
)  # fmt: skip
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


@pytest.mark.parametrize(
    ("head", "hit"),
    [(" target", True), (" inflation target", True), (" goal", True), (" goals", False),
     (" late goals", False), (" target market", False), (" rise", False)],
)  # fmt: skip
def test_target_after(head: str, hit: bool) -> None:
    assert bool(rp.TARGET_AFTER.match(head)) is hit


@pytest.mark.parametrize(
    ("head", "hit"),
    [(" of the workforce", True), (" of its volume", True), (" of 2022", False),
     (" of last year", False)],
)  # fmt: skip
def test_share_after(head: str, hit: bool) -> None:
    assert bool(rp.SHARE_AFTER.match(head)) is hit


@pytest.mark.parametrize(
    ("tail", "stripped"),
    [("rose by nearly ", "rose by "), ("up from about ", "up from "),
     ("inflation rose to 4%, above the ", "inflation rose to 4%, above the "),
     ("temperatures above ", "temperatures ")],
)  # fmt: skip
def test_strip_hedges(tail: str, stripped: str) -> None:
    from claimcheck import framelex, lexicon

    assert rp.strip_hedges(tail, lexicon.load(), framelex.load().skip_before) == stripped


@pytest.mark.parametrize(
    ("head", "targeted", "expected"),
    [(" the government had targeted", True, False), (" it forecast", False, True),
     (" economists had expected", False, True), (" that the club budgeted", True, False),
     (" the company said", False, False), (" to 300 units", False, False),
     (" of planned services", False, False), (" for expected arrivals", False, False)],
)  # fmt: skip
def test_a_relative_clause_of_aim_or_expectation(head: str, targeted: bool, expected: bool) -> None:
    assert bool(rp.TARGETED_AFTER.match(head)) is targeted
    assert bool(rp.EXPECTED_AFTER.match(head)) is expected


@pytest.mark.parametrize(
    ("head", "role"),
    [(" average estimate of analysts", "forecast"), (" growth forecast for 2024", "forecast"),
     (" consensus", "forecast"), (" target", "target"), (" units", None)],
)  # fmt: skip
def test_named_after(head: str, role: str | None) -> None:
    found = rp.named_after(head, 0)
    assert (found.value if found else None) == role
