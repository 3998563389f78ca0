"""Retrieval of a draft sentence's candidates through the inverted index (step 2 of
`claimcheck.check.match`): the rarest shared words first, each adding its inverse document
frequency, at most `MAX_POSTINGS` posting entries visited and the best `TOP_K` kept, so the work
per draft figure is bounded however many claims the registry holds.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Set as AbstractSet

TOP_K = 40  # candidates scored per mention
MAX_POSTINGS = 20_000  # posting entries visited per mention before rarer words must do
MEASURE = "\x00m:"  # posting key of a measure (no word can look like it)


def top(
    by_word: dict[str, list[int]],
    total: int,
    tokens: AbstractSet[str],
    measure: str | None,
    same: AbstractSet[str] = frozenset(),
) -> list[int]:
    """The `TOP_K` entries sharing the most (rarest) of ``tokens`` in one dimension's postings
    ``by_word`` (``total`` entries), the measure (and those ``same`` as it: sales and revenue)
    looked up like a word."""
    measures = ({measure} | set(same)) if measure else set()
    lookup = tokens | {MEASURE + m for m in measures} if measures else tokens
    weights: dict[int, float] = defaultdict(float)
    lists = sorted(
        ((by_word.get(t, []), t) for t in lookup), key=lambda pair: (len(pair[0]), pair[1])
    )
    visited = 0
    for ids, _ in lists:
        if not ids:
            continue
        if visited and visited + len(ids) > MAX_POSTINGS:
            break
        visited += len(ids)
        idf = math.log(1 + total / len(ids))
        for i in ids:
            weights[i] += idf
    return _top(weights)


def _top(weights: dict[int, float]) -> list[int]:
    """The `TOP_K` ids of highest weight, ties by id: ``sorted(weights, key=(-weight, id))[:TOP_K]``
    without sorting (or calling a key function on) the 100,000 ids a common word can bring.
    """
    if len(weights) <= TOP_K:
        return sorted(weights, key=lambda i: (-weights[i], i))
    kth = heapq.nlargest(TOP_K, weights.values())[-1]
    above = sorted((i for i, w in weights.items() if w > kth), key=lambda i: (-weights[i], i))
    ties = heapq.nsmallest(TOP_K - len(above), (i for i, w in weights.items() if w == kth))
    return above + ties
