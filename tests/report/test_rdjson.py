"""``check --format rdjson``: valid against reviewdog's published schema, columns in UTF-8 bytes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from claimcheck.cli import app

SCHEMA = Path(__file__).parent / "schemas" / "reviewdog" / "DiagnosticResult.json"
# the apostrophe before the figure is one character and three UTF-8 bytes
BAD = "In the first half of 2018, Changchun’s GDP grew 8%.\n"
UNSUPPORTED = "Harbin's ice festival drew 40 percent more skiers.\n"


def rdjson(repo: Path, text: str, *more: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["check", "-", "-C", str(repo), "-f", "rdjson", "--stdin-filename", "d.md", *more],
                                input=text)  # fmt: skip
    return result.exit_code, json.loads(result.stdout)


def test_valid_against_reviewdogs_schema(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(app, ["check", "examples/draft.md", "-f", "rdjson"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(data)
    assert data["source"]["name"] == "claimcheck"
    # one diagnostic per number that is not supported, as SARIF has results
    assert [d["code"]["value"] for d in data["diagnostics"]] == ["CC202", "CC201", "CC202"]
    assert {d["severity"] for d in data["diagnostics"]} == {"ERROR"}


def test_columns_count_utf8_bytes(repo: Path) -> None:
    code, data = rdjson(repo, BAD)
    assert code == 1
    (d,) = data["diagnostics"]
    start, end = d["location"]["range"]["start"], d["location"]["range"]["end"]
    line = BAD.rstrip("\n").encode("utf-8")
    assert line[start["column"] - 1 : end["column"] - 1] == b"8%"  # end exclusive, as reviewdog's
    assert start["column"] == BAD.index("8%") + 1 + 2
    assert d["location"]["path"] == "d.md" and start["line"] == end["line"] == 1


def test_severity_follows_the_gate(repo: Path) -> None:
    code, data = rdjson(repo, BAD + UNSUPPORTED, "--fail-on", "none")
    assert code == 0
    assert [d["severity"] for d in data["diagnostics"]] == ["WARNING", "INFO"]
    code, data = rdjson(repo, UNSUPPORTED, "--fail-on", "unsupported")
    assert code == 1 and [d["severity"] for d in data["diagnostics"]] == ["ERROR"]
