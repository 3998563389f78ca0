"""Pathological inputs stay linear (issue #12): extract()'s time grows about tenfold when the
input does, never a hundredfold. Only the growth between two sizes is compared, with a wide
margin (a time limit would fail on a slow machine); ``benchmarks/bench_hostile.py`` prints the
times up to 1 MB."""

from __future__ import annotations

import time

import pytest

from claimcheck.extract import extract

CASES = {
    "range joins": "It rose from 1 to from 1 to ",
    "change joins": "by 1% to ",
    "percent run": "1% ",
    "zero-width digits": "6\u200b.8 ",
    "scores": "won 3-1, 6-4, ",
    "vague": "tens of thousands of ",
}


def _time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("unit", list(CASES.values()), ids=list(CASES))
def test_tenfold_input_takes_far_less_than_a_hundredfold_time(unit: str) -> None:
    extract(unit)  # compile the patterns first
    small = _time(unit * (2_000 // len(unit)))
    large = _time(unit * (20_000 // len(unit)))
    assert large < 40 * max(small, 1e-3)  # linear is ~10x, quadratic ~100x


def test_long_digit_runs_and_separators_are_no_figure_and_fast_to_skip() -> None:
    assert [m for m in extract("1" * 100_000) if m.kind == "quantity"] == []
    assert len(extract("1" + ",000" * 50_000)) <= 1
