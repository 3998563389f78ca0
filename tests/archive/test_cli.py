"""The archive commands through the CLI: exit codes, one-line errors, reports."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from tests.archive.conftest import agreeing, write_project


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_stats_conflicts(project: Path) -> None:
    code, out, err = invoke("archive", "build", "-C", str(project), "--jobs", "1")
    assert code == 0 and out == ""
    assert err.startswith("archive build: 18 documents extracted") and "index: 18 documents" in err
    code, out, err = invoke("archive", "stats", "-C", str(project), "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["version"] == 1 and data["documents"] == 18
    code, out, _ = invoke("archive", "stats", "-C", str(project))
    assert code == 0 and "documents  18" in out and "by measure" in out
    code, out, err = invoke("conflicts", "--archive", "-C", str(project), "-f", "json")
    conflicts = json.loads(out)["conflicts"]
    assert code == 1 and [c["subject"] for c in conflicts] == ["xiheng"]
    assert {"id", "kind", "severity", "message", "claims"} <= set(conflicts[0])
    assert err.startswith("conflicts --archive: 1 frame whose figures disagree")
    code, out, _ = invoke("conflicts", "--archive", "-C", str(project), "-f", "sarif")
    assert code == 1 and json.loads(out)["runs"][0]["results"][0]["ruleId"] == "CC301"


def test_check_archive_notes_and_fail(project: Path, tmp_path: Path) -> None:
    invoke("archive", "build", "-C", str(project), "-j", "1")
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Xiheng's GDP grew 5.7 percent in 2019.\n\nDongyuan's GDP grew 5 percent in 2019.\n",
        "utf-8",
    )
    code, out, err = invoke("check", str(draft), "-C", str(project), "--archive", "-f", "json")
    findings = json.loads(out)["findings"]
    assert code == 0
    assert [f["archive_count"] for f in findings] == [1, 0]
    assert findings[0]["archive"][0]["text"] == "9.3 percent"
    assert findings[0]["archive"][0]["source"] == "Xiheng-gdp-wrong"
    assert "archive: 1 disputed (pass)" in err
    code, out, _ = invoke("check", str(draft), "-C", str(project), "--archive")
    assert (
        "archive: 1 figure of this frame disagrees" in out
        and "9.3 percent (2019; Xiheng-gdp-wrong" in out
    )
    code, out, _ = invoke("check", str(draft), "-C", str(project), "-f", "json")
    assert "archive" not in json.loads(out)["findings"][0]  # only with --archive
    config = project / "claimcheck.yaml"
    config.write_text(config.read_text("utf-8") + "  fail: true\n", "utf-8")
    code, _, err = invoke("check", str(draft), "-C", str(project), "--archive")
    assert code == 1 and err.rstrip().endswith("(fail)")


def test_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", agreeing())
    code, _, err = invoke("conflicts", "--archive", "-C", str(project))
    assert code == 2 and err.startswith("claimcheck: ") and len(err.splitlines()) == 1
    assert err.endswith("index: no archive index yet: run 'claimcheck archive build'\n")
    code, _, err = invoke("archive", "build", "-C", str(project), "--jobs", "0")
    assert (code, err) == (2, "claimcheck: --jobs must be a whole number above 0, not '0'\n")
    wire = project / "news" / "wire.jsonl"
    wire.write_text(wire.read_text("utf-8") + "{not json\n", "utf-8")
    code, _, err = invoke("archive", "build", "-C", str(project), "-j", "1")
    assert code == 2 and err.startswith("claimcheck: news/wire.jsonl:17: not JSON")
    assert len(err.splitlines()) == 1
    (project / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    code, _, err = invoke("archive", "stats", "-C", str(project))
    assert code == 2 and "no archive in this project" in err


def test_worker_errors_keep_their_place(project: Path) -> None:
    (project / "extra" / "bad.md").write_text(
        "---\npublished: 2019-13\n---\nGDP grew 5%.\n", "utf-8"
    )
    code, _, err = invoke("archive", "build", "-C", str(project), "--jobs", "2")
    assert code == 2 and err.startswith("claimcheck: extra/bad.md:2: published:")


def test_project_option_before_the_group(project: Path) -> None:
    from claimcheck.cli.options import project_after_command

    assert project_after_command(["-C", "p", "archive", "build", "-j", "1"]) == [
        "archive", "build", "-C", "p", "-j", "1",
    ]  # fmt: skip
    assert project_after_command(["-C", "p", "archive", "--help"]) == [
        "archive",
        "-C",
        "p",
        "--help",
    ]
