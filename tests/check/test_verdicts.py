"""Verdict rules: each case of ``cases.yaml`` is one sentence judged against the demo registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.check.gate import Draft, check_drafts
from claimcheck.check.match import CandidateIndex
from claimcheck.check.verdict import Verdict, same_period
from claimcheck.project import Project, open_project

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CASES: list[dict[str, Any]] = yaml.safe_load((HERE / "cases.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def project() -> Project:
    return open_project(REPO)


@pytest.fixture(scope="module")
def index(project: Project) -> CandidateIndex:
    return CandidateIndex.build(project)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any], project: Project, index: CandidateIndex) -> None:
    report = check_drafts([Draft("case.md", case["text"] + "\n", True)], index, project.lexicon, ())
    found = {f.text: f for f in report.findings}
    assert case["figure"] in found, f"{case['figure']!r} not judged; judged: {sorted(found)}"
    f = found[case["figure"]]
    assert f.verdict is Verdict(case["verdict"]), f.message
    if f.verdict is not Verdict.unsupported:
        assert f.claim and f.source and f.expected and f.evidence
        assert f.expected in f.evidence
        assert f.source in f.message


def test_message_names_the_source_figure_and_line(project: Project, index: CandidateIndex) -> None:
    text = "The provinces' share of the national population was 8.81 percent in 2010.\n"
    (f,) = check_drafts([Draft("d.md", text, True)], index, project.lexicon, ()).findings
    assert (
        f.message
        == "source says 8.18 percent for 2010 (chinadaily-2024-northeast-revitalization, line 38)"
    )
    assert (f.line, f.column, f.end_line, f.end_column) == (1, 53, 1, 65)


def test_years_dates_and_ordinals_are_never_judged(project: Project, index: CandidateIndex) -> None:
    text = "In 2018, on May 5, 2019, the 21st anniversary and the 14th Five-Year Plan (2021-25) began.\n"
    report = check_drafts([Draft("d.md", text, True)], index, project.lexicon, ())
    assert report.findings == ()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("2018-H1", "2018-H1", True), ("2025", "2021..2025", True), ("2021..2025", "2025", True),
     ("2018", "2018-H1", False), ("2023", "2021..2025", False), ("2017", "2018", False),
     # "2022-23" and the financial year ending March 2023; not a year and a half
     ("2022..2023", "2022-04..2023-03", True), ("2022-07..2023-06", "2022..2023", True),
     ("2022..2023", "2022-04..2023-09", False), ("2021..2023", "2022-04..2023-03", False)],
)  # fmt: skip
def test_same_period(a: str, b: str, same: bool) -> None:
    assert same_period(a, b) is same


def judged(root: Path, sources: dict[str, str], draft: str) -> Any:
    """The one finding on ``draft`` in a new project of ``sources`` (id -> sentence, published
    2019-01-01), registered with `claimcheck sync`."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (root / "sources").mkdir()
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("{}\n", "utf-8")
    for name, sentence in sources.items():
        (root / "sources" / f"{name}.md").write_text(
            f"---\npublished: 2019-01-01\n---\n{sentence}\n", "utf-8"
        )
    assert CliRunner().invoke(app, ["sync", "-C", str(root)]).exit_code == 0
    proj = open_project(root)
    (f,) = check_drafts(
        [Draft("d.md", draft + "\n", True)], CandidateIndex.build(proj), proj.lexicon, ()
    ).findings
    return f


def test_a_supported_figure_names_a_source_that_disagrees(tmp_path: Path) -> None:
    """Two sources disagree on the period's figure: the draft's is supported by one, and the
    message names the other, so that the editor sees the dispute."""
    sources = {name: f"In 2018, Dalian Port's net profit rose {figure} percent."
               for name, figure in (("reuters", "12.5"), ("caixin", "14.5"))}  # fmt: skip
    f = judged(tmp_path, sources, "In 2018, Dalian Port's net profit rose 12.5 percent.")
    assert f.verdict is Verdict.supported
    assert (
        f.message
        == "source says 12.5 percent for 2018 (reuters, line 4); but caixin, line 4 says 14.5 percent"
    )


def test_a_sentence_opening_with_a_pronoun_is_about_the_sentence_before(tmp_path: Path) -> None:
    """ "Its exports climbed to 8.6 billion yuan": the city is named in the sentence before; the
    figure is judged against that city's claims (it was unsupported, so a wrong figure passed)."""
    sources = {"a": "In 2018, Harbin's exports reached 9.6 billion yuan."}
    f = judged(
        tmp_path,
        sources,
        "Harbin is growing fast. Its exports climbed to 8.6 billion yuan in 2018.",
    )
    assert f.verdict is Verdict.contradicted
    assert f.message == "source says 9.6 billion yuan for 2018 (a, line 4)"
