"""Roles: what a figure is in its sentence, from the cue nearest it (`read`).

`level` (reached, stood at, to), `change` (rose 7%, 0.4% lower, 2.5C above normal, doubled),
`previous` (up from, compared with), `share` (71% of, one in five adults, 58% supported, a
poll's percentages), `target` (aims, plans), `forecast` (expected, will, could; a period after
the publication year), `count` (a bare count with no cue). The word lists are
``data/frames.yaml``'s ``roles``; the order of the tests below is the order of precedence:

1. a previous level ("from $1,950", "up from 6.5%") is one inside a plan or a forecast too
   ("is forecast to narrow to 4.1% from 4.8%": 4.8% is the level it narrows from);
2. a plan's or an expectation's figure is a `target` or a `forecast`, also where the
   expectation follows the figure in its clause ("Up to 60mm of rain could fall");
3. a share: "X% of", "accounted for", a part of a group ("58% supported", "1 in 5 adults"), a
   percentage in a sentence about a poll or a vote;
4. a change: a direction before it ("rose", "cut ... by"), after it ("a 7% increase", "40%
   faster", "2.5C above normal"), a multiple ("doubled", "three times as likely"), a figure in
   apposition to a change ("added 42.3 points, or 0.8%,"), points of a percentage;
5. else a level, or a count for a bare count (a count that names its noun after "of" stays a
   count: "a survey of 2,041 adults").

Heuristics from word lists, not a parser.
"""

from __future__ import annotations

import functools
import re

from claimcheck.extract.role_patterns import (
    AIM_MOVED,
    COMPARED_AFTER,
    DIFFERENCE_AFTER,
    FROM_FIGURE,
    PAST_EDGE,
    SHARE_AFTER,
    SHORT_OF,
    change_after,
    continued,
    may_end,
    named_after,
    strip_hedges,
)
from claimcheck.framelex import FrameLexicon
from claimcheck.lexicon import Lexicon
from claimcheck.model import Dimension, Role

# "a 24 percent share of the new-car market", "a 30% market share": the noun
# after the figure says it is a part (not "a 5 percent share price fall", "share buyback")
_SHARE_NOUN_AFTER = re.compile(
    r"\s+(?:market\s+)?share\b"
    r"(?!\s+(?:price|prices|holders?|holding|buy-?backs?|index|capital|sales?|issues?|options?)\b)"
)
# a direction after a comma that belongs to the next figure ("a profit of A$2.47 billion, down
# 13 per cent", "averaged 48.6Mbps, up from 41.2Mbps"), not to the one before it
_NEXT_FIGURE = re.compile(
    r"\s*,\s*(?:up|down|higher|lower)\s+(?:from|by|on|about|nearly|almost|some|[$€£¥₹]|\d"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b)",
    re.I,
)
# an article right before a figure, and a noun right after it: the figure describes the noun
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+$")
_WORD_AFTER = re.compile(r"[\x20-](?!(?:of|in|to|for|on|and|or|a|an|the)\b)[a-z]+\b")
_RATIO_DIMS = frozenset({Dimension.percent, Dimension.points, Dimension.ratio, Dimension.counted})
_WHOLE_OF = re.compile(r"\d[\d,.]*\s+of\s+(?:its|their|his|her|our|the)\s+$")
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s")
# a conjunction that opens a clause of its own: "kept its full-year target of 430,000 bpd
# despite a 3% dip in gas production" (the dip is no target), "a rise of 18%, with its esports
# league contributing $310 million" (no rise)
_OWN_CLAUSE = re.compile(r"\b(?:despite|although|though|because|whereas|amid)\s|,\s+with\s")
_IN_RATIO = re.compile(r"\w\s+in\s+\w")  # "one in five", "1 in 4"
# "targeted 12,500 customers": a verb whose object is what was counted (aimed at), no goal
_AIMED_AT = re.compile(r"\btarget(?:s|ed|ing)\s+$")
# "approved plans for 1,450 new homes": a plan as a thing (a scheme), no goal of the subject
_PLANS_FOR = re.compile(r"\bplans?\s+for\s+(?:(?:up\s+to|about|around|some|nearly)\s+)?$")
_APPOSITION = re.compile(r",\s*or\s*$")  # "rose $1.34, or 1.7%": the same change twice
# "... to $14.0 billion, or $4.81 per share": the same level twice
_APPOSED_LEVEL = re.compile(
    r"\b(?:to|at|reached|of)\s+\S+(?:\s+(?:million|billion|trillion|bn|mn|m|per\s+cent|percent))?"
    r"\s*,\s*or\s*$"
)
# "more likely", "three times as likely": a comparison, no expectation
_COMPARED_LIKELY = re.compile(r"\b(?:more|most|less|least|as|twice|times)\s+likely\b")
_MULTIPLE_X = re.compile(r"\d\s*[x×]$", re.I)  # "5x optical zoom": a specification, a level
# "in May", "since May 4": the month, not a modal verb
_MONTH_MAY_AFTER = re.compile(r"\s*(?:\d|[,.;]|$)")
_MONTH_MAY = re.compile(
    r"(?:\b(?:in|of|on|since|until|by|to|from|early|late|mid|last|next|this|and)|\d)[\s-]+may$"
)
_ARRIVED = re.compile(r"\b(?:to|reached|reach|reaching|hit|at)\s*$")
# "compared with a profit of £85m": an earlier level; not a norm ("a long-term average of 88mm")
_COMPARED_OF = re.compile(
    r"\bcompared\s+(?:with|to)\s+(?:(?!average|norm|normal|mean|typical|usual)\S+\s+){0,4}?of\s*$"
)
_ERROR = re.compile(r"\berror\b")
# a headline's infinitive is its future: "Harrow & Finch to close 32 stores", "Unemployment to
# hit 5%"; not "shrinks to about 124 million" (a level after its verb), nor "up 5% to $2bn"
_HEADLINE_AHEAD = re.compile(
    r"^[^\d]*?[\w&'’]\s+to\s+(?!(?:a|an|the|about|around|nearly|almost|over|under|more|less"
    r"|some|just|only|record|highest|lowest|new|be|date)\b)[a-z]+(?:\s+[a-z]+){0,2}\s+$"
)
_STOPPED = re.compile(r"[.!?][\s\"'’”)*_]*$")
# (and a predicate of its own: "adds 4,600 square metres of space and will open in April")
_CLAUSE_END = re.compile(
    r"[;:()]|,\s+(?:while|but|and|with|as|although|whereas)\b|\.\s"
    r"|\s+and\s+(?:will|would|could|may|might|is\s+due|is\s+set|are\s+due|are\s+set)\b"
)


def _own_start(low: str, lo: int, at: int) -> int:
    """Where the clause of the figure at ``at`` starts: after a relative pronoun ("..., who
    won 18 seats": its own verb governs the figure) or a conjunction of its own ("despite")."""
    lo = max([lo] + [m.end() for m in _RELATIVE.finditer(low, lo, at)])
    return max([lo] + [m.end() for m in _OWN_CLAUSE.finditer(low, lo, at)])


def read(
    flex: FrameLexicon,
    lexicon: Lexicon,
    low: str,
    span: tuple[int, int],
    bounds: tuple[int, int],
    dim: Dimension,
    noun: str | None,
    future: bool,
) -> Role:
    """The role of the figure at ``low[span[0]:span[1]]`` (lower case) in its clause
    ``low[bounds[0]:bounds[1]]``; ``future``: its period is after the publication year."""
    at, to = span
    lo, hi = bounds
    lo = _own_start(low, lo, at)
    roles = flex.roles
    raw = low[max(lo, at - 60) : at]
    tail = strip_hedges(raw, lexicon, flex.skip_before)
    head = low[to : to + 30]
    clause = low[lo:at]
    named = named_after(low, to)  # "above the 2% target", "below the 350,000 it forecast"
    if named is not None:
        return named
    if _ends_with(flex, "previous_before", tail) and _previous(flex, low, tail, to, hi, dim):
        return Role.previous
    stands = _stands(flex, raw, dim)
    if stands is not None:
        return stands
    if AIM_MOVED.search(tail):
        return Role.change  # "raised its year-end forecast by $300": how far an aim moved
    if _aimed(flex, lexicon, clause, tail, dim):
        return Role.target
    aged = low.startswith("-old", to)  # "The 19-year-old will wear": an age, no expectation
    # "The $4.3bn plant will supply", "a 90-metre bridge will open": the verb is the noun's
    attributive = (
        dim not in _RATIO_DIMS and _ARTICLE_END.search(clause) and _WORD_AFTER.match(low, to)
    )
    if _forecast(flex, continued(low, lo, clause), "" if aged or attributive else low[to:hi]):
        return Role.forecast
    if future or (_HEADLINE_AHEAD.match(clause) and not _STOPPED.search(low)):
        return Role.forecast
    if dim is Dimension.percent and (_share(flex, tail, head) or _IN_RATIO.search(low, at, to)):
        return Role.share  # "one in five patients waited": a part of them
    if "compared" in tail and _COMPARED_OF.search(tail):
        return Role.previous  # "compared with a profit of £85m in 2022"
    role = _change(flex, low, tail, head, to, dim, noun)
    if (
        dim is Dimension.percent
        and role in (None, Role.level)
        and _has_cue(flex, low, lo, hi)
        and roles["poll"].search(low, lo, hi)
        and not roles["named_rates"].search(clause)
    ):
        return Role.share  # "puts Labour on 44%", "leads 48% to 45% among likely voters"
    if role is not None:
        return role
    if _ends_with(flex, "level_before", tail):
        return Role.level
    return Role.counted if dim is Dimension.counted else Role.level


def _stands(flex: FrameLexicon, raw: str, dim: Dimension) -> Role | None:
    """A level (or count) read from the words right before a figure, whatever else its clause
    says: the whole of a part ("cut 2,000 of its 21,000 jobs"), an edge a change passed ("rose
    above $2 trillion") or fell short of."""
    if _WHOLE_OF.search(raw) or SHORT_OF.search(raw):
        return Role.counted if dim is Dimension.counted else Role.level
    edge = PAST_EDGE.search(raw)
    if edge and flex.roles["change_before"].fullmatch(edge.group(1)):
        # (a count too: "approvals climbed above 63,000", "births fell below 700,000")
        return Role.counted if dim is Dimension.counted else Role.level
    return None


def _previous(flex: FrameLexicon, low: str, tail: str, to: int, hi: int, dim: Dimension) -> bool:
    """A "from"/"after" before a count is a previous level only where a change is in its clause
    ("fell from 212 to 198", not "stole Rs 4.5 crore from 300 depositors", "after three
    recounts")."""
    if re.search(r"\bafter\s*$", tail):
        return False  # "after a two-day search", "after a 1.1% rise": time, not a level
    if dim is not Dimension.counted:
        return True
    if not re.search(r"\bfrom\s*$", tail) or re.search(r"\b(?:up|down)\s+from\s*$", tail):
        return True
    if FROM_FIGURE.search(tail, 0, tail.rfind("from")):
        return False  # "up from £3.1 million a year earlier, from about 52,000 donors"
    return bool(
        flex.roles["change_context"].search(tail)
        or re.match(r"\s+(?:\w+\s+)?to\s+\S*\d", low[to:hi])
    )


# a forecast a figure is measured against, no expectation of its own: "A$8.1 billion above the
# budget forecast and 6.4 per cent higher", "beat forecasts"
_MEASURED_AGAINST = re.compile(
    r"\b(?:above|below|than|beat|beating|beats|missed|missing|exceeded|exceeding|topped|short\s+of)"
    r"\s+(?:the\s+|its\s+|their\s+|analysts'\s+|market\s+)?(?:[a-z-]+\s+)?$"
)


_CUE_ENDS = re.compile(r"\s*(?:of|at|for|to|by)?\s*")


def _forecast(flex: FrameLexicon, clause: str, after: str) -> bool:
    """An expectation before the figure in its clause, or right after it in its clause."""
    found = flex.roles["forecast"].search(clause) if _has_cue(flex, clause) else None
    if found is not None and found.group(0).strip() == "likely":
        # "likely to reach"; not "more likely", "likely voters"
        to = re.match(r"\s+to\b", clause[found.end() :])
        found = None if _COMPARED_LIKELY.search(clause) or not to else found
    if found is not None and (
        _CUE_ENDS.fullmatch(clause, found.end())  # "beat the consensus of 64 cents": it is one
        or not _MEASURED_AGAINST.search(clause, 0, found.start())
    ):
        return True
    end = _CLAUSE_END.search(after)
    # the figure's own verb: "Up to 60mm of rain could fall", not "Mrs Patel, 71, said she would"
    rest = after[: end.start() if end else 40][:40].split(",")[0]
    for said in flex.roles["forecast_after"].finditer(rest):
        month = said.group(0) == "may" and (
            _MONTH_MAY.search(rest, 0, said.end()) or _MONTH_MAY_AFTER.match(rest, said.end())
        )
        if not month and not _COMPARED_LIKELY.search(rest):
            return True
    return False


def _share(flex: FrameLexicon, tail: str, head: str) -> bool:
    """A part of a whole: "share of 7%", "7% of", "58% supported", "1 in 5 adults"."""
    roles = flex.roles
    words = tail.split()
    if _ends_with(flex, "share_before", tail):
        return True
    if SHARE_AFTER.match(head):  # "shrank by 6 percent of its volume": a change
        return not _ends_with(flex, "change_before", " ".join(words[-3:]).removesuffix(" by"))
    if _SHARE_NOUN_AFTER.match(head):
        return True
    if _ends_with(flex, "change_before", tail) or re.search(r"\bof\s*$", tail):
        return False  # "fell 5% say", "a margin of 12% were"
    said = re.match(r"\s+(\w+)", head)
    return said is not None and any(
        roles[k].fullmatch(said.group(1)) for k in ("share_after", "share_after_groups")
    )


def _change(
    flex: FrameLexicon, low: str, tail: str, head: str, to: int, dim: Dimension, noun: str | None
) -> Role | None:
    """`change` where a direction or a comparison governs the figure, `level` where a level cue
    is nearer than any change cue ("rose 7% to $2.3bn"), None where nothing decides."""
    roles = flex.roles
    words = tail.split()
    last3 = " ".join(words[-3:])
    level = _ends_with(flex, "level_before", tail)
    if DIFFERENCE_AFTER.match(head):
        return Role.change  # "raised $700,000 more than last year": a difference
    if dim is Dimension.money and _ends_with(flex, "raised_before", tail):
        return Role.level  # "raised $18 million in a Series B round": money raised, no change
    if _ends_with(flex, "share_before", tail):
        return Role.level  # "made up €167 million of the total": a part's amount, not a rise
    if _ends_with(flex, "change_before", tail):
        return Role.change
    if tail.rstrip().endswith(" by") and (
        dim is not Dimension.counted or roles["change_context"].search(tail)
    ):
        return Role.change  # "fell by 8,000", "cut journey times by 20 minutes"; not "run by 30"
    if not level and _has_cue(flex, last3) and roles["change_before"].search(last3) is not None:
        return Role.change
    window = " ".join(words[-7:])
    if (
        _APPOSITION.search(tail)
        and not _APPOSED_LEVEL.search(tail)
        and roles["change_before"].search(window)
        and not (dim is Dimension.money and roles["raised_before"].search(window))
    ):
        return Role.change  # "added 42.3 points, or 0.8%, to 5,304.72"
    after = change_after(flex, head)
    if (
        after
        and not _NEXT_FIGURE.match(head)
        and not COMPARED_AFTER.match(head)  # "48 mm, less than half the average": a comparison
        and not _names_noun(after.group().strip(), noun)
    ):
        return Role.change  # (not "239 million premium subscribers": the noun's own word)
    if level and dim is Dimension.ratio and not _ARRIVED.search(tail):
        level = (
            False  # "were four times as likely": a multiple compares, "rose to 3 times" is a level
        )
    if level:
        arrived = re.search(r"\b(?:to|reached|reach|reaching|hit)\s*$", tail)
        moved = arrived and roles["change_context"].search(tail)
        if dim is Dimension.counted and (noun or re.search(r"\bto\s*$", tail)) and not moved:
            return Role.counted  # "a survey of 2,041 adults", "flies to 45 countries", "There are"
        return Role.level
    if dim is Dimension.ratio and not _MULTIPLE_X.search(low[max(0, to - 3) : to]):
        return Role.change  # "doubled", "three times as likely", "a 2.5-fold increase"
    if dim is Dimension.points and not _ERROR.search(tail):
        return Role.change  # points of a percentage are a difference ("a swing of 4.5 points")
    return None


# where a cue may start: a role pattern's own lookbehind (`frame_sections.phrase_fragment`),
# then a word character (every cue of the lists starts with one)
_CUE_AT = re.compile(r"(?<![\w&-])\w")
_CUE_REACH = 40  # how far back a cue that ends a figure's left context may start (cues: 22 at most)


def _ends_with(flex: FrameLexicon, key: str, tail: str) -> bool:
    """True when a cue of the role list ``key`` ends ``tail`` (but for blanks)."""
    end = len(tail.rstrip())
    if not end or not may_end(flex.role_ends.get(key), tail[:end]):
        return False  # no cue of the list ends with the tail's last word: none ends it
    # a cue is tried where one may start among the tail's last words (not found by searching
    # the whole tail: matches overlap, "down from a peak of" holds "down from", which hides
    # "from a peak of", and a search tries the list at each character)
    pattern = flex.roles[key]
    # a cue of k words starts within the tail's last k runs of characters between blanks
    # (a lexicon built without the counts: the last _CUE_REACH characters)
    lo = end
    for _ in range(flex.role_reach.get(key, end)):
        lo = tail.rfind(" ", 0, lo)
        if lo < 0:
            break
    for at in _CUE_AT.finditer(tail, max(0, lo, end - _CUE_REACH), end):
        hit = pattern.match(tail, at.start())
        if hit is not None and hit.end() == end:
            return True
    return False


def _names_noun(word: str, noun: str | None) -> bool:
    """True when a change word after a count opens its counted noun ("premium subscribers")."""
    return noun is not None and noun.lower().startswith(word.lower() + " ")


def _has_cue(flex: FrameLexicon, text: str, lo: int = 0, hi: int | None = None) -> bool:
    """False when no role pattern can match in ``text[lo:hi]``: none of its characters starts a
    cue."""
    return _cue_starts(flex).search(text, lo, len(text) if hi is None else hi) is not None


def _aimed(flex: FrameLexicon, lexicon: Lexicon, clause: str, tail: str, dim: Dimension) -> bool:
    """True when the clause before a figure says it is aimed at (a target)."""
    target = flex.roles["target"]
    return bool(
        _has_cue(flex, clause)
        and target.search(clause)
        and target.search(_scored_goal(lexicon).sub(" ", clause))
        and not (dim is Dimension.counted and _AIMED_AT.search(tail))
        and not _PLANS_FOR.search(clause)
    )


@functools.lru_cache(maxsize=8)
def _scored_goal(lexicon: Lexicon) -> re.Pattern[str]:
    """A goal that was scored, no aim: "his fourth goal of the campaign", "a late goal"."""
    ordinals = "|".join(sorted(lexicon.ordinal_words, key=len, reverse=True))
    return re.compile(
        rf"\b(?:\d+(?:st|nd|rd|th)|{ordinals}|winning|late|own|opening|equalising|equalizing"
        r"|decisive|consolation|headed|stoppage-time|injury-time)\s+goal\b(?!\s+(?:is|was|will|would|to)\b)"
    )


@functools.lru_cache(maxsize=8)
def _cue_starts(flex: FrameLexicon) -> re.Pattern[str]:
    """The characters the role lists' words start with, as a class matched as the role patterns
    match (ignoring case). A role pattern tries its long alternation at each character of a text
    (its leading lookbehind keeps `re` from skipping ahead), about 4 µs a character; a text of
    figures alone ("1% 1% 1% ") has none of these characters, and a one-character test tells so
    (the cost of a text dense with figures, issue 12)."""
    inside = "".join(re.escape(ch) for ch in sorted({w[0] for w in flex.role_words}))
    return re.compile(f"[{inside}]" if inside else "(?!)", re.IGNORECASE)
