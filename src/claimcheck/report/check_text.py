"""The human report of ``claimcheck check``: findings grouped by draft, the number highlighted.

Each finding is one line (position, verdict, figure, message, claim id) followed by its line of
the draft with the number highlighted. Supported numbers are listed only with ``verbose``. The
summary is one line for stderr. Colour only on a terminal and never under ``NO_COLOR`` (the
console from `claimcheck.report.console.console`), so the same text is compared to golden files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.check.gate import CheckReport, Finding
from claimcheck.check.verdict import Verdict
from claimcheck.report import plural
from claimcheck.report.console import safe

if TYPE_CHECKING:  # rich is imported only to print this report, not for the summary line
    from rich.console import Console
    from rich.text import Text

STYLE = {
    Verdict.contradicted: "bold red",
    Verdict.misattributed: "bold magenta",
    Verdict.unsupported: "yellow",
    Verdict.supported: "green",
}
WIDTH = 110  # longest excerpt of a draft line shown


def report(out: Console, result: CheckReport, verbose: bool = False, explain: bool = False) -> None:
    """Findings grouped by draft; supported ones only when ``verbose``; with ``explain``, each
    finding's frame, why its claim matched, and the candidates turned down with the reason."""
    from rich.text import Text

    current = None
    for f in result.findings:
        noted = f.archive is not None and f.archive.count > 0
        if f.verdict is Verdict.supported and not verbose and not noted:
            continue
        if f.path != current:
            if current is not None:
                out.print()
            current = f.path
            out.print(Text(safe(f.path), style="bold underline"))
        style = STYLE[f.verdict]
        head = Text("  ")
        head.append(f"{f.line}:{f.column}".rjust(7), style="dim")
        head.append("  ")
        head.append(f"{f.verdict.value:<13}", style=style)
        head.append(f" {safe(f.text)}: ", style="bold")
        head.append(safe(f.message))
        if f.claim:
            head.append(f"  [{safe(f.claim)}]", style="dim")
        out.print(head)
        out.print(excerpt(f, style))
        if noted:
            _archive(out, f)
        if explain:
            _explain(out, f)


def _archive(out: Console, f: Finding) -> None:
    """The archive figures of the finding's frame that disagree with it (check --archive)."""
    from rich.text import Text

    assert f.archive is not None
    note = f.archive
    verb = "disagrees" if note.count == 1 else "disagree"
    out.print(
        Text(
            f"           archive: {plural(note.count, 'figure')} of this frame {verb}",
            style="yellow",
        )
    )
    for a in note.figures:
        out.print(Text(f"             {safe(a.text)} ({safe(a.period or '?')}; {safe(a.source)}, "
                       f"{safe(a.path)}:{a.line})", style="dim"))  # fmt: skip
    if note.count > len(note.figures):
        out.print(Text(f"             ... and {note.count - len(note.figures)} more", style="dim"))


def _explain(out: Console, f: Finding) -> None:
    from rich.text import Text

    if f.frame is not None:
        fr = f.frame
        out.print(Text(f"           frame: entity {safe(fr.entity or '?')}, measure {safe(fr.measure or '?')}, "
                       f"{fr.role.value}, {fr.dimension.value}", style="dim"))  # fmt: skip
    if f.match:
        out.print(Text(f"           matched: {safe(f.match)}", style="dim"))
    for what, why in f.rejected:
        out.print(Text(f"           rejected {safe(what)}: {safe(why)}", style="dim"))


def excerpt(f: Finding, style: str) -> Text:
    """The finding's line of the draft, trimmed around the number, the number highlighted."""
    from rich.text import Text

    line = safe(f.line_text)
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    lo, hi = 0, len(line)
    while lo < start and line[lo].isspace():
        lo += 1
    if hi - lo > WIDTH:
        lo = max(lo, start - (WIDTH - (end - start)) // 2)
        hi = min(len(line), lo + WIDTH)
    text = Text("           ")
    text.append(("…" if lo > 0 and not line[:lo].isspace() else "") + line[lo:start])
    text.append(line[start:end], style=f"{style} reverse")
    text.append(line[end:hi].rstrip() + ("…" if hi < len(line.rstrip()) else ""))
    return text


def summary(result: CheckReport) -> str:
    """One line for stderr: numbers, drafts, count per verdict, suppressed, failing or not."""
    counts = ", ".join(f"{result.count(v)} {v.value}" for v in Verdict)
    hushed = f", {result.suppressed} suppressed" if result.suppressed else ""
    gate = "fail" if result.failed else "pass"
    archived = any(f.archive is not None for f in result.findings)  # check --archive
    archive = f"; archive: {result.archive_disputed} disputed" if archived else ""
    return (
        f"check: {plural(len(result.findings), 'number')} in {plural(len(result.files), 'draft')}: "
        f"{counts}{hushed}{archive} ({gate})"
    )
