"""Text from drafts and sources reaches terminals and CI logs harmless: control characters are
replaced in every human report, and a draft line that looks like a workflow command stays text
under ``--format github``."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report import github
from claimcheck.report.console import safe

REPO = Path(__file__).resolve().parents[2]
HOSTILE = (
    "In the first half of 2018, Changchun's GDP grew 8 percent. "
    "::error file=README.md,line=1::pwned \x1b]0;title\x07 \x1b[31mred\x1b[0m \u202egnp.exe\n"
)


@given(st.text())
def test_safe_keeps_length_and_leaves_no_control_character(text: str) -> None:
    out = safe(text)
    assert len(out) == len(text)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
    assert all(a == b or b == "\ufffd" for a, b in zip(text, out, strict=True))


def test_workflow_commands_in_a_draft_stay_text(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(HOSTILE, "utf-8")
    result = CliRunner().invoke(
        app, ["check", str(draft), "-C", str(REPO), "-f", "github", "--fail-on", "none"]
    )
    lines = result.stdout.splitlines()
    stop = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[stop].removeprefix("::stop-commands::")
    assert lines[-1] == f"::{token}::"
    # every line the runner reads as a command is ours: annotations before the pause
    commands = [line for line in lines[:stop] if line.startswith("::")]
    assert commands and all(
        line.startswith(("::error ", "::warning ", "::notice ")) for line in commands
    )
    assert "pwned" in result.stdout  # still shown, as text inside the pause
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


def test_text_and_table_reports_replace_control_characters(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(HOSTILE, "utf-8")
    text = CliRunner().invoke(
        app, ["check", str(draft), "-C", str(REPO), "--fail-on", "none", "-v"]
    )
    table = CliRunner().invoke(app, ["extract", str(draft), "-f", "table"])
    for out in (text.stdout, table.stdout):
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    # JSON escapes control characters itself (json.dumps writes \u001b)
    data = CliRunner().invoke(
        app, ["check", str(draft), "-C", str(REPO), "-f", "json", "--fail-on", "none"]
    )
    assert "\x1b" not in data.stdout and json.loads(data.stdout)["findings"]


def test_around_is_the_same_for_the_same_text() -> None:
    assert github.around("a\n") == github.around("a\n") != github.around("b\n")
    assert github.around("") == ""
