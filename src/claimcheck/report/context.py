"""What the reports that cite drafts read of them: a draft's front matter.

The reports get the whole check run (`claimcheck.check.gate.CheckRun`: the verdicts, the
drafts and the project): the ClaimReview export names each draft's title and address (its
front matter) and each source's, reviewdog's columns count UTF-8 bytes of the draft's lines,
and the HTML report prints the drafts with their numbers marked.
"""

from __future__ import annotations

from typing import Any

from claimcheck.check.gate import Draft
from claimcheck.sources.frontmatter import split


def front_matter(draft: Draft) -> dict[str, Any]:
    """A draft's front matter (``title``, ``url``, ``author``...); empty when it has none.

    The gate has already read it once, so a front matter that does not parse never gets here.
    """
    meta, _, _ = split(draft.text, draft.path)
    return meta
