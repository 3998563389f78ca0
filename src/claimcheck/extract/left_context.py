"""What stands right before a figure and says how to read it: a hedge, a direction, "from"/"to".

"nearly 12 trillion", "more than 40": the hedge and the qualifier it stands for (lexicon
``qualifiers``); "grew 7.4 percent", "up 5%": the direction of a change (lexicon
``directions``, and ``directions_adjacent`` for words that count only right before a figure);
"from 8.18 percent", "to 6.98 percent": the ends of a change, which decide a split period.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass

from claimcheck.extract.cursor import Cursor
from claimcheck.extract.role_patterns import SHORT_OF
from claimcheck.lexicon import Lexicon

# How far before a figure a hedge can start ("in the region of " and some spare white space).
_HEDGE_REACH = 32
_WORDS = re.compile(r"[A-Za-z]+")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# How far before a "by" its change verb is looked for ("raised the risk of heart attack, stroke
# or cardiovascular death by 20 per cent"), within the figure's sentence.
_BY_REACH = 120


@dataclass(frozen=True, slots=True)
class Left:
    """What the words before a figure say of it."""

    qualifier: str = "="
    hedge: str | None = None
    direction: str | None = None
    is_from: bool = False
    is_to: bool = False


# before an "over" that means "across", not "more than": a figure and its unit or noun
# ("$312 million over five years"), or a verb of spreading ("spread over three days")
_ACROSS_BEFORE = re.compile(
    r"(?:\d[\d,.]*(?:\s*[%$£€\w-]+){0,2}|\b(?:spread|held|split|divided|staggered|stretched"
    r"|spanning|spans|spanned|phased|paid|repaid|spent|played|run|ran|raced))\s+$",
    re.I,
)


def left_of(c: Cursor, start: int, ranged: bool, measured: bool = False) -> Left:
    """The hedge, direction and change end read before the figure at ``start`` (a range's
    ``start`` is its first end: "between" before it is skipped); ``measured``: the figure has a
    unit, so a "by" before it is a change's, not an agent's ("raised by 300 donors")."""
    # Each pattern searches only as far back as its longest phrase can reach (lookbehinds still
    # see the text before), which keeps a text dense with figures fast.
    text, lex, pats, left_lo = c.text, c.lex, c.pats, c.left
    end = start
    if ranged:
        lo = max(left_lo, end - 12)
        between = text[lo:end].lower().rfind("between")
        if between >= 0 and not text[lo + between + 7 : end].strip():
            end = lo + between
    # a hedge, "from", "to" and "up" all end in a word and blanks right before the figure; in a
    # run of figures ("1% 1% 1% ") nothing does, and one test of that character skips them
    context = text[left_lo:end]
    cue_end = context.rstrip()[-1:] if context[-1:].isspace() else ""
    if not cue_end or _cue_ends(lex).match(cue_end) is None:
        return Left("=", None, _direction(c, end), False, False)
    qm = None
    last_word = _LAST_WORD.search(text, max(left_lo, end - 16), end)
    if last_word and last_word.group(1).lower() in pats.qualifier_last:
        qm = pats.qualifier_prefix.search(text, max(left_lo, end - _HEDGE_REACH), end)
    hedge = " ".join(qm.group("q").lower().split()) if qm else None
    if (
        hedge == "over"
        and qm is not None
        and _ACROSS_BEFORE.search(text, max(left_lo, qm.start() - 40), qm.start())
    ):
        hedge = None  # "3,405 kilometres over 21 stages", "spread over three days": across
    qualifier = lex.qualifiers.get(hedge, "~") if hedge is not None else "="
    near = max(left_lo, end - 12)
    is_from = bool(_FROM.search(text, near, end))
    is_to = bool(_TO.search(text, near, end))
    adj = pats.direction_adjacent.search(text, near, end)
    if adj:
        return Left(
            qualifier, hedge, lex.directions_adjacent[adj.group("d").lower()], is_from, is_to
        )
    way = _direction(c, end)
    if way is not None and hedge in ("short of", "shy of"):
        # "fell short of 1.9 million": the verb is the hedge's, no change
        way = None if SHORT_OF.search(text[max(left_lo, end - 60) : end].lower()) else way
    if way is None and measured:
        way = _direction_by(c, qm.start() if qm else end)
    return Left(qualifier, hedge, way, is_from, is_to)


def _direction(c: Cursor, end: int) -> str | None:
    """The direction word last before ``end`` in the figure's left context, if any."""
    text, lex, pats, left_lo = c.text, c.lex, c.pats, c.left
    last = None
    # the direction pattern is a long alternation: run it only when one of its words is there
    if any(w.lower() in pats.direction_first for w in _WORDS.findall(text, left_lo, end)):
        for dm in pats.direction_word.finditer(text, left_lo, end):
            last = dm
    return lex.directions[" ".join(last.group("d").lower().split())] if last is not None else None


def _direction_by(c: Cursor, end: int) -> str | None:
    """The way of the verb a change "by" the figure hangs on, nearest first, when "by" stands
    right before ``end`` ("raised the risk of stroke by 20 per cent": up); else None."""
    text, lex = c.text, c.lex
    if not _BY.search(text, max(c.floor, end - 8), end):
        return None
    for word in reversed(_WORDS.findall(text, max(c.floor, end - _BY_REACH), end)):
        low = word.lower()
        way = lex.directions.get(low) or lex.directions_by.get(low)
        if way is not None:
            return way
    return None


@functools.lru_cache(maxsize=8)
def _cue_ends(lex: Lexicon) -> re.Pattern[str]:
    """The characters a hedge, "from", "to" or an adjacent direction can end with, as the
    patterns match them (any ASCII letter, a hedge's "approx.", a direction word's last letter,
    ignoring case)."""
    ends = set(string.ascii_letters + ".") | {w[-1] for w in lex.directions_adjacent if w}
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(ends)) + "]", re.IGNORECASE)
