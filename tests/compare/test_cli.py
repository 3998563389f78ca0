"""`claimcheck conflicts` through the CLI: exit codes, stdout and stderr, settlements, gate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.model import conflict_id
from tests.conftest import plant_arithmetic
from tests.goldens import regenerate

GOLDEN = Path(__file__).parent / "golden"
BAD = Path(__file__).parent / "bad"
PERIOD = conflict_id("period", ["cdf04d409", "c708f832f"])  # type: ignore[arg-type]


def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env)


def unsettle(root: Path) -> None:
    (root / "claims" / "_conflicts.yaml").unlink()


def test_demo_conflicts_are_settled(repo: Path) -> None:
    result = invoke("conflicts", "-C", str(repo))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("conflicts: 1 in 77 claims, 1 settled; unsettled: 0 errors")


def test_demo_period_pair(demo: Path) -> None:
    unsettle(demo)
    result = invoke("conflicts", "-C", str(demo), "--format", "json")
    assert result.exit_code == 0  # a period note is info, under the default fail_on
    data = json.loads(result.stdout)
    assert list(data) == ["version", "conflicts"] and data["version"] == 1
    (period,) = [c for c in data["conflicts"] if c["kind"] == "period"]
    assert period["id"] == PERIOD and period["severity"] == "info"
    assert {c["period"]: c["text"] for c in period["claims"]} == {
        "2017-H1": "8%",
        "2018-H1": "7.4 percent",
    }
    for c in data["conflicts"]:
        assert list(c)[:5] == ["id", "kind", "severity", "subject", "metric"]
        for claim in c["claims"]:
            assert list(claim) == [
                "id",
                "source",
                "line",
                "text",
                "value",
                "unit",
                "period",
                "quote",
            ]


def test_fail_on_error_passes_warnings(demo: Path) -> None:
    unsettle(demo)
    plant_arithmetic(demo)
    config = demo / "claimcheck.yaml"
    config.write_text(
        config.read_text("utf-8").replace("fail_on: warning", "fail_on: error"), "utf-8"
    )
    result = invoke("conflicts", "-C", str(demo))
    assert result.exit_code == 0
    assert "arithmetic" in result.stdout and "period" in result.stdout
    assert result.stderr.endswith("0 at or above error\n")
    assert invoke("verify", "-C", str(demo)).exit_code == 0


def test_verify_reports_unsettled(demo: Path) -> None:
    unsettle(demo)
    plant_arithmetic(demo)
    result = invoke("verify", "-C", str(demo), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert list(data) == ["version", "findings", "summary", "conflicts"]
    assert {c["kind"] for c in data["conflicts"]} == {"arithmetic", "period"}
    table = invoke("verify", "-C", str(demo))
    assert "arithmetic" in table.stdout and "period" not in table.stdout  # info needs --verbose
    assert "period" in invoke("verify", "-C", str(demo), "--verbose").stdout
    assert table.stderr.endswith(
        "; 2 unsettled conflicts (1 at or above conflicts.fail_on warning: the run fails)\n"
    )


def test_trust_on_a_claim_settles(demo: Path) -> None:
    unsettle(demo)
    plant_arithmetic(demo)
    path = demo / "claims" / "ferrow-2020-results.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("  text: '400'\n", "  text: '400'\n  trust: true\n", 1), "utf-8")
    data = json.loads(invoke("conflicts", "-C", str(demo), "-f", "json", "--all").stdout)
    (arith,) = [c for c in data["conflicts"] if c["kind"] == "arithmetic"]
    trusted = [c["id"] for c in arith["claims"] if c["text"] == "400"]
    assert arith["settled"] is True and [arith["trust"]] == trusted
    assert invoke("conflicts", "-C", str(demo)).exit_code == 0


def test_settle_with_trusted_claim_id(demo: Path) -> None:
    (demo / "claims" / "_conflicts.yaml").write_text(
        f"version: 1\nconflicts:\n- id: {PERIOD}\n  status: reviewed\n  trust: c708f832f\n"
        "- id: period-00000000\n  note: gone\n",
        "utf-8",
    )
    result = invoke("conflicts", "-C", str(demo), "--all", "-f", "json")
    data = json.loads(result.stdout)
    (period,) = [c for c in data["conflicts"] if c["kind"] == "period"]
    assert period["settled"] and period["trust"] == "c708f832f" and period["note"] is None
    assert "1 settlement matches no conflict: period-00000000" in result.stderr
    plain = invoke("conflicts", "-C", str(demo), "-f", "json")
    assert json.loads(plain.stdout)["conflicts"] == []


@pytest.mark.parametrize("case", sorted(BAD.glob("*.yaml")), ids=lambda p: p.stem)
def test_bad_settlements(case: Path, demo: Path) -> None:
    expected = case.read_text("utf-8").splitlines()[0].removeprefix("# expect: ")
    shutil.copy(case, demo / "claims" / "_conflicts.yaml")
    for command in ("conflicts", "verify"):
        result = invoke(command, "-C", str(demo))
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == f"claimcheck: claims/_conflicts.yaml:{expected}\n"


def test_no_ansi_and_no_color(demo: Path) -> None:
    unsettle(demo)
    for env in ({"NO_COLOR": "1"}, {}):
        result = invoke("conflicts", "-C", str(demo), env=env)
        assert "\x1b[" not in result.stdout
        assert "»8%«" in result.stdout  # the figure is marked without colour


@pytest.mark.parametrize(
    "case", sorted(p for p in GOLDEN.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_golden(case: Path, repo: Path) -> None:
    """The demo's conflicts, settled ones included, as a person has read and approved them."""
    root = case / "project" if (case / "project").is_dir() else repo
    as_json = invoke("conflicts", "-C", str(root), "--all", "--format", "json")
    as_table = invoke("conflicts", "-C", str(root), "--all")
    assert as_json.exit_code == as_table.exit_code
    outputs = {"conflicts.json": as_json.stdout, "conflicts.txt": as_table.stdout + as_table.stderr}
    for name, text in outputs.items():
        if regenerate():
            (case / name).write_text(text, "utf-8")
        assert text == (case / name).read_text("utf-8"), name


def test_many_sources_in_one_dispute_list_one_claim_per_row(tmp_path: Path) -> None:
    from tests.compare.test_pairs import build

    passages = {
        f"s{i}": f"In 2018, Changchun's GDP grew {7.4 if i % 2 else 7.9} percent." for i in range(5)
    }
    root = build(tmp_path / "p", passages)
    result = invoke("conflicts", "-C", str(root))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("error   value      Changchun · GDP growth  value-")
    assert lines[1] == "  7.4 percent against 7.9 percent for 2018"
    assert [w for w in lines[3].strip("┃ ").split() if w != "┃"] == ["claim", "figure", "passage"]
    rows = [line for line in lines if line.startswith("│ s")]
    assert [r.split()[1].split(":")[0] for r in rows] == [f"s{i}" for i in range(5)]
    assert all("»7." in r for r in rows)
