"""Charts of the HTML report: each measure's figures by period, one mark per source.

A measure is whose figure and of what: the claim's frame (``entity`` and ``measure``), else its
``subject`` and ``metric`` (a registry written before frames), and within it the kind of figure
(a change, a level, a target; a chart never mixes a growth rate with a level) and the unit (a
chart has one axis). Only measures with two figures or more are charted: one dot says nothing a
table does not.

Each chart is a small dot plot laid out here as SVG coordinates (the template draws them): the
periods along the x axis in time order (``2018-H1`` before ``2018``'s second half), the value on
a y axis that includes zero (so that a gap between two figures looks as large as it is), one
colour per source, a range (``3-5 percent``) as a bar. Figures that differ for one period are
joined by a line, red when the sources dispute them (an unsettled ``value`` or ``scale``
conflict), and those marks are ringed; a table under the chart gives the same figures in words.
A measure with very many figures shows the first `DOTS` in time order and says so.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimcheck.model import Claim, Role, months_of
from claimcheck.report.html.page import Chart, Dot, Gap, Row, Standing, Tick

WIDTH, HEIGHT = 420, 150
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 10, 30
COLOURS = 8  # palette size (the CSS); past it colours repeat and the legend counts the rest
DOTS = 160  # figures drawn per chart
ROWS = 60  # figures listed under a chart
LABELS = 7  # period labels at most along the x axis
KIND = {Role.change: "change", Role.target: "target", Role.forecast: "forecast", Role.rank: "rank"}

Key = tuple[str, str, str, str]  # entity, measure, kind, unit


def key_of(claim: Claim) -> Key | None:
    """The measure a claim's figure belongs to, or None when it cannot be charted."""
    if claim.status == "rejected" or claim.period is None or months_of(claim.period) is None:
        return None
    if claim.value is None and (claim.low is None or claim.high is None):
        return None
    # a subject or metric a person wrote, folded as the frames' names are ("Changchun" and the
    # frame's "changchun" are one entity)
    entity = claim.entity or " ".join((claim.subject or "").lower().split())
    measure = claim.measure or " ".join((claim.metric or "").lower().split())
    if not entity or not measure:
        return None
    return entity, measure, KIND.get(claim.role, "") if claim.role else "", claim.unit or ""


def measures(claims: Iterable[Claim]) -> dict[Key, list[Claim]]:
    """Claims by measure, one figure per source, period and value (a repeated sentence once)."""
    out: dict[Key, list[Claim]] = defaultdict(list)
    seen: set[tuple[Key, str, str | None, float | None, float | None, float | None]] = set()
    for c in claims:
        key = key_of(c)
        if key is None:
            continue
        mark = (key, c.source, c.period, c.value, c.low, c.high)
        if mark not in seen:
            seen.add(mark)
            out[key].append(c)
    return out


def compact(value: float) -> str:
    """A tick label: 2400000000 is ``2.4bn``, 98510000 ``98.5m``, 7.4 ``7.4``."""
    size = abs(value)
    for limit, unit, suffix in (
        (1e12, 1e12, "tn"),
        (1e9, 1e9, "bn"),
        (1e6, 1e6, "m"),
        (1e4, 1e3, "k"),
    ):
        if size >= limit:
            return f"{value / unit:.3g}{suffix}"
    return f"{value:.3g}"


def _when(period: str) -> tuple[tuple[int, int], tuple[int, int], str]:
    """A period's place in time: first month, last month, label."""
    months = months_of(period) or ((0, 0), (0, 0))
    return months[0], months[1], period


def _order(claim: Claim) -> tuple[tuple[int, int], tuple[int, int], str]:
    return _when(claim.period or "")


def _span(claims: list[Claim]) -> tuple[float, float]:
    """The y axis: every value and zero; never empty."""
    values = [v for c in claims for v in (c.value, c.low, c.high) if v is not None]
    lo, hi = min(0.0, *values), max(0.0, *values)
    if hi == lo:
        hi = lo + 1.0
    return lo, hi


@dataclass(frozen=True)
class Axes:
    """Where a value and a period go on a chart: y from the value span, x a slot per period."""

    lo: float
    hi: float
    periods: tuple[str, ...]

    @property
    def slot(self) -> float:
        return (WIDTH - LEFT - RIGHT) / len(self.periods)

    def x(self, period: str) -> float:
        return LEFT + self.slot * (self.periods.index(period) + 0.5)

    def y(self, value: float) -> float:
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (self.hi - value) / (self.hi - self.lo), 1)


def _marks(period: str, here: list[Claim], axes: Axes, colour: Mapping[str, int],
           standing: Mapping[str, Standing]) -> tuple[list[Dot], Gap | None]:  # fmt: skip
    """One period's marks side by side, and the line joining different figures of two sources."""
    here = sorted(here, key=lambda c: (colour[c.source], c.value or 0))
    centre, step = axes.x(period), min(8.0, axes.slot / (len(here) + 1))
    dots = []
    for j, c in enumerate(here):
        top = c.value if c.value is not None else c.high
        bar = axes.y(c.low) if c.value is None and c.low is not None else None
        dots.append(Dot(round(centre + (j - (len(here) - 1) / 2) * step, 1), axes.y(top or 0), bar, colour[c.source],
                        standing.get(c.id, Standing.agrees), f"{c.source}: {c.text} ({period})"))  # fmt: skip
    values = {c.value if c.value is not None else c.high for c in here}
    if len({c.source for c in here}) < 2 or len(values) < 2:
        return dots, None
    ys = [axes.y(v or 0) for v in values]
    disputed = any(standing.get(c.id) is Standing.disputed for c in here)
    return dots, Gap(round(centre, 1), min(ys), max(ys), disputed)


def chart(key: Key, claims: list[Claim], standing: Mapping[str, Standing]) -> Chart:
    """The chart of one measure's claims (``standing``: by claim id, for the disputed ones)."""
    entity, measure, kind, unit = key
    shown = sorted(claims, key=_order)[:DOTS]
    axes = Axes(*_span(shown), tuple(sorted({c.period or "" for c in shown}, key=_when)))
    sources = sorted({c.source for c in shown})
    colour = {s: n % COLOURS for n, s in enumerate(sources)}
    by_period: dict[str, list[Claim]] = defaultdict(list)
    for c in shown:
        by_period[c.period or ""].append(c)
    dots: list[Dot] = []
    gaps: list[Gap] = []
    for period, here in by_period.items():
        marks, gap = _marks(period, here, axes, colour, standing)
        dots += marks
        gaps += [gap] if gap else []
    every = math.ceil(len(axes.periods) / LABELS)
    x_ticks = tuple(
        Tick(round(axes.x(p), 1), p) for i, p in enumerate(axes.periods) if i % every == 0
    )
    y_ticks = tuple(
        Tick(axes.y(v), compact(v)) for v in (axes.lo, (axes.lo + axes.hi) / 2, axes.hi)
    )
    rows = tuple(
        Row(c.period or "", c.text, c.source, c.id, standing.get(c.id, Standing.agrees))
        for c in shown[:ROWS]
    )
    disputed = any(g.disputed for g in gaps) or any(d.standing is Standing.disputed for d in dots)
    return Chart(" · ".join(x for x in (entity, measure, kind) if x), unit, WIDTH, HEIGHT,
                 (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM), tuple(dots), tuple(gaps), x_ticks, y_ticks,
                 axes.y(0.0), tuple((colour[s], s) for s in sources[:COLOURS]), max(0, len(sources) - COLOURS),
                 rows, len(claims), disputed)  # fmt: skip


def charts(
    claims: Iterable[Claim], standing: Mapping[str, Standing], limit: int
) -> tuple[tuple[Chart, ...], int]:
    """Charts of the measures with two figures or more, disputed ones first, then those with
    the most sources; at most ``limit``. Also the number of such measures."""
    found = {k: v for k, v in measures(claims).items() if len(v) > 1}

    def rank(item: tuple[Key, list[Claim]]) -> tuple[int, int, int, Key]:
        key, group = item
        disputed = any(standing.get(c.id) is Standing.disputed for c in group)
        return (0 if disputed else 1, -len({c.source for c in group}), -len(group), key)

    chosen = sorted(found.items(), key=rank)[:limit]
    return tuple(chart(k, v, standing) for k, v in chosen), len(found)
