"""The HTML report in a real browser: headless Chromium renders it, dumps its DOM, takes a picture.

.ci/run installs Debian's ``chromium`` when it is missing; these tests are skipped, saying why,
only on a machine without one. ``--dump-dom`` prints the DOM after the page's scripts would have
run, so a script that ran would show (a control page proves that it does). The report of the
repository's own project and examples/draft.md must show every conflict with its passages and
every checked number marked; a source and a draft planted with
``<script>document.title='pwned'</script>`` must leave the title alone, with the page's
Content-Security-Policy and without it (escaping alone must hold).

``UPDATE_SCREENSHOT=1`` also writes the picture to docs/report.png (the README's screenshot; it
is squeezed with ``pngquant`` before it is committed, to stay small).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from claimcheck.check.gate import check_paths
from claimcheck.cli import app
from claimcheck.compare import project_conflicts
from claimcheck.project import open_project

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium here: .ci/run installs Debian's (apt-get install chromium)",
)
SCRIPT = "<script>document.title='pwned'</script>"
REPO = Path(__file__).resolve().parents[3]
SHOT = REPO / "docs" / "report.png"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio"]  # fmt: skip


def chromium(tmp: Path, *args: str) -> str:
    """Run headless Chromium with a profile of its own; its stdout."""
    profile = tmp / "profile"
    run = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
                         capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    return run.stdout


def dom(tmp: Path, page: Path) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(chromium(tmp, "--dump-dom", page.as_uri()))


def report(tmp: Path, *args: str) -> Path:
    out = tmp / "report.html"
    result = CliRunner().invoke(app, ["report", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_a_script_that_runs_shows_in_the_dumped_dom(tmp_path: Path) -> None:
    """The control: without escaping and without the policy, the planted script does run."""
    page = tmp_path / "control.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>report</title></head><body>{SCRIPT}</body></html>",
        "utf-8",
    )
    assert dom(tmp_path, page).findtext(".//title") == "pwned"


def test_the_demo_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    page = report(tmp_path, "examples/draft.md")
    doc = dom(tmp_path, page)
    assert doc.findtext(".//title") == f"claimcheck report: {REPO.name}"
    assert doc.xpath("//script") == []
    # every conflict, settled ones too, with each claim's passage and its figure highlighted
    conflicts = project_conflicts(open_project(REPO)).conflicts
    articles = doc.xpath("//article[contains(@class, 'conflict')]")
    assert len(articles) == len(conflicts) == 1
    assert doc.xpath("//b[@id='count-conflicts']/text()") == ["1"]
    for c in conflicts:
        (article,) = doc.xpath(f"//article[@id='{c.id}']")
        passages = [
            " ".join(q.text_content().split())
            for q in article.xpath(".//blockquote[@class='passage']")
        ]
        assert len(passages) == len(c.claims)
        for claim, passage in zip(c.claims, passages, strict=True):
            quote = " ".join(claim.quote.split())
            assert claim.text in passage and passage.strip("…") in quote
        assert [m.text_content() for m in article.xpath(".//mark[@class='fig']")] == [
            x.text for x in c.claims
        ]
    period = doc.xpath("//article[@id='period-83a4834f']")[0].text_content()
    assert (
        "In the upper half of 2017" in period
        and "in the first half of 2018, the city’s GDP" in period
    )
    # every checked number of the draft marked with its verdict, in order
    findings = check_paths(["examples/draft.md"]).findings
    marks = doc.xpath("//div[@class='draft']//mark")
    assert [(m.xpath("a")[0].text_content(), m.get("class")) for m in marks] == [
        (f.text, f"num v-{f.verdict.value}") for f in findings
    ]
    assert all(m.get("title") for m in marks)  # the reason on hover...
    assert len(doc.xpath("//ol[@class='notes']/li")) == len(findings)  # ...and in the footnotes
    shot = tmp_path / "report.png"
    # a small picture of the top of the page: the draft, the conflicts, the first charts
    chromium(
        tmp_path,
        f"--screenshot={shot}",
        "--force-device-scale-factor=0.6",
        "--window-size=1250,2650",
        page.as_uri(),
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("UPDATE_SCREENSHOT"):
        SHOT.parent.mkdir(exist_ok=True)
        shutil.copy(shot, SHOT)


PLANTED = f"""\
---
id: planted
title: "{SCRIPT} planted"
published: 2018-12-20
---
{SCRIPT}

In the first half of 2018, Changchun's GDP grew 9.9 percent year on year, officials said.
"""


def test_script_in_a_source_or_draft_never_runs(tmp_path: Path, demo: Path) -> None:
    (demo / "sources" / "planted.txt").write_text(PLANTED, "utf-8")
    assert CliRunner().invoke(app, ["sync", "-C", str(demo)]).exit_code == 0
    draft = demo / "draft.md"
    draft.write_text(
        f'---\ntitle: "{SCRIPT}"\n---\n{SCRIPT} Changchun\'s GDP grew 8% in the first half of 2018.\n',
        "utf-8",
    )
    page = report(tmp_path, str(draft), "-C", str(demo))
    bare = tmp_path / "no-policy.html"  # escaping alone must hold, without the policy's backing
    bare.write_text(
        re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text("utf-8")),
        "utf-8",
    )
    for shown in (page, bare):
        doc = dom(tmp_path, shown)
        assert doc.findtext(".//title") == f"claimcheck report: {demo.name}"
        assert doc.xpath("//script") == []
        text = doc.text_content()
        assert f"{SCRIPT} planted" in text and f"{SCRIPT} Changchun's GDP grew 8" in text
        # the planted figure disputes NewsChina's 7.4 percent: both passages side by side
        disputed = doc.xpath("//article[contains(@class, 'unsettled')]")
        assert len(disputed) == 1 and "9.9 percent" in disputed[0].text_content()
