"""``check --archive``: a draft's figures looked up in the archive index as well.

The gate (`claimcheck.check`) judges each draft figure against the registry; this module, above
both stages, asks the archive index (`claimcheck.archive.queries.disagreeing`, one query for all
figures) which archive figures of the same frame (entity, measure, compatible role: a level,
a count, a share and a previous level are amounts; compared unit and period; both the entity
and the measure known) disagree with it, and attaches them to the
finding as an `ArchiveNote`. They fail the gate only when the config says so
(``archive: {fail: true}``).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from claimcheck.archive.build import archive_of
from claimcheck.archive.queries import Probe, disagreeing
from claimcheck.archive.rows import stance
from claimcheck.check.gate import CheckRun, Finding
from claimcheck.config import display
from claimcheck.model import ArchiveFigure, ArchiveNote, Role
from claimcheck.tolerance import interval


def probe_of(f: Finding, near: frozenset[str]) -> Probe | None:
    """The archive query of a finding, None when its frame or period is not known."""
    frame, period, figure = f.frame, f.period, f.figure
    if frame is None or frame.entity is None or frame.measure is None:
        return None
    if period is None or figure is None:
        return None
    fig = figure.normalised()
    if frame.role is Role.change and f.direction == "down":
        fig = fig.negated()  # as the index stores it: "shrank 2.5%" is -2.5 percent
    lo, hi = interval(fig, near=near)
    if math.isnan(lo) or math.isnan(hi):
        return None
    return Probe(frame.entity, frame.measure, stance(frame.role), fig.unit,
                 period.first[0] * 12 + period.first[1] - 1,
                 period.last[0] * 12 + period.last[1] - 1, lo, hi)  # fmt: skip


def with_archive(checked: CheckRun) -> CheckRun:
    """``checked`` with each finding's archive note, and the gate's ``archive.fail``."""
    project = checked.project
    arch = archive_of(project.config)
    near = project.lexicon.near_qualifiers
    findings = checked.result.findings
    probes: list[Probe] = []
    at: list[int] = []
    for i, f in enumerate(findings):
        p = probe_of(f, near)
        if p is not None:
            probes.append(p)
            at.append(i)
    found = disagreeing(arch.path, display(arch.path), probes)
    notes = [ArchiveNote(0, ())] * len(findings)
    for k, (count, figs) in found.items():
        notes[at[k]] = ArchiveNote(count, tuple(_figure(x) for x in figs))
    result = dataclasses.replace(
        checked.result,
        findings=tuple(
            dataclasses.replace(f, archive=n) for f, n in zip(findings, notes, strict=True)
        ),
        archive_fails=arch.fail,
    )
    return dataclasses.replace(checked, result=result)


def _figure(x: dict[str, Any]) -> ArchiveFigure:
    """An archive figure from the query's struct."""
    return ArchiveFigure(
        source=x["source"], path=x["path"], line=x["line"], column=x["column"], text=x["text"],
        value=x["value"], low=x["low"], high=x["high"], unit=x["unit"], period=x["period"],
        passage=x["passage"] or "",
    )  # fmt: skip
