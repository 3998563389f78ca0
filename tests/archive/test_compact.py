"""Segments merged by size, and the layout the manifest names: the same rows and the same answers
to both queries whatever the segments (many small ones, merged ones, one; an index of the older
layout, merged by the next build), merges and rewrites of merged segments that resume when
stopped half way."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from claimcheck.archive import build as build_mod
from claimcheck.archive import compact, writer
from claimcheck.archive.build import build
from claimcheck.archive.manifest import Manifest
from claimcheck.archive.queries import NotBuilt, Probe, disagreeing, disagreements
from claimcheck.config import find
from tests.archive.conftest import CITIES, line, write_project
from tests.archive.test_build import rows
from tests.archive.test_cli import invoke

TOWNS = (*CITIES, "Westbay", "Lanmei", "Portzhou")
OLD_SORT = [("measure", "ascending"), ("entity", "ascending"), ("pfirst", "ascending")]


def corpus(n: int = 60, seed: int = 5) -> list[str]:
    """``n`` documents of three figures each about a few towns, years and two measures; one
    figure in eight another than its frame's (disagreements), a few figures with no town."""
    rng = random.Random(seed)
    truth: dict[tuple[str, str, int], float] = {}
    docs = []
    for i in range(n):
        sentences = []
        for _ in range(3):
            town, year, kind = rng.choice(TOWNS), rng.choice((2018, 2019, 2020)), rng.choice("ge")
            value = truth.setdefault((town, kind, year), round(rng.uniform(2, 9), 1))
            if rng.random() < 1 / 8:
                value = round(value + 2.3, 1)
            sentences.append(
                f"{town}'s GDP grew {value} percent in {year}."
                if kind == "g"
                else f"In {year}, exports from {town} reached {value} billion yuan."
            )
        if i % 10 == 0:
            sentences.append("The economy grew 4.4 percent, officials said.")
        docs.append(line(f"d{i:03d}", " ".join(sentences)))
    return docs


def probes(index: Path) -> list[Probe]:
    """Two probes for every frame of the index: at one of its figures, and 1.5 above it."""
    frames: dict[tuple[Any, ...], tuple[float, float]] = {}
    for name in Manifest(index).segments():
        for r in pq.read_table(writer.folder(index) / name).to_pylist():
            if r["entity"] and r["measure"] and r["pfirst"] is not None and r["lo"] is not None:
                key = (r["entity"], r["measure"], r["stance"], r["cunit"], r["pfirst"], r["plast"])
                frames[key] = min(frames.get(key, (r["lo"], r["hi"])), (r["lo"], r["hi"]))
    out = []
    for key, (lo, hi) in sorted(frames.items(), key=repr):
        out += [Probe(*key, lo, hi), Probe(*key, lo + 1.5, hi + 1.5)]
    return out


def answers(index: Path, asked: list[Probe]) -> tuple[Any, Any]:
    return disagreements(index, "index"), disagreeing(index, "index", asked, limit=3)


def built(root: Path, docs: list[str]) -> Path:
    cfg = find(write_project(root, docs))
    build(cfg)
    assert cfg.archive is not None
    return cfg.archive.path


def sorted_by_frame(index: Path) -> bool:
    """Every segment's rows in `writer.ORDER` (a missing value last)."""
    for name in Manifest(index).segments():
        table = pq.read_table(writer.folder(index) / name, columns=list(writer.ORDER))
        keys = [tuple((v is None, v) for v in row.values()) for row in table.to_pylist()]
        if keys != sorted(keys):
            return False
    return True


def test_tiers_and_plans() -> None:
    assert [compact.tier(n, 100) for n in (1, 399, 400, 1_599, 1_600, 6_400)] == [0, 0, 1, 1, 2, 3]
    three = [("a", 100), ("b", 90), ("c", 5)]
    assert compact.plan(three, 100) == []
    assert compact.plan([*three, ("d", 100), ("e", 2_000)], 100) == ["a", "b", "c", "d"]
    assert compact.plan([("a", 500), ("b", 600), ("c", 700), ("d", 800), ("e", 1)], 100) == [
        "a", "b", "c", "d",
    ]  # fmt: skip


def test_the_same_answers_from_every_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = corpus()
    one = built(tmp_path / "one", docs)  # one segment
    asked = probes(one)
    expected = answers(one, asked)
    assert expected[0] and expected[1] and len(Manifest(one).segments()) == 1
    monkeypatch.setattr(build_mod, "BATCH_DOCS", 2)
    monkeypatch.setattr(build_mod, "SEGMENT_ROWS", 4)
    merged = built(tmp_path / "merged", docs)
    with Manifest(merged) as man:
        assert man.layout == writer.LAYOUT and 1 < len(man.segments()) < compact.FANIN * 3
    assert answers(merged, asked) == expected and rows(merged) == rows(one)
    assert sorted_by_frame(merged)
    monkeypatch.setattr(compact, "FANIN", 10**6)  # never merged: a segment a flush
    small = built(tmp_path / "small", docs)
    assert len(Manifest(small).segments()) > 20
    assert answers(small, asked) == expected and rows(small) == rows(one)


def test_an_index_of_the_older_layout_is_read_then_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = corpus()
    one = built(tmp_path / "one", docs)
    asked = probes(one)
    with monkeypatch.context() as patch:  # as claimcheck wrote it before layouts were named
        patch.setattr(writer, "SORT", OLD_SORT)
        patch.setattr(compact, "FANIN", 10**6)
        patch.setattr(build_mod, "BATCH_DOCS", 2)
        patch.setattr(build_mod, "SEGMENT_ROWS", 4)
        old = built(tmp_path / "old", docs)
    with Manifest(old) as man:
        man.db.execute("DELETE FROM meta WHERE key = 'layout'")
        assert man.layout == 1 and len(man.segments()) > 20
    assert not sorted_by_frame(old)
    assert disagreements(old, "index") == disagreements(one, "index")  # read as it is
    with pytest.raises(NotBuilt, match="layout 1, from an older claimcheck: run 'claimcheck"):
        disagreeing(old, "index", asked)  # counts on the order of layout 2
    draft = tmp_path / "draft.md"
    draft.write_text("Xiheng's GDP grew 5.7 percent in 2019.\n", "utf-8")
    code, _, err = invoke("check", str(draft), "-C", str(tmp_path / "old"), "--archive")
    assert code == 2 and len(err.splitlines()) == 1 and "extracting nothing" in err
    again = build(find(tmp_path / "old"))
    assert again.extracted == 0 and again.unchanged == len(docs)
    with Manifest(old) as man:
        assert man.layout == writer.LAYOUT and len(man.segments()) == 1
    assert sorted_by_frame(old) and rows(old) == rows(one)
    assert answers(old, asked) == answers(one, asked)


def test_a_newer_layout_is_refused_with_a_message(tmp_path: Path) -> None:
    index = built(tmp_path / "p", corpus(4))
    with Manifest(index) as man:
        man.set("layout", str(writer.LAYOUT + 1))
    with pytest.raises(NotBuilt, match="has layout 3, which this claimcheck does not read"):
        disagreements(index, "index")


def test_a_merge_stopped_half_way_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = corpus(30)
    fresh = rows(built(tmp_path / "fresh", docs))
    monkeypatch.setattr(build_mod, "BATCH_DOCS", 2)
    monkeypatch.setattr(build_mod, "SEGMENT_ROWS", 4)
    real = Manifest.merge_segments
    calls = {"n": 0}

    def failing(self: Manifest, *args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the merged file is written, the manifest not
        real(self, *args)

    monkeypatch.setattr(Manifest, "merge_segments", failing)
    cfg = find(write_project(tmp_path / "p", docs))
    with pytest.raises(KeyboardInterrupt):
        build(cfg)
    monkeypatch.setattr(Manifest, "merge_segments", real)
    build(cfg)
    index = cfg.archive.path  # type: ignore[union-attr]
    assert rows(index) == fresh
    assert {p.name for p in writer.folder(index).iterdir()} == set(Manifest(index).segments())


def test_documents_leave_merged_segments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_mod, "BATCH_DOCS", 2)
    monkeypatch.setattr(build_mod, "SEGMENT_ROWS", 4)
    docs = corpus(40)
    cfg = find(write_project(tmp_path / "p", docs))
    build(cfg)
    changed = [*docs[:5], line("d005", "Westbay's GDP grew 8.8 percent in 2019."), *docs[7:]]
    (tmp_path / "p" / "news" / "wire.jsonl").write_text("\n".join(changed) + "\n", "utf-8")
    result = build(cfg)
    assert (result.extracted, result.removed) == (1, 1) and result.rewritten >= 1
    index = cfg.archive.path  # type: ignore[union-attr]
    assert rows(index) == rows(built(tmp_path / "fresh", changed))
    assert sorted_by_frame(index)
