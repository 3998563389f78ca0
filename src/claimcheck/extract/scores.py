"""Scores and results: "won 3-1", "a 2-2 draw", "lost 6-2, 6-1", "7-6 (7-3)": no figures to check.

A pair of small whole numbers joined by a dash is a range ("aged 18-24", "3-5 days") or a score.
It is a score when a word after it says so ("a 2-2 draw", "3-0 up", "3-1 on aggregate"), when a
verb of a game's result governs it and no unit or counted noun follows ("Leeds won 3-1 at Elland
Road", "Boston beat Dallas 106-88"), or when it is written high to low or level ("112-104",
"1-1"), which no range is. The sets of a tennis match that follow a score are scores too. A score
is not emitted as a figure (issue #11 allows "kind score, or none"): the figure scan skips it, as
it skips a phone number.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract.fragments import alternation
from claimcheck.lexicon import Lexicon

# Two whole numbers of up to three digits joined by a hyphen or an en dash, no space: "3-1".
PAIR = r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?!\d)"
_PAIR_ANY = r"\d{1,3}[-–]\d{1,3}(?!\d)"
# A score and the tennis sets or tie-breaks after it: "6-3, 6-4, 7-6", "7-6 (7-3) 7-6 (7-2)".
SCORE_RUN = rf"""
    (?<![\w.,/$£€¥%−:-])
    {PAIR}(?:\x20?\({_PAIR_ANY}\))?
    (?:(?:,\x20?|\x20){_PAIR_ANY}(?:\x20?\({_PAIR_ANY}\))?)*
    (?![\w%]|[.,/:-]\d)
"""
# How far before a score its verb may stand ("beat Carlos Alcaraz 7-6"), within its clause.
VERB_REACH = 40


def verb_before(lex: Lexicon) -> str:
    """A result verb and up to a few words of no figure or clause break, at the end of the left
    context: "won ", "beat Chelsea ", "lead the series "."""
    return rf"\b{alternation(lex.words.score_verbs)}\b[^\d.;:!?,()]{{0,{VERB_REACH}}}$"


def said_after(lex: Lexicon) -> str:
    """What after a pair says it is a score: "draw", "up", "on aggregate", "at half time"."""
    return rf"\x20{alternation(lex.words.score_after)}\b"


# The word after a pair, if any: a counted noun or unit follows a range, not a score.
WORD_AFTER = r"\x20(?P<w>[A-Za-z][A-Za-z-]*)"


@functools.cache
def _compiled(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    flags = re.VERBOSE | re.IGNORECASE
    return (
        re.compile(SCORE_RUN, re.VERBOSE),
        re.compile(verb_before(lex), flags),
        re.compile(said_after(lex), flags),
        re.compile(WORD_AFTER),
    )


def end_at(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where the score (and the sets after it) that starts at ``pos`` ends, if one does."""
    run, verb, said, word = _compiled(lex)
    m = run.match(text, pos)
    return m.end() if m is not None and is_score(text, lex, m, verb, said, word) else None


def is_score(
    text: str,
    lex: Lexicon,
    m: re.Match[str],
    verb: re.Pattern[str],
    said: re.Pattern[str],
    word: re.Pattern[str],
) -> bool:
    """True when the pair matched by ``m`` is a score, not a range."""
    if said.match(text, m.end()):
        return True
    w = word.match(text, m.end())
    follows = w.group("w") if w else None
    if follows is not None and _counts(lex, follows):
        return False  # "3-5 days", "won 2-3 seats": a range of a unit or noun
    if int(m.group("a")) >= int(m.group("b")):
        return True  # "112-104", "1-1": no range is written high to low or level
    return verb.search(text, max(0, m.start() - VERB_REACH - 20), m.start()) is not None


def _counts(lex: Lexicon, follows: str) -> bool:
    """True when the word after a pair is a unit or a plural noun it counts ("days", "seats")."""
    low = follows.lower()
    if low in lex.words.not_counted or low in lex.words.s_words_not_plural:
        return False  # "won 3-1 in Leeds": "in" is no inch
    if low in lex.unit_names or follows in lex.unit_names_exact or low in lex.currency_names:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us"))
