"""The sync lock: one writer per project, across processes.

A second ``sync`` while another holds the lock fails at once with one line naming the lock file
(exit 2) and writes nothing; ``sync --wait`` waits and then does its work; ``sync --check``
takes no lock. Another process holds the lock for real (a subprocess), and nothing here depends
on how long anything takes: the holder releases the lock only when the test tells it to.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimcheck.io.lock import exclusive, lock_path

HOLD = """
import sys
from pathlib import Path
from claimcheck.io.lock import exclusive
with exclusive(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()  # until the test closes our stdin
"""


def project(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "example.txt").write_text(
        "---\nid: example\n---\nIn 2018 the city's GDP grew 7.4 percent year on year.\n", "utf-8"
    )
    return root


@contextmanager
def held(root: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the project's lock for the ``with`` block."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline() == "locked\n"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait()


def claimcheck(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "sync", "-C", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_sync_fails_at_once_naming_the_lock(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    with held(root):
        second = claimcheck(root)
        out, err = second.communicate()
    assert second.returncode == 2
    assert err == (
        "claimcheck: another claimcheck sync is writing this project's registry "
        "(lock .claimcheck-cache/sync.lock); try again or use --wait\n"
    )
    assert out == ""
    assert not (root / "claims").exists()  # nothing written
    out, err = claimcheck(root).communicate()  # once released, sync runs
    assert "wrote claims/example.yaml" in out


def test_sync_wait_waits_for_the_lock_then_writes(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    with held(root):
        waiter = claimcheck(root, "--wait")
        # whatever the waiter has reached, it cannot write while the lock is held
        assert not (root / "claims").exists()
    out, err = waiter.communicate()
    assert waiter.returncode == 0, err
    assert "wrote claims/example.yaml" in out


def test_sync_check_takes_no_lock(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    with held(root):
        check = claimcheck(root, "--check")
        check.communicate()
    assert check.returncode == 1  # out of date, reported without waiting for the writer


def test_the_lock_is_released_when_its_holder_ends(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    with held(root):
        pass
    with exclusive(root):  # taken at once: no stale lock left behind
        assert lock_path(root).is_file()


def test_a_symlinked_lock_file_is_not_followed(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    outside = tmp_path / "elsewhere"
    (root / ".claimcheck-cache").mkdir()
    (root / ".claimcheck-cache" / "sync.lock").symlink_to(outside)
    out, err = claimcheck(root).communicate()
    assert err.count("\n") == 1 and "sync.lock" in err and "symbolic link" in err
    assert not outside.exists()
