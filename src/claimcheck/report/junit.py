"""JUnit XML for ``check``, ``verify`` and ``conflicts``: the gate on a test dashboard.

The de facto JUnit schema (one ``<testsuites>``, a ``<testsuite>`` per file with ``tests``,
``failures``, ``errors``, ``skipped`` and ``time``, a ``<testcase>`` per check, ``<failure>``
with ``message`` and ``type``), as Jenkins, GitLab, GitHub test reporters and junitparser read
it. A test case fails exactly when the command's gate fails on it, so the dashboard and the exit
code agree; what is reported but does not fail (a warning, a verdict outside ``--fail-on``, a
settled conflict) passes with its message in ``<system-out>``.

- ``check``: a suite per draft, a case per checked number (supported ones too), named by the
  figure and where it stands;
- ``verify``: a suite per source, a case per claim (a rejected claim is skipped) failing on an
  error about it, a case per numeric statement the registry lacks, and a suite of the
  unsettled conflicts, failing at or above ``conflicts.fail_on``;
- ``conflicts``: one suite, a case per conflict shown.

claimcheck does not time single checks, so every ``time`` is 0. Characters XML 1.0 cannot carry
(control characters a source may hold) are dropped rather than written as invalid XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from claimcheck.check.gate import CheckRun, Finding
from claimcheck.model import Claim, Conflict, ConflictReport, Registry, Severity, VerifyReport
from claimcheck.model import Finding as VerifyFinding

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Case:
    """One test case: its outcome is ``failure`` (a message) or ``skipped``, else it passed."""

    classname: str
    name: str
    file: str | None = None
    line: int | None = None
    failure: str | None = None
    kind: str = ""
    details: str = ""
    skipped: str | None = None


@dataclass
class Suites:
    """Test cases by suite name, in the order the suites were first named."""

    name: str
    suites: dict[str, list[Case]] = field(default_factory=dict)

    def add(self, suite: str, case: Case) -> None:
        self.suites.setdefault(suite, []).append(case)

    def xml(self) -> str:
        """The whole document, UTF-8 XML text with a declaration."""
        root = ET.Element("testsuites", name=clean(self.name))
        totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
        for name, cases in self.suites.items():
            suite = _suite(root, name, cases)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
        for key, value in totals.items():
            root.set(key, str(value))
        root.set("time", "0")
        ET.indent(root)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode")
            + "\n"
        )


def _suite(root: ET.Element, name: str, cases: list[Case]) -> ET.Element:
    failures = sum(1 for c in cases if c.failure is not None)
    skipped = sum(1 for c in cases if c.skipped is not None and c.failure is None)
    suite = ET.SubElement(root, "testsuite", name=clean(name), tests=str(len(cases)), failures=str(failures),
                          errors="0", skipped=str(skipped), time="0")  # fmt: skip
    for case in cases:
        element = ET.SubElement(
            suite, "testcase", classname=clean(case.classname), name=clean(case.name), time="0"
        )
        if case.file:
            element.set("file", clean(case.file))
        if case.line:
            element.set("line", str(case.line))
        if case.failure is not None:
            failure = ET.SubElement(element, "failure", message=clean(case.failure), type=case.kind)
            failure.text = clean(case.details or case.failure)
        elif case.skipped is not None:
            ET.SubElement(element, "skipped", message=clean(case.skipped))
        elif case.details:
            ET.SubElement(element, "system-out").text = clean(case.details)
    return suite


def _number(f: Finding, fails: bool) -> Case:
    evidence = f"\nsource: {f.evidence}" if f.evidence else ""
    details = f"{f.verdict.value}: {f.text}: {f.message}{evidence}"
    return Case(classname=f.path, name=f"{f.text} at {f.line}:{f.column}", file=f.path, line=f.line,
                failure=f"{f.verdict.value}: {f.message}" if fails else None, kind=f.verdict.value,
                details=details)  # fmt: skip


def check(checked: CheckRun) -> str:
    """``check``: a suite per draft, a case per checked number."""
    out = Suites("claimcheck check")
    for path in checked.result.files:
        out.suites[path] = []  # a draft with no number is an empty suite, not a missing one
    for f in checked.result.findings:
        out.add(f.path, _number(f, f.verdict in checked.result.fail_on))
    return out.xml()


def _claim_case(claim: Claim, path: str, findings: list[VerifyFinding]) -> Case:
    errors = [f for f in findings if f.severity is Severity.error]
    details = "\n".join(f"{f.code} {f.name} ({f.severity}): {f.message}" for f in findings)
    return Case(classname=claim.source, name=f"{claim.id} {claim.text}", file=path, line=claim.line,
                failure=f"{errors[0].code} {errors[0].name}: {errors[0].message}" if errors else None,
                kind=errors[0].name if errors else "", details=details,
                skipped="rejected claim" if claim.status == "rejected" else None)  # fmt: skip


def _conflict_case(c: Conflict, fail_on: Severity) -> Case:
    sides = "\n".join(f"{x.source}:{x.line or '?'} {x.id}: {x.text} ({x.period or 'no period'}): {x.quote}"
                      for x in c.claims)  # fmt: skip
    note = f"\nsettled: {c.settlement.note or ''}" if c.settlement else ""
    return Case(classname=f"conflicts.{c.kind}", name=f"{c.id} {c.subject or '?'} · {c.metric or '?'}",
                failure=f"{c.severity} {c.kind}: {c.message}" if c.fails(fail_on) else None, kind=str(c.kind),
                details=f"{c.severity} {c.kind}: {c.message}{note}\n{sides}")  # fmt: skip


def verify(report: VerifyReport, registry: Registry, paths: Mapping[str, str]) -> str:
    """``verify``: a suite per source (``paths``: source id to its file), a case per claim."""
    out = Suites("claimcheck verify")
    about: dict[str | None, list[VerifyFinding]] = defaultdict(list)
    for f in report.findings:
        about[f.claim].append(f)
    for source in sorted(set(registry.claims) | set(paths)):
        out.suites[source] = []
        for claim in registry.claims.get(source, []):
            out.add(source, _claim_case(claim, paths.get(source, ""), about.get(claim.id, [])))
    for f in about.get(None, []):  # statements the registry lacks: about no claim
        out.add(f.source, Case(classname=f.source, name=f"{f.name} {f.found or ''} at line {f.line}",
                               file=f.path, line=f.line, details=f"{f.code} {f.name} ({f.severity}): {f.message}"))  # fmt: skip
    _conflicts(out, report.conflicts, report.conflicts_fail_on)
    return out.xml()


def _conflicts(out: Suites, conflicts: Iterable[Conflict], fail_on: Severity) -> None:
    out.suites.setdefault("conflicts", [])
    for c in conflicts:
        out.add("conflicts", _conflict_case(c, fail_on))


def conflicts(report: ConflictReport, show_all: bool = False) -> str:
    """``conflicts``: a case per unsettled conflict (per conflict with ``show_all``)."""
    out = Suites("claimcheck conflicts")
    _conflicts(out, report.conflicts if show_all else report.unsettled, report.fail_on)
    return out.xml()
