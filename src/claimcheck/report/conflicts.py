"""Reports of `claimcheck conflicts`: a side-by-side table for people, versioned JSON for scripts.

JSON contract (``version`` 1; listed fields never change, new ones may be added)::

    {"version": 1, "conflicts": [{"id", "kind", "severity", "subject", "metric", "message",
      "settled", "note", "trust",
      "claims": [{"id", "source", "line", "text", "value", "unit", "period", "quote"}]}]}

The table shows each conflict's severity, kind, subject and metric, message and id, then its
claims side by side (one per row when there are more than three): source and line, figure and period, and the passage around the figure with
the figure highlighted (bold on a terminal, between » « otherwise).
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.model import Claim, Conflict, ConflictReport
from claimcheck.report import plural
from claimcheck.report.console import STYLE, number, safe

CONFLICTS_VERSION = 1
WINDOW = 90  # characters of passage shown either side of the figure
SIDE_BY_SIDE = 3  # claims shown as columns; a conflict with more lists one claim per row


def claim_record(claim: Claim) -> dict[str, Any]:
    """One side of a conflict as the contract lays it out."""
    value: Any = claim.value if claim.value is not None else [claim.low, claim.high]
    return {
        "id": claim.id,
        "source": claim.source,
        "line": claim.line,
        "text": claim.text,
        "value": value,
        "unit": claim.unit,
        "period": claim.period,
        "quote": claim.quote,
    }


def conflict_record(c: Conflict) -> dict[str, Any]:
    """One conflict as the contract lays it out."""
    s = c.settlement
    return {
        "id": c.id,
        "kind": str(c.kind),
        "severity": c.severity,
        "subject": c.subject,
        "metric": c.metric,
        "message": c.message,
        "settled": c.settled,
        "note": s.note if s else None,
        "trust": s.trust if s else None,
        "claims": [claim_record(x) for x in c.claims],
    }


def data(conflicts: tuple[Conflict, ...] | list[Conflict]) -> dict[str, Any]:
    """The conflicts contract: ``{"version": 1, "conflicts": [...]}``."""
    return {"version": CONFLICTS_VERSION, "conflicts": [conflict_record(c) for c in conflicts]}


def passage(claim: Claim, plain: bool) -> Text:
    """The quote around the figure, on one line, with the figure highlighted."""
    quote, text = safe(" ".join(claim.quote.split())), safe(claim.text)
    at = quote.find(text)
    if at < 0:
        return Text(quote[: 2 * WINDOW] + ("…" if len(quote) > 2 * WINDOW else ""))
    start, end = max(0, at - WINDOW), min(len(quote), at + len(text) + WINDOW)
    out = Text("…" if start > 0 else "")
    out.append(quote[start:at])
    out.append(f"»{text}«" if plain else text, style="bold reverse")
    out.append(quote[at + len(text) : end])
    if end < len(quote):
        out.append("…")
    return out


def _figure(claim: Claim) -> str:
    value = (
        number(claim.value)
        if claim.value is not None
        else f"{number(claim.low)}..{number(claim.high)}"
    )
    unit = f" {claim.unit}" if claim.unit else ""
    return f"{claim.text}  ({value}{unit}, {claim.period or 'no period'})"


def conflict(out: Console, c: Conflict) -> None:
    """One conflict: heading, message, settlement, then its claims side by side."""
    plain = out.no_color or not out.is_terminal
    head = Text()
    head.append(f"{c.severity:<8}", style=STYLE[c.severity])
    head.append(f"{c.kind:<11}", style="bold")
    head.append(safe(f"{c.subject or '?'} · {c.metric or '?'}  "))
    head.append(c.id, style="dim")
    out.print(head)
    out.print(Text(safe(f"  {c.message}")))
    if c.settlement is not None:
        trust = f" (trust {c.settlement.trust})" if c.settlement.trust else ""
        out.print(Text(safe(f"  settled: {c.settlement.note or ''}{trust}"), style="green"))
    if len(c.claims) > SIDE_BY_SIDE:
        # many sources in one dispute: one row per claim reads better than a column each
        table = Table(show_header=True, show_lines=True, expand=False, padding=(0, 1))
        for head_text in ("claim", "figure", "passage"):
            table.add_column(head_text, overflow="fold", ratio=2 if head_text == "passage" else 1)
        for x in c.claims:
            table.add_row(
                Text(safe(f"{x.source}:{x.line or '?'}  {x.id}")),
                Text(_figure(x)),
                passage(x, plain),
            )
        out.print(table)
        return
    table = Table(show_header=True, show_lines=True, expand=False, padding=(0, 1))
    for claim in c.claims:
        table.add_column(
            Text(safe(f"{claim.source}:{claim.line or '?'}  {claim.id}")), ratio=1, overflow="fold"
        )
    table.add_row(*[Text(_figure(x)) for x in c.claims])
    table.add_row(*[passage(x, plain) for x in c.claims])
    out.print(table)


def table(out: Console, report: ConflictReport, show_all: bool = False) -> None:
    """Every unsettled conflict (every conflict with ``show_all``)."""
    shown = report.conflicts if show_all else report.unsettled
    for c in shown:
        conflict(out, c)


def counts(conflicts: tuple[Conflict, ...] | list[Conflict]) -> str:
    """``1 error, 2 warnings, 0 notes`` for a list of conflicts."""
    n = {s: sum(1 for c in conflicts if c.severity == s) for s in ("error", "warning", "info")}
    return f"{plural(n['error'], 'error')}, {plural(n['warning'], 'warning')}, {plural(n['info'], 'note')}"


def summary(report: ConflictReport) -> str:
    """One line for stderr."""
    unsettled = report.unsettled
    failing = sum(1 for c in report.conflicts if c.fails(report.fail_on))
    line = (
        f"conflicts: {len(report.conflicts)} in {plural(report.claims, 'claim')}, "
        f"{len(report.conflicts) - len(unsettled)} settled; unsettled: {counts(unsettled)}; "
        f"{failing} at or above {report.fail_on}"
    )
    if report.stale:
        match = "matches" if len(report.stale) == 1 else "match"
        line += f"; {plural(len(report.stale), 'settlement')} {match} no conflict: {', '.join(report.stale)}"
    return line
