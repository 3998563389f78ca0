"""What the candidate index knows of a draft sentence and of a candidate's sentence, worked
out once each (`claimcheck.check.match`), and the similarity of the two."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.check.query import Query

MIN_SHARED = 2  # content words a draft sentence (or clause) must share with a candidate


@dataclass
class Prepared:
    """A candidate's sentence and what similarity and the subject test read of it."""

    sentence: str
    context: str
    content: set[str]
    tokens: set[str]
    names: set[str]
    # the tokens less those only in a trailing "..., the council said" (`Words.attribution`)
    claimed: set[str] | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """A draft sentence's (or clause's) content words, joined for similarity, its names and
    all its stemmed words (names and words only for a sentence)."""

    tokens: frozenset[str]
    joined: str
    names: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Ask:
    """What every candidate of one draft figure is compared with: the query, the facts of its
    sentence and clause, the place the figure is given for (None: no place named), and the
    sentence up to the end of the figure's clause (where numbers that qualify it stand)."""

    query: Query
    facts: Facts
    clause: Facts
    place: str | None
    upto: str


def similarity(tokens: AbstractSet[str], joined: str, prepared: Prepared) -> float:
    # token_set_ratio is 100 for any subset: ask for two shared words before trusting it
    if len(tokens & prepared.content) < MIN_SHARED:
        return 0.0
    return float(fuzz.token_set_ratio(joined, prepared.context))
