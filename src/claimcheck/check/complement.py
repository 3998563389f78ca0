"""A share of one of two groups that part a whole, given to the other group, or the rest.

"Women made up 58 per cent of new starters" and the draft's "Men accounted for 58 per cent of
new apprentices": men and women part the starters, so the men's share is the rest, 42 per
cent; the draft's 58 is contradicted and a draft's 42 is supported. The same where the source
names the other group as the rest itself: "Blast furnaces accounted for 71 per cent of
production, with electric arc furnaces making up the rest" against "Electric arc furnaces
produced 71 per cent" (contradicted), "... 29 per cent" (supported) or "... 35 per cent"
(contradicted: all the rest has one size).

Two readings of "the other group", both strict:

- a pair of ``contrasting_groups`` (``data/check.yaml``: men/women, urban/rural, public/private
  ...): the candidate's sentence names one and not the other, the draft's clause the other and
  not the one; only the candidate's own value or the rest are read (another value may be a
  share of another whole: "men made up 38 per cent of apprentices in hotels");
- the group a source calls the rest ("with X making up the rest", "the remainder being X"):
  the draft's clause names all of X's words and none of the words of the candidate's own
  subject (the words before its figure in its clause); "most of the rest" has no size, so only
  the candidate's own value given X is read there.

Precision first: both figures are shares (parts of a whole, not a rate among a group: "the
adult obesity rate held at 17%" parts nothing) in per cent, not within rounding of 50 (where
the rest is the same).

Our own few lines: no library reads which group of a sentence a share is of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from claimcheck.check.candidates import Candidate
from claimcheck.check.opposites import Opposites
from claimcheck.check.verdict import where
from claimcheck.check.words import Words
from claimcheck.model import Role
from claimcheck.tolerance import Figure, agrees

# the group a sentence calls the rest of its whole
_REST = re.compile(
    r"\bwith\s+(?P<a>[a-z][\w\s-]{2,50}?)\s+(?:making\s+up|accounting\s+for|taking|contributing)"
    r"\s+(?P<part>(?:most|much|nearly\s+all|almost\s+all)\s+of\s+)?the\s+(?:rest|remainder|balance)\b"
    r"|\b(?:the\s+)?(?:rest|remainder|balance)\s+(?:being|was|were|came\s+from|went\s+to)\s+"
    r"(?P<b>[a-z][\w\s-]{2,50}?)(?=[,.;:]|\s+(?:and|while|with)\b|$)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|while|whereas|but)\b")


def complement(
    figure: Figure,
    role: Role | None,
    clause: str,
    candidates: Iterable[Candidate],
    near: frozenset[str],
    groups: Opposites,
    words: Words,
) -> tuple[Candidate, bool, str] | None:
    """The candidate whose group's rest the draft's ``clause`` names, whether the draft's
    ``figure`` is that rest (supported: "Electric arc furnaces made 29 per cent") or the
    candidate's own share (contradicted), and the reason; None when there is none (see the
    module docstring)."""
    mine = figure.normalised()
    if role is not Role.share or mine.unit != "percent" or mine.value is None:
        return None
    if abs(mine.value - 50) <= 1:
        return None  # the rest of a half is a half
    said = words.content(clause)
    for c in candidates:
        theirs = c.figure.normalised()
        if theirs.unit != "percent" or theirs.value is None or theirs.low is not None:
            continue
        if c.frame is None or c.frame.role is not Role.share:
            continue  # a rate among a group ("the adult obesity rate held at 17%") parts nothing
        same = agrees(figure, c.figure, near=near)
        rest = replace(theirs, value=100 - theirs.value)
        is_rest = agrees(figure, rest, near=near)
        # the other of a pair: its own share given it, or the rest; the group a sentence calls
        # all the rest: any other share ("most of the rest" has no size)
        other = _paired(groups, clause, c) if same or is_rest else None
        if other is None:
            other, whole = _the_rest(c, said, words)
            if other is None or not (same or whole):
                continue
        size = f"{rest.value:,.1f}".removesuffix(".0")
        why = f"source says {c.text} for another group; {other} are the rest, about {size}%"
        return c, is_rest and not same, f"{why} ({where(c)})"
    return None


def _paired(groups: Opposites, clause: str, c: Candidate) -> str | None:
    """The group of a contrasting pair the draft names where the candidate's sentence names
    only the other."""
    pair = groups.counterpart(groups.named(clause), groups.named(c.quote))
    return pair[0] if pair else None


def _the_rest(c: Candidate, said: set[str], words: Words) -> tuple[str | None, bool]:
    """The group the candidate's sentence calls the rest, when the draft's clause names it and
    none of the candidate's own subject, and whether it is all the rest (not "most of the
    rest")."""
    found = _REST.search(c.quote)
    if found is None:
        return None, False
    rest = (found.group("a") or found.group("b") or "").strip()
    named = words.content(rest)
    at = c.quote.find(c.text)
    if not named or not named <= said or at < 0 or at > found.start():
        return None, False  # (or the rest of another figure of the sentence)
    head = c.quote[:at]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    subject = words.content(head[breaks[-1] if breaks else 0 :]) - named
    whole = found.group("part") is None
    return (rest, whole) if subject and not subject & said else (None, False)
