"""`registry.io.write_atomic`: atomic, and the file keeps its mode and its symlink."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimcheck.registry.io import write_atomic


def test_a_rewrite_keeps_the_mode_and_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "s.yaml"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "s.yaml"
    link.symlink_to(target)
    assert write_atomic(link, "new\n")
    assert link.is_symlink() and target.read_text("utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["s.yaml"]  # no temporary file left


def test_a_new_file_gets_the_umask_mode_not_owner_only(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = tmp_path / "new.yaml"
        assert write_atomic(path, "x\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
