"""Arithmetic within one source that does not add up, recomputed the way statcheck does.

Three checks, each on the figures as written (rounding and hedges from `claimcheck.tolerance`,
so "nearly 20.8 billion" or "US$3b" are given their full room):

- **change**: "from A to B" against a growth rate or multiple stated next to it ("from 2.4
  billion yuan to 20.8 billion yuan, a rise of 12 percent"); percent is read as relative change
  or, between two percentages, also as the difference in points;
- **difference**: "N ..., X more than in YEAR" against a figure for YEAR of the same subject and
  metric given elsewhere in the source (N - X should be it);
- **conversion**: an amount and its conversion in brackets ("2.4 billion yuan (US$352.5m)")
  whose implied rate is far (`RATE_BAND` beyond rounding) from the median rate of at least two
  other conversions between the same currencies in the source.

Each finding is an `arithmetic` conflict whose claims are the figures involved.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.compare.features import features, is_conversion
from claimcheck.compare.group import score
from claimcheck.compare.words import Words
from claimcheck.lexicon import Cues, Lexicon
from claimcheck.model import Claim, Conflict, Kind
from claimcheck.tolerance import Figure, agrees, comparable, figure_of_claim, interval

RATE_BAND = 0.05  # a conversion rate may stray 5% beyond its rounding from the source's median
NEARBY = 80  # a stated rate counts for a "from A to B" within this many characters of it
RATES = ("percent", "percentage_point", "times")

_FROM = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_TO = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:in\s+(?:19|20)\d\d\s*)?,?\s*to\s+(?:[a-z]+\s+){0,2}", re.IGNORECASE
)
_OPEN = re.compile(r"\s*\(\s*")


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim with the span of its figure in its quote."""

    claim: Claim
    start: int
    end: int
    conversion: bool


def _num(x: float) -> str:
    return f"{x:,.3g}" if abs(x) < 1000 else f"{x:,.0f}"


def placed(claims: Sequence[Claim], lex: Lexicon) -> list[list[Placed]]:
    """The source's claims grouped by quote, in order, each with where its figure stands."""
    groups: dict[str, list[Placed]] = {}
    for claim in claims:
        if claim.status == "rejected" or (claim.value is None and claim.low is None):
            continue
        group = groups.setdefault(claim.quote, [])
        after = group[-1].end if group else 0
        at = claim.quote.find(claim.text, after)
        if at < 0:
            at = claim.quote.find(claim.text)
        if at < 0:
            continue
        conv = is_conversion(claim, lex.dimension(claim.unit))
        group.append(Placed(claim, at, at + len(claim.text), conv))
    for group in groups.values():
        group.sort(key=lambda p: p.start)
    # a claim whose figure is not in its quote (edited by hand) stands nowhere: no group for it
    return [group for group in groups.values() if group]


def _ratio(a: Claim, b: Claim, near: frozenset[str]) -> tuple[float, float] | None:
    """The interval of b / a given how both were written (``near``: the lexicon's near hedges);
    None when unbounded or not positive."""
    ia, ib = _interval(a, near), _interval(b, near)
    if not all(math.isfinite(x) for x in (*ia, *ib)) or ia[0] <= 0 or ib[0] < 0:
        return None
    return ib[0] / ia[1], ib[1] / ia[0]


def _interval(claim: Claim, near: frozenset[str]) -> tuple[float, float]:
    """The values a claim's figure allows, a fraction as a percentage."""
    return interval(figure_of_claim(claim, near=near).normalised(), near=near)


def _stated(rate: Claim, falling: bool, near: frozenset[str]) -> Figure:
    fig = figure_of_claim(rate, near=near)
    down = rate.direction == "down" or (rate.direction is None and falling)
    return fig.negated() if down and rate.unit != "times" else fig


def _change_agrees(a: Claim, b: Claim, rate: Claim, near: frozenset[str]) -> bool | None:
    """Whether a stated rate fits "from a to b"; None when it cannot be judged."""
    ratio = _ratio(a, b, near)
    if ratio is None or rate.value is None:
        return None
    falling = (b.value or 0) < (a.value or 0)
    stated = _stated(rate, falling, near)
    lo, hi = ratio
    fits: list[Figure] = []
    if rate.unit == "times":
        fits = [Figure(None, "times", low=lo, high=hi, precision=0),
                Figure(None, "times", low=lo - 1, high=hi - 1, precision=0)]  # fmt: skip
    elif rate.unit == "percent":
        fits = [Figure(None, "percent", low=(lo - 1) * 100, high=(hi - 1) * 100, precision=0)]
    if a.unit in ("percent", "fraction") and rate.unit in ("percent", "percentage_point"):
        fa, fb = _interval(a, near), _interval(b, near)
        fits.append(Figure(None, rate.unit, low=fb[0] - fa[1], high=fb[1] - fa[0], precision=0))
    if not fits:
        return None
    return any(agrees(stated, f, near=near) for f in fits)


def changes(group: list[Placed], near: frozenset[str]) -> Iterator[Conflict]:
    """ "from A to B" against a rate or multiple stated next to it."""
    figures = [p for p in group if not p.conversion]
    quote = group[0].claim.quote if group else ""
    for pa, pb in zip(figures, figures[1:], strict=False):
        a, b = pa.claim, pb.claim
        if (a.unit in RATES and a.unit != "percent") or not comparable(a.unit, b.unit):
            continue
        if not _FROM.search(quote[: pa.start]) or not _TO.fullmatch(quote[pa.end : pb.start]):
            continue
        for pr in figures:
            rate = pr.claim
            if pr in (pa, pb) or rate.unit not in RATES:
                continue
            lo, hi = min(pr.start, pa.start), max(pr.end, pb.end)
            if pr.start > pb.end + NEARBY or pr.end < pa.start - NEARBY or ";" in quote[lo:hi]:
                continue
            if _change_agrees(a, b, rate, near) is False:
                ratio = (b.value or 0) / (a.value or 1)
                implied = f"{_num((ratio - 1) * 100)} percent, {_num(ratio)} times"
                yield Conflict(Kind.arithmetic, (a, b, rate), a.subject, a.metric,
                               f"from {a.text} to {b.text} is {implied}; the source says {rate.text}")  # fmt: skip


@cache
def _than(comparatives: tuple[str, ...]) -> re.Pattern[str]:
    """Right after a figure: a comparative, "than", maybe "in" or "that of", and a year."""
    words = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in comparatives)
    return re.compile(
        r"\s+(" + words + r")\s+than\s+(?:in\s+|that\s+of\s+|the\s+figure\s+(?:for|in|of)\s+)?"
        r"((?:19|20)\d\d)\b",
        re.IGNORECASE,
    )


def differences(
    group: list[Placed], source: list[Placed], lex: Lexicon, words: Words, cues: Cues
) -> Iterator[Conflict]:
    """ "N ..., X more than in YEAR" against the source's figure for YEAR (the comparatives of
    ``cues``: "more" says it is N - X, "fewer" N + X)."""
    figures = [p for p in group if not p.conversion]
    quote = group[0].claim.quote if group else ""
    near = lex.near_qualifiers
    than = _than(tuple(sorted(cues.more | cues.less)))
    for i, px in enumerate(figures):
        found = than.match(quote, px.end)
        if not found:
            continue
        x = px.claim
        more = " ".join(found.group(1).lower().split()) in cues.more
        year = found.group(2)
        base = next(
            (
                p.claim
                for p in reversed(figures[:i])
                if lex.dimension(p.claim.unit) == lex.dimension(x.unit)
            ),
            None,
        )
        fn = features(base, lex, words) if base is not None else None
        if base is None or fn is None:
            continue
        ib = interval(figure_of_claim(base, near=near), near=near)
        ix = interval(figure_of_claim(x, near=near), near=near)
        low, high = (ib[0] - ix[1], ib[1] - ix[0]) if more else (ib[0] + ix[0], ib[1] + ix[1])
        implied = Figure(None, base.unit, low=low, high=high, precision=0)
        scored = []
        for p in source:
            c = p.claim
            if (
                c.period != year
                or c.id in (base.id, x.id)
                or p.conversion
                or not comparable(c.unit, base.unit)
            ):
                continue
            fc = features(c, lex, words)
            s = score(fn, fc) if fc is not None else 0.0
            if s > 0:
                scored.append((s, c))
        if not scored or any(
            agrees(implied, figure_of_claim(c, near=near), near=near) for _, c in scored
        ):
            continue
        best = max(scored, key=lambda sc: (sc[0], sc[1].id))[1]
        sign = "-" if more else "+"
        value = (base.value or 0) - (x.value or 0) if more else (base.value or 0) + (x.value or 0)
        yield Conflict(Kind.arithmetic, (base, x, best), base.subject, base.metric,
                       f"{base.text} {sign} {x.text} = {_num(value)} for {year}, "
                       f"but the source gives {best.text} for {year} (line {best.line})")  # fmt: skip


def conversions(groups: list[list[Placed]], near: frozenset[str]) -> Iterator[Conflict]:
    """Amounts whose bracketed conversion implies a rate far from the source's other ones."""
    pairs: dict[tuple[str, str], list[tuple[Claim, Claim, tuple[float, float], float]]] = {}
    for group in groups:
        quote = group[0].claim.quote
        for pa, pb in zip(group, group[1:], strict=False):
            a, b = pa.claim, pb.claim
            if pa.conversion or not pb.conversion or not a.unit or not b.unit or a.unit == b.unit:
                continue
            if not _OPEN.fullmatch(quote[pa.end : pb.start]) or not a.value or not b.value:
                continue
            ratio = _ratio(b, a, near)
            if ratio is not None:
                pairs.setdefault((a.unit, b.unit), []).append((a, b, ratio, a.value / b.value))
    for (ua, ub), found in pairs.items():
        if len(found) < 3:
            continue
        for i, (a, b, (lo, hi), point) in enumerate(found):
            median = statistics.median(r for j, (*_, r) in enumerate(found) if j != i)
            if lo * (1 - RATE_BAND) <= median <= hi * (1 + RATE_BAND):
                continue
            yield Conflict(Kind.arithmetic, (a, b), a.subject, a.metric,
                           f"{a.text} ({b.text}) implies {_num(point)} {ua} per {ub}; "
                           f"the other conversions in this source imply {_num(median)}")  # fmt: skip


def check_source(claims: Sequence[Claim], lex: Lexicon, words: Words, cues: Cues) -> list[Conflict]:
    """Every arithmetic conflict among one source's claims (``cues``: the comparatives)."""
    groups = placed(claims, lex)
    flat = [p for g in groups for p in g]
    out: list[Conflict] = []
    for group in groups:
        out.extend(changes(group, lex.near_qualifiers))
        out.extend(differences(group, flat, lex, words, cues))
    out.extend(conversions(groups, lex.near_qualifiers))
    return out
