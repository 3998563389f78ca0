"""A group a source gives a figure of its own in the next sentence, given the whole's figure.

"Average download speeds in Kestrel Valley rose to 86 Mbit/s ... Rural households averaged 31
Mbit/s, against 104 Mbit/s in urban areas" and the draft's "Rural households in Kestrel Valley
now average download speeds of 86 Mbit/s": the 86 is the whole valley's, and the draft gives
it to the rural households, whose own figure is the 31. `claimcheck.check.swaps` reads such
swaps within one sentence; this module reads them across two sentences of one paragraph,
where a source names a group's figure after (or before) the whole's.

The draft's counterpart is the one figure of the other sentence whose sentence says all the
draft says that the whole's sentence does not ("rural households"), while the whole's sentence
says all the draft says that it does not ("download speeds", "Kestrel Valley"): the draft
joins the two, and its group is the second's. Precision first: the value must agree with one
figure only, the two figures must be of one unit and neither a change nor an earlier level,
the other sentence must hold exactly one such figure, of no entity or the draft's, and the two
sentences must be of one source and one paragraph (one line, or the next).
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.check.candidates import Candidate, Scored
from claimcheck.check.swaps import one_role, promoted
from claimcheck.check.words import Words
from claimcheck.model import Frame
from claimcheck.tolerance import Figure, agrees

_LINES_APART = 1  # a paragraph's sentences are on one line, or wrapped onto the next


def group_after(
    scored: list[Scored],
    figure: Figure,
    frame: Frame | None,
    near: frozenset[str],
    unsaid: Callable[[Candidate], list[str]],
    words: Words,
) -> tuple[list[Scored], list[tuple[Candidate, str]]]:
    """``scored`` with the whole's figure turned down and the group's made strong, where the
    draft gives the whole's value to a group the next sentence gives a figure of (see the
    module docstring); the candidates turned down, with why."""
    agreeing = [s for s in scored if agrees(figure, s.candidate.figure, near=near)]
    if len(agreeing) != 1:
        return scored, []
    j = agreeing[0]
    mine = frame.entity if frame else None
    # (the cheap tests first: what the draft says that a sentence does not costs a reading)
    others = [k for k in scored if _beside(j, k, figure, near) and _whose(k, mine)]
    if not others:
        return scored, []
    news = set(unsaid(j.candidate))
    if not news:
        return scored, []
    hits = [k for k in others if _says_the_rest(j, k, news, unsaid, words)]
    if len(hits) != 1:
        return scored, []
    k = hits[0]
    named = ", ".join(sorted(news))
    kept = [s for s in scored if s is not j]
    why = f"another group's figure: the draft names {named}, whose figure is {k.candidate.text}"
    return promoted(kept, {id(k): f"the figure of {named}"}), [(j.candidate, why)]


def _beside(j: Scored, k: Scored, figure: Figure, near: frozenset[str]) -> bool:
    """True when ``k`` may be the figure of a group of ``j``'s whole: another sentence of its
    paragraph, a value the draft's does not agree with, one unit, neither a change nor an
    earlier level."""
    a, b = j.candidate, k.candidate
    if k is j or b.source != a.source or b.quote == a.quote or not _near(a, b):
        return False
    if agrees(figure, b.figure, near=near) or not one_role(j, k):
        return False
    return b.figure.normalised().unit == a.figure.normalised().unit


def _says_the_rest(
    j: Scored,
    k: Scored,
    news: set[str],
    unsaid: Callable[[Candidate], list[str]],
    words: Words,
) -> bool:
    """True when ``k``'s sentence says all the draft says that ``j``'s does not, and ``j``'s
    all the draft says that ``k``'s does not: the draft joins the two."""
    a, b = j.candidate, k.candidate
    return news <= words.content(b.quote) and set(unsaid(b)) <= words.content(a.quote)


def _whose(k: Scored, entity: str | None) -> bool:
    """True when ``k`` may be a group of the draft's entity: it names none, or that one (not
    "£48.6m" the foundation awarded in all against "£9.2m" one university received)."""
    theirs = k.candidate.frame.entity if k.candidate.frame else None
    return theirs is None or theirs == entity


def _near(a: Candidate, b: Candidate) -> bool:
    """True when two candidates' sentences are of one paragraph (one line, or the next)."""
    if a.line is None or b.line is None:
        return a.line is None and b.line is None
    return abs(a.line - b.line) <= _LINES_APART
