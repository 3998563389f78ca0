"""When do two figures agree? Rounding, hedges and units, shared by `compare` and `check`.

Each figure stands for an interval of true values consistent with how it was written:

- ``8%`` (written to the unit) is any value that rounds to 8: [7.5, 8.5];
- ``about 330`` widens that to 5% either side; ``nearly 2 million`` to 10% below;
- ``more than 20 million`` is anything from 20 million up; ``up to 5`` anything to 5;
- a range ``3 to 5`` is [3, 5], widened by its precision.

Two figures agree when their intervals overlap, after bringing both to one unit (a fraction is
compared as a percentage; money only in the same currency). A *scale slip* is a pair that would
agree if one were a thousand or a million times larger, or if percent and percentage points
were swapped.

Which hedges are "nearly"-like is the lexicon's list (``near_qualifiers`` in
``data/lexicon.yaml``): the functions that need it take it as ``near``, the way
`claimcheck.check.verdict.judge` does, so the list exists once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.model import Claim, Mention

NEAR_BAND = 0.10  # "nearly", "almost", "just over": within 10% of the figure
ABOUT_BAND = 0.05  # "about", "roughly": within 5% either side
SLIP_FACTORS = (1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9)
EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written: value or range, unit, qualifier and hedge, and its precision."""

    value: float | None
    unit: str | None
    qualifier: str = "="
    precision: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None

    def normalised(self) -> Figure:
        """The same figure with a fraction expressed as a percentage."""
        if self.unit != "fraction":
            return self

        def pct(x: float | None) -> float | None:
            return None if x is None else x * 100

        return Figure(pct(self.value), "percent", self.qualifier, pct(self.precision),
                      pct(self.low), pct(self.high), self.hedge)  # fmt: skip

    def negated(self) -> Figure:
        """The same figure with its sign turned: a fall of 5 percent as a change of -5 percent."""

        def neg(x: float | None) -> float | None:
            return None if x is None else -x

        flip = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(self.qualifier, self.qualifier)
        return Figure(neg(self.value), self.unit, flip, self.precision,
                      neg(self.high), neg(self.low), self.hedge)  # fmt: skip


def implied_precision(value: float) -> float:
    """The step of the last written digit of ``value`` when nothing better is known."""
    text = repr(float(value))
    if "e" in text:
        return abs(value) * 1e-6 or 1.0
    decimals = len(text.split(".")[1].rstrip("0")) if "." in text else 0
    return 10.0 ** (-decimals)


def interval(fig: Figure, *, near: frozenset[str]) -> tuple[float, float]:
    """The values consistent with a figure, as a closed interval; ``near`` are the hedges that
    hold a bound close (the lexicon's ``near_qualifiers``: "nearly 2 million")."""
    if fig.low is not None and fig.high is not None:
        half = (fig.precision or 0.0) / 2
        return fig.low - half, fig.high + half
    if fig.value is None:
        return math.nan, math.nan
    x = fig.value
    step = fig.precision if fig.precision is not None else implied_precision(x)
    half = step / 2
    close = fig.hedge in near
    q = fig.qualifier
    if q == "=":
        return x - half, x + half
    if q == "~":
        band = max(half, ABOUT_BAND * abs(x))
        return x - band, x + band
    # a hedge replaces rounding: "nearly 2 million" is just under 2 million, never 2.4 million
    if q == "<":
        return (x - NEAR_BAND * abs(x), x) if close else (-math.inf, x)
    if q == ">":
        return (x, x + NEAR_BAND * abs(x)) if close else (x, math.inf)
    if q == "<=":
        return -math.inf, x
    if q == ">=":
        return x, math.inf
    return x - half, x + half


def comparable(a: str | None, b: str | None) -> bool:
    """True when figures in these units can be compared value to value."""
    na = "percent" if a == "fraction" else a
    nb = "percent" if b == "fraction" else b
    return na == nb


def scaled(fig: Figure, ratio: float, unit: str) -> Figure:
    """The same figure in another unit, ``ratio`` of the new unit to the old one ("16 years" is
    192 months, written to the nearest 12)."""

    def times(x: float | None) -> float | None:
        return None if x is None else x * ratio

    return Figure(times(fig.value), unit, fig.qualifier, times(fig.precision),
                  times(fig.low), times(fig.high), fig.hedge)  # fmt: skip


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two intervals share more than an end point (NaN never overlaps)."""
    if any(math.isnan(x) for x in (*a, *b)):
        return False
    # intervals that only touch (7.4 is [7.35, 7.45], 7.5 is [7.45, 7.55]) do not agree
    return a[0] < b[1] - _slack(b[1]) and b[0] < a[1] - _slack(a[1])


def _slack(bound: float) -> float:
    # float noise only: 1e-9 of the bound's size (no slack at infinity)
    return EPSILON * max(1.0, abs(bound)) if math.isfinite(bound) else 0.0


def agrees(a: Figure, b: Figure, *, near: frozenset[str]) -> bool:
    """True when the two figures can describe the same true value (``near``: see `interval`)."""
    if not comparable(a.unit, b.unit):
        return False
    a, b = a.normalised(), b.normalised()
    if _ranged(a) and _ranged(b):
        # two ranges state two ends each: "4.5 to 4.75 percent" is not "4.25 to 4.5 percent",
        # though the two share 4.5
        return all(
            overlaps(interval(x, near=near), interval(y, near=near))
            for x, y in ((_end(a, a.low), _end(b, b.low)), (_end(a, a.high), _end(b, b.high)))
        )
    return overlaps(interval(a, near=near), interval(b, near=near))


def _ranged(f: Figure) -> bool:
    return f.value is None and f.low is not None and f.high is not None and f.qualifier == "="


def _end(f: Figure, x: float | None) -> Figure:
    """One end of a range as a figure of its own, written to the range's precision."""
    return Figure(x, f.unit, "=", f.precision, hedge=f.hedge)


@cache
def _swap(unit: str | None) -> str | None:
    return {"percent": "percentage_point", "percentage_point": "percent"}.get(unit or "")


def scale_slip(a: Figure, b: Figure, *, near: frozenset[str]) -> str | None:
    """How ``a`` would agree with ``b``: ``x1000``-style factor or ``percent/points``; else None
    (``near``: see `interval`)."""
    if agrees(a, b, near=near):
        return None
    na, nb = a.normalised(), b.normalised()
    if _swap(na.unit) == nb.unit:
        swapped = Figure(na.value, nb.unit, na.qualifier, na.precision, na.low, na.high, na.hedge)
        if overlaps(interval(swapped, near=near), interval(nb, near=near)):
            return "percent/percentage points"
    if not comparable(na.unit, nb.unit) or na.value is None or nb.value is None:
        return None
    if na.qualifier != "=" or nb.qualifier != "=" or na.value == 0:
        return None
    for factor in SLIP_FACTORS:
        scaled = Figure(
            na.value * factor, na.unit, "=", (na.precision or implied_precision(na.value)) * factor
        )
        if overlaps(interval(scaled, near=near), interval(nb, near=near)):
            return f"x{factor:g}"
    return None


_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def figure_of_mention(m: Mention) -> Figure:
    """The figure an extracted mention states."""
    return Figure(m.value, m.unit, m.qualifier, m.precision, m.low, m.high, m.hedge)


def figure_of_claim(claim: Claim, *, near: frozenset[str]) -> Figure:
    """The figure a registered claim states; precision and hedge are read back from its text
    (the hedge when it is one of ``near``, the lexicon's ``near_qualifiers``, right before it)."""
    precision: float | None = None
    reference = claim.value if claim.value is not None else claim.low
    number = _FIRST_NUMBER.search(claim.text)
    if claim.unit == "fraction" and reference is not None:
        precision = abs(reference) * 0.25
    elif number and reference is not None:
        written = float(number.group().replace(",", ""))
        decimals = len(number.group(1) or "")
        scale = abs(reference / written) if written else 1.0
        # snap the scale to a power of ten ("2.4 billion" is 2.4 x 1e9)
        scale = 10.0 ** round(math.log10(scale)) if scale > 0 else 1.0
        precision = 10.0 ** (-decimals) * scale
    elif reference is not None:
        precision = 10.0 ** math.floor(math.log10(abs(reference))) if reference else 1.0
        precision = min(precision, 1.0) if abs(reference) < 1000 else precision
    hedge = _hedge_before(claim.quote, claim.text, near)
    return Figure(claim.value, claim.unit, claim.qualifier, precision, claim.low, claim.high, hedge)


def _hedge_before(quote: str, text: str, near: frozenset[str]) -> str | None:
    """The hedge of ``near`` that ends the quote right before the figure's text, if any."""
    at = quote.find(text)
    if at <= 0:
        return None
    ending = quote[max(0, at - 16) : at].lower().rstrip()
    # longest first, so that the pick never depends on the set's order ("just under" would
    # win over an "under" listed beside it)
    return next((h for h in sorted(near, key=len, reverse=True) if ending.endswith(h)), None)
