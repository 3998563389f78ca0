"""Symbolic links in sources/: followed inside the project, refused when they lead out of it or
loop, for every command that reads sources (one line naming the link, exit 2)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

COMMANDS = (["verify"], ["sync", "--check"], ["sources"], ["conflicts"])


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "a.md").write_text("GDP grew 7.4 percent in 2018.\n", "utf-8")
    return root


def _run(root: Path, command: list[str]) -> tuple[int, str]:
    """Exit code and the error lines of stderr (``verify`` and ``conflicts`` go on without the
    link, printing their summary line before it)."""
    result = CliRunner().invoke(app, [*command, "-C", str(root)])
    assert isinstance(result.exception, SystemExit | None), result.exception
    lines = result.stderr.splitlines(keepends=True)
    if command[0] in ("verify", "conflicts") and result.exit_code == 2:
        assert lines[0].startswith(f"{command[0]}: "), result.stderr
        lines = lines[1:]
    return result.exit_code, "".join(lines)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_link_out_of_the_project_is_refused(tmp_path: Path, command: list[str]) -> None:
    root = _project(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("password: hunter2 was used 3 times\n", "utf-8")
    os.symlink(secret, root / "sources" / "leak.txt")
    code, err = _run(root, command)
    assert code == 2
    assert (
        err
        == "claimcheck: sources/leak.txt: symbolic link to a file outside the project; sources are read only inside it\n"
    )
    assert "hunter2" not in err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_link_loop_is_one_line(tmp_path: Path, command: list[str]) -> None:
    root = _project(tmp_path)
    os.symlink(root / "sources" / "b.txt", root / "sources" / "c.txt")
    os.symlink(root / "sources" / "c.txt", root / "sources" / "b.txt")
    code, err = _run(root, command)
    assert (
        code == 2
        and err.startswith("claimcheck: sources/")
        and err.endswith(": symbolic link loop\n")
    )


def test_link_inside_the_project_is_read(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "notes").mkdir()
    (root / "notes" / "b.md").write_text(
        "---\nid: b\n---\nExports rose 3 percent in 2019.\n", "utf-8"
    )
    os.symlink(root / "notes" / "b.md", root / "sources" / "b.md")
    os.symlink(root / "sources" / "gone.md", root / "sources" / "dangling.md")
    code, err = _run(root, ["sources"])
    assert code == 0, err
    result = CliRunner().invoke(app, ["sources", "-C", str(root)])
    assert " b " in result.stdout or "│ b " in result.stdout
