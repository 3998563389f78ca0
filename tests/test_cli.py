"""The command line: help, version, each command's output and exit codes, stdout vs stderr."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck import __version__
from claimcheck.cli import app

SENTENCE = "In the first half of 2018, Changchun's GDP grew 7.4 percent.\n"
ANSI = re.compile(r"\x1b\[")


def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # noqa: ANN201
    return CliRunner().invoke(app, list(args), input=input, env=env)


def test_help() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("extract", "sources", "sync", "verify", "init"):
        assert command in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"claimcheck {__version__}\n")


def test_extract_file_json(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, "utf-8")
    result = invoke("extract", str(path), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["version"] == 1
    quantity = [m for m in data["mentions"] if m["kind"] == "quantity"]
    assert [(m["text"], m["value"], m["unit"], m["line"]) for m in quantity] == [
        ("7.4 percent", 7.4, "percent", 1)
    ]
    assert all(m["path"] == str(path) for m in data["mentions"])
    assert result.stderr == f"extract: {len(data['mentions'])} mentions in 1 file\n"


def test_extract_stdin_yaml() -> None:
    result = invoke("extract", "-", "--format", "yaml", input=SENTENCE)
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    assert data["version"] == 1
    assert "7.4 percent" in [m["text"] for m in data["mentions"]]
    assert {m["path"] for m in data["mentions"]} == {"<stdin>"}


def test_extract_reads_a_file_named_twice_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, "utf-8")
    result = invoke(
        "extract", "-", "-", str(path), str(tmp_path), "--format", "json", input=SENTENCE
    )
    assert result.exit_code == 0
    assert sorted({m["path"] for m in json.loads(result.stdout)["mentions"]}) == sorted(
        ["<stdin>", str(path)]
    )
    assert result.stderr.endswith(" in 2 files\n")


def test_extract_default_is_json_off_a_terminal() -> None:
    result = invoke("extract", "-", input=SENTENCE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["version"] == 1


def test_extract_table_has_no_ansi_off_a_terminal() -> None:
    for env in ({}, {"NO_COLOR": "1"}):
        result = invoke("extract", "-", "--format", "table", input=SENTENCE, env=env)
        assert result.exit_code == 0
        assert "7.4 percent" in result.stdout
        assert not ANSI.search(result.stdout + result.stderr)


def test_extract_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke("extract", str(missing))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"claimcheck: {missing}: no such file\n"


def test_extract_unknown_kind() -> None:
    result = invoke("extract", "-", "--kind", "money", input=SENTENCE)
    assert result.exit_code == 2
    assert (
        result.stderr == "claimcheck: unknown kind 'money'; choose from quantity, date, ordinal\n"
    )


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2019-13-45", "month must be in 1..12"),
        ("2019-02-30", "day is out of range for month"),
        ("last tuesday", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2019/03/01", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("20190301", "write YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_extract_bad_published_is_a_usage_error(value: str, problem: str) -> None:
    result = invoke("extract", "-", "--published", value, input="Sales rose 5% last year.\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"claimcheck: --published: {value!r} is not a date: {problem}\n"


@pytest.mark.parametrize("value", ["2019", "2019-03", "2019-03-01"])
def test_extract_published_formats(value: str) -> None:
    result = invoke(
        "extract", "-", "--published", value, "--format", "json", input="Sales rose 5% last year.\n"
    )
    assert result.exit_code == 0
    assert [m["period"] for m in json.loads(result.stdout)["mentions"]] == ["2018", "2018"]


def test_sources(demo: Path) -> None:
    result = invoke("sources", "-C", str(demo))
    assert result.exit_code == 0
    for path in (demo / "sources").iterdir():
        assert path.stem in result.stdout
    assert not ANSI.search(result.stdout)


def test_init_and_refuse_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "new"
    result = invoke("init", str(target))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"created {target / 'claimcheck.yaml'}",
        f"created {target / 'sources'}/",
        f"created {target / 'claims'}/",
    ]
    assert (target / "sources").is_dir() and (target / "claims").is_dir()
    config = (target / "claimcheck.yaml").read_bytes()
    verify = invoke("verify", "-C", str(target))
    assert verify.exit_code == 0
    assert verify.stderr == "verify: 0 claims in 0 sources: 0 errors, 0 warnings, 0 notes\n"
    again = invoke("init", str(target))
    assert again.exit_code == 2
    assert again.stdout == ""
    assert again.stderr == f"claimcheck: {target / 'claimcheck.yaml'} already exists\n"
    assert (target / "claimcheck.yaml").read_bytes() == config


def test_sync_check(demo: Path) -> None:
    assert invoke("sync", "-C", str(demo), "--check").exit_code == 0
    src = next((demo / "sources").iterdir())
    src.write_text(src.read_text("utf-8") + "\nIn 2019 the city opened 12 new parks.\n", "utf-8")
    before = {p.name: p.read_bytes() for p in (demo / "claims").iterdir()}
    result = invoke("sync", "-C", str(demo), "--check")
    assert result.exit_code == 1
    assert result.stderr.startswith("sync: 1 added, 0 updated, 0 newly orphaned, ")
    assert {p.name: p.read_bytes() for p in (demo / "claims").iterdir()} == before


def test_verify_table_has_no_ansi(demo: Path) -> None:
    src = demo / "sources" / "newschina-2018-rust-to-riches.txt"
    src.write_text(src.read_text("utf-8").replace("7.4 percent", "7.5 percent"), "utf-8")
    for env in ({}, {"NO_COLOR": "1"}):
        result = invoke("verify", "-C", str(demo), env=env)
        assert result.exit_code == 1
        assert "CC103" in result.stdout
        assert not ANSI.search(result.stdout + result.stderr)


@pytest.mark.parametrize("setup", ["file", "sources-file"])
def test_init_on_a_file_is_one_line_exit_2(tmp_path: Path, setup: str) -> None:
    target = tmp_path / "x"
    if setup == "file":
        target.write_text("x", "utf-8")
    else:
        target.mkdir()
        (target / "sources").write_text("x", "utf-8")
    result = CliRunner().invoke(app, ["init", str(target)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("claimcheck: ")
    assert not (target / "claimcheck.yaml").exists() if target.is_dir() else True


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-C", "p", "verify", "-f", "json"], ["verify", "-C", "p", "-f", "json"]),
        (["--project", "p", "check", "d.md"], ["check", "--project", "p", "d.md"]),
        (["--project=p", "sync"], ["sync", "--project=p"]),
        (["-Cp", "conflicts"], ["conflicts", "-Cp"]),
        (["verify", "-C", "p"], ["verify", "-C", "p"]),
        (["check", "-C"], ["check", "-C"]),
        (["--version"], ["--version"]),
        (["-C", "p"], ["-C", "p"]),
    ],
)
def test_project_folder_may_come_before_the_command(argv: list[str], expected: list[str]) -> None:
    from claimcheck.cli import project_after_command

    assert project_after_command(argv) == expected


def test_max_file_size_refuses_a_larger_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("GDP grew 7.4 percent. " * 60_000, "utf-8")  # about 1.3 MB
    runner = CliRunner()
    refused = runner.invoke(app, ["extract", str(big), "--max-file-size", "1", "-f", "json"])
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr == f"claimcheck: {big}: 1.3 MB is over the 1 MB a file may have\n"
    assert (
        runner.invoke(app, ["extract", str(big), "--max-file-size", "2", "-f", "jsonl"]).exit_code
        == 0
    )
    bad = runner.invoke(app, ["extract", str(big), "--max-file-size", "none"])
    assert bad.exit_code == 2 and "must be a number of megabytes above 0" in bad.stderr
