"""Frames: each case of ``frames/cases.yaml`` is one figure whose frame the reader must give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import framelex
from claimcheck.errors import ConfigError
from claimcheck.extract import extract
from claimcheck.extract.frame_sentence import fold_entity
from claimcheck.frame_sections import phrase_fragment
from claimcheck.model import Dimension, Frame, Quantity, Role, months_of

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "frames" / "cases.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['figure']}: {c['text'][:40]}" for c in CASES])
def test_frame(case: dict[str, Any]) -> None:
    found = {
        m.text: m for m in extract(case["text"], published="2024-05-01") if isinstance(m, Quantity)
    }
    assert case["figure"] in found, sorted(found)
    frame = found[case["figure"]].frame
    assert frame is not None
    for key in ("entity", "measure", "role", "dimension"):
        if key in case:
            got = getattr(frame, key)
            assert (got.value if isinstance(got, Role | Dimension) else got) == case[key], (
                key,
                frame,
            )


def test_names_fold_suffixes_aliases_and_demonyms() -> None:
    flex = framelex.load()
    assert fold_entity("Liaoning Province", flex) == "liaoning"
    assert fold_entity("the United States", flex) == "us"
    assert fold_entity("Chinese", flex) == "china"
    assert fold_entity("Northeast China", flex) == "northeast"


def test_measure_folds_plurals() -> None:
    flex = framelex.load()
    assert flex.measure("Companies") == flex.measure("company") == "companies"
    assert flex.measure("residents") == "population"
    assert flex.measure("economic output") == "gdp"
    assert flex.measure("branches") == flex.measure("branch") == "stores"
    assert flex.measure("no such thing") is None


def test_phrase_fragment_matches_whole_words_longest_first() -> None:
    import re

    pattern = re.compile(phrase_fragment(["output", "industrial output", "company"]))
    assert pattern.search("industrial output rose").group() == "industrial output"
    assert pattern.search("two companies").group() == "companies"
    assert pattern.search("outputs") is not None and pattern.search("throughput") is None


def test_bad_lexicon_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        framelex.parse({"version": 2})
    with pytest.raises(ConfigError):
        framelex.parse({"version": 1, "measures": {"Bad Name": ["x"]}})


def test_roles_compatible() -> None:
    level = Frame("a", "gdp", Role.level, Dimension.money)
    assert level.compatible_role(Frame("a", "gdp", Role.counted, Dimension.money))
    assert not level.compatible_role(Frame("a", "gdp", Role.change, Dimension.money))
    assert not level.compatible_role(Frame("a", "gdp", Role.target, Dimension.money))
    assert Frame(None, None, Role.previous, Dimension.percent).compatible_role(
        Frame(None, None, Role.change, Dimension.percent)
    )


@pytest.mark.parametrize(
    ("label", "months"),
    [("2018-H1", ((2018, 1), (2018, 6))), ("2018-01..06", ((2018, 1), (2018, 6))),
     ("2015-Q3", ((2015, 7), (2015, 9))), ("2023-Q1..Q3", ((2023, 1), (2023, 9))),
     ("2021..2025", ((2021, 1), (2025, 12))), ("2019", ((2019, 1), (2019, 12))), ("soon", None)],
)  # fmt: skip
def test_months_of_labels(label: str, months: Any) -> None:
    assert months_of(label) == months


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "GDP",
                "rose",
                "7.4%",
                "to",
                "$2bn",
                "Changchun's",
                "from",
                "the city",
                ",",
                "per head",
                "aims",
                "It",
                ".",
            ]
        ),
        max_size=40,
    )
)
def test_frames_never_crash(words: list[str]) -> None:
    for m in extract(" ".join(words)):
        if isinstance(m, Quantity):
            assert m.frame is not None and isinstance(m.frame.role, Role)
