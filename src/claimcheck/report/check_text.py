"""The human report of ``claimcheck check``: findings grouped by draft, the number highlighted.

Each finding is one line (position, verdict, figure, message, claim id) followed by its line of
the draft with the number highlighted. Supported numbers are listed only with ``verbose``. The
summary is one line for stderr. Colour only on a terminal and never under ``NO_COLOR`` (the
console from `claimcheck.report.console.console`), so the same text is compared to golden files.
"""

from __future__ import annotations

import functools
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

    printer: Console | _Plain = _Plain(out) if _unstyled(out) else out
    current = None
    for f in result.findings:
        noted = f.archive is not None and f.archive.count > 0
        if f.verdict is Verdict.supported and not verbose and not noted:
            continue
        if f.path != current:
            if current is not None:
                printer.print()
            current = f.path
            printer.print(Text(safe(f.path), style="bold underline"))
        style = STYLE[f.verdict]
        head = Text("  ")
        head.append(f"{f.line}:{f.column}".rjust(7), style="dim")
        head.append("  ")
        head.append(f"{f.verdict.value:<13}", style=style)
        head.append(f" {safe(f.text)}: ", style="bold")
        head.append(safe(f.message))
        if f.claim:
            head.append(f"  [{safe(f.claim)}]", style="dim")
        printer.print(head)
        printer.print(excerpt(f, style))
        if noted:
            _archive(printer, f)
        if explain:
            _explain(printer, f)


def _archive(out: Console | _Plain, f: Finding) -> None:
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


def _explain(out: Console | _Plain, f: Finding) -> None:
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
    """The finding's line of the draft, trimmed around the number, the number highlighted.

    Only the part shown is made `safe` and copied: a line of a draft may be 100 KB of figures,
    each with its finding (the line's edges are found once, `_edges`)."""
    from rich.text import Text

    line = f.line_text
    lead, tail = _edges(line)
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line)
    lo, hi = max(0, min(lead, start)), len(line)  # past the line's indent, up to the number
    if hi - lo > WIDTH:
        lo = max(lo, start - (WIDTH - (end - start)) // 2)
        hi = min(len(line), lo + WIDTH)
    text = Text("           ")
    text.append(("…" if lo > 0 and lead < lo else "") + safe(line[lo:start]))
    text.append(safe(line[start:end]), style=f"{style} reverse")
    text.append(safe(line[end:hi]).rstrip() + ("…" if hi < tail else ""))
    return text


def _unstyled(out: Console) -> bool:
    """True for a console that prints no style (not a terminal, or NO_COLOR, not recording)."""
    return not out.is_terminal and out.color_system is None and not out.record


class _Plain:
    """A console's ``print`` for texts it shows without style: their characters as they are,
    what rich prints there (a text with a tab aside, which rich expands), a hundred times faster
    (a draft of 30,000 figures has 60,000 lines of report)."""

    def __init__(self, out: Console) -> None:
        self.out = out

    def print(self, text: Text | str = "") -> None:
        plain = text if isinstance(text, str) else text.plain
        if "\t" in plain:
            self.out.print(text)
        else:
            self.out.file.write(plain + "\n")


@functools.lru_cache(maxsize=4)
def _edges(line: str) -> tuple[int, int]:
    """How many blanks the `safe` line starts with, and its length without the blanks it ends
    with (a control character is no blank: `safe` shows it)."""
    shown = safe(line)
    return len(shown) - len(shown.lstrip()), len(shown.rstrip())


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
