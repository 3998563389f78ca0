"""The gate's run (check.gate.run_check) keeps the drafts and the project beside check_paths' verdicts, and
report.context reads a draft's front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.check.gate import check_paths, run_check
from claimcheck.errors import UsageError
from claimcheck.report import context


def test_same_verdicts_as_check_paths(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    checked = run_check(["examples/draft.md"], fail_on=["contradicted"])
    assert checked.result == check_paths(["examples/draft.md"], fail_on=["contradicted"])
    assert [d.path for d in checked.drafts] == ["examples/draft.md"]
    assert checked.lines("examples/draft.md")[0] == "---"
    assert context.front_matter(checked.drafts[0])["title"] == "Northeast China's comeback (draft)"
    source = checked.source("newschina-2018-rust-to-riches")
    assert source is not None and source.publisher == "NewsChina"
    assert (
        checked.source(None) is None
        and checked.draft("nope.md") is None
        and checked.lines("nope.md") == []
    )


def test_errors_come_in_check_paths_order(repo: Path) -> None:
    # a bad --fail-on is reported before a missing draft, as check_paths does
    with pytest.raises(UsageError, match="unknown verdict"):
        run_check(["missing.md"], repo, fail_on=["wrong"])
