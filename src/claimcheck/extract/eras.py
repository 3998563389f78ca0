"""Years of an era, centuries, long-ago times and wars' names that the time reader does not label: no figures to check.

"AD 800", "300 BC", "between AD 800 and 950" (the second end is a year of the same era), "the
early 400s" and "the 1600s" (centuries written as their first year and "s") name times, not
amounts; so do "2,500 years ago" and "the Thirty Years' War". The figure scan skips them.
"""

from __future__ import annotations

import re

# A year with its era before or after it: "AD 800", "300 BC", "AD 200", "5000 BCE".
_ERA_YEAR = r"(?:(?:AD|CE)\x20?\d{1,4}(?:\x20?(?:BC|BCE))?|\d{1,4}\x20?(?:BC|BCE|AD|CE))(?![\w%])"
# The other end joined to it: "AD 800 and 950", "300 BC to AD 200", "AD 80 until".
_JOINED = rf"(?:\s*(?:and|to|until|till|-|–)\s*(?:{_ERA_YEAR}|\d{{1,4}}(?![\w%]|[.,]\d)))?"
ERA = rf"(?<![\w$£€¥.,]){_ERA_YEAR}{_JOINED}"
# A century written as its first year and "s" ("the 1600s", "the early 400s"), or a decade of
# the years before 1700 ("the 1640s"); "100s of" is an amount, not a century.
CENTURY = r"(?<![\w.,'$£€¥])(?:[1-9]\d?00|1[0-6]\d0)s\b(?!\s+of\b)"

# Time counted back past what the time reader spells ("2,500 years ago"): relative time, as
# "20 years ago" is.
AGO = r"(?<![\w.,])\d{1,3}(?:,\d{3})*\s+(?:years|centuries|millennia)\s+ago\b"
# The name of a war counted in years or days: "the Thirty Years' War", "the Six-Day War".
WAR = r"\b[A-Z][a-z]+[\s-](?:Years?['’]?|Days?['’]?)\s+War\b"

_AT = re.compile(rf"{ERA}|{CENTURY}|{AGO}")
_WAR = re.compile(WAR)


def end_at(text: str, pos: int) -> int | None:
    """Where the era year ("AD 800 and 950", "300 BC"), century ("1600s") or long-ago time
    ("2,500 years ago") whose digits start at ``pos`` ends, if one does."""
    if text[max(0, pos - 3) : pos] in ("AD ", "CE ") or text[max(0, pos - 2) : pos] in ("AD", "CE"):
        m = _AT.match(text, pos - 3 if text[pos - 1] == " " else pos - 2)
        if m is not None:
            return m.end()
    m = _AT.match(text, pos)
    return m.end() if m is not None else None


def war_spans(text: str) -> list[tuple[int, int]]:
    """The spans of wars' names counted in years or days ("the Thirty Years' War")."""
    if " War" not in text:
        return []
    return [(m.start(), m.end()) for m in _WAR.finditer(text)]
