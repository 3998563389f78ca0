"""HTML sources: line numbers in the original file, a publication date only when the page
states one, and front matter to state what the page does not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.sources import read_source
from claimcheck.sources.html import line_map

PAGES = Path(__file__).parent / "pages"
FOOTER = PAGES / "footer.html"  # no date but "Copyright 2024" in its footer
DATED = PAGES / "dated.html"  # the same page with <meta property="article:published_time">
FRONT = "---\nid: steel-report\npublished: 2018-06-02\ntitle: Steel\n---\n"


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(app, list(args))


def mentions(path: Path, *args: str) -> list[tuple[int, str, str | None]]:
    result = invoke("extract", str(path), "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return [(m["line"], m["text"], m["period"]) for m in json.loads(result.stdout)["mentions"]]


def file_line(path: Path, text: str) -> int:
    """The line of the file the paragraph holding ``text`` starts on (the fixture's layout)."""
    lines = path.read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def test_lines_refer_to_the_html_file() -> None:
    found = mentions(FOOTER)
    assert found[:2] == [(8, "12 percent", None), (8, "last year", None)]
    assert (9, "4,500", None) in found  # its paragraph starts on line 9 (it ends on 10)
    assert (file_line(FOOTER, "Imports fell"), "2 percent", None) in found
    assert (file_line(FOOTER, "$3.2 billion"), "$3.2 billion", None) in found


def test_no_date_from_a_copyright_footer() -> None:
    assert read_source(FOOTER).published is None
    assert [m for m in mentions(FOOTER) if m[1] == "last year"] == [(8, "last year", None)]


def test_date_the_page_states() -> None:
    assert read_source(DATED).published == "2019-03-01"
    assert mentions(DATED)[:2] == [(8, "12 percent", "2018"), (8, "last year", "2018")]


def test_front_matter_states_metadata_and_counts_in_lines(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(FRONT + FOOTER.read_text("utf-8"), "utf-8")
    source = read_source(page)
    assert (source.id, source.title, source.published) == ("steel-report", "Steel", "2018-06-02")
    assert mentions(page)[:2] == [(13, "12 percent", "2017"), (13, "last year", "2017")]


def test_front_matter_overrides_the_page_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("---\npublished: null\n---\n" + DATED.read_text("utf-8"), "utf-8")
    assert read_source(page).published is None


def test_bad_date_in_html_front_matter(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "---\ntitle: x\npublished: 2019-13-45\n---\n" + FOOTER.read_text("utf-8"), "utf-8"
    )
    result = invoke("extract", str(page), "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == f"claimcheck: {page}:3: published: '2019-13-45' is not a date: month must be in 1..12\n"
    )


def test_a_line_not_found_keeps_its_extracted_number() -> None:
    page = "<html><body>\n<p>First  <b>para</b>graph &amp; more.</p>\n\n<p>Second one.</p>\n</body></html>\n"
    text = "First paragraph & more.\nNot in the page at all.\nSecond one."
    assert line_map(text, page) == (2, 2, 4)
    assert line_map(text, page, first_line=5) == (6, 6, 8)


def test_head_that_repeats_the_heading_is_skipped() -> None:
    page = "<html><head>\n<title>Report</title>\n</head><body>\n<h1>Report</h1>\n<p>It rose.</p></body></html>"
    assert line_map("Report\nIt rose.", page) == (4, 5)


@pytest.mark.parametrize("page", [FOOTER, DATED], ids=lambda p: p.name)
def test_sync_and_verify_use_file_lines(page: Path, tmp_path: Path) -> None:
    for name in ("sources", "claims"):
        (tmp_path / name).mkdir()
    (tmp_path / "claimcheck.yaml").write_text("anchor:\n  threshold: 85\n", "utf-8")
    shutil.copy(page, tmp_path / "sources" / page.name)
    assert invoke("sync", "-C", str(tmp_path)).exit_code == 0
    claims = yaml.safe_load((tmp_path / "claims" / f"{page.stem}.yaml").read_text("utf-8"))[
        "claims"
    ]
    lines = {c["text"]: c["line"] for c in claims}
    assert lines["12 percent"] == 8
    assert lines["$3.2 billion"] == file_line(page, "$3.2 billion")
    result = invoke("verify", "-C", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []
