"""A draft as the HTML report shows it: its whole text, each checked number marked by verdict.

The text is the draft's file as written (Markdown is not rendered: the marks point at the very
characters `check` read, front matter and code blocks included, and an editor sees where to
change them). A finding's line and column (1-based, in characters, lines as `check` splits
them) become offsets into that text; the number is cut out as a `Segment` with its `Note`, the
footnote its mark links to, numbered in reading order. A finding whose span does not hold its
figure (it cannot, unless the draft changed under us) keeps its footnote and loses only its
mark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate

from claimcheck.check.gate import Draft, Finding
from claimcheck.model import Verdict
from claimcheck.report.html.page import DraftView, Note, Segment


def offsets(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (lines as `str.splitlines` cuts them)."""
    return [0, *accumulate(len(line) for line in text.splitlines(keepends=True))]


def note(n: int, anchor: str, f: Finding, title_of: Callable[[str], str | None]) -> Note:
    """The footnote of one finding."""
    return Note(n, f"{anchor}-n{n}", f.verdict.value, f.text, f.line, f.column, f.message, f.claim, f.source,
                title_of(f.source) if f.source else None, f.evidence)  # fmt: skip


def view(index: int, draft: Draft, title: str | None, findings: Sequence[Finding],
         title_of: Callable[[str], str | None]) -> DraftView:  # fmt: skip
    """The draft's text cut into plain and marked segments, and its footnotes."""
    anchor = f"d{index}"
    text = draft.text
    starts = offsets(text)

    def at(line: int, column: int) -> int:
        return (starts[line - 1] if line <= len(starts) else len(text)) + column - 1

    segments: list[Segment] = []
    notes: list[Note] = []
    pos = 0
    ordered = sorted(findings, key=lambda f: (f.line, f.column))
    for n, f in enumerate(ordered, 1):
        footnote = note(n, anchor, f, title_of)
        notes.append(footnote)
        start, end = at(f.line, f.column), at(f.end_line, f.end_column)
        if start < pos or text[start:end] != f.text:
            continue  # overlapping or moved: the footnote stays, the mark cannot
        segments += [Segment(text[pos:start]), Segment(text[start:end], footnote)]
        pos = end
    segments.append(Segment(text[pos:]))
    counts = tuple((v.value, sum(1 for f in findings if f.verdict is v)) for v in Verdict)
    return DraftView(
        draft.path, anchor, title, tuple(s for s in segments if s.text), tuple(notes), counts
    )
