"""`claimcheck.fastcli` against typer's own coercion, on every command.

The fast path must be invisible: for every command, with good and bad option values, the exit
code, stdout and stderr are those of typer's pydantic coercion (``RuntimeParam`` set to None
turns the fast path off, as a typer without these internals would). pyproject pins typer to the
range this test runs on.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import fastcli
from claimcheck.cli import app
from claimcheck.commandline import check_command
from claimcheck.entry import parse_check

REPO = Path(__file__).resolve().parents[1]

# every command, with good values and with each kind of bad value its options take
ARGS = [
    ["--help"],
    ["--version"],
    ["extract", "{draft}", "-f", "json"],
    ["extract", "{draft}", "--format", "xml"],
    ["extract", "{draft}", "--kind", "quantity", "--kind", "date", "--published", "2019-05"],
    ["extract", "{draft}", "--kind", "nope"],
    ["extract", "--help"],
    ["sources", "-C", "{project}"],
    ["sources", "-C", "{missing}"],
    ["sync", "-C", "{project}", "--check"],
    ["sync", "--refresh", "--check", "-C", "{project}"],
    ["sync", "-C", "{project}", "--check", "-j", "2"],
    ["sync", "-C", "{project}", "--check", "--jobs", "0"],
    ["verify", "-C", "{project}", "-f", "json", "--no-cache"],
    ["verify", "-C", "{project}", "-f", "yaml"],
    ["verify", "-C", "{project}", "-f", "json", "--jobs", "2"],
    ["verify", "-C", "{project}", "-j", "many"],
    ["verify", "-C", "{project}", "-v"],
    ["verify", "-C", "{project}", "-f", "sarif"],
    ["verify", "-C", "{project}", "-f", "junit", "-o", "{out}"],
    ["init", "{new}"],
    ["check", "{draft}", "-C", "{project}", "-f", "json"],
    ["check", "{draft}", "-C", "{project}", "-f", "sarif", "--fail-on", "none"],
    [
        "check",
        "{draft}",
        "-C",
        "{project}",
        "-f",
        "github",
        "--fail-on",
        "unsupported,contradicted",
    ],
    ["check", "{draft}", "-C", "{project}", "--fail-on", "wrong"],
    ["check", "{draft}", "-C", "{project}", "-f", "TEXT"],
    ["check", "-", "-C", "{project}", "--stdin-filename", "x.md", "--explain"],
    ["check", "{draft}", "-C", "{project}", "-o", "{out}"],
    ["check", "{draft}", "-C", "{project}", "-f", "rdjson"],
    ["check", "{draft}", "-C", "{project}", "-f", "junit", "--fail-on", "none"],
    ["check", "{draft}", "-C", "{project}", "-f", "claimreview"],
    ["check"],
    ["conflicts", "-C", "{project}", "--all", "-f", "json"],
    ["conflicts", "-C", "{project}", "-f", "csv"],
    ["conflicts", "-C", "{project}", "-f", "sarif", "--all"],
    ["conflicts", "-C", "{project}", "-f", "junit", "-o", "{out}"],
    ["report", "-C", "{project}", "{draft}", "-o", "{out}"],
    ["report", "-C", "{missing}"],
    ["report", "--help"],
    ["nonsense"],
    # the archive (built once by the fixture, so that both runs find it up to date)
    ["archive", "build", "-C", "{project}", "-j", "1"],
    ["archive", "build", "-C", "{project}", "--engine", "nope"],
    ["archive", "build", "-C", "{project}", "--jobs", "x"],
    ["archive", "stats", "-C", "{project}", "-f", "json"],
    ["archive", "stats", "-C", "{project}", "-f", "xml"],
    ["archive", "stats", "-C", "{project}", "--top", "3"],
    ["archive", "build", "--help"],
    ["archive", "--help"],
    ["archive"],
    ["conflicts", "-C", "{project}", "--archive", "-f", "json"],
    ["conflicts", "-C", "{project}", "--archive", "-f", "sarif", "-o", "{out}"],
    ["check", "{draft}", "-C", "{project}", "--archive", "-f", "json"],
    ["check", "{draft}", "-C", "{project}", "--archive"],
]
ARCHIVE = """
archive:
  path: archive-index
  sources: [archive]
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("fast")
    project = root / "project"
    project.mkdir()
    shutil.copy(REPO / "claimcheck.yaml", project)
    shutil.copytree(REPO / "sources", project / "sources")
    shutil.copytree(REPO / "claims", project / "claims")
    draft = root / "draft.md"
    draft.write_text("In the first half of 2018, Changchun's GDP grew 8 percent.\n", "utf-8")
    config = project / "claimcheck.yaml"
    config.write_text(config.read_text("utf-8") + ARCHIVE, "utf-8")
    shutil.copytree(REPO / "sources", project / "archive")
    (project / "archive" / "wire.jsonl").write_text(
        '{"id": "w1", "text": "In the first half of 2018, Changchun\'s GDP grew 9.1 percent."}\n',
        "utf-8",
    )
    assert (
        CliRunner().invoke(app, ["archive", "build", "-C", str(project), "-j", "1"]).exit_code == 0
    )
    return {"project": str(project), "draft": str(draft), "missing": str(root / "missing")}


def _run(args: list[str], places: dict[str, str], tmp: Path) -> tuple[int, str, str]:
    where = {**places, "new": str(tmp / "new"), "out": str(tmp / "out.txt")}
    result = CliRunner().invoke(app, [a.format(**where) for a in args], input="GDP grew 8%.\n")
    text = (tmp / "out.txt").read_text("utf-8") if (tmp / "out.txt").exists() else ""
    # temporary folders differ between the two runs; the report must not
    return (
        result.exit_code,
        result.stdout.replace(str(tmp), "<tmp>") + text,
        result.stderr.replace(str(tmp), "<tmp>"),
    )


@pytest.mark.parametrize("args", ARGS, ids=" ".join)
def test_fast_path_is_typers(
    args: list[str], places: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fast").mkdir()
    (tmp_path / "slow").mkdir()
    assert fastcli.RuntimeParam is not None, "typer's internals moved: pin typer or update fastcli"
    fast = _run(args, places, tmp_path / "fast")
    monkeypatch.setattr(fastcli, "RuntimeParam", None)
    slow = _run(args, places, tmp_path / "slow")
    assert fast == slow


def test_fast_path_is_taken() -> None:
    # without this the comparison above could compare typer with itself
    import typer.main

    group = typer.main.get_command(app)
    check = group.commands["check"]
    fast = [
        p.name
        for p in check.params
        if isinstance(getattr(p, "_runtime_param", None), fastcli.PlainRuntimeParam)
    ]
    assert {"paths", "format", "fail_on", "output_file"} <= set(fast)


PLAIN = [args for args in ARGS if args[0] == "check" and parse_check(args) is not None]


def _run_entry(args: list[str], places: dict[str, str], tmp: Path) -> tuple[int, str, str]:
    """`_run` through the entry point's own parser for plain ``check`` arguments."""
    where = {**places, "new": str(tmp / "new"), "out": str(tmp / "out.txt")}
    plain = parse_check([a.format(**where) for a in args])
    assert plain is not None
    with CliRunner().isolation(input="GDP grew 8%.\n") as (out, err, _):
        try:
            check_command(**plain)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    text = (tmp / "out.txt").read_text("utf-8") if (tmp / "out.txt").exists() else ""
    return code, stdout.replace(str(tmp), "<tmp>") + text, stderr.replace(str(tmp), "<tmp>")


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
def test_entry_parser_is_typers(args: list[str], places: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "entry").mkdir()
    (tmp_path / "typer").mkdir()
    assert _run_entry(args, places, tmp_path / "entry") == _run(args, places, tmp_path / "typer")


def test_entry_parser_takes_plain_check_arguments_only() -> None:
    assert len(PLAIN) >= 8  # most check lines above are plain: the comparison compares
    plain = parse_check(["check", "a.md", "b.md", "--format=json", "-v", "--fail-on", "none"])
    assert plain is not None and plain["paths"] == ["a.md", "b.md"] and plain["verbose"] is True
    for args in (
        ["check"],  # no draft: typer's message
        ["check", "a.md", "--help"],
        ["check", "a.md", "-f", "TEXT"],  # a choice typer rejects
        ["check", "a.md", "-fjson"],  # glued
        ["check", "a.md", "-vf", "json"],  # bundled
        ["check", "a.md", "-f", "json", "-f", "text"],  # repeated
        ["check", "a.md", "--", "-b.md"],
        ["check", "a.md", "-o"],  # no value
        ["check", "a.md", "--stdin-filename", "-x"],
        ["check", "a.md", "--verbose=yes"],
        ["verify"],
        ["-C", ".", "check", "a.md"],
    ):
        assert parse_check(args) is None, args
