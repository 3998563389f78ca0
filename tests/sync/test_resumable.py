"""A ``sync`` killed mid-way leaves every registry file as it was or as it would be, never half
written, and a second run completes it (README, "The claim registry"); the progress bar shows
only on a terminal."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.config import find
from claimcheck.registry import staging
from claimcheck.sync import sync_project

ADDED = "\n\nIn 2023 the city's exports rose 12.5 percent to 41 billion yuan.\n"


def _files(folder: Path) -> dict[str, bytes]:
    """The registry files (and any temporary file), by name; not the settlements file."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.startswith("_")
    }


def _changed(demo: Path) -> dict[str, bytes]:
    """Edit every source so that every registry file changes; the registry files before."""
    for source in sorted((demo / "sources").iterdir()):
        source.write_text(source.read_text("utf-8") + ADDED, "utf-8")
    return _files(demo / "claims")


def _expected(demo: Path, tmp_path: Path) -> dict[str, bytes]:
    """The registry files an uninterrupted sync writes (on a copy)."""
    copy = tmp_path / "uninterrupted"
    shutil.copytree(demo, copy)
    sync_project(find(copy))
    return _files(copy / "claims")


def _old_or_new(folder: Path, old: dict[str, bytes], new: dict[str, bytes]) -> int:
    """Each file is the old or the new one (or absent, when it is new); the number new."""
    now = {k: v for k, v in _files(folder).items() if not k.endswith(".tmp")}
    assert set(now) <= set(old) | set(new)
    fresh = 0
    for name, data in now.items():
        assert data in (old.get(name), new.get(name)), name
        fresh += data == new.get(name) != old.get(name)
    return fresh


def test_a_failure_between_files_leaves_old_or_new_and_a_second_run_completes(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _changed(demo)
    new = _expected(demo, tmp_path)
    assert all(old[k] != new[k] for k in old)
    calls = {"n": 0}
    real = staging.commit

    def killed_at_the_third(staged: staging.Staged) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # what a kill between the second and third file leaves
        return real(staged)

    monkeypatch.setattr(staging, "commit", killed_at_the_third)
    with pytest.raises(KeyboardInterrupt):
        sync_project(find(demo))
    monkeypatch.setattr(staging, "commit", real)
    assert not [p for p in (demo / "claims").iterdir() if p.name.endswith(".tmp")]
    assert _old_or_new(demo / "claims", old, new) == 2  # two files new, three as they were
    result = CliRunner().invoke(app, ["sync", "-C", str(demo)])  # the second run
    assert result.exit_code == 0, result.stderr
    assert _files(demo / "claims") == new
    again = CliRunner().invoke(app, ["sync", "--check", "-C", str(demo)])
    assert again.exit_code == 0 and again.stdout == ""


def test_a_sync_killed_while_writing(demo: Path, tmp_path: Path) -> None:
    """A real SIGKILL of a sync process as soon as it has written a file: whatever moment it
    lands on, each file is old or new, and a second run completes the registry. A temporary
    file a kill leaves mid-write is removed by the next sync."""
    for i in range(40):  # more files, so that the kill lands among the writes
        (demo / "sources" / f"extra-{i:02d}.md").write_text(
            f"---\nid: extra-{i:02d}\n---\nIn 2022 sales rose {i}.5 percent to {i + 3} million"
            f" yuan.\n\nThe firm had {100 + i} stores.\n",
            "utf-8",
        )
    old = _changed(demo)
    new = _expected(demo, tmp_path)
    claims = demo / "claims"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "sync", "-C", str(demo)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if any(new.get(p.name) == p.read_bytes() for p in claims.glob("*.yaml")):
            break
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _old_or_new(claims, old, new)
    (claims / ".newschina-2018-rust-to-riches.yaml.abc123.tmp").write_text("half", "utf-8")
    result = CliRunner().invoke(app, ["sync", "-C", str(demo)])
    assert result.exit_code == 0, result.stderr
    assert _files(claims) == new  # complete, and no temporary file left


def test_no_progress_bar_off_a_terminal(demo: Path) -> None:
    _changed(demo)
    result = CliRunner().invoke(app, ["sync", "-C", str(demo)])
    assert result.exit_code == 0
    assert result.stderr == "sync: 10 added, 0 updated, 0 newly orphaned, 77 unchanged\n"


def test_progress_is_told_of_every_source(demo: Path) -> None:
    seen: list[tuple[int, int]] = []
    sync_project(find(demo), write=False, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 5) for i in range(6)]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_a_progress_bar_on_a_terminal(demo: Path) -> None:
    _changed(demo)
    leader, follower = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "sync", "-C", str(demo)],
            stdout=subprocess.PIPE,
            stderr=follower,
            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
            timeout=120,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "sync: reading sources" in text and "5/5" in text  # the bar, then its last state
    assert text.rstrip().endswith("sync: 10 added, 0 updated, 0 newly orphaned, 77 unchanged")
