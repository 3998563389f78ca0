"""Drafts written in other words over a source, one labelled figure a case: each file of
``drafts_over_sources/`` holds a source, its publication date and the draft's cases. A case
with a ``gap`` is one the gate still gets wrong, for the reason given: it is expected to fail
(strictly: when a change fixes it, the test says so and the ``gap`` goes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.check.judging import finding_of

FOLDER = Path(__file__).parent / "drafts_over_sources"


def _cases() -> list[Any]:
    out = []
    for path in sorted(FOLDER.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for case in data["cases"]:
            marks = [pytest.mark.xfail(reason=case["gap"], strict=True)] if case.get("gap") else []
            out.append(pytest.param(data, case, id=f"{path.stem}: {case['figure']}", marks=marks))
    return out


@pytest.mark.parametrize(("data", "case"), _cases())
def test_draft_figure(data: dict[str, Any], case: dict[str, Any]) -> None:
    found = finding_of(data["source"], case["text"], str(case["figure"]), str(data["published"]))
    assert found.verdict.value == case["verdict"], found.message
