"""The golden-file switch (`tests.goldens`): only an explicit ``1`` rewrites goldens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.goldens import FLAGS, regenerate

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"UPDATE_GOLDEN": "1"}, True),
        ({"CLAIMCHECK_REGEN_GOLDEN": "1"}, True),
        ({"UPDATE_GOLDEN": "0"}, False),
        ({"UPDATE_GOLDEN": ""}, False),
        ({"UPDATE_GOLDEN": "false", "CLAIMCHECK_REGEN_GOLDEN": "0"}, False),
    ],
)
def test_only_an_explicit_flag_rewrites(
    env: dict[str, str], expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in FLAGS:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert regenerate() is expected


def test_no_test_reads_a_golden_flag_itself() -> None:
    """Golden tests ask `regenerate`, so that every one obeys the same rule."""
    reads = re.compile(r"environ(?:\.get\(|\[)\s*[\"'](?:" + "|".join(FLAGS) + ")")
    offenders = [
        p
        for p in TESTS.rglob("*.py")
        if p.name != "goldens.py" and reads.search(p.read_text("utf-8"))
    ]
    assert offenders == []
