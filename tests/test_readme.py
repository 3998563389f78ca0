"""README's set-up commands are the ones CI runs, so that they work on a fresh machine."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    m = re.search(r"^```sh\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert m, "README.md has no ```sh block"
    return [line.strip() for line in m.group(1).splitlines() if line.strip()]


def test_readme_has_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert "claimcheck verify" in commands[0]
    assert "pytest" in commands[1]


def quiet(command: str) -> str:
    """The command without pip's ``-q`` (CI may keep its log short; nothing else may differ)."""
    return command.replace("pip install -q ", "pip install ")


def test_ci_runs_the_readme_commands() -> None:
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()]
    run = [quiet(line) for line in ci if line and not line.startswith("#")]
    for command in readme_commands():
        assert command in run, f".ci/run does not run {command!r}"
    # first the install and verify, then the tests, on a clean clone
    first, second = (run.index(c) for c in readme_commands())
    assert first < second
    assert "rm -rf .venv" in run[:first]


def console_block(command: str) -> list[str]:
    """The lines a README ``console`` example shows after ``$ command`` (up to the next ``$``)."""
    text = (ROOT / "README.md").read_text("utf-8")
    for block in re.findall(r"^```console\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        lines = block.splitlines()
        if f"$ {command}" in lines:
            start = lines.index(f"$ {command}") + 1
            end = next(
                (i for i in range(start, len(lines)) if lines[i].startswith("$ ")), len(lines)
            )
            return lines[start:end]
    raise AssertionError(f"README.md shows no `$ {command}`")


def test_readme_check_example_is_what_check_prints(monkeypatch: Any) -> None:
    """The README's draft example is real output on examples/draft.md (report and summary)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["check", "examples/draft.md"])
    assert result.exit_code == 1, result.stderr
    assert (result.stdout + result.stderr).splitlines() == console_block(
        "claimcheck check examples/draft.md"
    )


def test_readme_report_example_is_what_report_prints(monkeypatch: Any, tmp_path: Path) -> None:
    """The README's report example is real output on the demo project and examples/draft.md."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        app, ["report", "examples/draft.md", "--output-file", str(tmp_path / "report.html")]
    )
    assert result.exit_code == 0, result.stderr
    assert (result.stdout + result.stderr).splitlines() == console_block(
        "claimcheck report examples/draft.md --output-file report.html"
    )
