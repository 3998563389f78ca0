"""Reports of ``claimcheck archive``: the build's progress bar (rich, on a terminal only) and
summary line, and ``archive stats`` as text or as the versioned JSON record
(``{"version": 1, "documents", "figures", "segments", "bytes", "dimensions": [{"dimension",
"figures"}], "measures": [{"measure", "figures"}], "entities": [{"entity", "figures"}]}``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

from claimcheck.report import plural

if TYPE_CHECKING:
    from claimcheck.archive.build import BuildResult
    from claimcheck.model import ConflictReport

STATS_VERSION = 1


class StatsFormat(StrEnum):
    """Output formats of ``archive stats``."""

    text = "text"
    json = "json"


@contextmanager
def progress(stream: TextIO | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback (documents and bytes done) drawing a bar on a terminal's stderr;
    None (no bar) when stderr is no terminal."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("archive build"), BarColumn(), TextColumn("{task.fields[docs]} documents, "
                   "{task.fields[mb]:.1f} MB"), TimeElapsedColumn(), console=Console(file=stream))  # fmt: skip
    task = bar.add_task("build", total=None, docs=0, mb=0.0)
    done = {"docs": 0, "bytes": 0}

    def advance(docs: int, size: int) -> None:
        done["docs"] += docs
        done["bytes"] += size
        bar.update(task, docs=done["docs"], mb=done["bytes"] / 2**20)

    with bar:
        yield advance


def build_summary(r: BuildResult, seconds: float) -> str:
    """One line for stderr."""
    rate = r.bytes / 2**20 / seconds if seconds > 0 else 0.0
    return (
        f"archive build: {plural(r.extracted, 'document')} extracted ({r.bytes / 2**20:.1f} MB, "
        f"{rate:.2f} MB/s), {r.unchanged} unchanged, {r.removed} removed, "
        f"{plural(r.rewritten, 'segment')} rewritten; index: {plural(r.documents, 'document')}, "
        f"{plural(r.total_figures, 'figure')}"
    )


def stats_data(stats: dict[str, Any]) -> dict[str, Any]:
    """The stats record with its version."""
    return {"version": STATS_VERSION, **stats}


def write_stats(out: TextIO, stats: dict[str, Any], format: StatsFormat) -> None:
    """``archive stats`` in ``format``."""
    if format is StatsFormat.json:
        out.write(json.dumps(stats_data(stats), indent=2, ensure_ascii=False) + "\n")
        return
    out.write(
        f"documents  {stats['documents']:,}\nfigures    {stats['figures']:,}\n"
        f"segments   {stats['segments']:,}\non disk    {stats['bytes'] / 2**20:.1f} MB\n"
    )
    for key, title in (
        ("dimensions", "dimension"),
        ("measures", "measure"),
        ("entities", "entity"),
    ):
        if stats[key]:
            out.write(f"\nby {title}\n")
            for row in stats[key]:
                out.write(f"  {row['figures']:>12,}  {_safe(row[title])}\n")


def _safe(text: str) -> str:
    from claimcheck.report.console import safe

    return safe(text)


def conflicts_summary(report: ConflictReport) -> str:
    """One line for stderr (``conflicts --archive``)."""
    failing = sum(1 for c in report.conflicts if c.fails(report.fail_on))
    return (
        f"conflicts --archive: {plural(len(report.conflicts), 'frame')} whose figures disagree, "
        f"in {plural(report.claims, 'figure')}; {failing} at or above {report.fail_on}"
    )
