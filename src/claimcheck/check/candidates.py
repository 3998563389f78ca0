"""What a draft number is judged against: `Candidate` records, built from the registry's claims
and from the quantities of sources that have no registry file yet (`Statement`), and the
`Scored` candidate a match gives. The index that finds them is `claimcheck.check.match`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.check.compound import joined
from claimcheck.check.words import Words
from claimcheck.errors import InputError
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Frame, Quantity
from claimcheck.tolerance import Figure, figure_of_claim, figure_of_mention

if TYPE_CHECKING:
    from claimcheck.project import Project

# (not after initials or a title: "Second-Quarter U.S. Sales Climb", "Mr. Ruiz said")
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b[MD]r\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)"
    r"[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure a draft can be judged against: a registered claim or a source statement."""

    claim: str | None
    source: str
    line: int | None
    text: str
    quote: str
    figure: Figure
    period: str | None
    direction: str | None
    dimension: str
    subject: str | None = None
    metric: str | None = None
    reviewed: bool = False
    frame: Frame | None = None
    published: str | None = None  # the source's publication date (front matter), if given


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its similarity (0-100) to the draft's sentence, whether the match is
    strong enough to fail a draft number, and why it matched."""

    candidate: Candidate
    score: float
    strong: bool = False
    reason: str = ""
    # strong but for a measure the draft leaves unstated: strong when it is the only measure
    # of its kind there (`alone_promoted`)
    alone: bool = False


def alone_promoted(scored: list[Scored]) -> list[Scored]:
    """The candidates, those strong but for the draft's unstated measure made strong when no
    other is strong or of no measure, and they all give one measure: "Nikkei falls 4.2%"
    speaks of the only figure its source gives for the Nikkei's change, its index. Two
    measures the draft may mean ("Changchun rose 9%" against its GDP and its retail sales)
    keep them weak."""
    alone = [s for s in scored if s.alone]
    if not alone or any(s.strong for s in scored):
        return scored
    # another candidate of no measure may be the one the draft means ("Ringleader, 38" against
    # "a combined 94 years" and "the ringleader, 38")
    if any(
        not s.alone and (s.candidate.frame is None or not s.candidate.frame.measure) for s in scored
    ):
        return scored
    if len({s.candidate.frame.measure if s.candidate.frame else None for s in alone}) != 1:
        return scored
    said = "the only measure its source gives for that entity and role"
    return [
        Scored(s.candidate, s.score, True, f"{s.reason}; {said}") if s.alone else s for s in scored
    ]


def figure_sentence(quote: str, text: str) -> str:
    """The sentence of ``quote`` that holds the figure ``text`` (the whole quote if none does)."""
    parts = _SENTENCE.split(quote)
    if len(parts) == 1:
        return quote
    return next((p for p in parts if text in p), quote)


@dataclass(frozen=True, slots=True)
class Statement:
    """A quantity of a source that has no registry file: a candidate without a claim id."""

    source: str
    mention: Quantity


Entry = Claim | Statement


def claims_of(project: Project) -> list[Entry]:
    """The registered claims that are candidates: not rejected, not orphaned."""
    return [c for c in project.registry.all() if c.status != "rejected" and not c.orphaned]


def statements_of(project: Project) -> list[Entry]:
    """The quantities of the sources that have no registry file (their text read only then)."""
    entries: list[Entry] = []
    for entry in project.catalog:
        source = project.source(entry.id) if entry.id not in project.registry.files else None
        if source is None:
            continue
        try:
            index = project.index(source)
        except InputError as exc:  # too many figures: left out, with go_on (else raised)
            project.report_problem(exc)
            continue
        entries.extend(Statement(source.id, m) for m in index.mentions if isinstance(m, Quantity))
    return entries


def tokens_of_about(words: Words, subject: str | None, metric: str | None) -> set[str]:
    """Content words of a claim's subject and metric."""
    return words.content(f"{subject or ''} {metric or ''}") if subject or metric else set()


def of_claim(claim: Claim, lexicon: Lexicon, published: str | None = None) -> Candidate:
    return Candidate(
        claim=claim.id,
        source=claim.source,
        line=claim.line,
        text=claim.text,
        quote=claim.quote,
        figure=joined(
            figure_of_claim(claim, near=lexicon.near_qualifiers),
            claim.quote,
            _end_in(claim.quote, claim.text),
            lexicon,
        ),
        period=claim.period,
        direction=claim.direction,
        dimension=lexicon.dimension(claim.unit),
        subject=claim.subject,
        metric=claim.metric,
        reviewed=claim.status == "reviewed",
        frame=claim.frame,
        published=published,
    )


def of_statement(
    source: str, m: Quantity, lexicon: Lexicon, published: str | None = None
) -> Candidate:
    return Candidate(
        claim=None,
        source=source,
        line=m.span.line,
        text=m.text,
        quote=m.sentence,
        figure=joined(figure_of_mention(m), m.sentence, m.span.end - m.sentence_start, lexicon),
        period=m.period.label if m.period else None,
        direction=m.direction,
        dimension=lexicon.dimension(m.unit),
        frame=m.frame,
        published=published,
    )


def _end_in(quote: str, text: str) -> int:
    """Where ``text`` first ends in ``quote`` (0 when it is not there)."""
    at = quote.find(text)
    return at + len(text) if at >= 0 else 0


def fields_of(
    e: Entry,
) -> tuple[str, str | None, tuple[str | None, str | None], str | None, str | None]:
    """Quote, unit, (subject, metric), measure and entity of a claim or source statement."""
    if isinstance(e, Claim):
        return e.quote, e.unit, (e.subject, e.metric), e.measure, e.entity
    m = e.mention
    frame = m.frame
    return (
        m.sentence,
        m.unit,
        (None, None),
        frame.measure if frame else None,
        frame.entity if frame else None,
    )


def others_of(shared: frozenset[str] | None, c: Candidate) -> frozenset[str]:
    """The entities of the other figures of a candidate's quote that measure what it
    measures ("Dongyuan grew 6.8 percent, while Xiheng expanded 6.6 percent": Xiheng's
    growth is the 6.6; a draft about Xiheng's growth is not about the 6.8)."""
    if not shared:
        return frozenset()
    own = c.frame.entity if c.frame else None
    mine = (c.frame.measure if c.frame else None) or ""
    out = set()
    for key in shared:
        entity, _, measure = key.partition("\t")
        if entity != own and (not measure or not mine or measure == mine):
            out.add(entity)
    return frozenset(out)
