"""A unit written before its figure: "per cent of twenty-two" is 22 percent.

"percent of N" is N percent only in a clause that says nothing else about the percent: no
determiner, quantifier or question word before "percent" in its clause (lexicon
``determiners``: "the percent of 18-year-olds", "what percent of 10", "a small percent of 10"),
no figure before it ("15 percent of 200" is a share of 200), not "in percent of" or "as percent
of" (a scale), and N ends the clause: a noun after it ("percent of 10 people") or anything else
("percent of 10 in 2019") leaves N a bare figure. In edited English "percent of N" nearly always
means a share of N, so the rule is narrow on purpose: it reads headings and terse notes such as
"Growth: percent of 10." and never a noun phrase.
"""

from __future__ import annotations

import re

from claimcheck.extract.cursor import Cursor
from claimcheck.extract.patterns import CLAUSE_BREAK, CLAUSE_END, FLAGS, PERCENT_OF

_PERCENT_OF = re.compile(PERCENT_OF, FLAGS)
_CLAUSE_BREAK = re.compile(CLAUSE_BREAK)
_CLAUSE_END = re.compile(CLAUSE_END)
_WORD_OR_DIGITS = re.compile(r"[A-Za-z]+|\d")
# How far "percent of" reaches before a figure ("per  cent  of " with spare white space).
_REACH = 20
# How far back a clause is looked at before "percent".
_CLAUSE_REACH = 200


def percent_of(c: Cursor, start: int, end: int) -> int | None:
    """Where "percent of" starts when it is the unit of the bare figure at ``start``..``end``."""
    text, floor = c.text, c.floor
    pm = _PERCENT_OF.search(text, max(floor, start - _REACH), start)
    if pm is None or not _CLAUSE_END.match(text, end):
        return None
    clause = max(floor, pm.start() - _CLAUSE_REACH)
    for bm in _CLAUSE_BREAK.finditer(text, clause, pm.start()):
        clause = bm.end()
    for wm in _WORD_OR_DIGITS.finditer(text, clause, pm.start()):
        word = wm.group().lower()
        if word.isdigit() or word in c.lex.determiners or word in c.pats.core_words:
            return None  # "the percent of", "15 percent of": a noun, or another figure's unit
    return pm.start()
