"""`sync` never writes a registry file it could not read back.

A registry file over the read limit (`claimcheck.io.files.MAX_BYTES`) is refused with one line
naming it, exit 2, before any file is written (a smaller file of the same run included); and a
claim's quote, its sentence, is never longer than a sentence may be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.extract.sentences import MAX_SENTENCE
from claimcheck.io import files


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-C", str(root)])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.stdout, result.stderr


def project(root: Path, texts: dict[str, str]) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claimcheck.yaml").write_text("sources: sources\nclaims: claims\n", "utf-8")
    for source_id, text in texts.items():
        (root / "sources" / f"{source_id}.txt").write_text(
            f"---\nid: {source_id}\n---\n{text}\n", "utf-8"
        )
    return root


def test_a_registry_file_too_large_to_read_back_is_refused_before_any_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = " ".join(f"In {1900 + i} exports rose {i}.5 percent." for i in range(40))
    root = project(
        tmp_path / "p", {"a-small": "In 2018 the city's GDP grew 7.4 percent.", "b-big": many}
    )
    monkeypatch.setattr(files, "MAX_BYTES", 4096)  # a small limit instead of a 50 MB source
    code, out, err = cli(root, "sync")
    assert code == 2
    assert err.startswith("claimcheck: claims/b-big.yaml: would be ")
    assert err.count("\n") == 1 and "nothing was written" in err
    assert list((root / "claims").glob("*.yaml")) == []  # not even the small file
    monkeypatch.undo()
    assert cli(root, "sync")[0] == 0  # under the real limit both are written
    assert sorted(p.name for p in (root / "claims").glob("*.yaml")) == [
        "a-small.yaml",
        "b-big.yaml",
    ]


def test_quotes_are_bounded_by_the_sentence_cap(tmp_path: Path) -> None:
    # one "sentence" of 60,000 characters, with figures all along it and no full stop
    run_on = " and ".join(
        f"exports rose {i % 90}.5 percent in {1950 + i % 70}" for i in range(2000)
    )
    table = "| year | growth |\n|---|---|\n" + "".join(
        f"| {2000 + i} | {i}.1% |\n" for i in range(300)
    )
    root = project(tmp_path / "p", {"run-on": run_on, "table": table})
    code, out, err = cli(root, "sync")
    assert code == 0, err
    for file in (root / "claims").glob("*.yaml"):
        data = yaml.safe_load(file.read_text("utf-8"))
        assert data["claims"], file
        assert max(len(c["quote"]) for c in data["claims"]) <= MAX_SENTENCE
