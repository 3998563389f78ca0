"""The output formats of ``check``, ``verify`` and ``conflicts``, and which reporter writes each.

The CLI parses ``--format`` into these enums and hands a stage's result here; each reporter is
imported only when its format is asked for (so that ``check --format json`` never loads rich,
and no command loads Jinja2 or XML it does not write).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from claimcheck.check.gate import CheckRun
    from claimcheck.model import ConflictReport, VerifyReport
    from claimcheck.project import Project


class CheckFormat(StrEnum):
    """Output formats of ``check``."""

    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    rdjson = "rdjson"
    junit = "junit"
    claimreview = "claimreview"


class ProjectFormat(StrEnum):
    """Output formats of ``verify`` and ``conflicts``."""

    table = "table"
    json = "json"
    sarif = "sarif"
    junit = "junit"


def write_check(
    out: TextIO, checked: CheckRun, format: CheckFormat, verbose: bool, explain: bool
) -> None:
    """``check``'s report in ``format``."""
    result = checked.result
    if format is CheckFormat.json:
        from claimcheck.report import check_json

        out.write(check_json.dumps(result))
    elif format is CheckFormat.sarif:
        from claimcheck.report import sarif

        out.write(sarif.dumps(result))
    elif format is CheckFormat.rdjson:
        from claimcheck.report import rdjson

        out.write(rdjson.dumps(checked))
    elif format is CheckFormat.junit:
        from claimcheck.report import junit

        out.write(junit.check(checked))
    elif format is CheckFormat.claimreview:
        from claimcheck.report import claimreview

        out.write(claimreview.dumps(checked))
    else:
        from claimcheck.report import check_text
        from claimcheck.report.console import console

        if format is not CheckFormat.github:
            check_text.report(console(out), result, verbose or explain, explain)
            return
        from claimcheck.report import github

        # the text report quotes draft lines: between stop-commands, a line reading "::error"
        # stays text
        out.write(github.dumps(result))
        text = io.StringIO()
        check_text.report(console(text), result, verbose or explain, explain)
        out.write(github.around(text.getvalue()))


def source_paths(project: Project) -> dict[str, str]:
    """Each source's file as reports show it, by source id."""
    return {entry.id: entry.display for entry in project.catalog}


def write_verify(
    out: TextIO, report: VerifyReport, project: Project, format: ProjectFormat, verbose: bool
) -> None:
    """``verify``'s report in ``format``."""
    if format is ProjectFormat.json:
        from claimcheck.report import json as json_report

        out.write(json_report.dumps(json_report.verify_data(report)))
    elif format is ProjectFormat.sarif:
        from claimcheck.report import sarif_project

        out.write(sarif_project.dumps(sarif_project.verify_data(report, source_paths(project))))
    elif format is ProjectFormat.junit:
        from claimcheck.report import junit

        out.write(junit.verify(report, project.registry, source_paths(project)))
    else:
        from claimcheck.report import table

        table.findings(table.console(out), report, verbose)


def write_conflicts(
    out: TextIO,
    report: ConflictReport,
    project: Project | None,
    format: ProjectFormat,
    show_all: bool,
    paths: Mapping[str, str] | None = None,
) -> None:
    """``conflicts``' report in ``format`` (settled conflicts too with ``show_all``); ``paths``:
    each source's file by id (default: the project's sources; ``conflicts --archive`` gives the
    archive's files)."""
    from claimcheck.report import conflicts as conflicts_report

    def files() -> Mapping[str, str]:
        if paths is not None:
            return paths
        assert project is not None
        return source_paths(project)

    if format is ProjectFormat.json:
        from claimcheck.report import json as json_report

        shown = report.conflicts if show_all else report.unsettled
        out.write(json_report.dumps(conflicts_report.data(shown)))
    elif format is ProjectFormat.sarif:
        from claimcheck.report import sarif_project

        out.write(
            sarif_project.dumps(sarif_project.conflicts_data(report, dict(files()), show_all))
        )
    elif format is ProjectFormat.junit:
        from claimcheck.report import junit

        out.write(junit.conflicts(report, show_all))
    else:
        from claimcheck.report import table

        conflicts_report.table(table.console(out), report, show_all)
