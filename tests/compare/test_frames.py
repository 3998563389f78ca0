"""Conflicts follow frames (issue #10): claims of one measure and entity conflict however their
sentences word it; a total and its per-capita figure, or a share and a growth rate, never do."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.compare import project_conflicts
from claimcheck.model import Kind
from claimcheck.project import open_project

A = """---
id: a
---
Changchun's economy expanded 7.4 percent in the first half of 2018, the city said.

Per-capita disposable income of Changchun's urban residents reached 30,000 yuan in 2019.

Jilin's retail sales accounted for 12 percent of the region's total in 2019.
"""
B = """---
id: b
---
In the first half of 2018, Changchun's gross domestic product rose 8 percent.

The disposable income of Changchun's urban residents reached 45,000 yuan in 2019.

Jilin's retail sales grew 6 percent in 2019.
"""


def test_same_measure_conflicts_and_different_measures_do_not(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (root / "sources" / "a.md").write_text(A, "utf-8")
    (root / "sources" / "b.md").write_text(B, "utf-8")
    assert CliRunner().invoke(app, ["sync", "-C", str(root)]).exit_code == 0
    report = project_conflicts(open_project(root, use_cache=False))
    values = [c for c in report.conflicts if c.kind in (Kind.value, Kind.scale)]
    assert [sorted(x.text for x in c.claims) for c in values] == [["7.4 percent", "8 percent"]]
