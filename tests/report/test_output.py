"""report.output: a report never overwrites an input of its run nor lands in the project's folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app


@pytest.mark.parametrize(
    ("args", "target", "message"),
    [
        (["report", "draft.md"], "draft.md", "the output file is an input of this run"),
        (
            ["check", "draft.md", "-f", "junit"],
            "draft.md",
            "the output file is an input of this run",
        ),
        (["verify", "-f", "sarif"], "claimcheck.yaml", "the output file is an input of this run"),
        (["conflicts", "-f", "junit"], "claims/report.xml", "inside claims/"),
        (["report"], "sources/report.html", "inside sources/"),
    ],
)
def test_inputs_are_never_overwritten(
    demo: Path, args: list[str], target: str, message: str
) -> None:
    draft = demo / "draft.md"
    draft.write_text("Changchun's GDP grew 8% in the first half of 2018.\n", "utf-8")
    before = {p: p.read_bytes() for p in demo.rglob("*") if p.is_file()}
    args = [str(draft) if a == "draft.md" else a for a in args]
    result = CliRunner().invoke(app, [*args, "-C", str(demo), "-o", str(demo / target)])
    assert (
        result.exit_code == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    )
    assert {
        p: p.read_bytes()
        for p in demo.rglob("*")
        if p.is_file() and ".claimcheck-cache" not in p.parts
    } == {p: b for p, b in before.items() if ".claimcheck-cache" not in p.parts}
