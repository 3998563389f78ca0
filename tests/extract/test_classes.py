"""The classes of issue #11 and #12, each in sentences of the tests' own wording.

Each file of ``classes/`` is one class (scores, names, times, years, vague amounts, currencies,
unicode), each case one sentence and the quantities `extract` must give for it, in order:
``values`` (a number, or ``[low, high]`` for a range), and where given ``units``, ``qualifier``
(of every one) and ``texts`` (their surface text, cut from the sentence itself).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extract import extract
from claimcheck.model import Quantity

FILES = sorted((Path(__file__).parent / "classes").glob("*.yaml"))
CASES = [(path.stem, case) for path in FILES for case in yaml.safe_load(path.read_text("utf-8"))]


def _value(q: Quantity) -> Any:
    return [q.low, q.high] if q.low is not None else q.value


def _same(found: Any, expected: Any) -> bool:
    if isinstance(expected, list):
        return isinstance(found, list) and all(
            _same(f, e) for f, e in zip(found, expected, strict=True)
        )
    return found is not None and math.isclose(found, expected, rel_tol=1e-9)


def test_every_class_has_cases() -> None:
    assert {p.stem for p in FILES} >= {
        "scores",
        "names",
        "times",
        "years",
        "vague",
        "currency",
        "unicode",
    }
    assert all(sum(1 for c, _ in CASES if c == p.stem) >= 5 for p in FILES)


@pytest.mark.parametrize(
    ("cls", "case"), CASES, ids=[f"{c}:{case['text'][:40]}" for c, case in CASES]
)
def test_case(cls: str, case: dict[str, Any]) -> None:
    found = [m for m in extract(case["text"]) if isinstance(m, Quantity)]
    got = [_value(q) for q in found]
    assert len(got) == len(case["values"]) and all(map(_same, got, case["values"])), got
    if "units" in case:
        assert [q.unit for q in found] == case["units"]
    if "qualifier" in case:
        assert {q.qualifier for q in found} == {case["qualifier"]}
    for q, text in zip(found, case.get("texts", []), strict=False):
        assert q.text == text and case["text"][q.span.start : q.span.end] == text
