"""One bad or deleted source does not stop ``check`` (nor ``verify``, ``conflicts``) for every
draft: the run judges against what loads, writes its report, names each file it left out on
stderr (one line each, file and line) and exits 2 at the end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.project import open_project

BAD = "In the first half of 2018, Changchun's GDP grew 8%.\n"
NOT_UTF8 = "sources/zz-latin1.md:2: not UTF-8 text (byte 19)"
DELETED = (
    "claims/globalnews-2017-changchun-model.yaml:4: "
    "unknown source 'globalnews-2017-changchun-model'"
)


def _break(demo: Path) -> Path:
    """The demo with a source that cannot be read and a source deleted (its registry file kept)."""
    (demo / "sources" / "zz-latin1.md").write_bytes(b"GDP rose.\nIt grew 5\xa0% in 2019.\n")
    (demo / "sources" / "globalnews-2017-changchun-model.txt").unlink()
    draft = demo / "draft.md"
    draft.write_text(BAD, "utf-8")
    return draft


def _invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_check_goes_on_and_exits_2_after_the_report(demo: Path) -> None:
    draft = _break(demo)
    result = _invoke("check", str(draft), "-C", str(demo))
    assert result.exit_code == 2
    # the draft was judged against the sources that load: the contradiction is reported
    assert "contradicted" in result.stdout and "newschina-2018-rust-to-riches" in result.stdout
    assert result.stderr.splitlines() == [
        "check: 1 number in 1 draft: 0 supported, 1 contradicted, 0 misattributed, "
        "0 unsupported (fail)",
        f"claimcheck: {NOT_UTF8}",
        f"claimcheck: {DELETED}",
    ]


def test_check_json_is_whole_when_a_source_is_bad(demo: Path) -> None:
    draft = _break(demo)
    result = _invoke("check", str(draft), "-C", str(demo), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [f["verdict"] for f in data["findings"]] == ["contradicted"]
    assert result.stderr.splitlines()[1:] == [f"claimcheck: {NOT_UTF8}", f"claimcheck: {DELETED}"]


def test_clean_draft_still_exits_2(demo: Path) -> None:
    """A run that could not read all its input never passes, even with nothing to flag."""
    draft = _break(demo)
    draft.write_text("Nothing to check here.\n", "utf-8")
    result = _invoke("check", str(draft), "-C", str(demo))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[1:] == [f"claimcheck: {NOT_UTF8}", f"claimcheck: {DELETED}"]


def test_verify_and_conflicts_go_on(demo: Path) -> None:
    _break(demo)
    for command in ("verify", "conflicts"):
        result = _invoke(command, "-C", str(demo), "--format", "json")
        assert result.exit_code == 2, (command, result.stderr)
        data = json.loads(result.stdout)
        assert data["version"] == 1
        lines = result.stderr.splitlines()
        assert lines[0].startswith(f"{command}: ")
        assert lines[1:] == [f"claimcheck: {NOT_UTF8}", f"claimcheck: {DELETED}"]
    verified = json.loads(_invoke("verify", "-C", str(demo), "--format", "json").stdout)
    assert verified["summary"]["sources"] == 4 and verified["summary"]["errors"] == 0


def test_sync_still_stops(demo: Path) -> None:
    """sync writes the registry: it never goes on from a source it could not read."""
    _break(demo)
    before = sorted((demo / "claims").iterdir())
    result = _invoke("sync", "-C", str(demo))
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {NOT_UTF8}\n"
    assert sorted((demo / "claims").iterdir()) == before


def test_a_source_gone_after_it_was_listed(demo: Path) -> None:
    """check lists sources and reads their text when needed: one deleted in between is a
    problem of the run, not a traceback."""
    project = open_project(demo, read_sources=False, go_on=True, use_cache=False)
    (demo / "sources" / "scmp-2023-us-curbs-rust-belt.txt").unlink()
    assert project.source("scmp-2023-us-curbs-rust-belt") is None
    assert [s.id for s in project.sources] == [
        "chinadaily-2024-changchun-innovation",
        "chinadaily-2024-northeast-revitalization",
        "globalnews-2017-changchun-model",
        "newschina-2018-rust-to-riches",
    ]
    assert project.problems is not None and len(project.problems) == 1
    assert str(project.problems[0]).startswith("sources/scmp-2023-us-curbs-rust-belt.txt: ")
