"""The hostile-input corpus: every file here, run through every command that reads it, ends
with exit 0, 1 or 2 and never a traceback; exit 2 is one line naming the file.

Cases are files, picked up by glob: ``source/`` files become a source of a small project,
``draft/`` files are checked (and extracted), ``registry/`` files replace the project's registry
file, ``config/`` files its claimcheck.yaml. Links, loops and FIFOs, which a repository cannot
hold, are made by the tests. Add a case by adding a file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

HERE = Path(__file__).parent
SOURCE = "---\nid: demo\n---\nIn the first half of 2018, Changchun's GDP grew 7.4 percent year on year.\n"
REGISTRY = """version: 1
source: demo
claims:
- id: c1
  text: 7.4 percent
  quote: "In the first half of 2018, Changchun's GDP grew 7.4 percent year on year."
  value: 7.4
  unit: percent
  period: 2018-H1
"""
DRAFT = "Changchun's GDP grew 8 percent in the first half of 2018.\n"


def cases(kind: str) -> list[Path]:
    return sorted(p for p in (HERE / kind).iterdir() if p.is_file())


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "demo.md").write_text(SOURCE, "utf-8")
    (root / "claims" / "demo.yaml").write_text(REGISTRY, "utf-8")
    (root / "draft.md").write_text(DRAFT, "utf-8")
    return root


def _run(args: list[str], named: str | None = None) -> int:
    """Run the CLI: exit 0, 1 or 2, no traceback. Exit 2 is one line naming the file, or, for
    a command that goes on past a bad source or registry file (check, verify, conflicts), its
    summary line and then one such line per file it left out."""
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        result.exception,
    )
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        errors = [line for line in lines if line.startswith("claimcheck: ")]
        assert errors and errors == lines[len(lines) - len(errors) :], (args, result.stderr)
        if len(errors) < len(lines):
            assert args[0] in ("check", "verify", "conflicts") and len(lines) - len(errors) == 1
            assert lines[0].startswith(f"{args[0]}: "), (args, result.stderr)
        if named is not None:
            assert named in errors[0], (args, result.stderr)
    return result.exit_code


PROJECT_COMMANDS = (["sync", "--check"], ["verify"], ["conflicts"], ["sources"], ["sync"])


@pytest.mark.parametrize("case", cases("source"), ids=lambda p: p.name)
def test_hostile_source(case: Path, tmp_path: Path) -> None:
    root = _project(tmp_path)
    shutil.copy(case, root / "sources" / case.name)
    shown = f"sources/{case.name}"
    for command in PROJECT_COMMANDS:
        code = _run([*command, "-C", str(root)])
        if code == 2:  # an error about the case names it (a registry error may name the registry)
            result = CliRunner().invoke(app, [*command, "-C", str(root)])
            assert shown in result.stderr or "claims/" in result.stderr, result.stderr
    _run(["check", str(root / "draft.md"), "-C", str(root)])
    _run(["extract", str(root / "sources" / case.name), "-f", "json"], named=case.name)


@pytest.mark.parametrize("case", cases("draft"), ids=lambda p: p.name)
def test_hostile_draft(case: Path, tmp_path: Path) -> None:
    root = _project(tmp_path)
    for fmt in ("text", "json", "sarif", "github"):
        _run(["check", str(case), "-C", str(root), "-f", fmt], named=str(case))
    _run(["extract", str(case), "-f", "json"], named=str(case))


@pytest.mark.parametrize("case", cases("registry"), ids=lambda p: p.name)
def test_hostile_registry(case: Path, tmp_path: Path) -> None:
    root = _project(tmp_path)
    shutil.copy(case, root / "claims" / "demo.yaml")
    for command in PROJECT_COMMANDS:
        _run(
            [*command, "-C", str(root), "--no-cache"]
            if command[0] in ("verify", "conflicts")
            else [*command, "-C", str(root)],
            named="claims/demo.yaml",
        )
    _run(["check", str(root / "draft.md"), "-C", str(root)], named="claims/demo.yaml")


@pytest.mark.parametrize("case", cases("config"), ids=lambda p: p.name)
def test_hostile_config(case: Path, tmp_path: Path) -> None:
    root = _project(tmp_path)
    shutil.copy(case, root / "claimcheck.yaml")
    for command in PROJECT_COMMANDS:
        _run([*command, "-C", str(root)], named="claimcheck.yaml")
    _run(["check", str(root / "draft.md"), "-C", str(root)], named="claimcheck.yaml")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_folder_named_like_files(tmp_path: Path) -> None:
    root = _project(tmp_path)
    os.mkfifo(root / "sources" / "pipe.txt")
    (root / "sources" / "folder.md").mkdir()
    for command in PROJECT_COMMANDS:
        assert _run([*command, "-C", str(root)]) in (0, 1)
    os.mkfifo(root / "pipe.md")
    _run(["check", str(root / "pipe.md"), "-C", str(root)], named="pipe.md")
    _run(["extract", str(root / "pipe.md")], named="pipe.md")
