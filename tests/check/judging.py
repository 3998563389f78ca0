"""One source passage, one draft sentence: the verdict the gate gives a figure of the draft.
Shared by the tests of the draft gate's rules (frames, cover, derive, units, periods)."""

from __future__ import annotations

from claimcheck.check.candidates import Statement
from claimcheck.check.gate import Draft, check_drafts
from claimcheck.check.match import CandidateIndex
from claimcheck.extract import extract
from claimcheck.lexicon import load
from claimcheck.model import Quantity


def verdict_of(premise: str, hypothesis: str, figure: str, published: str | None = None) -> str:
    """The verdict on ``figure`` of ``hypothesis`` when ``premise`` is the only source."""
    return finding_of(premise, hypothesis, figure, published).verdict.value


def finding_of(premise: str, hypothesis: str, figure: str, published: str | None = None):  # type: ignore[no-untyped-def]
    """The whole finding on ``figure`` (its message and match explain the verdict)."""
    lexicon = load()
    mentions = [
        m for m in extract(premise, lexicon=lexicon, published=published) if isinstance(m, Quantity)
    ]
    dates = {"p": published} if published else {}
    index = CandidateIndex.of([Statement("p", m) for m in mentions], lexicon, dates)
    head = f"---\npublished: {published}\n---\n" if published else ""
    report = check_drafts([Draft("d.md", head + hypothesis + "\n", True)], index, lexicon, ())
    return next(f for f in report.findings if f.text == figure)
