"""A duration written in two units, read as one figure when figures are compared.

"the match lasted four hours and 42 minutes" states 4.7 hours: its "four hours" alone would
contradict a draft's "more than four and a half hours", and a draft's "four hours and 42
minutes" would be contradicted by nothing but its own first part. The extractor keeps the two
parts as two mentions (each is what the text writes, and what `extract`'s users count); the
gate joins them, on the source's side and the draft's alike, before it compares.

Our own few lines: a unit table (`Lexicon.unit_names`) and one pattern do it.
"""

from __future__ import annotations

import re

from claimcheck.lexicon import Lexicon
from claimcheck.tolerance import Figure

# what may join the parts: "four hours and 42 minutes", "2 minutes 11 seconds", "3h, 20min"
_NEXT_PART = re.compile(r"(?:,\s*|\s+and\s+|\s+|(?<=[a-z]))(\d{1,2}(?:\.\d+)?)\s?([a-z]{1,7})\b")


def joined(figure: Figure, text: str, end: int, lexicon: Lexicon) -> Figure:
    """``figure``, written in ``text`` up to ``end``, with the smaller part of its duration
    that follows it added ("four hours" of "four hours and 42 minutes": 4.7 hours), or as it
    is when none follows."""
    mine = lexicon.units.get(figure.unit or "")
    if (
        mine is None
        or mine.dimension != "time"
        or mine.factor is None
        or figure.value is None
        or figure.low is not None
        or end <= 0
    ):
        return figure
    m = _NEXT_PART.match(text, end)
    if m is None:
        return figure
    part = lexicon.unit_names.get(m.group(2))
    if part is None or part.dimension != "time" or part.factor is None:
        return figure
    ratio = part.factor / mine.factor
    if not ratio < 1 or float(m.group(1)) * ratio >= 1:
        return figure  # no smaller part ("three days and 40 weeks"), or not less than one unit
    value = figure.value + float(m.group(1)) * ratio
    return Figure(value, figure.unit, figure.qualifier, ratio, None, None, figure.hedge)
