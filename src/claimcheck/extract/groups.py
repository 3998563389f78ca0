"""Figures of a wider group than their sentence's subject.

"Unemployment in Ohio rose to 7.2 percent, well above the national average of 4.1 percent":
the 4.1 percent is the nation's, not Ohio's, and a draft that gives Ohio 4.1 percent is wrong.
The same for "against 26% nationally", "the 5.2 per cent national level", "an EU average of
81 percent", "Nationally, GDP rose 5.2 percent". The group words are data
(`entities.wider_groups` of ``frames.yaml``); the group is the figure's entity ("national",
"global", or the name before "average": "eu").

An adverb after a figure names a group only where the figure is compared with another ("against
26% nationally"): "Acme employs 12,000 people worldwide" gives Acme's staff the world over.
"""

from __future__ import annotations

import re

from claimcheck.extract.frame_sentence import Place
from claimcheck.frame_sections import WiderGroups
from claimcheck.model import Role

# Before a figure in its clause, what makes it a figure compared with another.
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|than|versus|vs\.?|while|whereas|above|below|beside"
    r"|from)\b",
    re.I,
)
_REACH = 80  # how far before a figure its group's words are looked for
_INITIALS = re.compile(r"[A-Z]{2,5}")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_POSSESSIVE = re.compile(r"['’]s\b")
_AS_A_WHOLE = re.compile(
    r"\s+(?:across|in|for)\s+(?P<to>(?:the\s+)?)[^,;:.]{1,40}?\s+as\s+a\s+whole\b"
)


def wider_group(
    groups: WiderGroups | None,
    sentence: str,
    names: list[Place],
    span: tuple[int, int, int],
    role: Role,
) -> tuple[str, Role] | None:
    """The wider group whose figure stands at ``span`` (its start, end and clause start) of
    ``sentence``, with the figure's role, else None. A group's figure compared with another
    ("against 26% nationally") is no earlier level: it is the group's level at the same time."""
    if groups is None:
        return None
    group = _group(groups, sentence, names, span)
    if group is None:
        return None
    if role is Role.previous:
        role = Role.level  # "against 26% nationally": the group's level at the same time
    return group, role


def _group(
    groups: WiderGroups, sentence: str, names: list[Place], span: tuple[int, int, int]
) -> str | None:
    """The wider group of the figure at ``span``, else None."""
    at, to, clause = span
    low = sentence.lower()
    before = groups.before.search(low, max(clause, at - _REACH), at)
    if before is not None:
        word = before.group("word")
        if word in groups.of:
            return groups.of[word]
        # "an EU average of 81 percent", "the OECD average": a name or initials, not "the
        # long-term average" (a time)
        named = [n for n in names if n[1] == before.end("word") and n[0] >= before.start("word")]
        if named:
            return named[-1][2]
        written = sentence[before.start("word") : before.end("word")]
        return word if _INITIALS.fullmatch(written) else None
    whole = _AS_A_WHOLE.match(low, to)
    if whole is not None:  # "compared with 3.1% across the UK as a whole"
        named = [n for n in names if n[0] == whole.end("to")]
        if named:
            return named[0][2]
    after = groups.after.match(low, to)
    if after is not None and (
        after.group("word") is not None or _COMPARED.search(low, max(clause, at - _REACH), at)
    ):
        return groups.of.get(" ".join((after.group("word") or after.group("adv")).split()))
    opening = groups.opening.search(low, clause, at)
    if opening is None:
        return None
    if opening.group("adv") is not None:
        if any(opening.end() <= n[0] < at for n in names):
            return None  # "Nationally, Ohio's rate rose": Ohio's
        return groups.of.get(" ".join(opening.group("adv").split()))
    # an adjective in lower case (not "the National Bureau of Statistics", a name, but for a
    # sentence's first word) whose subject no possessive name owns ("the national carrier
    # Qantas's profit")
    start = opening.start("adj")
    if sentence[start].isupper() and sentence[:start].strip(" \"'‘“").lower() not in ("", "the"):
        return None
    if sentence[start].isupper() and _NAME_AFTER.match(sentence, opening.end("adj")):
        return None  # "National Grid", "The National Bureau"
    if any(start < n[0] < at and _POSSESSIVE.search(sentence, n[1] - 2, n[1] + 2) for n in names):
        return None
    return groups.of.get(opening.group("adj").lower())
