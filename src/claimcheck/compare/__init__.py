"""The compare stage: where the registry's claims disagree, within and across sources.

Contract: `project_conflicts(project)` (or `find_conflicts(registry, lexicon, claims_folder,
fail_on)`) returns a `ConflictReport` with every conflict (settled ones included, each with its
settlement), in a stable order (kind, then the claims' sources, lines and ids). It reads only the registry and the
settlements file, never the sources: quotes and figures are the registry's.

- `group`: claims about the same thing as topics (blocking, name groups, token index over
  names, rapidfuzz, union-find);
- `classify`: a topic's `value` and `scale` conflicts per period and its `period` note, by the
  rules of `claimcheck.tolerance`;
- `arithmetic`: figures of one source that do not add up;
- `settle`: ``claims/_conflicts.yaml`` and ``trust: true``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from claimcheck.compare import arithmetic, settle, stored
from claimcheck.compare.classify import conflicts as topic_conflicts
from claimcheck.compare.features import features
from claimcheck.compare.group import topics
from claimcheck.compare.words import load as load_words
from claimcheck.lexicon import Lexicon, load_cues
from claimcheck.model import Conflict, ConflictReport, Kind, Registry, Settlement, Severity
from claimcheck.project import Project

__all__ = [
    "Conflict",
    "ConflictReport",
    "Kind",
    "Settlement",
    "detect",
    "find_conflicts",
    "project_conflicts",
]

_ORDER = {Kind.value: 0, Kind.scale: 1, Kind.arithmetic: 2, Kind.period: 3}


def detect(registry: Registry, lexicon: Lexicon) -> list[Conflict]:
    """Every conflict among the registry's claims, unsettled, in a stable order."""
    words, cues = load_words(), load_cues()
    feats = [f for c in registry.all() if (f := features(c, lexicon, words)) is not None]
    found: dict[str, Conflict] = {}
    for topic in topics(feats):
        for conflict in topic_conflicts(topic, near=lexicon.near_qualifiers):
            found.setdefault(conflict.id, conflict)
    for source in sorted(registry.claims):
        for conflict in arithmetic.check_source(registry.claims[source], lexicon, words, cues):
            found.setdefault(conflict.id, conflict)
    return sorted(
        found.values(),
        key=lambda c: (_ORDER[c.kind], [(x.source, x.line or 0, x.id) for x in c.claims]),
    )


def find_conflicts(
    registry: Registry,
    lexicon: Lexicon,
    claims_folder: Path,
    fail_on: Severity | str,
    display: str | None = None,
    found: Callable[[], list[Conflict]] | None = None,
) -> ConflictReport:
    """Every conflict with its settlement, and settlement ids that match no conflict (stale)
    (``found``: what `detect` gives, when known otherwise)."""
    settlements = settle.load(claims_folder, {c.id for c in registry.all()}, display)
    conflicts = [
        dataclasses.replace(c, settlement=settle.settle(c, settlements))
        for c in (found() if found is not None else detect(registry, lexicon))
    ]
    ids = {c.id for c in conflicts}
    stale = tuple(sorted(s for s in settlements if s not in ids))
    return ConflictReport(tuple(conflicts), Severity(fail_on), len(registry.all()), stale)


def project_conflicts(project: Project) -> ConflictReport:
    """The conflicts of a loaded project, gated at its ``conflicts.fail_on``."""
    cfg = project.config
    path = cfg.claims / settle.FILE_NAME
    try:
        display = path.resolve().relative_to(cfg.root.resolve()).as_posix()
    except ValueError:
        display = path.as_posix()
    return find_conflicts(
        project.registry, project.lexicon, cfg.claims, cfg.conflicts_fail_on, display,
        lambda: stored.detected(project, detect),
    )  # fmt: skip
