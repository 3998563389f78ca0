"""The archive package stays readable as extract does: no function over 60 lines, no module
over 400 (the check is `tests.extract.test_structure.too_long`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck.archive
from tests.extract.test_structure import too_long

MODULES = sorted(Path(claimcheck.archive.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_long_function_or_module(path: Path) -> None:
    assert too_long(path.read_text("utf-8")) == []
