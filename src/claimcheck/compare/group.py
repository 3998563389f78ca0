"""Group claims that speak of the same thing into topics, without comparing pairs of claims.

1. Blocking: claims are only ever grouped within one block, keyed by the unit's dimension
   (``ratio``, ``money:CNY``, ``count``...), change or level (a growth rate is never compared
   with a share) and target or outcome ("aims to", "will").
2. Names: claims with the same normalised subject and metric in one block form a *name group*.
   Two claims of one name group always match (subject and metric score 100, which reaches
   `PAIR_MIN` whatever the context), so the work from here on is per name, not per claim.
3. A token index over the distinct names of each block: two names are compared only when they
   share a subject word and a metric word (``changchun`` x ``gdp``), scored with rapidfuzz:
   subject (`fuzz.ratio`, so that "China" is not "Northeast China"), metric
   (`fuzz.token_sort_ratio`) and the words around the figures (`fuzz.token_set_ratio`, best of
   the first `CONTEXT_SAMPLE` claims of each name, in registry order); names match when subject
   and metric each reach `NAME_MIN` and the weighted score reaches `PAIR_MIN`, so that weaker
   names need supporting context.
4. Topics are the connected sets of matching names (union-find), each a list of claims.

The cost grows with the number of claims plus the number of pairs of *distinct names* sharing
words, never with the square of the claims: a corpus that reports one city's growth in ten
thousand articles is one name group, not fifty million pairs.

rapidfuzz rather than our own edit distance: it is the project's fuzzy matcher (anchor uses it)
and fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz

from claimcheck.compare.features import MEASURE, Features

NAME_MIN = 80.0  # lowest subject and metric similarity (0-100) of a match
PAIR_MIN = 75.0  # lowest weighted similarity of a match
WEIGHTS = (0.4, 0.4, 0.2)  # subject, metric, context
CONTEXT_SAMPLE = 8  # claims of each name whose contexts may support a weaker name match

NameKey = tuple[tuple[str, bool, str], str, str]  # block, subject, metric


def score(a: Features, b: Features) -> float:
    """Similarity (0-100) of two claims' subjects, metrics and contexts; 0 when names differ."""

    def context() -> float:
        return fuzz.token_set_ratio(a.context, b.context)

    return _weighted(a.subject, a.metric, b.subject, b.metric, context, lazy=False)


def _weighted(
    sa: str, ma: str, sb: str, mb: str, context: Callable[[], float], lazy: bool
) -> float:
    """The weighted score, 0 below the thresholds; ``lazy`` skips the context when names decide."""
    subject = 100.0 if sa == sb else fuzz.ratio(sa, sb)
    if subject < NAME_MIN:
        return 0.0
    if ma != mb and (ma.startswith(MEASURE) or mb.startswith(MEASURE)):
        return 0.0  # measures of frames are equal or different, never "similar"
    metric = 100.0 if ma == mb else fuzz.token_sort_ratio(ma, mb)
    if metric < NAME_MIN:
        return 0.0
    ws, wm, wc = WEIGHTS
    names = ws * subject + wm * metric
    if names + wc * 100 < PAIR_MIN:
        return 0.0
    ctx = 100.0 if lazy and names >= PAIR_MIN else float(context())
    total = names + wc * ctx
    return total if total >= PAIR_MIN else 0.0


def _names_match(a: list[Features], b: list[Features]) -> bool:
    """True when two name groups speak of the same thing (names, then sampled contexts)."""
    fa, fb = a[0], b[0]

    def best_context() -> float:
        return max(
            fuzz.token_set_ratio(x.context, y.context)
            for x in a[:CONTEXT_SAMPLE]
            for y in b[:CONTEXT_SAMPLE]
        )

    return _weighted(fa.subject, fa.metric, fb.subject, fb.metric, best_context, lazy=True) > 0


def _find(parent: dict[NameKey, NameKey], key: NameKey) -> NameKey:
    while parent[key] != key:
        parent[key] = parent[parent[key]]  # path halving keeps the trees flat
        key = parent[key]
    return key


def topics(items: Iterable[Features]) -> list[list[Features]]:
    """Claims grouped by what they speak of, each topic in registry order, topics in stable order."""
    names: dict[NameKey, list[Features]] = defaultdict(list)
    for f in items:
        names[(f.block, f.subject, f.metric)].append(f)
    index: dict[tuple[object, ...], list[NameKey]] = defaultdict(list)
    for key in sorted(names):
        f = names[key][0]
        for s in dict.fromkeys(f.subject_tokens):
            for m in dict.fromkeys(f.metric_tokens):
                index[(*f.block, s, m)].append(key)
    parent = {key: key for key in names}
    seen: set[tuple[NameKey, NameKey]] = set()
    for bucket in index.values():
        for x, ka in enumerate(bucket):
            for kb in bucket[x + 1 :]:
                if (ka, kb) in seen or _find(parent, ka) == _find(parent, kb):
                    continue
                seen.add((ka, kb))
                if _names_match(names[ka], names[kb]):
                    parent[_find(parent, kb)] = _find(parent, ka)
    grouped: dict[NameKey, list[Features]] = defaultdict(list)
    for key in sorted(names):
        grouped[_find(parent, key)].extend(names[key])
    return [grouped[root] for root in sorted(grouped)]
