"""Bad sources: each file in ``bad/`` is named after its error; ``bad/expected.yaml`` holds the
one stderr line it must give (exit code 2, no traceback, nothing written to claims/). ``sync``
and ``sources`` stop at it; ``verify``, ``conflicts`` and ``check`` go on without the file,
report on the rest, and end with that line and exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

BAD = Path(__file__).parent / "bad"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text("utf-8"))
CASES = sorted(p for p in BAD.iterdir() if p.name != "expected.yaml")


def project(tmp_path: Path) -> Path:
    for name in ("sources", "claims"):
        (tmp_path / name).mkdir()
    (tmp_path / "claimcheck.yaml").write_text("anchor:\n  threshold: 85\n", "utf-8")
    return tmp_path


def test_every_case_has_an_expectation() -> None:
    assert sorted(p.name for p in CASES) == sorted(EXPECTED)
    assert {"not-utf8.txt", "binary.txt", "bad-front-matter.txt"} <= set(EXPECTED)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_bad_source(case: Path, tmp_path: Path) -> None:
    root = project(tmp_path)
    shutil.copy(case, root / "sources" / case.name)
    draft = root / "draft.md"
    draft.write_text("Sales rose 5% last year.\n", "utf-8")
    for command in (["verify"], ["sync"], ["sources"], ["conflicts"], ["check", str(draft)]):
        result = CliRunner().invoke(app, [*command, "-C", str(root)])
        assert result.exit_code == 2, (command, result.stderr)
        assert isinstance(result.exception, SystemExit)
        if command[0] in ("sync", "sources"):
            assert result.stderr == f"claimcheck: {EXPECTED[case.name]}\n"
            assert result.stdout == ""
        else:
            summary, error = result.stderr.splitlines()
            assert summary.startswith(f"{command[0]}: ")
            assert error == f"claimcheck: {EXPECTED[case.name]}"
    assert list((root / "claims").iterdir()) == []


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.suffix in (".txt", ".md")], ids=lambda p: p.name
)
def test_bad_source_in_extract(case: Path) -> None:
    """`extract` on the file itself gives the same line, with the path as given."""
    result = CliRunner().invoke(app, ["extract", str(case), "--format", "json"])
    assert result.exit_code == 2
    expected = EXPECTED[case.name].replace(f"sources/{case.name}", str(case), 1)
    assert result.stderr == f"claimcheck: {expected}\n"


def test_duplicate_source_id(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "sources" / "a.txt").write_text("---\nid: same\n---\nGDP grew 7.4 percent.\n", "utf-8")
    (root / "sources" / "b.md").write_text("---\nid: same\n---\nGDP grew 8 percent.\n", "utf-8")
    result = CliRunner().invoke(app, ["sync", "-C", str(root)])
    assert result.exit_code == 2
    line = "claimcheck: sources/b.md:2: duplicate source id 'same' (also sources/a.txt)"
    assert result.stderr == line + "\n"
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])  # goes on with the first
    assert result.exit_code == 2
    assert result.stderr.splitlines()[1:] == [line]


def test_missing_sources_folder(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.yaml").write_text("# config\nsources: texts\n", "utf-8")
    for command in ("verify", "sync", "sources", "conflicts"):
        result = CliRunner().invoke(app, [command, "-C", str(tmp_path)])
        assert result.exit_code == 2
        assert (
            result.stderr
            == f"claimcheck: {tmp_path / 'claimcheck.yaml'}:2: sources folder 'texts' not found\n"
        )
