"""What the compare stage needs to know about a claim before lining it up with others.

A `Features` record holds a claim's blocking keys (unit dimension, change or level, target or
outcome), its normalised subject and metric, the words around its figure, and its signed figure.
Claims that cannot be lined up (rejected, no figure, no subject or metric, a currency conversion
in brackets) get no features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.compare.words import Words
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Frame, Role
from claimcheck.stem import fold, stem, unpossessive
from claimcheck.tolerance import Figure, figure_of_claim

_WORD = re.compile(r"[a-z][a-z'’-]*")
CONTEXT_BEFORE = 8  # words before the figure that describe it
CONTEXT_AFTER = 4  # and after it


@dataclass(frozen=True, slots=True)
class Features:
    """A claim ready for grouping: blocking key, normalised names, context and signed figure."""

    claim: Claim
    block: tuple[str, bool, str]  # dimension, change or level, "target"/"forecast"/"" (outcome)
    subject: str
    metric: str
    subject_tokens: tuple[str, ...]
    metric_tokens: tuple[str, ...]
    context: str
    figure: Figure


@lru_cache(maxsize=65536)
def tokens(text: str, words: Words) -> tuple[str, ...]:
    """Content words of a name without stop words, stemmed by `claimcheck.stem` (a name keeps
    its "-ing" and "-ed": "Liaoning", "spending")."""
    out = []
    for w in _WORD.findall(fold(text)):
        bare = unpossessive(w)
        # a stop word is matched before its plural goes: "provinces" is one, "groups" is "group"
        if bare not in words.stopwords:
            out.append(stem(bare, verb_endings=False))
    return tuple(out)


@cache
def _noise_pattern(noise: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in noise) + r")\b")


@lru_cache(maxsize=65536)
def normal_metric(metric: str, words: Words) -> str:
    """A metric without noise words ("GDP growth, year on year" is "gdp growth")."""
    return " ".join(tokens(_noise_pattern(words.metric_noise).sub(" ", metric.lower()), words))


@cache
def _target_pattern(targets: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in targets) + r")\b", re.IGNORECASE)


def is_target(claim: Claim, words: Words) -> bool:
    """True when the claim's sentence speaks of a target, plan or forecast."""
    return _target_pattern(words.targets).search(claim.quote) is not None


def is_change(claim: Claim, metric: str, words: Words) -> bool:
    """True for a growth rate or other change: a direction, or a change word in the metric."""
    return claim.direction in ("up", "down") or any(w in words.change_words for w in metric.split())


def is_conversion(claim: Claim, dimension: str) -> bool:
    """True for money in brackets right after another figure: ``(US$352.5m)``."""
    if not dimension.startswith("money:"):
        return False
    at = claim.quote.find(claim.text)
    return at > 0 and claim.quote[:at].rstrip().endswith("(")


def blocking_dimension(lex: Lexicon, unit: str | None) -> str:
    """The unit's dimension, with percentage points counted as a ratio (for scale slips)."""
    dim = lex.dimension(unit)
    return "ratio" if dim == "ratio_change" else dim


def context(claim: Claim) -> str:
    """The words around the figure in its quote, numbers left out."""
    at = claim.quote.find(claim.text)
    if at < 0:
        return " ".join(_WORD.findall(claim.quote.lower())[:CONTEXT_BEFORE])
    before = _WORD.findall(claim.quote[:at].lower())[-CONTEXT_BEFORE:]
    after = _WORD.findall(claim.quote[at + len(claim.text) :].lower())[:CONTEXT_AFTER]
    return " ".join(before + after)


def signed(claim: Claim, change: bool, near: frozenset[str]) -> Figure:
    """The claim's figure (``near``: the lexicon's near hedges); a change downwards is negative."""
    fig = figure_of_claim(claim, near=near)
    return fig.negated() if change and claim.direction == "down" else fig


def features(claim: Claim, lex: Lexicon, words: Words) -> Features | None:
    """The claim's features, or None when it cannot be lined up with other sources' claims.

    A claim whose frame names its measure is lined up by its frame (`_framed`); one without
    (a registry from before frames, a figure the reader could not place) by its guessed
    subject and metric."""
    if claim.status == "rejected" or (claim.value is None and claim.low is None):
        return None
    dim = blocking_dimension(lex, claim.unit)
    if is_conversion(claim, dim):
        return None
    frame = claim.frame
    if frame is not None and frame.measure:
        return _framed(claim, frame, dim, lex, words)
    if not claim.subject or not claim.metric:
        return None
    metric = normal_metric(claim.metric, words)
    subject_tokens = tokens(claim.subject, words)
    # change or level is a blocking key: "gdp growth" is matched as "gdp" within the changes
    metric_tokens = tuple(t for t in metric.split() if t not in words.change_words) or tuple(
        metric.split()
    )
    if not metric or not subject_tokens:
        return None
    change = is_change(claim, metric, words)
    return Features(
        claim=claim,
        block=(dim, change, "target" if is_target(claim, words) else ""),
        subject=" ".join(subject_tokens),
        metric=" ".join(metric_tokens),
        subject_tokens=subject_tokens,
        metric_tokens=metric_tokens,
        context=context(claim),
        figure=signed(claim, change, lex.near_qualifiers),
    )


MEASURE = "measure:"  # the metric key of a framed claim (no guessed metric word looks like it)
_AHEAD = frozenset({Role.target, Role.forecast})


def _framed(claim: Claim, frame: Frame, dim: str, lex: Lexicon, words: Words) -> Features | None:
    """Features from the claim's frame: the measure is the metric, as one key, so claims of
    different measures (a total and its per-capita figure, a share and a growth rate) are never
    compared, and claims of one measure always are, however their sentences word it; the
    entity is the subject (the guessed subject when the frame names none); the role says change
    or level, and target, forecast or outcome (an aim is not contradicted by an outcome or by a
    forecast)."""
    subject_tokens = tokens(frame.entity or claim.subject or "", words)
    if not subject_tokens:
        return None
    change = frame.role is Role.change
    key = MEASURE + frame.measure if frame.measure else ""
    return Features(
        claim=claim,
        block=(dim, change, frame.role.value if frame.role in _AHEAD else ""),
        subject=" ".join(subject_tokens),
        metric=key,
        subject_tokens=subject_tokens,
        metric_tokens=(key,),
        context=context(claim),
        figure=signed(claim, change, lex.near_qualifiers),
    )
