"""`claimcheck.report.indented` writes what ``json.dumps(indent=2, ensure_ascii=False)`` writes."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.report.indented import dumps


class _Kind(StrEnum):
    a = "level"


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.just(_Kind.a)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(_VALUES)
def test_the_text_is_the_standard_encoders(data: Any) -> None:
    assert dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)


def test_what_it_does_not_write_itself_is_the_standard_encoders_too() -> None:
    for data in ({1: 2}, [float("nan")], {"a": {1.5: None}}, [-float("inf")]):
        assert dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)
