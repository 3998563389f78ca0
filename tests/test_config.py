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
    cfg = config.find(tmp_path)
    assert (cfg.sources, cfg.claims, cfg.anchor_threshold, cfg.path) == (
        tmp_path.resolve() / "sources", tmp_path.resolve() / "claims", 85.0, None
    )


def test_found_upwards(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.yaml").write_text("claims: registry\nanchor:\n  threshold: 90\n", "utf-8")
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


def test_missing_project_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", "-C", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {tmp_path / 'nowhere'}: project folder not found\n"
