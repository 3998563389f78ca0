"""``claimcheck report``: the page of the demo project, a hostile project, limits, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.html import gather as build_mod
from tests.conftest import plant_arithmetic

SCRIPT = "<script>document.title='pwned'</script>"
PLANTED = f"""\
---
id: planted
title: "{SCRIPT} \\"Quoted\\" & 'single'"
publisher: "<b onmouseover=\\"alert(1)\\">Evil</b>"
url: "https://evil.example/\\"><script>alert(1)</script>"
published: 2018-12-20
---
{SCRIPT}

In the first half of 2018, Changchun's GDP grew 9.9 percent year on year, said "<i>officials</i>" & others.
"""
DRAFT = f"""\
---
title: "{SCRIPT} draft"
---
In the first half of 2018, Changchun's GDP grew 8% {SCRIPT}, said "<b>them</b>".
"""


def report(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["report", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_demo_project_without_drafts(repo: Path) -> None:
    code, html, err = report("-C", str(repo))
    assert code == 0
    assert err == "report: 5 sources, 77 claims, 1 conflict (0 unsettled), 5 charts\n"
    doc = parse(html)
    assert doc.xpath("//section[@id='drafts']") == []
    assert len(doc.xpath("//article[contains(@class, 'conflict')]")) == 1
    assert len(doc.xpath("//section[@id='sources']//tbody/tr")) == 5
    assert doc.xpath("//b[@id='count-claims']/text()") == ["77"]
    assert len(doc.xpath("//figure[contains(@class, 'chart')]//svg")) == 5
    assert doc.xpath("//div[@class='limits']") == []  # a small project is shown whole


def hostile(tmp_path: Path, repo: Path) -> Path:
    project = tmp_path / "proj<i>\"q'"
    project.mkdir()
    shutil.copy(repo / "claimcheck.yaml", project)
    shutil.copytree(repo / "sources", project / "sources")
    shutil.copytree(repo / "claims", project / "claims")
    (project / "sources" / "planted.txt").write_text(PLANTED, "utf-8")
    conflict = plant_arithmetic(project)  # syncs the planted source too
    with (project / "claims" / "_conflicts.yaml").open("a", encoding="utf-8") as f:
        f.write(f'- id: {conflict}\n  status: reviewed\n  note: >-\n    {SCRIPT} "a note" & more\n')
    (project / 'draft"<i>.md').write_text(DRAFT, "utf-8")
    return project


def test_hostile_text_is_shown_never_run(tmp_path: Path, repo: Path) -> None:
    project = hostile(tmp_path, repo)
    code, html, err = report(str(project / 'draft"<i>.md'), "-C", str(project))
    assert code == 0, err
    doc = parse(html)
    assert doc.xpath("//script") == [] and doc.xpath("//b[@onmouseover]") == []
    assert not [
        a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")
    ]
    text = doc.text_content()
    assert doc.findtext(".//title") == "claimcheck report: proj<i>\"q'"
    assert f"{SCRIPT} \"Quoted\" & 'single'" in text  # the source's title, as text
    assert '<b onmouseover="alert(1)">Evil</b>' in text  # its publisher
    assert f'{SCRIPT} "a note" & more' in text  # a settlement note
    assert (
        f"{SCRIPT} draft" in text and f'8%1 {SCRIPT}, said "<b>them</b>"' in text
    )  # the draft (1: its note)
    assert 'said "<i>officials</i>" & others' in text  # a quote in a conflict
    # the planted url has no http(s) scheme problem, but it is an attribute value, not markup
    assert doc.xpath("//a[starts-with(@href, 'https://evil.example/')]/@href") == [
        'https://evil.example/"><script>alert(1)</script>'
    ]
    # 9.9 percent against NewsChina's 7.4 percent: an unsettled value conflict, ringed on its chart
    disputed = doc.xpath("//figure[contains(@class, 'disputed')]")
    assert disputed and disputed[0].xpath(".//*[contains(@class, 'gap disputed')]")
    assert len(doc.xpath("//circle[contains(@class, 'disputed')]")) == 2


def test_a_large_project_is_summarised_and_says_so(
    demo_arith: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = demo_arith  # the demo with a second conflict, settled
    monkeypatch.setattr(build_mod, "FULL", 1)
    monkeypatch.setattr(build_mod, "BRIEF", 1)
    monkeypatch.setattr(build_mod, "SOURCES", 2)
    monkeypatch.setattr(build_mod, "CHARTS", 3)
    code, html, _ = report("-C", str(repo))
    assert code == 0
    doc = parse(html)
    limits = " ".join(doc.xpath("//div[@class='limits']//li/text()"))
    assert "the first 2 of 6 are listed" in limits
    assert "1 of 2 are shown with their passages" in limits and "1 more as one line each" in limits
    assert "3 of the 6 with two figures or more are charted" in limits
    assert len(doc.xpath("//article[contains(@class, 'conflict')]")) == 1
    assert len(doc.xpath("//details/table//tr[td]")) >= 1  # the brief conflict
    assert len(doc.xpath("//section[@id='sources']//tbody/tr")) == 2


def test_a_draft_from_stdin(repo: Path) -> None:
    code, html, err = report("-", "-C", str(repo), "--stdin-filename", "piped.md",
                             input="In the first half of 2018, Changchun's GDP grew 8%.\n")  # fmt: skip
    assert code == 0 and err.endswith(
        "1 draft: 0 supported, 1 contradicted, 0 misattributed, 0 unsupported\n"
    )
    marks = parse(html).xpath("//mark[contains(@class, 'num')]")
    assert [m.text_content() for m in marks] == ["8%1"] and "contradicted" in marks[0].get("class")
    assert "7.4 percent" in marks[0].get("title")


def test_bad_input_is_one_line_and_exit_2(repo: Path, tmp_path: Path) -> None:
    for args in (
        ["missing.md", "-C", str(repo)],
        ["-C", str(tmp_path)],
        ["-C", str(repo), "-o", str(tmp_path / "no" / "r.html")],
    ):
        code, out, err = report(*args)
        assert (
            code == 2
            and out == ""
            and len(err.splitlines()) == 1
            and err.startswith("claimcheck: ")
        ), err


def test_output_file(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, _ = report("-C", str(repo), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert target.stat().st_mode & 0o044  # readable by others, unlike a temporary file


def test_a_dispute_of_many_claims_shows_each_figure_first() -> None:
    from claimcheck.model import Claim, Conflict, Kind

    claims = tuple(
        Claim(f"c{n}", f"s{n}", "7.4 percent" if n % 2 else f"{n} percent", "q") for n in range(20)
    )
    shown = build_mod.sides_of(Conflict(Kind.value, claims, "x", "y", "m"))
    assert len(shown) == build_mod.SIDES
    assert [c.text for c in shown] == [
        "0 percent",
        "7.4 percent",
        "2 percent",
        "4 percent",
        "6 percent",
        "8 percent",
    ]
    view = build_mod.conflict_view(
        Conflict(Kind.value, claims, "x", "y", "m"), build_mod.Sources([])
    )
    assert view.more == 20 - build_mod.SIDES
