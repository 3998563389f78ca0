"""Figures lost to markup: a draft number a reader sees (``*8*%``, ``8&#37;``, ``&#56;%``,
``7.4&nbsp;percent``...) is read with its unit, and its span and text point into the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.check.gate import Draft, check_drafts
from claimcheck.check.markdown import prose
from claimcheck.check.stored import candidate_index
from claimcheck.check.visible import visible
from claimcheck.model import Verdict
from claimcheck.project import open_project

REPO = Path(__file__).resolve().parents[2]
LEAD = "In the first half of 2018, Changchun's GDP grew "
# each way of writing 8 percent that a renderer shows as "8%" or "8 percent"
EIGHT = [
    "*8*%",
    "**8**%",
    "_8_%",
    "__8__ percent",
    "_8_ percent",
    "*8%*",
    "***8***%",
    "8&#37;",
    "8&#x25;",
    "8&percnt;",
    "&#56;%",
    "&#x38;&#37;",
    "8\\%",
    "8&nbsp;percent",
    "8&#160;percent",
    "8<!-- -->%",
    "<b>8</b>%",
    "8<span>%</span>",
]


@pytest.fixture(scope="module")
def project():
    return open_project(REPO, read_sources=False)


def _check(project, text: str):
    index = candidate_index(project)
    draft = Draft("d.md", text, True)
    return check_drafts([draft], index, project.lexicon, (Verdict.contradicted,)).findings


@pytest.mark.parametrize("written", EIGHT)
def test_a_figure_in_markup_is_read_with_its_unit(project, written: str) -> None:
    text = f"Intro line.\n\n{LEAD}{written}, faster than ever.\n"
    findings = _check(project, text)
    assert len(findings) == 1, written
    f = findings[0]
    assert f.verdict is Verdict.contradicted, (written, f.message)  # 7.4 percent, not 8
    assert f.unit == "percent" and f.value == 8
    line = text.splitlines()[f.line - 1]
    assert f.line == 3
    assert line[f.column - 1 : f.end_column - 1] == f.text  # the span is the file's
    assert f.text.rstrip("*_") in written or written in f.text


def test_the_true_figure_in_markup_is_supported(project) -> None:
    for written in ("*7.4*%", "7.4&nbsp;percent", "**7.4 percent**", "7&#46;4%"):
        (f,) = _check(project, f"{LEAD}{written} year on year.\n")
        assert f.verdict is Verdict.supported, (written, f.message)


def test_code_and_plain_text_drafts_keep_their_text(project) -> None:
    """Inside code the entity is text; a .txt draft is not Markdown: nothing is decoded."""
    assert _check(project, f"{LEAD}`8&#37;`.\n") == ()
    txt = Draft("d.txt", f"{LEAD}8&#37;.\n", False)
    findings = check_drafts(
        [txt], candidate_index(project), project.lexicon, (Verdict.contradicted,)
    ).findings
    assert "percent" not in [f.unit for f in findings]  # the text as written: no "%" in it


def test_shown_text_and_places() -> None:
    text = "GDP grew *8*% and 7.4&nbsp;percent, \\*not emphasis\\*.\n"
    regions = prose(text)
    shown = visible(regions.text, regions.edits)
    assert shown is not None
    assert shown.text == "GDP grew 8% and 7.4\xa0percent, *not emphasis*.\n"
    at = shown.text.index("8%")
    assert shown.place(at, at + 2) == (text.index("8*%"), text.index("8*%") + 3)
    at = shown.text.index("7.4")
    start, end = shown.place(at, at + len("7.4\xa0percent"))
    assert text[start:end] == "7.4&nbsp;percent"
    assert visible(prose("GDP grew 8%.\n").text, prose("GDP grew 8%.\n").edits) is None


def test_figures_past_the_frame_cap_say_so(project) -> None:
    from claimcheck.check.gate import UNFRAMED
    from claimcheck.extract import FRAMED_PER_SENTENCE

    many = ", ".join(f"{i}%" for i in range(1, FRAMED_PER_SENTENCE + 6))
    findings = _check(project, f"{LEAD}{many}.\n")
    assert len(findings) == FRAMED_PER_SENTENCE + 5
    assert not any(f.message.endswith(UNFRAMED) for f in findings[:FRAMED_PER_SENTENCE])
    assert all(f.message.endswith(UNFRAMED) for f in findings[FRAMED_PER_SENTENCE:])
