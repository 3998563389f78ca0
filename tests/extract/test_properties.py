"""Properties: a number formatted in many styles reads back as itself; no input breaks the reader.

Pathological and dense inputs are guarded against super-linear time by the growth between two
sizes (best of two runs each, a wide margin), never by a time limit, which a busy machine
breaks; speed targets themselves live in ``benchmarks/``.
"""

from __future__ import annotations

import math
import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract
from claimcheck.model import Quantity

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def spell_below_1000(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{ONES[n // 100]} hundred")
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n or not words:
        words.append(ONES[n])
    return " ".join(words)


def spell(n: int) -> str:
    """English words for a whole number, as a style guide would write them."""
    parts = []
    for size, name in SCALES:
        if n >= size:
            parts.append(f"{spell_below_1000(n // size)} {name}")
            n %= size
    if n or not parts:
        parts.append(spell_below_1000(n))
    return " ".join(parts)


def styles(n: int) -> list[str]:
    """The same whole number written in several styles."""
    out = [f"{n:,}", str(n), spell(n)]
    for size, name in SCALES[:3]:
        if n % size == 0 and n >= size:
            out.append(f"{n // size:,} {name}")
    for size, suffix in ((10**9, "bn"), (10**6, "m"), (10**3, "k")):
        if n % size == 0 and n >= size:
            out.append(f"${n // size}{suffix}")
    return out


def values(text: str) -> list[Decimal]:
    return [Decimal(str(m.value)) for m in extract(text) if isinstance(m, Quantity)]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_whole_number_in_every_style_reads_back(n: int) -> None:
    for written in styles(n):
        if 1700 <= n <= 2099 and written in (str(n),):
            continue  # a bare 1700-2099 is a year: a date mention, checked below
        assert values(f"The total was {written} last time.") == [n], written


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["million", "billion", "trillion"]),
)
def test_decimal_with_scale_word_reads_back(whole: int, cents: int, scale: str) -> None:
    figure = f"{whole:,}.{cents:02d}"
    factor = {"million": 10**6, "billion": 10**9, "trillion": 10**12}[scale]
    expected = Decimal(f"{whole}.{cents:02d}") * factor
    assert values(f"It reached {figure} {scale} yuan.") == [expected]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1700, max_value=2099))
def test_year_reads_back_as_a_date(year: int) -> None:
    found = extract(f"It opened in {year}.")
    assert [(m.kind, m.value) for m in found] == [("date", year)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_reads_without_error(text: str) -> None:
    for m in extract(text):
        assert text[m.span.start : m.span.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789,.-–/ $%kmbn toand", max_size=3000))
def test_figure_soup_reads_as_figures_where_they_stand(text: str) -> None:
    # the soup has no line break and no number word: every mention is written with digits, on
    # line 1, in text order, where its span says, a quantity with a finite value or range
    found = extract(text)
    assert [m.span.start for m in found] == sorted(m.span.start for m in found)
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert (m.span.line, m.span.column, m.span.end_column) == (
            1,
            m.span.start + 1,
            m.span.end + 1,
        )
        assert any(c.isdigit() for c in m.text), m.text
        bounds = [v for v in (m.value, m.low, m.high) if v is not None]
        # a quantity always has a figure; a date may have none (a clock time: "at 9am")
        assert (bounds or m.kind == "date") and all(math.isfinite(v) for v in bounds), m
        assert m.low is None or m.high is None or m.low <= m.high, m


def _growth(unit: str, n: int, tail: str = "") -> tuple[float, float]:
    """Seconds to read ``unit`` repeated n/4 and n times, each the best of two runs (a busy
    machine slows one run, rarely both): their ratio is 4 for linear work, 16 for quadratic."""

    def best(count: int) -> float:
        text = unit * count + tail
        runs = []
        for _ in range(2):
            t0 = time.perf_counter()
            extract(text)
            runs.append(time.perf_counter() - t0)
        return min(runs)

    return best(n // 4), best(n)


@pytest.mark.parametrize(
    ("unit", "n", "tail"),
    [
        ("1,", 500_000, ""),
        ("9", 1_000_000, ""),
        ("1,000,", 160_000, ""),
        ("one and ", 120_000, ""),
        ("between ", 120_000, "5"),
        ("first half of the ", 50_000, ""),
        ("In 2018, up\n", 80_000, ""),
    ],
    ids=["commas", "digits", "thousands", "spelled", "between", "halves", "lines"],
)
def test_pathological_input_is_linear(unit: str, n: int, tail: str) -> None:
    # growth, not a time limit: 4x the text may take at most 10x the time (quadratic work: 16x)
    small, large = _growth(unit, n, tail)
    assert large < 10 * small + 0.5, f"{small:.2f}s then {large:.2f}s for 4x the text"


@pytest.mark.parametrize(
    "unit", ["- 1 - 2", "$1m to ", "first half of "], ids=["dashes", "money-ranges", "halves"]
)
def test_text_dense_with_figures_scales_linearly(unit: str) -> None:
    # a figure every few characters: the time per figure must not grow with the text
    small, large = _growth(unit, 16_000)
    assert large < 8 * small + 0.5, f"{small:.2f}s then {large:.2f}s for 4x the text"


def test_an_endless_sentence_is_cut_so_each_figure_keeps_a_bounded_sentence() -> None:
    # a 200 KB line without a full stop: every mention used to carry all of it (memory and
    # work per figure grew with the whole text)
    from claimcheck.extract import extract as run
    from claimcheck.extract.sentences import MAX_SENTENCE, split

    line = " ".join(f"growth of {i % 97} percent, then" for i in range(8000))
    pieces = split(line)
    assert len(pieces) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in pieces)
    assert "".join(line[s.start : s.end] for s in pieces).replace(" ", "") == line.replace(" ", "")
    mentions = run(line)
    assert len(mentions) == 8000
    assert max(len(m.sentence) for m in mentions) <= MAX_SENTENCE
    assert all(line[m.span.start : m.span.end] == m.text for m in mentions)
