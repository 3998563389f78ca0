"""report.table: numbers for people, and whole `extract` reports against golden files.

Each ``golden/extract/NAME.txt`` is read by ``claimcheck extract`` as a table and as JSON and
compared with ``NAME.table`` and ``NAME.json``; set ``UPDATE_GOLDEN=1`` to rewrite them after a
deliberate change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.table import number
from tests.goldens import regenerate

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "extract"


def test_number() -> None:
    assert number(None) == ""
    assert number(2400000000) == "2,400,000,000"
    assert number(2400000000.0) == "2,400,000,000"
    assert number(0.75) == "0.75"
    assert number(1234.5) == "1,234.5"
    assert number(2015, grouped=False) == "2015"
    assert number(-1234.25, grouped=False) == "-1234.25"


@pytest.mark.parametrize("case", sorted(GOLDEN.glob("*.txt")), ids=lambda p: p.stem)
def test_golden(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case.parent)  # paths in the report are relative and the same everywhere
    outputs = {}
    for fmt in ("table", "json"):
        result = CliRunner().invoke(
            app, ["extract", case.name, "--format", fmt], env={"NO_COLOR": "1"}
        )
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.stdout
    for fmt, text in outputs.items():
        expected = case.with_suffix(f".{fmt}")
        if regenerate():
            expected.write_text(text, "utf-8")
        assert text == expected.read_text("utf-8"), expected.name


def test_summaries_count_in_the_singular_and_plural() -> None:
    """ "1 unsettled conflict", "1 claim in 1 source": every summary line words its counts."""
    from types import SimpleNamespace

    from claimcheck.check.gate import CheckReport
    from claimcheck.model import ConflictReport, VerifyReport
    from claimcheck.report import check_text, plural
    from claimcheck.report import conflicts as conflicts_report
    from claimcheck.report.table import summary

    assert (plural(0, "claim"), plural(1, "claim"), plural(2, "claim")) == (
        "0 claims",
        "1 claim",
        "2 claims",
    )
    one = SimpleNamespace(severity="warning", settled=False, fails=lambda fail_on: True)
    verify = VerifyReport(findings=(), sources=1, claims=1, conflicts=(one,))  # type: ignore[arg-type]
    fails = " (1 at or above conflicts.fail_on warning: the run fails)"
    assert (
        summary(verify)
        == "verify: 1 claim in 1 source: 0 errors, 0 warnings, 0 notes; 1 unsettled conflict"
        + fails
    )
    two = VerifyReport(findings=(), sources=2, claims=3, conflicts=(one, one))  # type: ignore[arg-type]
    fails = " (2 at or above conflicts.fail_on warning: the run fails)"
    assert (
        summary(two)
        == "verify: 3 claims in 2 sources: 0 errors, 0 warnings, 0 notes; 2 unsettled conflicts"
        + fails
    )
    notes = SimpleNamespace(severity="info", settled=False, fails=lambda fail_on: False)
    quiet = VerifyReport(findings=(), sources=1, claims=2, conflicts=(notes,))  # type: ignore[arg-type]
    assert (
        summary(quiet)
        == "verify: 2 claims in 1 source: 0 errors, 0 warnings, 0 notes; 1 unsettled conflict"
    )
    report = ConflictReport((one,), "warning", 1, ("period-1",))  # type: ignore[arg-type]
    assert conflicts_report.summary(report) == (
        "conflicts: 1 in 1 claim, 0 settled; unsettled: 0 errors, 1 warning, 0 notes; 1 at or above warning; "
        "1 settlement matches no conflict: period-1"
    )
    check = CheckReport(("a.md",), (), 0, ())
    assert check_text.summary(check).startswith("check: 0 numbers in 1 draft: ")
