"""The build's process pool and lock: one build at a time on an index, and a killed build leaves
no worker process behind, nor its lock held.

A build runs in a child process whose workers block (each prints its process id, then waits):
nothing here depends on how long anything takes, only on what the processes print and on
process ids, waited for with a generous bound.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.archive.build import LOCK, build
from claimcheck.config import find
from claimcheck.errors import ClaimcheckError
from claimcheck.io import lock

BLOCKED = """
import os, sys, time
from pathlib import Path
from claimcheck.archive import build as build_mod, pool
from claimcheck.config import find

build_mod.BATCH_DOCS = 1

def blocked(batch):
    os.write(1, f"worker {os.getpid()}\\n".encode())  # one write: two workers share the pipe
    time.sleep(600)  # until the test kills the build

pool.extract_batch = blocked
build_mod.build(find(Path(sys.argv[1])), jobs=2)
"""
BUSY = (
    "claimcheck: another claimcheck archive build is writing this index "
    "(lock index/build.lock); wait for it to end\n"
)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _ended(pids: list[int]) -> bool:
    for _ in range(300):  # each worker notices within half a second; allow far more
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs /proc")
def test_a_second_build_waits_its_turn_and_a_killed_build_leaves_no_worker(
    project: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", BLOCKED, str(project)], stdout=subprocess.PIPE, text=True
    )
    pids: list[int] = []
    try:
        assert child.stdout is not None
        while len(set(pids)) < 2:  # both workers have a batch: the pool runs two processes
            word, pid = child.stdout.readline().split()
            assert word == "worker"
            pids.append(int(pid))
        assert child.pid not in pids
        second = subprocess.run(
            [sys.executable, "-m", "claimcheck", "archive", "build"],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        assert (second.returncode, second.stderr, second.stdout) == (2, BUSY, "")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _ended(pids)
    result = build(find(project))  # the lock went with the build: a new one runs
    assert result.documents > 0


def test_a_build_fails_at_once_while_another_holds_the_lock(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    index = find(project).archive.path  # type: ignore[union-attr]
    with (
        lock.held(index / LOCK, "index/build.lock", "cannot open", "held ({shown})"),
        pytest.raises(ClaimcheckError) as err,
    ):
        build(find(project))
    assert str(err.value) == BUSY.removeprefix("claimcheck: ").rstrip("\n")
    assert build(find(project)).documents > 0
