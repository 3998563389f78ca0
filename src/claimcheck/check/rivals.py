"""Phrases of rival groups a draft's clause may say where its source says another: the base a
change is measured against ("a year earlier", "the previous month", "than in the second
quarter"), the definition of a rate ("official", "expanded"), core and headline inflation.

"annual inflation" is not said by a source's "monthly inflation": the phrases are data
(``rival_phrases`` of ``data/check.yaml``); a candidate's clause is read only in the part that
is its figure's where other figures stand beside it ("up 19.6% from a year earlier and 8.3%
higher than in the second quarter").

Our own code: no library compares the baselines of two sentences' changes.
"""

from __future__ import annotations

import re
from functools import cache

from claimcheck.check.facts import own_clause
from claimcheck.errors import ConfigError
from claimcheck.lexicon import packaged

_DIGIT = re.compile(r"\d")
_PART_BREAK = re.compile(r",|;|\b(?:and|while|whereas|but)\b")


def rivals_unsaid(clause: str, sentence: str, figure: str) -> list[str]:
    """The phrases of ``clause`` (a draft's) of a group of rivals (``rival_phrases``) whose
    rival the clause of ``figure`` in the candidate's ``sentence`` says, and none of the
    phrase's own group: "annual inflation" is not said by a source's "monthly inflation"."""
    mine, theirs = clause.lower(), _between_figures(own_clause(sentence, figure), figure).lower()
    out = []
    for group in _rival_phrases():
        said = [i for i, member in enumerate(group) if member.search(theirs)]
        for i, member in enumerate(group):
            found = member.search(mine)
            if found and said and i not in said:
                out.append(found.group())
    return out


def _between_figures(clause: str, figure: str) -> str:
    """The part of ``clause`` that is ``figure``'s where other figures stand beside it: from
    the break after the figure before it to the break before the figure after it ("up 19.6%
    from a year earlier and 8.3% higher than in the second quarter": the 8.3%'s part says
    "than in the second quarter", not "a year earlier")."""
    at = clause.find(figure)
    if at < 0:
        return clause
    before, after = clause[:at], clause[at + len(figure) :]
    digits = list(_DIGIT.finditer(before))
    if digits:
        cut = _PART_BREAK.search(before, digits[-1].end())
        before = before[cut.end() :] if cut else before[digits[-1].end() :]
    following = _DIGIT.search(after)
    if following:
        cuts = list(_PART_BREAK.finditer(after, 0, following.start()))
        after = after[: cuts[-1].start()] if cuts else after[: following.start()]
    return before + figure + after


@cache
def _rival_phrases() -> tuple[tuple[re.Pattern[str], ...], ...]:
    data = packaged("check.yaml")
    listed = data.get("rival_phrases") if isinstance(data, dict) else None
    where = "claimcheck/data/check.yaml"
    if not isinstance(listed, list) or not all(
        isinstance(g, list) and all(isinstance(m, list) and m for m in g) for g in listed
    ):
        raise ConfigError("rival_phrases must be groups of lists of phrases", where)
    return tuple(
        tuple(
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(str(p)) for p in m) + r")(?![\w-])")
            for m in group
        )
        for group in listed
    )
