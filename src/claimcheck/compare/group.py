"""Group claims of different sources that speak of the same thing, without comparing all pairs.

1. Blocking: claims are only ever compared within one block, keyed by the unit's dimension
   (``ratio``, ``money:CNY``, ``count``...), change or level (a growth rate is never compared
   with a share) and target or outcome ("aims to", "will").
2. A token index within each block: a claim is a candidate partner of another only when they
   share a subject word and a metric word (``changchun`` x ``gdp``). Each claim is filed under
   a few keys, so the work grows with the number of claims times the size of the buckets, not
   with the square of the registry.
3. Scoring with rapidfuzz: subject (`fuzz.ratio`, so that "China" is not "Northeast China"),
   metric (`fuzz.token_sort_ratio`) and the words around the figure (`fuzz.token_set_ratio`);
   a pair is kept when subject and metric each reach `NAME_MIN` and the weighted score reaches
   `PAIR_MIN`, so that weaker names need supporting context.

rapidfuzz rather than our own edit distance: it is the project's fuzzy matcher (anchor uses it)
and fast enough to score millions of pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz

from claimcheck.compare.features import Features

NAME_MIN = 80.0  # lowest subject and metric similarity (0-100) of a pair
PAIR_MIN = 75.0  # lowest weighted similarity of a pair
WEIGHTS = (0.4, 0.4, 0.2)  # subject, metric, context


def score(a: Features, b: Features) -> float:
    """Similarity (0-100) of two claims' subjects, metrics and contexts; 0 when names differ."""
    subject = 100.0 if a.subject == b.subject else fuzz.ratio(a.subject, b.subject)
    if subject < NAME_MIN:
        return 0.0
    metric = 100.0 if a.metric == b.metric else fuzz.token_sort_ratio(a.metric, b.metric)
    if metric < NAME_MIN:
        return 0.0
    ctx = fuzz.token_set_ratio(a.context, b.context)
    ws, wm, wc = WEIGHTS
    total = ws * subject + wm * metric + wc * ctx
    return total if total >= PAIR_MIN else 0.0


def candidate_pairs(items: Iterable[Features]) -> Iterator[tuple[Features, Features]]:
    """Pairs of claims of different sources that share a block, a subject and a metric word."""
    index: dict[tuple[object, ...], list[int]] = defaultdict(list)
    feats = list(items)
    for i, f in enumerate(feats):
        for s in set(f.subject_tokens):
            for m in set(f.metric_tokens):
                index[(*f.block, s, m)].append(i)
    seen: set[tuple[int, int]] = set()
    for bucket in index.values():
        if len(bucket) < 2:
            continue
        for x, i in enumerate(bucket):
            a = feats[i]
            for j in bucket[x + 1 :]:
                b = feats[j]
                if a.claim.source == b.claim.source or (i, j) in seen:
                    continue
                seen.add((i, j))
                yield a, b


def matched_pairs(items: Iterable[Features]) -> Iterator[tuple[Features, Features, float]]:
    """Candidate pairs whose passages speak of the same thing, with their similarity."""
    for a, b in candidate_pairs(items):
        s = score(a, b)
        if s > 0:
            yield a, b, s
