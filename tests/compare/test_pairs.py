"""Pairs of short passages, written for the tests: each file in ``pairs/`` is one case.

A case holds passage ``a`` (one source) and optionally ``b``, ``c``, ``d`` (more sources) and the
kind of conflict expected (``none`` when nothing may be flagged); optionally ``sources``, the
sources whose claims the conflict lists (by default every passage), and ``claims``, how many. Each case is built into a project,
registered with `claimcheck sync` (so subject and metric are the registry's own guesses) and
run through `claimcheck conflicts --format json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

PAIRS = Path(__file__).parent / "pairs"


def build(root: Path, passages: dict[str, str]) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "claimcheck.yaml").write_text("conflicts:\n  fail_on: info\n", "utf-8")
    for name, text in passages.items():
        front = f"---\nid: {name}\npublished: 2024-01-01\n---\n"
        (root / "sources" / f"{name}.txt").write_text(front + text + "\n", "utf-8")
    synced = CliRunner().invoke(app, ["sync", "-C", str(root)])
    assert synced.exit_code == 0, synced.stderr
    return root


def conflicts(root: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(app, ["conflicts", "-C", str(root), "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)["conflicts"]


@pytest.mark.parametrize("case", sorted(PAIRS.glob("*.yaml")), ids=lambda p: p.stem)
def test_pair(case: Path, tmp_path: Path) -> None:
    spec = yaml.safe_load(case.read_text("utf-8"))
    passages = {k: spec[k] for k in ("a", "b", "c", "d") if k in spec}
    code, found = conflicts(build(tmp_path / "p", passages))
    kinds = [c["kind"] for c in found]
    if spec["expect"] == "none":
        assert found == [], found
        assert code == 0
    else:
        assert kinds == [spec["expect"]], found
        assert code == 1  # fail_on: info in these projects
        listed = found[0]["claims"]
        assert {claim["source"] for claim in listed} == set(spec.get("sources", passages))  # type: ignore[attr-defined]
        if "claims" in spec:
            assert len(listed) == spec["claims"]  # type: ignore[arg-type]
