"""``sync`` and ``verify`` with worker processes (``--jobs``): the same bytes as one process.

The sources' figures are extracted by a process pool a few sources ahead
(`claimcheck.project.Project.extracted`, `claimcheck.io.workers.ordered`); the registry written,
the verify report and the problems reported must not depend on how many processes did it, and
at most a few sources per worker are ever in flight (memory holds those, never the corpus).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck import project
from claimcheck.cli import app
from claimcheck.io import lock, workers
from claimcheck.project import open_project
from claimcheck.sync import sync
from tests.sync.test_sync import snapshot

REPO = Path(__file__).resolve().parents[2]
EDITED = "newschina-2018-rust-to-riches.txt"


POOLS: list[int] = []  # the jobs of each pool started


@pytest.fixture(autouse=True)
def pool_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's sources are too small to start workers for: start them anyway (and note it)."""
    monkeypatch.setattr(project, "POOL_CHARS", 0)
    ordered = workers.Pool.ordered

    def noted(self: workers.Pool, *args: Any) -> Any:
        POOLS.append(self.jobs)
        return ordered(self, *args)

    monkeypatch.setattr(workers.Pool, "ordered", noted)
    POOLS.clear()


def _copy(demo: Path, name: str) -> Path:
    target = demo.parent / name
    shutil.copytree(demo, target)
    return target


def test_sync_writes_the_same_registry_with_any_number_of_jobs(demo: Path) -> None:
    shutil.rmtree(demo / "claims")
    (demo / "claims").mkdir()
    one, two = _copy(demo, "one"), _copy(demo, "two")
    assert sync(open_project(one), jobs=1) == sync(open_project(two), jobs=2)
    assert snapshot(one / "claims") == snapshot(two / "claims")
    assert len(snapshot(one / "claims")) == 5
    assert POOLS == [1, 2, 2]  # files made in this process; sources extracted, files made by two
    # a changed source: refreshed and orphaned claims alike
    for root in (one, two):
        path = root / "sources" / EDITED
        path.write_text(path.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    assert sync(open_project(one), jobs=1) == sync(open_project(two), jobs=3)
    assert snapshot(one / "claims") == snapshot(two / "claims")


def test_verify_reports_the_same_with_any_number_of_jobs(demo: Path) -> None:
    path = demo / "sources" / EDITED
    path.write_text(path.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    (demo / "sources" / "broken.txt").write_bytes(b"\xff\xfe binary \x00")
    runs = [
        CliRunner().invoke(app, ["verify", "-C", str(demo), "-f", "json", "-j", jobs])
        for jobs in ("1", "2")
    ]
    one, two = ((r.exit_code, r.stdout, r.stderr) for r in runs)
    assert one == two
    assert one[0] == 2 and "broken.txt" in one[2] and '"changed"' in one[1]


def test_jobs_must_be_a_whole_number_above_zero(demo: Path) -> None:
    for command in ("sync", "verify"):
        for bad in ("0", "x", "-1"):
            result = CliRunner().invoke(app, [command, "-C", str(demo), "--jobs", bad])
            assert result.exit_code == 2
            assert f"--jobs must be a whole number above 0, not {bad!r}" in result.stderr


def _square(n: int) -> int:
    return n * n


def test_the_pool_keeps_order_and_few_items_in_flight() -> None:
    pulled = 0
    most = 0

    def items() -> object:
        nonlocal pulled
        for n in range(60):
            pulled += 1
            yield n

    got = []
    for n, square in workers.ordered(_square, items(), 2):  # type: ignore[arg-type]
        got.append((n, square))
        most = max(most, pulled - len(got))
    assert got == [(n, n * n) for n in range(60)]
    assert most <= 2 * workers.IN_FLIGHT
    assert list(workers.ordered(_square, [3, 4], 1)) == [(3, 9), (4, 16)]


def _holds(path: str) -> bool:
    """Whether this process has ``path`` open (Linux: /proc/self/fd)."""
    fds = Path("/proc/self/fd")
    return any(os.path.realpath(fd) == path for fd in fds.iterdir())


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_workers_let_go_of_the_sync_lock(demo: Path) -> None:
    with lock.exclusive(demo) as held:
        path = os.path.realpath(held)
        assert _holds(path)
        with workers.Pool(2) as pool:
            assert [h for _, h in pool.ordered(_holds, [path, path])] == [False, False]


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(
        "import os, sys\n"
        "from claimcheck.io import workers\n"
        "def _pid(_):\n    return os.getpid()\n"
        "pids = [p for _, p in workers.Pool(2).ordered(_pid, [0, 1, 2, 3])]\n"
        "print(' '.join(map(str, sorted(set(pids)))), flush=True)\n"
        "os.kill(os.getpid(), 9)\n",
        "utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=REPO, check=False
    )
    pids = [int(p) for p in run.stdout.split()]
    assert run.returncode == -9 and pids
    for _ in range(100):  # each worker notices within half a second; allow far more
        if not any(_alive(p) for p in pids):
            break
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
