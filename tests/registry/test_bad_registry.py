"""Malformed registry files: each file in ``bad/`` is named after its error and its first line
says what `claimcheck verify` must print, ``# expect: LINE: MESSAGE``; each must give exactly
that one stderr line, ``claimcheck: claims/NAME.yaml:LINE: MESSAGE``, exit code 2, no report and
no traceback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

BAD = Path(__file__).parent / "bad"
CASES = sorted(BAD.glob("*.yaml"))
SOURCE = (
    "---\nid: example\npublished: 2018-07-20\n---\n"
    "In the first half of 2018, the city's GDP grew 7.4 percent year on year.\n"
)
GOOD = """\
version: 1
source: example
claims:
- id: c1
  text: 7.4 percent
  quote: In the first half of 2018, the city's GDP grew 7.4 percent year on year.
  value: 7.4
  unit: percent
  direction: up
  period: 2018-H1
"""


def project(tmp_path: Path) -> Path:
    """A one-source project whose registry folder is empty."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    (tmp_path / "sources" / "example.txt").write_text(SOURCE, "utf-8")
    return tmp_path


def expectation(path: Path) -> tuple[int, str]:
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    m = re.fullmatch(r"# expect: (\d+): (.+)", first)
    assert m, f"{path.name}: first line must be '# expect: LINE: MESSAGE'"
    return int(m.group(1)), m.group(2)


def test_there_are_cases() -> None:
    names = {p.stem for p in CASES}
    assert {"unknown-source", "duplicate-id", "missing-quote", "value-not-a-number",
            "yaml-syntax-error", "python-tag", "bad-status", "claims-not-a-list",
            "not-utf8", "binary"} <= names  # fmt: skip


def test_the_good_file_passes(tmp_path: Path) -> None:
    """The cases differ from this file only by their error, which alone makes them fail."""
    root = project(tmp_path)
    (root / "claims" / "example.yaml").write_text(GOOD, "utf-8")
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "verify: 1 claim in 1 source: 0 errors, 0 warnings, 0 notes\n"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_bad_registry_file(case: Path, tmp_path: Path) -> None:
    line, message = expectation(case)
    root = project(tmp_path)
    shutil.copy(case, root / "claims" / case.name)
    for command in (["verify"], ["sync"], ["sources"]):
        result = CliRunner().invoke(app, [*command, "-C", str(root)])
        assert result.exit_code == 2, (command, result.stderr)
        assert isinstance(result.exception, SystemExit)  # not an uncaught exception
        error = f"claimcheck: claims/{case.name}:{line}: {message}\n"
        assert "Traceback" not in result.stdout + result.stderr
        if case.stem == "unknown-source" and command == ["verify"]:
            # its source is not there: verify goes on with the rest, then says so, exit 2
            assert result.stderr.startswith("verify: ") and result.stderr.endswith("\n" + error)
            continue
        assert result.stderr == error
        assert result.stdout == ""
    # nothing was written or lost: the bad file is byte for byte what it was, and alone
    assert (root / "claims" / case.name).read_bytes() == case.read_bytes()
    assert sorted(p.name for p in (root / "claims").iterdir()) == [case.name]


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "sources" / "other.txt").write_text(SOURCE.replace("id: example", "id: other"), "utf-8")
    (root / "claims" / "example.yaml").write_text(GOOD, "utf-8")
    (root / "claims" / "other.yaml").write_text(
        GOOD.replace("source: example", "source: other"), "utf-8"
    )
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: claims/other.yaml:4: duplicate id 'c1' (also at claims/example.yaml:4)\n"
    )


def test_two_files_for_one_source(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "claims" / "a.yaml").write_text(GOOD, "utf-8")
    (root / "claims" / "b.yaml").write_text(GOOD.replace("id: c1", "id: c2"), "utf-8")
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: claims/b.yaml:2: source 'example' already has a registry file (claims/a.yaml)\n"
    )


def test_alias_bomb_is_cheap(tmp_path: Path) -> None:
    """Aliases share one object: a 'billion laughs' file is read in linear time, then rejected."""
    lines = ["version: 1", "source: example", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    root = project(tmp_path)
    (root / "claims" / "bomb.yaml").write_text("\n".join(lines) + "\nclaims: []\n", "utf-8")
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: claims/bomb.yaml:3: unknown field 'a0' (a registry file has version, source, claims)\n"
    )


def test_deep_nesting(tmp_path: Path) -> None:
    root = project(tmp_path)
    deep = "[" * 3000 + "]" * 3000
    (root / "claims" / "deep.yaml").write_text(
        f"version: 1\nsource: example\nclaims: {deep}\n", "utf-8"
    )
    result = CliRunner().invoke(app, ["verify", "-C", str(root)])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: claims/deep.yaml:")
    assert result.stderr.count("\n") == 1
