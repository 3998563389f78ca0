"""The labelled news sentences (``tests/extract/news/``): their schema, and extraction's scores on
them as ``benchmarks/bench_news.py`` measures them.

The floors are today's scores less a margin (0.02 overall, 0.05 for a class, whose figures are
fewer), so that a change that loses ground fails here while today's extractor passes. They were
raised with issue #11's extraction work (scores, clock times, names, eras, vague amounts; the
README's benchmark table has those scores). Measured with ``python benchmarks/bench_news.py`` on
the commit that added the set (precision / recall / F1; the same table is in
``tests/extract/news/README.md``):

    class          value                value+unit           value+role
    all            0.727 0.886 0.799    0.644 0.785 0.707    0.632 0.771 0.695
    ages           0.903 0.933 0.918    0.597 0.617 0.607    0.613 0.633 0.623
    change_level   0.967 0.978 0.972    0.923 0.933 0.928    0.890 0.900 0.895
    counts         1.000 1.000 1.000    0.763 0.763 0.763    0.831 0.831 0.831
    currency       0.891 0.907 0.899    0.818 0.833 0.826    0.800 0.815 0.807
    names          0.662 0.978 0.789    0.618 0.913 0.737    0.632 0.935 0.754
    plain          1.000 1.000 1.000    0.967 0.967 0.967    0.933 0.933 0.933
    scores         0.190 1.000 0.319    0.146 0.769 0.245    0.124 0.654 0.209
    times          0.750 1.000 0.857    0.750 1.000 0.857    0.679 0.905 0.776
    vague          1.000 0.064 0.120    1.000 0.064 0.120    1.000 0.064 0.120
    years          0.767 0.958 0.852    0.767 0.958 0.852    0.733 0.917 0.815

Raise a floor when the extractor improves; never lower one to let a change through without
saying so in its commit.

``tests/extract/news/heldout/`` is a second set in the same format (270 sentences, 459 figures,
nine classes of other news styles: wire copy, sports, science, crime and disasters, politics and
polls, tech, weather, local news, UK/Indian/Australian conventions), written and labelled before
extraction was run on it, to measure how far the first set's scores carry to wording the
extractor was not tuned on. Measured on the commit that added it (f3535b7's extractor): value
0.957 / 0.976 / 0.967, value+unit 0.863 / 0.880 / 0.872, value+role 0.778 / 0.793 / 0.785.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDER = Path(__file__).parent / "news"
HELDOUT = FOLDER / "heldout"
HELDOUT_CLASSES = {
    "wire",
    "sports",
    "science",
    "crime",
    "politics",
    "tech",
    "weather",
    "local",
    "intl",
}
CLASSES = {
    "names",
    "scores",
    "times",
    "years",
    "vague",
    "ages",
    "currency",
    "change_level",
    "counts",
    "plain",
}
ROLES = {"level", "change", "previous", "share", "target", "forecast", "rank", "count"}
QUALIFIERS = {"=", "~", "<", ">", "<=", ">="}
SENTENCE_KEYS = {"id", "class", "text", "figures", "note", "file"}
FIGURE_KEYS = {"text", "value", "low", "high", "unit", "noun", "role", "qualifier", "note"}


@cache
def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_news", REPO / "benchmarks" / "bench_news.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_news", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@cache
def _result(folder: Path = FOLDER) -> Any:
    return _bench().run(folder)


def _number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


@pytest.mark.parametrize(
    ("folder", "classes"), [(FOLDER, CLASSES), (HELDOUT, HELDOUT_CLASSES)], ids=["dev", "heldout"]
)
def test_every_sentence_and_figure_follows_the_schema(folder: Path, classes: set[str]) -> None:
    sentences = _bench().load_set(folder)
    ids = [s.get("id") for s in sentences]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for s in sentences:
        where = s.get("id")
        assert set(s) <= SENTENCE_KEYS, (where, set(s) - SENTENCE_KEYS)
        assert s.get("class") in classes, where
        assert s["file"] == f"{s['class']}.yaml" and str(where).startswith(f"{s['class']}-"), where
        assert isinstance(s.get("text"), str) and s["text"].strip(), where
        assert isinstance(s.get("figures"), list), where
        for f in s["figures"]:
            assert isinstance(f, dict) and set(f) <= FIGURE_KEYS, (where, f)
            single = "value" in f
            ranged = "low" in f or "high" in f
            assert single != ranged, (where, f)  # a value, or a range's low and high
            if single:
                assert _number(f["value"]), (where, f)
            else:
                assert _number(f.get("low")) and _number(f.get("high")) and f["low"] <= f["high"], (
                    where,
                    f,
                )
            assert f.get("role") in ROLES, (where, f)
            assert f.get("unit") is None or isinstance(f["unit"], str), (where, f)
            assert f.get("qualifier", "=") in QUALIFIERS, (where, f)
            if f.get("noun") is not None:
                noun = f["noun"]
                # a counted noun is labelled singular, for a count or a count per unit of time
                assert (
                    isinstance(noun, str) and _bench().singular(noun) == noun.lower().split()[-1]
                ), (where, f)
                assert f.get("unit") is None or f["unit"].startswith("per_"), (where, f)
            if f.get("text"):
                assert str(f["text"]).lower() in s["text"].lower(), (where, f)


def test_the_set_is_large_enough_in_every_class() -> None:
    result = _result()
    assert sum(result.sentences.values()) >= 400
    assert set(result.sentences) == CLASSES
    assert all(n >= 30 for n in result.sentences.values()), result.sentences
    heldout = _result(HELDOUT)
    assert sum(heldout.sentences.values()) >= 250
    assert set(heldout.sentences) == HELDOUT_CLASSES
    assert all(n >= 25 for n in heldout.sentences.values()), heldout.sentences


def test_vague_amounts_are_approximate_ranges() -> None:
    for s in _bench().load_set(FOLDER):
        if s["class"] == "vague":
            for f in s["figures"]:
                if "low" in f:
                    assert f.get("qualifier") == "~", (s["id"], f)


def test_matching_is_one_to_one_and_by_value() -> None:
    b = _bench()
    two = b.Figure(2, None, None, None, "goal", "count", text="two goals")
    found = [
        b.Figure(2, None, None, None, None, "count", text="2"),
        b.Figure(2, None, None, None, "goals", "count", text="two"),
    ]
    assert b.match([two], found, "value") == [(0, 1)]  # the figure the label names
    assert b.match([two, two], found[:1], "value") == [(0, 0)]
    ranged = b.Figure(None, 100, 999, None, None, "count")
    assert b.match([ranged], [b.Figure(100, None, None, None, None, "count")], "value") == []
    assert (
        b.singular("part-time jobs") == "job"
        and b.singular("people") == "person"
        and b.singular("MPs") == "mp"
    )


OVERALL = {  # (level, metric): floor
    ("value", "precision"): 0.96, ("value", "recall"): 0.97, ("value", "f1"): 0.97,
    ("value+unit", "f1"): 0.93, ("value+role", "f1"): 0.94,
}  # fmt: skip
PER_CLASS = {  # class: (value F1, value+unit F1, value+role F1)
    "ages": (0.89, 0.81, 0.81),
    "change_level": (0.95, 0.94, 0.95),
    "counts": (0.95, 0.89, 0.95),
    "currency": (0.89, 0.85, 0.89),
    "names": (0.93, 0.87, 0.93),
    "plain": (0.95, 0.93, 0.95),
    "scores": (0.89, 0.85, 0.71),
    "times": (0.95, 0.95, 0.90),
    "vague": (0.95, 0.92, 0.95),
    "years": (0.94, 0.94, 0.93),
}
# the held-out set (issue #11's targets there: value F1 0.93, value+unit 0.85, value+role 0.88)
HELDOUT_OVERALL = {
    ("value", "precision"): 0.95, ("value", "recall"): 0.96, ("value", "f1"): 0.96,
    ("value+unit", "f1"): 0.94, ("value+role", "f1"): 0.93,
}  # fmt: skip


@pytest.mark.parametrize(
    ("folder", "floors"), [(FOLDER, OVERALL), (HELDOUT, HELDOUT_OVERALL)], ids=["dev", "heldout"]
)
def test_overall_floors(folder: Path, floors: dict[tuple[str, str], float]) -> None:
    result = _result(folder)
    for (level, metric), floor in floors.items():
        assert result.scores(level)[metric] >= floor, (level, metric, result.scores(level))


@pytest.mark.parametrize("cls", sorted(PER_CLASS))
def test_class_floors(cls: str) -> None:
    result = _result()
    for level, floor in zip(("value", "value+unit", "value+role"), PER_CLASS[cls], strict=True):
        assert result.scores(level, cls)["f1"] >= floor, (cls, level, result.scores(level, cls))
