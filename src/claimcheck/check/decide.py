"""The verdict on one draft figure: its candidates matched on frames (`claimcheck.check.match`),
restated in its unit where a source gives another of its dimension, judged
(`claimcheck.check.verdict`), and, when contradicted or unsupported, tried as a sum or change
of two source figures (`claimcheck.check.derive`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from claimcheck.check import opposites
from claimcheck.check.candidates import Candidate, Scored
from claimcheck.check.complement import complement
from claimcheck.check.compound import joined
from claimcheck.check.derive import Derived, derive
from claimcheck.check.earlier import earlier_stated
from claimcheck.check.frames import one_measure
from claimcheck.check.group_after import group_after
from claimcheck.check.match import CandidateIndex
from claimcheck.check.query import Query, offset_in_sentence, query_of
from claimcheck.check.stated import Stated, stated_change
from claimcheck.check.swaps import swapped
from claimcheck.check.verdict import Judgement, Verdict, judge, same_period
from claimcheck.lexicon import Lexicon
from claimcheck.model import Quantity, Role
from claimcheck.tolerance import Figure, agrees, figure_of_mention, scaled

MAX_FACTOR = 1000.0  # the largest ratio of two units' sizes that are restated in each other


def decide(
    m: Quantity,
    index: CandidateIndex,
    lexicon: Lexicon,
    before: str,
    others: Sequence[Quantity] = (),
) -> tuple[Judgement, str, list[tuple[Candidate, str]]]:
    """The verdict on one draft quantity, why its candidate matched, and the candidates turned
    down: matched on frames, restated in its unit, judged; a figure contradicted or unsupported
    may still be a sum or change of two source figures (`claimcheck.check.derive`). ``others``
    are the other quantities of its sentence (``m`` among them is skipped)."""
    rejected: list[tuple[Candidate, str]] = []
    query = query_of(m, index.words, before)
    scored = index.match(query, rejected)
    period = m.period.label if m.period else None
    figure = joined(figure_of_mention(m), m.sentence, m.span.end - m.sentence_start, lexicon)
    scored = _swaps(_in_unit(scored, m.unit, lexicon), rejected, figure, m, query, index)
    scored = _spoken_for(scored, m, figure, others, lexicon)
    role = m.frame.role if m.frame else None
    measure = m.frame.measure if m.frame else None
    if measure and (
        measure == "count" or measure.removeprefix("count:") in index.words.generic_counts
    ):
        measure = None  # "five people" counts nothing in particular
    j = judge(
        figure,
        m.direction,
        period,
        scored,
        near=lexicon.near_qualifiers,
        role=role,
        measure=measure,
    )
    c = j.against
    match = next((s.reason for s in scored if s.candidate is c), "") if c else ""
    if j.verdict in (Verdict.contradicted, Verdict.unsupported):
        j, match = _arithmetic(j, match, figure, m, query, scored, rejected, index)
    if j.verdict is not Verdict.misattributed:
        found = complement(
            figure,
            role,
            f"{query.opener} {query.clause}",
            [s.candidate for s in scored] + [c for c, _ in rejected],
            lexicon.near_qualifiers,
            opposites.load(index.words),
            index.words,
        )
        if found is not None and (found[1] or j.verdict is not Verdict.contradicted):
            c, rest, why = found
            verdict = Verdict.supported if rest else Verdict.contradicted
            j, match = Judgement(verdict, c, why), "the rest of another group's share"
    return j, match, rejected


def _arithmetic(
    j: Judgement,
    match: str,
    figure: Figure,
    m: Quantity,
    query: Query,
    scored: list[Scored],
    rejected: list[tuple[Candidate, str]],
    index: CandidateIndex,
) -> tuple[Judgement, str]:
    """A contradicted or unsupported verdict, and why, after the figures two source figures
    state: a sum or change of them (`claimcheck.check.derive`), an earlier level
    (`claimcheck.check.earlier`), a change set against an unsupported one
    (`claimcheck.check.stated`)."""
    period = m.period.label if m.period else None
    derived = _derived(figure, m, period, scored, rejected, index)
    if derived is not None:
        how = f"{derived.how} of two figures of one source sentence"
        return Judgement(Verdict.supported, derived.parts[0], derived.message), how
    before = earlier_stated(figure, period, query, scored, index)
    if before is not None:
        how = "an earlier level two figures of one source sentence state"
        return Judgement(Verdict.supported, before.level, before.message), how
    found = stated_change(figure, m.direction, query, index, _period_ok(period))
    # (against a contradiction only when two levels state it and it agrees: "complaints rose by
    # more than 70 per cent" is their change, from 1,980 to 3,412, whatever other change was
    # set against it; a change the source states itself was judged already)
    overrides = found is not None and found[1] and _of_levels(found[0])
    if found is not None and (overrides or j.verdict is Verdict.unsupported):
        stated, agreed = found
        verdict = Verdict.supported if agreed else Verdict.contradicted
        how = "a change two figures of one source sentence state"
        return Judgement(verdict, stated.level, stated.message), how
    return j, match


def _swaps(
    scored: list[Scored],
    rejected: list[tuple[Candidate, str]],
    figure: Figure,
    m: Quantity,
    query: Query,
    index: CandidateIndex,
) -> list[Scored]:
    """The candidates after `claimcheck.check.swaps`: figures of one source sentence whose
    places the draft swaps; those it turns down are added to ``rejected``."""
    said = index.words.content(f"{query.opener} {query.clause}")

    def unsaid(c: Candidate) -> list[str]:  # what the draft says that c's sentence does not
        return index.unsaid(query, c)

    scored, turned = swapped(
        scored,
        rejected,
        figure,
        m.period.label if m.period else None,
        m.frame,
        said,
        index.words,
        index.lexicon.near_qualifiers,
        unsaid,
    )
    rejected += turned
    scored, turned = group_after(
        scored,
        figure,
        m.frame,
        index.lexicon.near_qualifiers,
        unsaid,
        index.words,
    )
    rejected += turned
    return scored


def _period_ok(period: str | None) -> Callable[[Candidate], bool]:
    """Whether a candidate's period may speak for the draft's ``period``."""

    def ok(c: Candidate) -> bool:
        if period is None or c.period is None:
            return period is None or c.period is None
        return same_period(period, c.period)

    return ok


def _of_levels(stated: Stated) -> bool:
    """True when a stated change is of a level and its previous level."""
    return stated.other.frame is not None and stated.other.frame.role is Role.previous


def _spoken_for(
    scored: list[Scored], m: Quantity, figure: Figure, others: Sequence[Quantity], lexicon: Lexicon
) -> list[Scored]:
    """The candidates, those that another figure of the draft's sentence states weakened: "won
    19 of 22 races" is not contradicted by the source's "22 races", which its 22 speaks for."""
    if not others or (len(others) == 1 and others[0] is m):
        return scored
    near = lexicon.near_qualifiers
    theirs: list[tuple[Figure, str | None, str | None]] = []  # read once a candidate needs
    # them: a run of figures is one long sentence, whose others are not all read for each

    def when(a: str | None, b: str | None) -> bool:
        # of the candidate's time: "GDP grew 8% in 2018, after 7.4% in 2017" swaps two years'
        # figures, and the 7.4% of 2017 does not speak for the source's 7.4% of 2018
        return a == b or (a is not None and b is not None and same_period(a, b))

    out = []
    for s in scored:
        cand = s.candidate.figure
        if s.strong and not agrees(figure, cand, near=near):
            theirs = theirs or [
                (figure_of_mention(o), o.period.label if o.period else None,
                 o.frame.measure if o.frame else None)
                for o in others if o is not m
            ]  # fmt: skip
            # a figure of another measure does not say it ("killing at least 2,012 people" does
            # not speak for the 2,059 injured)
            mine = s.candidate.frame.measure if s.candidate.frame else None
            if any(
                agrees(f, cand, near=near) and when(p, s.candidate.period) and one_measure(w, mine)
                for f, p, w in theirs
            ):
                said = f"{s.reason}; another figure of the draft says it"
                s = replace(s, strong=False, reason=said)
        out.append(s)
    return out


def _in_unit(scored: list[Scored], unit: str | None, lexicon: Lexicon) -> list[Scored]:
    """The candidates with figures in another unit of the draft figure's dimension restated in
    its unit ("16 years" as 192 months against a draft's "16 months"), where the lexicon knows
    both units' sizes and they lie within `MAX_FACTOR` of each other (MW and GW, not hours and
    years); the others as they are."""
    mine = lexicon.units.get(unit or "")
    if mine is None or mine.factor is None:
        return scored
    out = []
    for s in scored:
        theirs = lexicon.units.get(s.candidate.figure.unit or "")
        if (
            theirs is not None
            and theirs.name != mine.name
            and theirs.factor is not None
            and theirs.dimension == mine.dimension
            # units far apart measure different things: "four hours" is no term of years
            and 1 / MAX_FACTOR <= theirs.factor / mine.factor <= MAX_FACTOR
        ):
            figure = scaled(s.candidate.figure, theirs.factor / mine.factor, mine.name)
            s = replace(s, candidate=replace(s.candidate, figure=figure))
        out.append(s)
    return out


def _derived(
    figure: Figure,
    m: Quantity,
    period: str | None,
    scored: list[Scored],
    rejected: list[tuple[Candidate, str]],
    index: CandidateIndex,
) -> Derived | None:
    """A sum or change of two source figures that the draft figure states (`derive`): parts
    are the candidates that fit the draft's frame, those turned down for their role (a level
    and its previous level make a change), and, when the draft counts a generic noun, those
    turned down for their measure (a sum of workers and visitors is a count of people)."""
    # the words around the figure in its sentence, bounded: a draft of one long line of
    # figures must not have its whole line read again for each of them
    at = offset_in_sentence(m)
    around = m.sentence[max(0, at - _AROUND) : max(0, at) + len(m.text) + _AROUND]
    # "13 people" are workers and visitors alike; so is what the draft says it adds up
    # ("sales and income taxes together brought in $31 billion")
    low = around.lower()
    generic = bool(m.noun and m.noun.lower() in index.words.generic_counts)
    # (a substring test first: most sentences say none of these words)
    together = any(w in low for w in _TOGETHER_WORDS) and _TOGETHER.search(low) is not None
    generic = generic or together
    reasons = ("different role", "different measure") if generic else ("different role",)
    parts = [s.candidate for s in scored] + [c for c, why in rejected if why.startswith(reasons)]
    # a figure of another entity or place that the draft names too ("in China and Europe
    # combined", "manufacturers and service firms"): a part of the draft's whole
    parts += [c for c, why in rejected if _whose(why) and _whose(why) in low]

    near = index.lexicon.near_qualifiers
    end = max(0, at) + len(m.text)
    margin = (at > 0 and _MARGIN.search(m.sentence, max(0, at - 24), at) is not None) or (
        _GAP_AFTER.match(m.sentence, end) is not None
    )
    return derive(
        figure,
        m.frame,
        _period_ok(period),
        parts,
        near=near,
        generic=generic,
        margin=margin,
        direction=m.direction,
        aimed=_AIMS.search(low) is not None,
    )


_AROUND = 200  # characters either side of a draft figure read for its parts' names
# a draft that speaks of an aim or an expectation: its change may be the move of one ("lifts
# its year-end target by $300")
_AIMS = re.compile(
    r"\b(?:targets?|forecasts?|guidance|outlook|goals?|estimates?|projections?|plans?|aims?)\b"
)
_TOGETHER_WORDS = ("together", "combined", "total", " all", "between")
_TOGETHER = re.compile(r"\b(?:together|combined|in\s+total|in\s+all|altogether|between\s+them)\b")
# "by 1,337 votes", "won by a record 12 points": the margin between two amounts
_MARGIN = re.compile(
    r"\b(?:by\s+(?:a\s+)?(?:record\s+|mere\s+|just\s+|only\s+)?"
    # a gap left to a goal: "needs to sell another 2,000 season tickets to reach its goal"
    r"|(?:another|a\s+further|an\s+additional)\s+)$",
    re.I,
)
# after a figure, the amount it falls short of or exceeds: "some 4.5 million loans below the
# 2018-19 level", "roughly 4,400 homes short of the region's yearly target"
_GAP_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:short\s+of|below|under|above|over|more\s+than|less\s+than"
    r"|fewer\s+than)\s+(?:the|its|their|a|an|pre-[a-z]+|last|previous|earlier)\b",
    re.I,
)


def _whose(why: str) -> str:
    """The candidate's entity or place in a reason it was turned down for ("different entity:
    europe against china": china), else ""."""
    if not why.startswith(("different entity: ", "another place: ")):
        return ""
    _, _, theirs = why.partition(" against ")
    return theirs.strip()
