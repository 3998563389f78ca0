"""README's set-up commands are the ones CI runs, so that they work on a fresh machine."""

from __future__ import annotations

import re
from pathlib import Path

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
