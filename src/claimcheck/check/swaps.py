"""Two figures of one source sentence whose places a draft swaps.

A draft figure whose value is one source figure's while everything else it says points to
another figure of the same sentence and dimension gives the first figure's value to the
second's time or group, the commonest way a figure goes wrong when copied:

- *Another time*: "Adult obesity in Wales rose to 26.4% in 2023, up from 24.9% a year earlier"
  and the draft's "24.9 per cent of Welsh adults were obese in 2023". The 24.9% is the previous
  figure of the 26.4%'s series, and the draft gives it the 26.4%'s period: both figures are
  made strong, so that the verdict says whose time the value belongs to (misattributed or
  contradicted), even where the draft words the measure in a way the frames do not read
  ("obese", "full" for a load factor).
- *Another group*: "the rate among men (26.2%) ... that among women (20.2%)" and the draft's
  "26.2 per cent of French women". The draft names a word only the 20.2%'s stretch of the
  sentence holds ("women") and none of the 26.2%'s own ("men"): the 26.2% is another group's
  figure and may not support the draft, and the 20.2% is the draft's counterpart, made strong.

A sentence is cut into one stretch per figure of the dimension: the words before the figure
back to the previous figure, less those up to the first clause break after it (a comma, "while",
"as", a parenthesis), which are the previous figure's ("accounted for 14.6 percent of new
registrations in the first half, compared with 12.2 percent"). Words of more than one stretch,
time words and the sentence's opening before its first figure (its subject, which all its
figures share) name no group, unless only the opening is named.

Precision first: the value must agree with one figure of the sentence only, the draft must
name none of that figure's own words, and the words it names must point to one other figure.

Our own code: no library reads which stretch of a sentence a figure belongs to without a parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from claimcheck.check import cover
from claimcheck.check.candidates import Candidate, Scored, figure_sentence
from claimcheck.check.timing import same_period
from claimcheck.check.words import Words
from claimcheck.model import Frame, Role
from claimcheck.tolerance import Figure, agrees

# where a figure's own words end and the next figure's begin, between two figures
_BREAK = re.compile(
    r"[,;:()]|\b(?:while|whereas|but|although|though|and|as|against|versus|compared\s+with)\b",
    re.I,
)
# where the words after a figure end: "as" and "and" also join a figure's own words
# ("318 companies certified as national high-tech enterprises")
_TAIL_BREAK = re.compile(
    r"[,;:()]|\b(?:while|whereas|but|although|though|against|versus|compared\s+with)\b", re.I
)
# a comma after a figure set off as an apposition, before its clause's verb
_APPOSED = re.compile(r",\s+(?=(?:was|were|is|are|has|have|had)\b)", re.I)
_NOT_SERIES = (Role.change, Role.previous)  # roles that head no series of levels
# words before a figure that make it the whole of the others ("bringing its total to 54") or
# another's figure restated ("1,031,000 residents had a university education, equal to 17,704
# for every 100,000 people")
_WHOLE = re.compile(
    r"\b(?:total|overall|combined|altogether|whole|global|worldwide|equal|equivalent|equalling"
    r"|or|representing|amounting|that\s+is)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A candidate of the sentence with where its figure stands in it."""

    scored: Scored
    start: int
    end: int


def swapped(
    scored: list[Scored],
    rejected: Sequence[tuple[Candidate, str]],
    figure: Figure,
    period: str | None,
    frame: Frame | None,
    said: frozenset[str] | set[str],
    words: Words,
    near: frozenset[str],
    unsaid: Callable[[Candidate], list[str]],
) -> tuple[list[Scored], list[tuple[Candidate, str]]]:
    """``scored`` with a figure whose value the draft gives another time of its series made
    strong with that series' figure, or, when the draft names another group's words, turned
    down (returned with why) and that group's figure made strong where it fits the draft's
    frame (it may be among the ``rejected``, which only place the sentence's figures).
    ``said`` are the stems of the draft figure's clause; ``unsaid`` tells what the draft says
    that a candidate's sentence does not (`CandidateIndex.unsaid`): a figure is made strong
    only where that is nothing."""
    agreeing = [s for s in scored if agrees(figure, s.candidate.figure, near=near)]
    if len(agreeing) != 1:
        return scored, []
    j = agreeing[0]
    turned = [Scored(c, 0.0) for c, _ in rejected]
    placed = _placed(j, [*scored, *turned])
    if placed is None:
        return scored, []
    role = frame.role if frame else None
    head = _series_head(j, placed)
    if (
        head is not None
        and any(s is head for s in scored)
        and period is not None
        and role is not Role.previous
        and j.candidate.period is not None
        and head.candidate.period is not None
        and not same_period(period, j.candidate.period)
        and same_period(period, head.candidate.period)
        and _measure_fits(frame, head.candidate)
        and not _news(unsaid, head.candidate, words)
    ):
        why = f"the previous figure of {head.candidate.text}'s series, given another time"
        return _promoted(scored, {id(j): why, id(head): f"the series of {j.candidate.text}"}), []
    own = _own_words(j, placed, words)
    at = next(i for i, p in enumerate(placed) if p.scored is j)
    if own[at].lead & said:
        return _weakened(scored, _unnamed(at, placed, own, said)), []
    found = _other_group(at, placed, own, said)
    if found is None:
        return scored, []
    k, named = found
    names = ", ".join(sorted(named))
    kept = [s for s in scored if s is not j]
    turned_down = [(j.candidate, f"another group's figure: the draft names {names}")]
    if _news(unsaid, k.candidate, words):
        return kept, turned_down
    return _promoted(kept, {id(k): f"the figure of {names}"}), turned_down


def _news(unsaid: Callable[[Candidate], list[str]], c: Candidate, words: Words) -> list[str]:
    """What the draft says that ``c``'s sentence does not say anywhere: the words of the
    sentence's other figures are said of it too ("14.6 percent of new registrations ...,
    while hybrids took 30.3 percent": the hybrids' share is of new registrations)."""
    found = unsaid(c)
    if not found:
        return found
    known = words.content(figure_sentence(c.quote, c.text))
    return [w for w in found if w not in known]


def _placed(j: Scored, scored: Sequence[Scored]) -> list[_Placed] | None:
    """The candidates of ``j``'s sentence and dimension with their places, in order; None
    when a figure's text stands twice there (its place is unknown) or ``j`` has no sibling."""
    c = j.candidate
    sentence = figure_sentence(c.quote, c.text)
    out = []
    for s in scored:
        o = s.candidate
        if o.source != c.source or o.dimension != c.dimension or o.text not in sentence:
            continue
        if figure_sentence(o.quote, o.text) != sentence:
            continue
        at = sentence.find(o.text)
        if sentence.find(o.text, at + 1) >= 0:
            return None
        out.append(_Placed(s, at, at + len(o.text)))
    if len(out) < 2:
        return None
    out.sort(key=lambda p: p.start)
    return out


def _series_head(j: Scored, placed: list[_Placed]) -> Scored | None:
    """The figure whose earlier level ``j`` is: ``j`` a previous figure, the nearest figure
    before it (else after it) that is a level of the same measure or of none."""
    frame = j.candidate.frame
    if frame is None or frame.role is not Role.previous:
        return None
    at = next(i for i, p in enumerate(placed) if p.scored is j)
    order = list(reversed(placed[:at])) + placed[at + 1 :]
    for p in order:
        theirs = p.scored.candidate.frame
        if theirs is None or theirs.role in _NOT_SERIES:
            continue
        if frame.measure and theirs.measure and frame.measure != theirs.measure:
            continue
        return p.scored
    return None


def _measure_fits(frame: Frame | None, c: Candidate) -> bool:
    """True when the draft's measure is the candidate's, or one of them names none."""
    mine = frame.measure if frame else None
    theirs = c.frame.measure if c.frame else None
    return mine is None or theirs is None or mine == theirs


@dataclass(frozen=True, slots=True)
class _Own:
    """A figure's own words in its sentence (stems no other figure's stretch holds, light
    words left out): before it and after it, those of the sentence's opening among them, and
    whether the words before it make it a whole or a restatement of another."""

    lead: set[str]
    tail: set[str]
    opening: set[str]
    whole: bool


def _own_words(j: Scored, placed: list[_Placed], words: Words) -> list[_Own]:
    """`_Own` of each placed figure of ``j``'s sentence."""
    sentence = figure_sentence(j.candidate.quote, j.candidate.text)
    light = cover.load(words).light
    stretches = [
        ({w for w in lead if not light(w)}, {w for w in tail if not light(w)}, opening, whole)
        for lead, tail, opening, whole in _stretches(sentence, placed, words)
    ]
    counts: dict[str, int] = {}
    for lead, tail, _, _ in stretches:
        for w in lead | tail:
            counts[w] = counts.get(w, 0) + 1
    return [
        _Own({w for w in lead if counts[w] == 1}, {w for w in tail if counts[w] == 1},
             opening, whole)
        for lead, tail, opening, whole in stretches
    ]  # fmt: skip


def _other_group(
    at: int, placed: list[_Placed], own: list[_Own], said: frozenset[str] | set[str]
) -> tuple[Scored, set[str]] | None:
    """The one other figure of the sentence whose own words the draft names, while it names
    none of figure ``at``'s, with the words named; None when there is none or more than one."""
    mine = own[at]
    # a total shares its parts' words ("add 12 new routes ..., bringing its total to 54")
    if not mine.lead or mine.whole:
        return None
    # the words before a figure name its group; those after it may name what all the figures
    # measure ("14.6 percent of new registrations ..., while hybrids took 30.3 percent") or
    # its own kind ("318 companies certified as national high-tech enterprises"): a draft that
    # names them is of another group only by words before that group's figure
    own_kind = bool(mine.tail & said)
    j = placed[at].scored
    hits = []
    for i, theirs in enumerate(own):
        p = placed[i]
        if i == at or _same_value(p.scored, j) or not _one_role(p.scored, j):
            continue
        # (the opening is every figure's subject: "Median household income in the state
        # was $74,580 ..., below the national median of $77,540")
        named = (theirs.lead & said) - theirs.opening
        if not own_kind:
            named |= theirs.tail & said
        if named:
            hits.append((p.scored, named))
    return hits[0] if len(hits) == 1 else None


def _unnamed(
    at: int, placed: list[_Placed], own: list[_Own], said: frozenset[str] | set[str]
) -> list[Scored]:
    """The other figures of the sentence, of figure ``at``'s role, whose own words before
    them the draft names none of, when it names figure ``at``'s: "Hybrids took 33 percent"
    against "Petrol cars made up 41 percent ..., while ... hybrids 33 percent"."""
    j = placed[at].scored
    return [
        p.scored
        for i, p in enumerate(placed)
        if i != at
        and own[i].lead
        and not own[i].lead & said
        and not own[i].whole
        and not _same_value(p.scored, j)
        and _one_role(p.scored, j)
    ]


def _weakened(scored: list[Scored], others: list[Scored]) -> list[Scored]:
    """``scored`` with the ``others`` made weak: another group's figures."""
    if not others:
        return scored
    ids = {id(s) for s in others}
    out = [
        replace(s, strong=False, alone=False, reason=f"{s.reason}; another group's figure")
        if id(s) in ids and (s.strong or s.alone)
        else s
        for s in scored
    ]
    out.sort(key=lambda s: (not s.strong, -s.score))
    return out


def _one_role(a: Scored, b: Scored) -> bool:
    """True when neither candidate is a change nor an earlier level: a figure and its
    previous level are one group's at two times, not two groups' (a level and a share, as
    "took 30.3 percent" and "accounted for 14.6 percent of", may be two groups')."""
    x, y = a.candidate.frame, b.candidate.frame
    roles = {x.role if x else None, y.role if y else None}
    return not roles & {Role.previous, Role.change}


def _same_value(a: Scored, b: Scored) -> bool:
    """True when two candidates carry one value (neither is the other's rival)."""
    return a.candidate.figure.value == b.candidate.figure.value


def _stretches(
    sentence: str, placed: list[_Placed], words: Words
) -> list[tuple[set[str], set[str], set[str], bool]]:
    """Each figure's own words (stems) in ``sentence``, before it and after it, with those of
    the sentence's opening (before the first figure; empty for the others), and whether the
    words before it make it a whole."""
    bounds = []
    for i, p in enumerate(placed):
        lo = 0 if i == 0 else _lead_start(sentence, placed[i - 1].end, p.start)
        hi = _tail_end(sentence, p.end, placed[i + 1].start if i + 1 < len(placed) else None)
        bounds.append((lo, p.start, p.end, hi))
    out = []
    for i, (lo, start, end, hi) in enumerate(bounds):
        text = sentence[lo:start]
        lead = words.content(text)
        whole = _WHOLE.search(text) is not None
        out.append((lead, words.content(sentence[end:hi]), lead if i == 0 else set(), whole))
    return out


def _lead_start(sentence: str, after: int, start: int) -> int:
    """Where a figure's own words begin: after the first clause break that follows the
    figure before it (and its predicate, `_APPOSED`), else right after that figure."""
    found = _BREAK.search(sentence, _past_apposition(sentence, after), start)
    return found.end() if found else after


def _past_apposition(sentence: str, end: int) -> int:
    """Where a figure's clause goes on after a comma that closes it as an apposition ("The
    highest temperature, 41.2C, was recorded at Corvel"), else ``end``."""
    found = _APPOSED.match(sentence, end)
    return found.end() if found else end


def _tail_end(sentence: str, end: int, following: int | None) -> int:
    """Where a figure's own words after it end: at the first clause break (or the next
    figure, where none comes first; the sentence's end for the last figure)."""
    stop = len(sentence) if following is None else following
    found = _TAIL_BREAK.search(sentence, _past_apposition(sentence, end), stop)
    if found is None:
        return end if following is not None else stop
    return found.start()


def _promoted(scored: list[Scored], why: dict[int, str]) -> list[Scored]:
    """``scored`` with the candidates named in ``why`` (by id) made strong, the reason added."""
    out = []
    for s in scored:
        reason = why.get(id(s))
        if reason is not None and not s.strong:
            s = replace(s, strong=True, reason=f"{s.reason}; {reason}" if s.reason else reason)
        out.append(s)
    out.sort(key=lambda s: (not s.strong, -s.score))
    return out
