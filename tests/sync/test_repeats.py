"""A text that repeats one phrase for longer than a sentence may be (cut into sentences at the
length cap) is registered by `sync` so that `verify` finds every claim and a second `sync`
changes nothing: the last sentence's quote stands at every repeat of the phrase, far before its
own place, and its claims must still find their figures there."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimcheck.anchor import SCANNED
from claimcheck.cli import app

PHRASE = "up 5% and "


def test_a_long_run_of_one_phrase_syncs_once_and_verifies(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("cache: false\n", "utf-8")
    run = PHRASE * (2 * SCANNED + SCANNED // 2)  # the last quote repeats far before its place
    (root / "sources" / "run.md").write_text(f"---\nid: run\n---\n{run}\n", "utf-8")
    first = CliRunner().invoke(app, ["sync", "-C", str(root)])
    assert first.exit_code == 0, first.stderr
    verified = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert verified.exit_code == 0, verified.stdout
    assert "0 errors, 0 warnings" in verified.stderr
    again = CliRunner().invoke(app, ["sync", "--check", "-C", str(root)])
    assert again.exit_code == 0 and "0 added" in again.stderr and "0 newly orphaned" in again.stderr
