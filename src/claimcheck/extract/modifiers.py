"""A measure's modifier: a per-head amount (``income_per_capita``) or a share
(``population_share``) is another measure than the total it qualifies.

Read from the words beside the measure phrase a figure's frame chose (`claimcheck.extract.frames`).
"""

from __future__ import annotations

from claimcheck.extract.frame_parts import INTENSIVE, per_population
from claimcheck.extract.frame_sentence import Place
from claimcheck.framelex import FrameLexicon
from claimcheck.model import Dimension, Role

_RATIOS = frozenset({Dimension.percent, Dimension.points, Dimension.ratio})


def modified(
    flex: FrameLexicon,
    low: str,
    found: str,
    chosen: Place | None,
    span: tuple[int, int],
    lo: int,
    role: Role,
    dim: Dimension,
    part_of: bool = False,
) -> str:
    """The measure with the modifier beside its phrase: ``income_per_capita``,
    ``population_share`` (``part_of``: a percentage of a measure named right after it)."""
    at, to = span
    window_lo = chosen[0] - 32 if chosen else max(lo, at - 30)
    window_hi = chosen[1] + 20 if chosen else to + 20
    comma = low.find(",", chosen[1] if chosen else to, window_hi)
    if comma >= 0:
        window_hi = comma  # "512 million passengers, an average of 1.4 million a day"
    # a change of an amount per head is per head ("per capita income rose 9.3%"); a rate is no
    # amount ("occupancy averaged 58 percent"), nor is "1.4 million a day" an amount per head
    if (
        (dim not in _RATIOS or role is Role.change)
        and dim is not Dimension.rate
        and dim not in INTENSIVE
        and found not in flex.per_item
        and (
            flex.per_capita.search(low, max(0, window_lo), min(len(low), window_hi))
            or flex.per_capita.search(low, max(lo, at - 16), at)  # "an average of $7.4m"
            or per_population(low, to)
        )
    ):
        return found + "_per_capita"
    if (
        found not in flex.proportions
        and dim is not Dimension.money
        and (
            # (an amount is no share: "made up €167 million of the total" is money)
            role is Role.share
            or flex.share.search(low, max(lo, min(at - 40, window_lo)), at)
            # "to lift the digital economy to 11 percent of GDP by 2022": a part of what
            # follows "of", in a plan or a forecast too
            or part_of
            # a percentage of things counted is a part of them ("survival improved to 59.3%
            # for patients diagnosed in 2016-2020")
            or (dim is Dimension.percent and role is not Role.change and found in flex.counted)
        )
    ):
        return found + "_share"
    return found
