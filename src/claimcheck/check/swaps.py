"""Two figures of one source sentence whose places a draft swaps.

A draft figure whose value is one source figure's while everything else it says points to
another figure of the same sentence and dimension gives the first figure's value to the
second's time or group, the commonest way a figure goes wrong when copied:

- *Another time*: "Adult obesity in Wales rose to 26.4% in 2023, up from 24.9% a year earlier"
  and the draft's "24.9 per cent of Welsh adults were obese in 2023". The 24.9% is the previous
  figure of the 26.4%'s series, and the draft gives it the 26.4%'s period: both figures are
  made strong, so that the verdict says whose time the value belongs to (misattributed or
  contradicted), even where the draft words the measure in a way the frames do not read
  ("obese", "full" for a load factor). An undated draft speaks of the present: "now counts
  19,800 volunteers" against "grew to 21,500 from 19,800".
- *Another group*: "the rate among men (26.2%) ... that among women (20.2%)" and the draft's
  "26.2 per cent of French women". The draft names a word only the 20.2%'s stretch of the
  sentence holds ("women") and none of the 26.2%'s own ("men"): the 26.2% is another group's
  figure and may not support the draft, and the 20.2% is the draft's counterpart, made strong.
- *Another measure*: "14.6 million foreign tourists" against "carried 14.6 million passengers
  ..., as tourist arrivals hit a record 6.1 million": the one figure of the draft's measure in
  the sentence is made strong.
- *Its own group*: a draft that names the words before its figure ("Hybrids took 33 percent"
  against "Petrol cars made up 41 percent ..., and hybrids 33 percent") makes the other
  figures, whose own words it does not name, weak: they may not fail it.
- *Exactly*: "5 per cent" against "a median increase of 4.5%, below the 5% median rise
  recorded a year earlier" is the 5%, not the 4.5% rounded: a figure agreeing only within the
  draft's rounding is turned down where its sentence gives the value exactly.

A figure's own words are those of its stretch of the sentence (`claimcheck.check.stretches`).
Words of more than one stretch, light words ("made", "accounted"), time words and the
sentence's opening before its first figure (its subject, which all its figures share) name no
group. A total ("bringing its total to 54") or a restatement ("equal to 17,704 for every
100,000 people") is no group of its own.

Precision first: the value must agree with one figure of the sentence only, the draft must
name none of that figure's own words before it, the words it names must point to one other
figure, and a figure is made strong only where the draft says nothing its sentence does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from claimcheck.check.candidates import Candidate, Scored, figure_sentence
from claimcheck.check.frames import one_measure
from claimcheck.check.stretches import Own, Placed, own_words, placed_of, same_sentence
from claimcheck.check.timing import same_period
from claimcheck.check.words import Words
from claimcheck.model import Frame, Role
from claimcheck.tolerance import Figure, agrees

_NOT_SERIES = (Role.change, Role.previous)  # roles that head no series of levels


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
    """``scored`` after the swaps of the module docstring, with the candidates turned down and
    why (``rejected`` only place the sentence's figures). ``said`` are the stems of the draft
    figure's clause; ``unsaid`` tells what the draft says that a candidate's sentence does not
    (`CandidateIndex.unsaid`): a figure is made strong only where that is nothing."""
    scored, twins = _exactly(scored, figure, near)
    agreeing = [s for s in scored if agrees(figure, s.candidate.figure, near=near)]
    if not agreeing:
        k = _other_measure(scored, rejected, figure, frame, near)
        # (all the draft says must be said of that figure: "public debt slipped to 137 per
        # cent of GDP" is not the deficit's 7.4 percent of GDP, whose sentence names debt too)
        if k is None or unsaid(k.candidate):
            return scored, twins
        return promoted(scored, {id(k): "the draft's measure; its value is another's"}), twins
    if len(agreeing) != 1:
        return scored, twins
    j = agreeing[0]
    turned = [Scored(c, 0.0) for c, _ in rejected]
    placed = placed_of(j, [*scored, *turned])
    if placed is None:
        return scored, twins
    timed = _another_time(j, placed, scored, period, frame, bool(twins))
    if timed:
        if any(_news(unsaid, s.candidate, words) for s in timed):
            return scored, twins
        why = f"{j.candidate.text} is the figure of {j.candidate.period}, given another time"
        return promoted(scored, {id(s): why for s in timed}), twins
    own = own_words(j, placed, words)
    at = next(i for i, p in enumerate(placed) if p.scored is j)
    # the entity the sentence's figures share names no group of theirs ("charging points in
    # Scotland reached 6,820 ..., but only 1,140 of them were rapid chargers")
    said = set(said) - _shared_entity(placed, words)
    # (the opening's words are every figure's: "The number of public libraries in Ruritania
    # reached 1,240 ..., but only 310 of them opened on Sundays")
    if (own[at].lead - own[at].opening) & said:
        return _weakened(scored, _unnamed(at, placed, own, said)), twins
    found = _other_group(at, placed, own, said)
    if found is None:
        return scored, twins
    k, named = found
    names = ", ".join(sorted(named))
    kept = [s for s in scored if s is not j]
    turned_down = [*twins, (j.candidate, f"another group's figure: the draft names {names}")]
    if _news(unsaid, k.candidate, words):
        return kept, turned_down
    return promoted(kept, {id(k): f"the figure of {names}"}), turned_down


def _shared_entity(placed: list[Placed], words: Words) -> set[str]:
    """The stems of the entities that two figures of the sentence or more are of."""
    seen: dict[str, int] = {}
    for p in placed:
        frame = p.scored.candidate.frame
        if frame is not None and frame.entity:
            seen[frame.entity] = seen.get(frame.entity, 0) + 1
    return {w for e, n in seen.items() if n > 1 for w in words.content(e)}


def _other_measure(
    scored: list[Scored],
    rejected: Sequence[tuple[Candidate, str]],
    figure: Figure,
    frame: Frame | None,
    near: frozenset[str],
) -> Scored | None:
    """The one figure of the draft's measure in the sentence of the one source figure of
    another measure whose value the draft gives it: "Some 14.6 million foreign tourists
    arrived in Norway" against "carried 14.6 million passengers ..., as international tourist
    arrivals to Norway hit a record 6.1 million"."""
    measure = frame.measure if frame else None
    if not measure:
        return None
    theirs = [
        c
        for c, why in rejected
        if why.startswith("different measure") and agrees(figure, c.figure, near=near)
    ]
    if not theirs:
        return None
    # the pairs of one sentence: a figure of the draft's measure, and one of another measure
    # whose value the draft gives (other sources may give that value to other things)
    mine = [
        s
        for s in scored
        if s.candidate.frame is not None
        and s.candidate.frame.measure == measure
        and any(_beside(s.candidate, j) for j in theirs)
    ]
    return mine[0] if len(mine) == 1 else None


def _beside(c: Candidate, j: Candidate) -> bool:
    """True when ``c`` and ``j`` are figures of one source sentence, of one dimension and
    kind of role."""
    return c.dimension == j.dimension and _family(c) == _family(j) and same_sentence(c, j)


def _exactly(
    scored: list[Scored], figure: Figure, near: frozenset[str]
) -> tuple[list[Scored], list[tuple[Candidate, str]]]:
    """``scored`` less the figures that agree with the draft's only within its rounding
    where another figure of their sentence gives its value exactly, with why they were
    turned down: "5 per cent" is the "5%" of "a median increase of 4.5%, below the 5% median
    rise recorded a year earlier", not the 4.5%."""
    agreeing = [s for s in scored if agrees(figure, s.candidate.figure, near=near)]
    if len(agreeing) < 2:
        return scored, []
    value = figure.normalised().value
    exact = [s for s in agreeing if s.candidate.figure.normalised().value == value]
    if len(exact) != 1:
        return scored, []
    e = exact[0].candidate
    twins = [s for s in agreeing if s is not exact[0] and same_sentence(s.candidate, e)]
    if not twins:
        return scored, []
    ids = {id(s) for s in twins}
    why = f"its sentence gives {e.text} exactly"
    return [s for s in scored if id(s) not in ids], [(s.candidate, why) for s in twins]


def _another_time(
    j: Scored,
    placed: list[Placed],
    scored: list[Scored],
    period: str | None,
    frame: Frame | None,
    twinned: bool,
) -> list[Scored]:
    """``j`` and the figure of its sentence for the draft's ``period`` that it is another
    time's figure of (its series' head when ``j`` is an earlier level), or ``j`` alone where
    that figure agreed only within rounding (``twinned``); [] when the draft gives ``j``'s
    own time, or no such figure fits the draft's measure."""
    c = j.candidate
    if frame is not None and frame.role is Role.previous:
        return []
    if period is None:
        # an undated draft speaks of the present: an earlier level given for it is the present
        # level's series' ("now counts 19,800 volunteers" against "grew to 21,500 from 19,800")
        head = _series_head(j, placed)
        ids = {id(s) for s in scored}
        fits = head is not None and id(head) in ids and _measure_fits(frame, head.candidate)
        return [j, head] if fits and head is not None else []
    if c.period is None or same_period(period, c.period) or not _measure_fits(frame, c):
        return []
    ids = {id(s) for s in scored}
    now = [
        p.scored
        for p in placed
        if p.scored is not j
        and id(p.scored) in ids
        and p.scored.candidate.period is not None
        and same_period(period, p.scored.candidate.period)
        and _family(p.scored.candidate) == _family(c)
        and _measure_fits(frame, p.scored.candidate)
    ]
    head = _series_head(j, placed)
    if head is not None and any(s is head for s in now):
        return [j, head]
    if len(now) == 1:
        return [j, now[0]]
    return [j] if twinned and not now else []


def _family(c: Candidate) -> str:
    """A role's kind: a change, a plan (target, forecast) or an amount (level, share, count,
    an earlier level)."""
    role = c.frame.role if c.frame else None
    if role is Role.change:
        return "change"
    return "plan" if role in (Role.target, Role.forecast) else "amount"


def _news(unsaid: Callable[[Candidate], list[str]], c: Candidate, words: Words) -> list[str]:
    """What the draft says that ``c``'s sentence does not say anywhere: the words of the
    sentence's other figures are said of it too ("14.6 percent of new registrations ...,
    while hybrids took 30.3 percent": the hybrids' share is of new registrations)."""
    found = unsaid(c)
    if not found:
        return found
    known = words.content(figure_sentence(c.quote, c.text))
    return [w for w in found if w not in known]


def _series_head(j: Scored, placed: list[Placed]) -> Scored | None:
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
        if not one_measure(frame.measure, theirs.measure):
            continue
        return p.scored
    return None


def _measure_fits(frame: Frame | None, c: Candidate) -> bool:
    """True when the draft's measure is the candidate's, or one of them names none."""
    return one_measure(frame.measure if frame else None, c.frame.measure if c.frame else None)


def _other_group(
    at: int, placed: list[Placed], own: list[Own], said: frozenset[str] | set[str]
) -> tuple[Scored, set[str]] | None:
    """The one other figure of the sentence whose own words the draft names (`swapped` has
    found it names none of figure ``at``'s words before it), with the words named; None when
    there is none or more than one."""
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
        if i == at or _same_value(p.scored, j) or not one_role(p.scored, j):
            continue
        if (i == at + 1 and theirs.joined) or (i == at - 1 and mine.joined):
            continue  # one phrase of two figures: a part and its whole ("42 of the 120 seats")
        # (the opening is every figure's subject: "Median household income in the state
        # was $74,580 ..., below the national median of $77,540")
        before = (theirs.lead & said) - theirs.opening
        named = before | (theirs.tail & said if not own_kind else set())
        if named:
            hits.append((p.scored, named, bool(before)))
    if len(hits) > 1:
        # the words before a figure name its group, those after it what the figures share
        # ("41 percent of new sales in Vesna ..., while diesel models took 9 percent")
        hits = [h for h in hits if h[2]]
    return (hits[0][0], hits[0][1]) if len(hits) == 1 else None


def _unnamed(
    at: int, placed: list[Placed], own: list[Own], said: frozenset[str] | set[str]
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
        and one_role(p.scored, j)
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


def one_role(a: Scored, b: Scored) -> bool:
    """True when neither candidate is a change nor an earlier level: a figure and its
    previous level are one group's at two times, not two groups' (a level and a share, as
    "took 30.3 percent" and "accounted for 14.6 percent of", may be two groups')."""
    x, y = a.candidate.frame, b.candidate.frame
    roles = {x.role if x else None, y.role if y else None}
    return not roles & {Role.previous, Role.change}


def _same_value(a: Scored, b: Scored) -> bool:
    """True when two candidates carry one value (neither is the other's rival)."""
    return a.candidate.figure.value == b.candidate.figure.value


def promoted(scored: list[Scored], why: dict[int, str]) -> list[Scored]:
    """``scored`` with the candidates named in ``why`` (by id) made strong, the reason added."""
    out = []
    for s in scored:
        reason = why.get(id(s))
        if reason is not None and not s.strong:
            s = replace(s, strong=True, reason=f"{s.reason}; {reason}" if s.reason else reason)
        out.append(s)
    out.sort(key=lambda s: (not s.strong, -s.score))
    return out
