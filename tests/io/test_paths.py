"""Command-line path expansion (`claimcheck.io.paths.expand`): folders walked and filtered by
suffix, everything named twice kept once where first named, missing names kept for the caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.io.paths import expand


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/b.md", "d/a.txt", "d/sub/c.md", "d/skip.html", "d/sub/notes.json"):
        (tmp_path / name).write_text("x", "utf-8")
    return tmp_path


def test_folder_walked_sorted_and_filtered(tree: Path) -> None:
    found = expand([str(tree / "d")], (".md", ".txt"))
    assert [Path(p).relative_to(tree).as_posix() for p in found] == [
        "d/a.txt",
        "d/b.md",
        "d/sub/c.md",
    ]


def test_named_twice_kept_once_where_first_named(tree: Path) -> None:
    b = str(tree / "d" / "b.md")
    found = expand([b, str(tree / "d"), "-", b, "-"], (".md", ".txt"))
    assert found[0] == b and found.count(b) == 1
    assert found.count("-") == 1 and found.index("-") == 3


def test_same_file_by_two_spellings_kept_once(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    assert expand(["d/b.md", str(tree / "d" / "b.md"), "./d/b.md"], (".md",)) == ["d/b.md"]


def test_missing_name_kept_for_the_caller(tree: Path) -> None:
    assert expand(["nope.md", "a.md", "nope.md"], (".md",)) == ["nope.md", "a.md"]
