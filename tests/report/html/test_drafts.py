"""report.html.drafts: the draft's own text, cut at each checked number."""

from __future__ import annotations

from claimcheck.check.gate import Draft, Finding
from claimcheck.model import Verdict
from claimcheck.report.html.drafts import offsets, view

TEXT = "# Title\n\nGDP grew 8% in 2018 — and 7.4 percent in\r\nthe first half.\n"


def finding(text: str, line: int, column: int, verdict: Verdict = Verdict.supported) -> Finding:
    return Finding("d.md", line, column, line, column + len(text), text, None, None, verdict, "c1", "src",
                   "7.4 percent", "the passage", "why", "")  # fmt: skip


def test_offsets_follow_splitlines() -> None:
    assert offsets("a\nbc\r\nd") == [0, 2, 6, 7]


def test_marks_cut_the_text_and_number_the_notes() -> None:
    found = [finding("7.4 percent", 3, 27), finding("8%", 3, 10, Verdict.contradicted)]
    v = view(1, Draft("d.md", TEXT, True), "Title", found, lambda s: f"title of {s}")
    assert "".join(s.text for s in v.segments) == TEXT  # nothing lost, nothing added
    marked = [(s.text, s.note.number, s.note.verdict) for s in v.segments if s.note]
    assert marked == [("8%", 1, "contradicted"), ("7.4 percent", 2, "supported")]
    assert [n.anchor for n in v.notes] == ["d1-n1", "d1-n2"] and v.notes[
        0
    ].source_title == "title of src"
    assert "contradicted: why." in v.notes[0].title and "the passage" in v.notes[0].title
    assert dict(v.counts) == {
        "supported": 1,
        "contradicted": 1,
        "misattributed": 0,
        "unsupported": 0,
    }


def test_a_span_that_does_not_hold_its_figure_keeps_only_its_footnote() -> None:
    v = view(2, Draft("d.md", TEXT, True), None, [finding("9%", 3, 10)], lambda s: None)
    assert [s.note for s in v.segments] == [None] and len(v.notes) == 1
