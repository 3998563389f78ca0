"""Cache writes are atomic and keep sane permissions; a damaged cache is ignored and rebuilt.

The cache file is replaced by a rename (no temporary file is left behind), gets the mode the
umask gives (not mkstemp's 0600), and every way of damaging it (garbage, truncation, a flipped
bit, a folder or a FIFO in its place) leaves ``sync``, ``verify`` and ``check`` with the results
they give without a cache, never a traceback.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.io.cache import FOLDER, read_blob, write_blob


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(root)])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.stdout, result.stderr


def project(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\n---\nIn 2018 the city's GDP grew 7.4 percent year on year.\n", "utf-8"
    )
    (root / "draft.md").write_text("In 2018 the city's GDP grew 7.9 percent.\n", "utf-8")
    return root


def test_write_blob_is_atomic_with_the_umask_mode(tmp_path: Path) -> None:
    path = tmp_path / FOLDER / "x.marshal"
    old = os.umask(0o022)
    try:
        assert write_blob(path, ("salt",), {"a": 1})
        assert write_blob(path, ("salt",), {"a": 2})
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert read_blob(path, ("salt",)) == {"a": 2}
    assert sorted(p.name for p in path.parent.iterdir()) == [".gitignore", "x.marshal"]


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00garbage\xff" * 100)


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flipped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage": _garbage,
    "truncated": _truncated,
    "flipped": _flipped,
    "folder": _folder,
    "fifo": _fifo,
}


@pytest.mark.parametrize("how", sorted(DAMAGE))
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path: Path, how: str) -> None:
    clean = project(tmp_path / "clean")
    assert cli(clean, "sync")[0] == 0
    expected = [
        cli(clean, *args, "--no-cache") for args in (["verify"], ["check", str(clean / "draft.md")])
    ]
    assert expected[1][0] == 1  # the draft's 7.9 contradicts the source's 7.4
    root = tmp_path / "damaged"
    shutil.copytree(clean, root, ignore=shutil.ignore_patterns(FOLDER))
    assert cli(root, "verify")[0] == expected[0][0]
    assert cli(root, "check", str(root / "draft.md"))[0] == expected[1][0]  # both caches warm
    caches = sorted((root / FOLDER).glob("*.marshal"))
    assert {"registry.marshal", "sources.marshal"} <= {c.name for c in caches}
    for cache in caches:
        DAMAGE[how](cache)
    assert cli(root, "verify") == expected[0]
    code, out, err = cli(root, "check", str(root / "draft.md"))
    assert (code, out.replace(str(root), "")) == (
        expected[1][0],
        expected[1][1].replace(str(clean), ""),
    )
    code, out, err = cli(root, "sync")
    assert (code, err.count("Traceback")) == (0, 0)
    if how != "folder":  # a folder in its place cannot be renamed over: the cache is skipped
        for cache in caches:
            assert stat.S_ISREG(cache.stat().st_mode) and read_blob(cache, ()) is None
