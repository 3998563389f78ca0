"""report.table: numbers for people, and whole `extract` reports against golden files.

Each ``golden/extract/NAME.txt`` is read by ``claimcheck extract`` as a table and as JSON and
compared with ``NAME.table`` and ``NAME.json``; set ``UPDATE_GOLDEN=1`` to rewrite them after a
deliberate change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.table import number

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
        result = CliRunner().invoke(app, ["extract", case.name, "--format", fmt], env={"NO_COLOR": "1"})
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.stdout
    for fmt, text in outputs.items():
        expected = case.with_suffix(f".{fmt}")
        if os.environ.get("UPDATE_GOLDEN"):
            expected.write_text(text, "utf-8")
        assert text == expected.read_text("utf-8"), expected.name
