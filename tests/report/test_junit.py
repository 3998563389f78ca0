"""``--format junit`` of check, verify and conflicts, parsed back with junitparser.

A test case fails exactly where the command's gate fails, so that the dashboard and the exit
code agree.
"""

from __future__ import annotations

from pathlib import Path

from junitparser import Failure, JUnitXml, Skipped
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.junit import clean


def run(*args: str, input: str | None = None) -> tuple[int, JUnitXml]:
    result = CliRunner().invoke(app, [*args, "-f", "junit"], input=input)
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>'), result.output
    return result.exit_code, JUnitXml.fromstring(result.stdout.encode("utf-8"))


def cases(xml: JUnitXml) -> list:
    return [case for suite in xml for case in suite]


def failed(xml: JUnitXml) -> list:
    return [case for case in cases(xml) if any(isinstance(r, Failure) for r in case.result)]


def test_check_has_a_case_per_number(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    code, xml = run("check", "examples/draft.md")
    assert code == 1
    (suite,) = list(xml)
    assert suite.name == "examples/draft.md"
    assert suite.tests == 7 and suite.failures == 3 and xml.failures == 3  # 7 numbers, 1 suppressed
    names = [c.name for c in failed(xml)]
    assert names == ["6.98% at 7:47", "8% at 9:49", "20.8 billion yuan at 10:38"]
    assert {c.result[0].type for c in failed(xml)} == {"contradicted", "misattributed"}
    assert all(c.classname == "examples/draft.md" for c in cases(xml))
    # what passes the gate passes, its verdict kept in system-out
    passing = [c for c in cases(xml) if not c.result]
    assert len(passing) == 4 and all(c.system_out.startswith("supported: ") for c in passing)


def test_check_failures_follow_fail_on(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    code, xml = run("check", "examples/draft.md", "--fail-on", "none")
    assert code == 0 and failed(xml) == [] and xml.tests == 7


def test_verify_has_a_case_per_claim(demo: Path) -> None:
    code, xml = run("verify", "-C", str(demo))
    assert code == 0 and failed(xml) == []
    suites = {s.name: s for s in xml}
    assert "newschina-2018-rust-to-riches" in suites and "conflicts" in suites
    claims = sum(len(list(s)) for name, s in suites.items() if name != "conflicts")
    assert claims == 77
    assert len(list(suites["conflicts"])) == 0  # both demo conflicts are settled
    source = demo / "sources" / "newschina-2018-rust-to-riches.txt"
    source.write_text(
        source.read_text("utf-8").replace("growth of 7.4 percent", "growth of 7.5 percent"), "utf-8"
    )
    code, xml = run("verify", "-C", str(demo))
    assert code == 1
    (case,) = failed(xml)
    assert (
        case.name == "c708f832f 7.4 percent" and case.classname == "newschina-2018-rust-to-riches"
    )
    assert case.result[0].type == "changed" and "7.5 percent" in case.result[0].message


def test_verify_skips_rejected_claims(demo: Path) -> None:
    registry = demo / "claims" / "newschina-2018-rust-to-riches.yaml"
    text = registry.read_text("utf-8")
    registry.write_text(text.replace("status: auto", "status: rejected", 1), "utf-8")
    _, xml = run("verify", "-C", str(demo))
    skipped = [c for c in cases(xml) if any(isinstance(r, Skipped) for r in c.result)]
    assert [c.name for c in skipped] == ["c708f832f 7.4 percent"]


def test_conflicts_fail_where_the_gate_does(demo_arith: Path) -> None:
    demo = demo_arith
    code, xml = run("conflicts", "-C", str(demo), "--all")
    assert code == 0 and xml.tests == 2 and failed(xml) == []
    assert all("settled: " in c.system_out for c in cases(xml))
    (demo / "claims" / "_conflicts.yaml").unlink()
    code, xml = run("conflicts", "-C", str(demo))
    assert code == 1
    # the arithmetic warning fails (conflicts.fail_on: warning); the period note does not
    assert [c.classname for c in failed(xml)] == ["conflicts.arithmetic"]
    assert [c.classname for c in cases(xml)] == ["conflicts.arithmetic", "conflicts.period"]


def test_text_xml_cannot_carry_is_dropped() -> None:
    assert clean("a\x00b\x0bc\u2028d\tok\n") == "abc\u2028d\tok\n"
