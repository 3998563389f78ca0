"""Golden files: the whole report of each test draft, in every format, against the demo project.

Each draft ``drafts/<name>.md`` is checked with ``-C`` the repository and compared with
``golden/<name>.json``, ``.sarif``, ``.github`` and ``.txt`` (stdout) and ``.stderr``. Each
(draft, format) pair is its own test. After a deliberate change, regenerate and read the diff
(`tests.goldens`: the one switch of every golden test)::

    UPDATE_GOLDEN=1 python -m pytest -q tests/check/test_golden.py
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.goldens import regenerate

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
GOLDEN = HERE / "golden"
FORMATS = {"json": "json", "sarif": "sarif", "github": "github", "text": "txt"}
DRAFTS = sorted((HERE / "drafts").glob("*.md"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("draft", DRAFTS, ids=[d.stem for d in DRAFTS])
def test_golden(draft: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("NO_COLOR", "1")
    rel = draft.relative_to(REPO).as_posix()
    result = CliRunner().invoke(app, ["check", rel, "-C", str(REPO), "--format", fmt])
    assert result.exit_code in (0, 1), result.output
    golden = GOLDEN / f"{draft.stem}.{FORMATS[fmt]}"
    stderr_golden = GOLDEN / f"{draft.stem}.stderr"
    if regenerate():
        golden.write_text(result.stdout, encoding="utf-8")
        stderr_golden.write_text(result.stderr, encoding="utf-8")
    assert result.stdout == golden.read_text("utf-8")
    assert result.stderr == stderr_golden.read_text("utf-8")
    # the exit code follows the summary line: fail means exit 1
    assert result.exit_code == (1 if "(fail)" in result.stderr else 0)
