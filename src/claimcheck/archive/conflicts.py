"""The archive's disagreements as the conflicts reports know them: one `value` `Conflict` per
frame whose figures disagree, listing the two figures furthest apart as claims (each with an id
made from its document, line and column), and a message that counts the frame's figures and
documents."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from claimcheck.archive.manifest import Manifest
from claimcheck.archive.queries import disagreements
from claimcheck.model import Claim, Conflict, ConflictReport, Dimension, Kind, Role, Severity


def figure_id(fig: dict[str, Any]) -> str:
    """A stable id of an archive figure: ``a`` and 8 hex digits of its place."""
    place = f"{fig['doc']}:{fig['line']}:{fig['column']}:{fig['text']}"
    return "a" + hashlib.sha1(place.encode()).hexdigest()[:8]


def claim_of(fig: dict[str, Any], group: dict[str, Any]) -> Claim:
    """An archive figure as a claim (of its group's frame)."""
    return Claim(
        id=figure_id(fig), source=fig["source"], text=fig["text"], quote=fig["passage"] or "",
        value=fig["value"], low=fig["low"], high=fig["high"], unit=fig["unit"],
        qualifier=fig["qualifier"] or "=", period=fig["period"], entity=group["entity"],
        measure=group["measure"], role=Role(fig["role"]), dimension=Dimension(group["dimension"]),
        line=fig["line"], file=fig["path"], file_line=fig["line"],
    )  # fmt: skip


def archive_conflicts(index: Path, shown: str, fail_on: Severity) -> ConflictReport:
    """The archive's disagreements, gated at ``fail_on`` (its ``claims``: the
    figures of the index)."""
    conflicts = []
    for group in disagreements(index, shown):
        low, high = claim_of(group["low"], group), claim_of(group["high"], group)
        message = (
            f"{group['figures']} figures in {group['documents']} documents for "
            f"{group['period']}: {low.text} ({low.source}, line {low.line}) against "
            f"{high.text} ({high.source}, line {high.line})"
        )
        conflicts.append(
            Conflict(Kind.value, (low, high), group["entity"], group["measure"], message)
        )
    with Manifest(index) as man:
        _, figures = man.counts()
    return ConflictReport(tuple(conflicts), fail_on, figures)


def paths(report: ConflictReport) -> dict[str, str]:
    """Each source id of the report's claims and the file it was read from."""
    return {c.source: c.file for conflict in report.conflicts for c in conflict.claims}
