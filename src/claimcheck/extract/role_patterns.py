"""Patterns of the words beside a figure that decide its role between a change and a level
(`claimcheck.extract.roles`): an edge passed or fallen short of, a difference, a comparison, a
second "from". Each is tested on its own in ``tests/extract/test_role_patterns.py``."""

from __future__ import annotations

import re

# a change verb, then an edge the figure is: "rose above $2 trillion", "fell below 50"
PAST_EDGE = re.compile(r"\b([a-z]+)\s+(?:above|below|past|beyond)\s+$")
# "fell short of 1.9 million", "stopped just shy of 50": an edge not reached, no change
SHORT_OF = re.compile(
    r"\b(?:fell|falls?|falling|fallen|came|comes?|coming|stopped|stops?|stopping|was|were|is|are)"
    r"(?:\s+(?:in|up|out))?\s+(?:just\s+|well\s+|slightly\s+|far\s+)?(?:short|shy)\s+of\s+$"
)
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller)(?:\s+[a-z]+)?\s+than\b"
    r"(?!\s+(?:\d|a\b|an\b))"  # (not "20 more than 10 hours": a hedge of the next figure)
)
# a change's earlier level already given: a later "from" before a count is where it came from
FROM_FIGURE = re.compile(r"\bfrom\s+(?:[a-z]+\s+)?[$£€¥]?\d")
COMPARED_AFTER = re.compile(r"\s*,\s*(?:more|less|fewer|higher|lower|greater|smaller)\s+than\b")
# a clause that goes on with a participle: "..., taking a typical bill to £2,274.08"
PARTICIPLE_OPENS = re.compile(
    r"[\s,]*(?:taking|bringing|pushing|lifting|leaving|putting|sending|raising|cutting|lowering"
    r"|boosting|driving|dragging)\b"
)


def continued(low: str, lo: int, clause: str) -> str:
    """The clause, with the one before it when it goes on with a participle: in "will raise
    council tax by 4.99 per cent, taking a typical bill to £2,274.08" the bill is expected too."""
    if not PARTICIPLE_OPENS.match(clause):
        return clause
    start = max(low.rfind(". ", 0, lo), low.rfind(";", 0, lo), lo - 200, 0)
    return low[start:lo] + clause
