"""Patterns of the words beside a figure that decide its role between a change and a level
(`claimcheck.extract.roles`): an edge passed or fallen short of, a difference, a comparison, a
second "from", a part's "of", a hedge before a figure. Each is tested on its own in
``tests/extract/test_role_patterns.py``."""

from __future__ import annotations

import functools
import re

from claimcheck.framelex import FrameLexicon
from claimcheck.lexicon import Lexicon
from claimcheck.model import Role

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
# the noun after a figure that makes it a target: "above the 2% target", "its 3 million goal",
# "a 2% inflation target" (not "target market", "goal difference", "36 goals": a count)
TARGET_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:targets?|goal|ceilings?)\b(?!\s+(?:market|audience|difference|area)\b)"
)
# a relative clause after a figure that makes it what someone aimed at or expected: "the 5.3
# percent the government had targeted", "the 350,000 it forecast", "the 5.1% economists expected"
# (a preposition opens no one's clause: "4.7% of planned services" is no plan's figure)
_WHO_THEN = (
    r"\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:of|for|in|on|at|to|by|with|from|and|or)\b)"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:had\s+|has\s+|have\s+)?"
)
TARGETED_AFTER = re.compile(_WHO_THEN + r"(?:targeted|budgeted|planned|promised|pledged)\b")
EXPECTED_AFTER = re.compile(
    _WHO_THEN + r"(?:forecast|expected|predicted|projected|estimated|anticipated|pencilled\s+in)\b"
)


# the noun after a figure that makes it an expectation: "the 2.6 billion reais average estimate
# of analysts", "a 5% growth forecast", "the $3.1bn consensus"
ESTIMATE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:estimates?|forecasts?|projections?|consensus|expectations?)\b"
)


def named_after(low: str, to: int) -> Role | None:
    """A target or forecast that the words right after a figure name (`TARGET_AFTER`,
    `TARGETED_AFTER`, `EXPECTED_AFTER`, `ESTIMATE_AFTER`), else None."""
    if TARGET_AFTER.match(low, to) or TARGETED_AFTER.match(low, to):
        return Role.target
    expected = EXPECTED_AFTER.match(low, to) or ESTIMATE_AFTER.match(low, to)
    return Role.forecast if expected else None


# a change's earlier level already given: a later "from" before a count is where it came from
FROM_FIGURE = re.compile(r"\bfrom\s+(?:[a-z]+\s+)?[$£€¥]?\d")
# (or above, below a reference: "fell to 2.1%, below the 3% of last year", "48 mm, well above
# average": a level compared, not a change)
COMPARED_AFTER = re.compile(
    r"\s*,\s*(?:(?:well|just|slightly|far|still|way|comfortably)\s+)?"
    r"(?:(?:more|less|fewer|higher|lower|greater|smaller)\s+than|above|below)\b"
)
# participles that go on with a consequence ("..., bringing its total to 54")
CONSEQUENCE = r"taking|bringing|pushing|lifting|leaving|putting|sending"
# a clause that goes on with a participle: "..., taking a typical bill to £2,274.08"
PARTICIPLE_OPENS = re.compile(
    rf"[\s,]*(?:{CONSEQUENCE}|raising|cutting|lowering|boosting|driving|dragging)\b"
)


def continued(low: str, lo: int, clause: str) -> str:
    """The clause, with the one before it when it goes on with a participle: in "will raise
    council tax by 4.99 per cent, taking a typical bill to £2,274.08" the bill is expected too."""
    if not PARTICIPLE_OPENS.match(clause):
        return clause
    start = max(low.rfind(". ", 0, lo), low.rfind(";", 0, lo), lo - 200, 0)
    return low[start:lo] + clause


# ("the 5.2% of 2022", "the 3% of last year": a figure of a time, no part of it)
SHARE_AFTER = re.compile(
    r"\s+of\s+(?!(?:1[89]|20)\d\d\b|(?:last|this|next|the\s+previous|the\s+same)\s)"
    r"(?:the\s+|a\s+|all\s+|its\s+|their\s+)?",
    re.I,
)


def strip_hedges(tail: str, lexicon: Lexicon, skip: tuple[str, ...]) -> str:
    """The words before a figure without its hedge, article or currency sign ("rose by nearly
    " is "rose by"; "from the " is "from")."""
    out = tail.rstrip(" $€£¥(")
    if _REFERENCE_BEFORE.search(out):
        return out.rstrip() + " "  # "above the 2% target": a figure compared, no hedge
    ends, whole = _hedge_ends(lexicon, skip)
    for _ in range(3):
        low = out.rstrip()
        if not low.endswith(ends) and low not in whole:
            break  # most figures have none: one test instead of one per word
        cut = False
        for word in skip:
            if low.endswith(" " + word) or low == word:
                out = low[: len(low) - len(word)]
                cut = True
        for hedge in lexicon.qualifiers:
            if low.endswith(" " + hedge) or low == hedge:
                out = low[: len(low) - len(hedge)]
                cut = True
                break
        if not cut:
            break
    return out.rstrip() + " "


_REFERENCE_BEFORE = re.compile(r"\b(?:above|below|under|over)\s+(?:the|its|their|a)$")


@functools.lru_cache(maxsize=8)
def _hedge_ends(lexicon: Lexicon, skip: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """What a tail ends with when `strip_hedges` cuts something, and what it equals."""
    words = (*skip, *lexicon.qualifiers)
    return tuple(" " + w for w in words), frozenset(words)


def arrives(low: str, at: int) -> bool:
    """The figure at ``at`` is the level a change arrives at ("falls by £122 to £1,568",
    "rises to a record 7.42 million", "to a new high of 40")."""
    return _ARRIVES.search(low[max(0, at - 40) : at]) is not None


_ARRIVES = re.compile(
    r"\bto\s*(?:(?:a|an|the|new|record|all-time|fresh|high|low|peak|of)\s+){0,4}"
    r"(?:[a-z]{1,3}\s*)?[$€£¥₹]?\s*$"
)


# a change verb, then the aim it moves, then "by": the figure is the move ("lifts its gold
# target by $300", "cut its growth forecast by 0.2 points"), not the aim
AIM_MOVED = re.compile(
    r"\b(?:rais|lift|cut|lower|trim|boost|increas|reduc|revis|upgrad|downgrad|ratchet|nudg|slash)"
    r"[a-z]*\b[^.;:,]{0,50}?\b(?:target|forecast|guidance|outlook|goal|estimate|projection"
    r"|prediction|aim)s?\s+(?:(?:up|down)(?:wards?)?\s+)?by\s+(?:(?:about|around|some|nearly"
    r"|almost|roughly|just|a\s+further|another)\s+)*$"
)


def rate_arrived(low: str, at: int) -> bool:
    """The percentage at ``at`` is the rate a change came to ("GDP growth slowed to 5.2%",
    "bringing its gain since the start of the year to about 35%"): a change, not a level (not
    "a rise to 5%", the level risen to, nor "the increase took the rate to 5%")."""
    return _RATE_ARRIVED.search(low, max(0, at - 90), at) is not None


# a change noun as the subject of a verb that arrives ("growth slowed to"), or the gain a
# movement brings to ("bringing its gain ... to"); a time phrase may come between
_CHANGE_NOUN = r"\b(?:gain|rise|increase|decline|fall|drop|growth|contraction|expansion)s?"
_SINCE = r"(?:\s+(?:since|in|for|over|during|this|so)\b[^,;:%\d]{0,40}?)?"
_RATE_ARRIVED = re.compile(
    rf"(?:{_CHANGE_NOUN}(?:\s+rate)?{_SINCE}\s+(?:\w+ed|rose|fell|picked\s+up|came\s+in)"
    rf"|\b(?:bringing|taking|lifting|pushing)\s+(?:its|their|the)\s+(?:total\s+|cumulative\s+)?"
    rf"{_CHANGE_NOUN}{_SINCE})"
    r"\s+to\s+(?:(?:about|around|nearly|almost|some|roughly|just|over|under|more\s+than"
    r"|less\s+than|a\s+(?:revised\s+)?)\s*)*$"
)


_WORD_FIRST = re.compile(r"\s+([a-z]+)")


def change_after(flex: FrameLexicon, head: str) -> re.Match[str] | None:
    """The change word right after a figure ("7.4 percent year on year", "a 7% increase"), or
    after the measure it changes ("a 5% pay rise", "a 3% price increase")."""
    pattern = flex.roles["change_after_head"]
    found = pattern.match(head)
    if found is None and (word := _WORD_FIRST.match(head)) and flex.measure(word.group(1)):
        found = pattern.match(head, word.end())
        if found is not None and not found.group().startswith((" ", "\t")):
            return None  # "512 million passengers, up 18.5 percent": the count is no change
    return found


def may_end(ends: frozenset[str] | None, text: str) -> bool:
    """False when no phrase whose last word is one of ``ends`` can end ``text``: its last run
    of characters without a blank ends with none of them (a pattern's phrase ends with a word as
    written, and a word holds no blank). Trying a long pattern at each character of the text
    cost 30 µs a figure; this costs one set lookup per character of a word."""
    if ends is None:
        return True  # a lexicon built without them: the pattern alone decides
    word = text.rsplit(None, 1)[-1].casefold()
    if word in ends:
        return True
    # a cue starts inside a run only after a character its pattern's lookbehind allows
    # ("(rose", "'up"), never after a letter, digit, "_", "&" or "-"
    return not word.isalnum() and any(
        word[i + 1 :] in ends for i, ch in enumerate(word) if not (ch.isalnum() or ch in "_&-")
    )
