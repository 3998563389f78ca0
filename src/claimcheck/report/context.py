"""A check run together with what its reports cite: the drafts' text and the project.

`claimcheck.check.gate.check_paths` returns only the verdicts. Some reports need more: the
ClaimReview export names each draft's title and address (its front matter) and each source's
(`Project.source`), reviewdog's columns count UTF-8 bytes of the draft's lines, and the HTML
report prints the drafts with their numbers marked. `check` keeps what the gate's own run
(`claimcheck.check.gate.run_check`) returns beside its verdicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.check.gate import CheckReport, Draft, check_drafts, run_check
from claimcheck.check.stored import candidate_index
from claimcheck.io.files import MAX_BYTES
from claimcheck.model import Verdict
from claimcheck.project import Project
from claimcheck.sources import Source
from claimcheck.sources.frontmatter import split


@dataclass(frozen=True)
class Checked:
    """The verdicts of a check run, the drafts they are about, and the project judged against."""

    result: CheckReport
    drafts: tuple[Draft, ...]
    project: Project = field(compare=False)

    def draft(self, path: str) -> Draft | None:
        """The draft shown as ``path``."""
        return next((d for d in self.drafts if d.path == path), None)

    def lines(self, path: str) -> list[str]:
        """The lines of the draft shown as ``path`` (empty when there is none)."""
        found = self.draft(path)
        return found.text.splitlines() if found else []

    def source(self, source_id: str | None) -> Source | None:
        """The source with this id, read when first asked for (None for no id or no source)."""
        return self.project.source(source_id) if source_id else None


def front_matter(draft: Draft) -> dict[str, Any]:
    """A draft's front matter (``title``, ``url``, ``author``...); empty when it has none.

    The gate has already read it once, so a front matter that does not parse never gets here.
    """
    meta, _, _ = split(draft.text, draft.path)
    return meta


def judge(
    drafts: Sequence[Draft], project: Project, fail_on: Sequence[Verdict] | None = None
) -> CheckReport:
    """Judge ``drafts`` against ``project`` (``fail_on`` default: the config's ``check.fail_on``)."""
    chosen = (
        tuple(fail_on)
        if fail_on is not None
        else tuple(Verdict(v) for v in project.config.check_fail_on)
    )
    return check_drafts(
        drafts, candidate_index(project), project.lexicon, chosen, project.config.allow
    )


def check(
    paths: Sequence[str],
    project_dir: Path | None = None,
    fail_on: Sequence[str] | None = None,
    stdin_filename: str | None = None,
    use_cache: bool | None = None,
    output: Path | None = None,
    limit: int = MAX_BYTES,
) -> Checked:
    """The gate's run (`run_check`), kept with the drafts and the project for the reports."""
    found = run_check(paths, project_dir, fail_on, stdin_filename, use_cache, output, limit)
    return Checked(found.report, found.drafts, found.project)
