"""Human reports with rich: tables for mentions and findings, a summary line for stderr.

Colour is used only when the output is a terminal and ``NO_COLOR`` is not set; the same text
is printed without markup otherwise, so that golden files compare equal. A diff or candidate
passage that spans lines in the source is shown on one line.
"""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from claimcheck.report import plural

if TYPE_CHECKING:  # annotations only: `check` prints with this module and needs neither
    from claimcheck.model import Mention, VerifyReport

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console(file: IO[str] | None = None, width: int | None = None) -> Console:
    """A console for ``file`` (stdout by default) that honours NO_COLOR and non-terminals."""
    out = file or sys.stdout
    is_tty = hasattr(out, "isatty") and out.isatty()
    return Console(
        file=out,
        no_color="NO_COLOR" in os.environ or not is_tty,
        highlight=False,
        soft_wrap=not is_tty,
        width=width or (None if is_tty else 200),
        force_terminal=False if not is_tty else None,
    )


def number(value: float | int | None, grouped: bool = True) -> str:
    """A number for people: thousands separators (unless not ``grouped``), no exponent, no
    trailing zeros."""
    if value is None:
        return ""
    sep = "," if grouped else ""
    if float(value).is_integer():
        return f"{int(value):{sep}}"
    return f"{value:{sep}.6f}".rstrip("0").rstrip(".")


def _figure(m: Mention) -> str:
    grouped = m.kind != "date"  # a year is written 2015, not 2,015
    if m.low is not None and m.high is not None:
        return f"{number(m.low, grouped)}..{number(m.high, grouped)}"
    return number(m.value, grouped)


def mentions(out: Console, results: list[tuple[str, list[Mention]]]) -> None:
    """A table of mentions per file."""
    from rich.table import Table

    for path, found in results:
        table = Table(title=path, title_justify="left", show_lines=False, expand=False)
        for name in ("line:col", "text", "kind", "value", "unit", "qual", "dir", "period"):
            table.add_column(name, no_wrap=name != "text")
        for m in found:
            table.add_row(
                f"{m.span.line}:{m.span.column}",
                m.text,
                m.kind,
                _figure(m),
                m.unit or "",
                m.qualifier if m.qualifier != "=" else "",
                m.direction or "",
                m.period.label if m.period else "",
            )
        out.print(table)


def findings(out: Console, report: VerifyReport, verbose: bool = False) -> None:
    """Findings grouped by source, one line each, with diff or candidate when there is one."""
    shown = [f for f in report.findings if verbose or f.severity != "info"]
    current = None
    for f in shown:
        if f.path != current:
            current = f.path
            out.print(Text(f.path, style="bold"))
        where = f"{f.line}:{f.column}" if f.column else f"{f.line or '-'}"
        line = Text("  ")
        line.append(f"{where:>8}  ", style="dim")
        line.append(f"{f.severity:<7}", style=STYLE[f.severity])
        line.append(f" {f.code} {f.name:<12} ")
        line.append(f.message)
        if f.claim:
            line.append(f"  [{f.claim}]", style="dim")
        out.print(line)
        if f.diff and f.name in ("drifted", "changed"):
            out.print(Text(f"            {_one_line(f.diff)}", style="dim"))
        elif f.name == "unanchored" and f.passage:
            out.print(Text(f"            candidate: {_one_line(f.passage)[:160]}", style="dim"))
    conflicts = [c for c in report.conflicts if verbose or c.severity != "info"]
    if conflicts:
        from claimcheck.report.conflicts import conflict  # it imports this module

        out.print(Text("conflicts between claims (claimcheck conflicts)", style="bold"))
        for c in conflicts:
            conflict(out, c)


def _one_line(text: str) -> str:
    """Text with its line breaks and runs of white space as single spaces (a table row)."""
    return " ".join(text.split())


def summary(report: VerifyReport) -> str:
    """One line for stderr."""
    return (
        f"verify: {plural(report.claims, 'claim')} in {plural(report.sources, 'source')}: "
        f"{plural(report.count('error'), 'error')}, {plural(report.count('warning'), 'warning')}, "
        f"{plural(report.count('info'), 'note')}"
    ) + (f"; {plural(len(report.conflicts), 'unsettled conflict')}" if report.conflicts else "")
