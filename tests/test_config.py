"""The project config: defaults, pyproject.toml, and bad claimcheck.yaml files.

Each file in ``config/bad/`` is named after its error; its first line is
``# expect: LINE: MESSAGE``, the one stderr line (after ``claimcheck: PATH:``) it must give, with
exit code 2 and no traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import config
from claimcheck.cli import app
from claimcheck.errors import ConfigError

BAD = Path(__file__).parent / "config" / "bad"
CASES = sorted(BAD.glob("*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_bad_config(case: Path, tmp_path: Path) -> None:
    m = re.fullmatch(r"# expect: (\d+): (.+)", case.read_bytes().split(b"\n")[0].decode("ascii"))
    assert m, case.name
    (tmp_path / "sources").mkdir()
    target = tmp_path / "claimcheck.yaml"
    target.write_bytes(case.read_bytes())
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stderr == f"claimcheck: {target}:{m.group(1)}: {m.group(2)}\n"
    assert result.stdout == ""


def test_defaults(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.yaml").write_text("# every key is optional\n", "utf-8")
    cfg = config.find(tmp_path)
    assert (cfg.sources, cfg.claims, cfg.anchor_threshold, cfg.path) == (
        tmp_path.resolve() / "sources",
        tmp_path.resolve() / "claims",
        85.0,
        tmp_path.resolve() / "claimcheck.yaml",
    )


def test_found_upwards(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.yaml").write_text(
        "claims: registry\nanchor:\n  threshold: 90\n", "utf-8"
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    cfg = config.find(deep)
    assert cfg.root == tmp_path.resolve()
    assert cfg.claims == tmp_path.resolve() / "registry"
    assert cfg.anchor_threshold == 90.0


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nsources = 'docs'\n", "utf-8")
    assert config.find(tmp_path).sources == tmp_path.resolve() / "docs"
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nsourcez = 'docs'\n", "utf-8")
    with pytest.raises(ConfigError, match="unknown config key 'sourcez'"):
        config.find(tmp_path)


def test_pyproject_errors_name_the_line(tmp_path: Path) -> None:
    """TOML rejects a duplicate key itself; the message keeps its line, as YAML errors do."""
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        "[project]\nname = 'x'\n\n[tool.claimcheck]\nsources = 'docs'\nsources = 'more'\n", "utf-8"
    )
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr == f"claimcheck: {pyproject}:6: TOML syntax error: Cannot overwrite a value\n"
    )
    pyproject.write_text(
        "[project]\nname = 'x'\n\n[tool.claimcheck]\nclaims = 'registry'\nanchor = 3\n", "utf-8"
    )
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path)])
    assert result.stderr == f"claimcheck: {pyproject}:6: anchor must be a mapping\n"


def test_duplicate_key_is_named_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "claimcheck.yaml").write_text(
        "# config\nsources: sources\nsources: claims\n", "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    for command in ("verify", "sync", "conflicts", "sources"):
        result = CliRunner().invoke(app, [command])
        assert result.exit_code == 2, command
        assert result.stderr == "claimcheck: claimcheck.yaml:3: duplicate key 'sources'\n"
        assert result.stdout == ""


def test_no_config_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a project, a command says so (it does not guess default folders)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()  # not a project without a claimcheck.yaml
    for command in (["verify"], ["sync"], ["conflicts"], ["sources"], ["check", "-"]):
        result = CliRunner().invoke(app, command, input="GDP grew 8%.\n")
        assert result.exit_code == 2, command
        assert result.stderr == (
            f"claimcheck: {tmp_path.resolve()}: no claimcheck.yaml found here or in a folder above; "
            "run 'claimcheck init' to start a project\n"
        )


def test_missing_claims_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """verify, conflicts and check need the configured claims folder; sync creates it."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Changchun's GDP grew 7.4 percent in 2018.\n", "utf-8"
    )
    (tmp_path / "claimcheck.yaml").write_text("sources: sources\nclaims: nowhere\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["verify"], ["conflicts"], ["check", "-"]):
        result = CliRunner().invoke(app, command, input="GDP grew 8%.\n")
        assert result.exit_code == 2, command
        assert result.stderr == "claimcheck: claimcheck.yaml:2: claims folder 'nowhere' not found\n"
        assert result.stdout == ""
    result = CliRunner().invoke(app, ["sync"])
    assert result.exit_code == 0
    assert result.stdout == "wrote nowhere/a.yaml\n"
    assert "sync: created the claims folder nowhere/\n" in result.stderr
    assert CliRunner().invoke(app, ["verify"]).exit_code == 0


def test_missing_default_claims_folder(tmp_path: Path) -> None:
    """A claims folder left at its default is looked for too; the message names the config."""
    (tmp_path / "sources").mkdir()
    config_file = tmp_path / "claimcheck.yaml"
    config_file.write_text("anchor:\n  threshold: 85\n", "utf-8")
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {config_file}: claims folder 'claims' not found\n"


def test_missing_project_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {tmp_path / 'nowhere'}: project folder not found\n"


def test_publisher_section(tmp_path: Path) -> None:
    """The optional publisher: its name and address, read from YAML and from pyproject.toml."""
    (tmp_path / "claimcheck.yaml").write_text("# no publisher\n", "utf-8")
    assert config.find(tmp_path).publisher is None
    (tmp_path / "claimcheck.yaml").write_text(
        "publisher:\n  name: ' Northeast Desk '\n  url: https://northeast.example/checks\n", "utf-8"
    )
    assert config.find(tmp_path).publisher == config.Publisher(
        "Northeast Desk", "https://northeast.example/checks"
    )
    (tmp_path / "claimcheck.yaml").unlink()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.claimcheck.publisher]\nname = 'Desk'\nurl = 'http://desk.example'\n", "utf-8"
    )
    assert config.find(tmp_path).publisher == config.Publisher("Desk", "http://desk.example")
    (tmp_path / "pyproject.toml").write_text(
        "[tool.claimcheck.publisher]\nname = 'Desk'\nurl = 'ftp://x'\n", "utf-8"
    )
    with pytest.raises(ConfigError, match=r"publisher.url must be an http") as caught:
        config.find(tmp_path)
    assert caught.value.line == 1


def test_fail_on_none_is_said_outright(tmp_path: Path) -> None:
    cfg = config.parse({"check": {"fail_on": "none"}}, tmp_path, None)
    assert cfg.check_fail_on == ()
