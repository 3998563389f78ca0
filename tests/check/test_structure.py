"""The check package stays readable: no function over 60 lines, no module over 400, measured
as the extract package's are (tests/extract/test_structure.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck.check
from tests.extract.test_structure import too_long

MODULES = sorted(Path(claimcheck.check.__file__).parent.glob("*.py"))


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 10


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_long_function_or_module(path: Path) -> None:
    assert too_long(path.read_text("utf-8")) == []
