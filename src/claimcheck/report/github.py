"""GitHub Actions workflow commands for ``claimcheck check``: annotations on the pull request.

One command per number that is not supported: ``::error`` when its verdict fails the gate,
``::warning`` for a wrong figure that does not, ``::notice`` for an unsupported number, each
with ``file``, ``line``, ``col``, ``endLine``, ``endColumn`` and ``title``. Data is escaped as
the runner expects (``%``, CR, LF; in properties also ``:`` and ``,``). GitHub shows only the
first ten annotations of each kind per step, so the CLI prints the text report after these,
between the lines of `around`: the report quotes draft lines, and the runner would otherwise
read a line of a draft that looks like a workflow command as one.
"""

from __future__ import annotations

import hashlib

from claimcheck.check.gate import CheckReport, Finding
from claimcheck.check.verdict import Verdict
from claimcheck.report.console import safe


def escape_data(text: str) -> str:
    """Escape a command's message (control characters replaced first, as in every report)."""
    return safe(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property's value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(f: Finding, report: CheckReport) -> str:
    """The workflow command for one finding."""
    if f.verdict in report.fail_on:
        kind = "error"
    else:
        kind = "notice" if f.verdict is Verdict.unsupported else "warning"
    props = {
        "file": f.path,
        "line": str(f.line),
        "col": str(f.column),
        "endLine": str(f.end_line),
        "endColumn": str(f.end_column),
        "title": f"claimcheck: {f.verdict.value} {f.text}",
    }
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{kind} {joined}::{escape_data(f.message)}"


def dumps(report: CheckReport) -> str:
    """Every command, one a line."""
    return "".join(
        command(f, report) + "\n" for f in report.findings if f.verdict is not Verdict.supported
    )


def around(text: str) -> str:
    """``text`` between the lines that turn the runner's command processing off and on again:
    a draft line reading ``::error file=...::`` in a report that quotes it must stay text, not
    become an annotation. The token is a digest of the text itself, so the same report gives the
    same output, and a draft cannot contain the line that ends the pause (it would have to
    contain the digest of the report it is quoted in)."""
    if not text:
        return ""
    token = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"::stop-commands::{token}\n{text}::{token}::\n"
