"""Registry files that are symbolic links: followed inside the project, refused out of it.

A link in ``claims/`` to a file outside the project is refused when the registry is read (by
every command that reads it) and never written through: one line naming the link, exit 2, the
file outside untouched. A link to a file inside the project is read and written through, the
link kept. A link loop is one line too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.errors import RegistryError
from claimcheck.registry.io import write_atomic

REFUSED = (
    "claimcheck: claims/example.yaml: symbolic link to a file outside the project; registry "
    "files are read and written only inside it\n"
)


def project(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\n---\nIn 2018 the city's GDP grew 7.4 percent year on year.\n"
        "Exports rose 3.1 percent in 2018.\n",
        "utf-8",
    )
    return root


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(root)])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.stdout, result.stderr


def linked(tmp_path: Path, target: Path) -> Path:
    """A synced project whose registry file is moved to ``target`` and linked back."""
    root = project(tmp_path / "p")
    assert cli(root, "sync")[0] == 0
    file = root / "claims" / "example.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    file.rename(target)
    file.symlink_to(target)
    return root


@pytest.mark.parametrize("command", ["sync", "verify", "conflicts"])
def test_a_link_out_of_the_project_is_refused(tmp_path: Path, command: str) -> None:
    outside = tmp_path / "elsewhere" / "example.yaml"
    root = linked(tmp_path, outside)
    before = outside.read_bytes()
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\n---\nImports fell 2.2 percent in 2019.\n", "utf-8"
    )
    code, out, err = cli(root, command)
    assert (code, err) == (2, REFUSED)
    assert outside.read_bytes() == before  # never written through


def test_a_link_out_is_refused_with_a_warm_cache(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    assert cli(root, "sync")[0] == 0
    assert cli(root, "verify")[0] == 0  # caches the file's claims
    file = root / "claims" / "example.yaml"
    outside = tmp_path / "elsewhere.yaml"
    outside.write_bytes(file.read_bytes())
    file.unlink()
    file.symlink_to(outside)
    assert cli(root, "verify")[::2] == (2, REFUSED)


def test_a_link_inside_the_project_is_followed_and_written_through(tmp_path: Path) -> None:
    target = tmp_path / "p" / "shared" / "example.yaml"
    root = linked(tmp_path, target)
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\n---\nImports fell 2.2 percent in 2019.\n", "utf-8"
    )
    code, out, err = cli(root, "sync")
    assert code == 0, err
    assert (root / "claims" / "example.yaml").is_symlink()
    assert "2.2 percent" in target.read_text("utf-8")


def test_a_link_loop_is_one_line(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    (root / "claims").mkdir()
    (root / "claims" / "a.yaml").symlink_to(root / "claims" / "b.yaml")
    (root / "claims" / "b.yaml").symlink_to(root / "claims" / "a.yaml")
    code, out, err = cli(root, "sync")
    assert (code, err) == (2, "claimcheck: claims/a.yaml: symbolic link loop\n")


def test_write_atomic_never_writes_out_of_the_root(tmp_path: Path) -> None:
    root = tmp_path / "p"
    root.mkdir()
    outside = tmp_path / "outside.yaml"
    outside.write_text("old\n", "utf-8")
    (root / "x.yaml").symlink_to(outside)
    with pytest.raises(RegistryError, match="outside the project"):
        write_atomic(root / "x.yaml", "new\n", root)
    assert outside.read_text("utf-8") == "old\n"
