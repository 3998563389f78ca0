"""Human reports with rich: tables for mentions and findings, a summary line for stderr.

The console (`claimcheck.report.console`) uses colour only on a terminal without ``NO_COLOR``,
so that golden files compare equal. A diff or candidate
passage that spans lines in the source is shown on one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from claimcheck.report import plural
from claimcheck.report.conflicts import conflict
from claimcheck.report.console import STYLE, console, number, safe

__all__ = ["STYLE", "console", "number"]  # the console helpers, re-exported for the CLI

if TYPE_CHECKING:  # annotations only: `check` prints with this module and needs neither
    from claimcheck.model import Mention, Registry, VerifyReport
    from claimcheck.sources import Source


def _figure(m: Mention) -> str:
    grouped = m.kind != "date"  # a year is written 2015, not 2,015
    if m.low is not None and m.high is not None:
        return f"{number(m.low, grouped)}..{number(m.high, grouped)}"
    return number(m.value, grouped)


def mentions(out: Console, results: Iterable[tuple[str, Iterable[Mention]]]) -> int:
    """A table of mentions per file, printed as each file comes; the number of mentions."""
    from rich.table import Table

    count = 0
    for path, mentions_of in results:
        found = list(mentions_of)
        count += len(found)
        table = Table(title=Text(safe(path)), title_justify="left", show_lines=False, expand=False)
        for name in ("line:col", "text", "kind", "value", "unit", "qual", "dir", "period"):
            table.add_column(name, no_wrap=name != "text")
        for m in found:
            table.add_row(
                f"{m.span.line}:{m.span.column}",
                Text(safe(m.text)),
                m.kind,
                _figure(m),
                Text(safe(m.unit or "")),
                m.qualifier if m.qualifier != "=" else "",
                m.direction or "",
                m.period.label if m.period else "",
            )
        out.print(table)
    return count


def sources(out: Console, found: list[Source], registry: Registry) -> None:
    """A table of the project's sources: metadata and claim counts."""
    from rich.table import Table

    table = Table(show_lines=False)
    for name in ("id", "published", "publisher", "title", "claims", "path"):
        table.add_column(name, no_wrap=name in ("id", "published", "path"))
    for s in found:
        n = len(registry.claims.get(s.id, []))
        cells = (s.id, s.published or "", s.publisher or "", s.title or "", str(n), s.path)
        table.add_row(*(Text(safe(cell)) for cell in cells))  # Text: no markup read from a title
    out.print(table)


def findings(out: Console, report: VerifyReport, verbose: bool = False) -> None:
    """Findings grouped by source, one line each, with diff or candidate when there is one."""
    shown = [f for f in report.findings if verbose or f.severity != "info"]
    current = None
    for f in shown:
        if f.path != current:
            current = f.path
            out.print(Text(safe(f.path), style="bold"))
        where = f"{f.line}:{f.column}" if f.column else f"{f.line or '-'}"
        line = Text("  ")
        line.append(f"{where:>8}  ", style="dim")
        line.append(f"{f.severity:<7}", style=STYLE[f.severity])
        line.append(f" {f.code} {f.name:<12} ")
        line.append(safe(f.message))
        if f.claim:
            line.append(f"  [{safe(f.claim)}]", style="dim")
        out.print(line)
        if f.diff and f.name in ("drifted", "changed"):
            out.print(Text(f"            {_one_line(f.diff)}", style="dim"))
        elif f.name == "unanchored" and f.passage:
            out.print(Text(f"            candidate: {_one_line(f.passage)[:160]}", style="dim"))
    conflicts = [c for c in report.conflicts if verbose or c.severity != "info"]
    if conflicts:
        out.print(Text("conflicts between claims (claimcheck conflicts)", style="bold"))
        for c in conflicts:
            conflict(out, c)


def _one_line(text: str) -> str:
    """Text with its line breaks and runs of white space as single spaces (a table row)."""
    return safe(" ".join(text.split()))


def summary(report: VerifyReport) -> str:
    """One line for stderr."""
    return (
        f"verify: {plural(report.claims, 'claim')} in {plural(report.sources, 'source')}: "
        f"{plural(report.count('error'), 'error')}, {plural(report.count('warning'), 'warning')}, "
        f"{plural(report.count('info'), 'note')}"
    ) + _conflicts_said(report)


def _conflicts_said(report: VerifyReport) -> str:
    """The unsettled conflicts, and how many of them fail the run: a run that fails with no
    error says why."""
    if not report.conflicts:
        return ""
    said = f"; {plural(len(report.conflicts), 'unsettled conflict')}"
    failing = sum(1 for c in report.conflicts if c.fails(report.conflicts_fail_on))
    if failing:
        said += (
            f" ({failing} at or above conflicts.fail_on {report.conflicts_fail_on}: the run fails)"
        )
    return said
