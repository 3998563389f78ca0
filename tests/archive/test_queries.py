"""Queries on the archive index: disagreements by frame (planted ones found, none among figures
that agree) and, per draft figure, the archive figures of its frame that disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.archive.build import build
from claimcheck.archive.conflicts import archive_conflicts
from claimcheck.archive.queries import NotBuilt, Probe, disagreeing, disagreements, stats
from claimcheck.config import find
from claimcheck.model import Severity
from tests.archive.conftest import agreeing, line, write_project


def _index(project: Path) -> Path:
    cfg = find(project)
    build(cfg)
    assert cfg.archive is not None
    return cfg.archive.path


def test_planted_disagreement_is_found_and_nothing_else(project: Path) -> None:
    groups = disagreements(_index(project), "index")
    assert [(g["entity"], g["measure"], g["period"]) for g in groups] == [("xiheng", "gdp", "2019")]
    g = groups[0]
    assert {g["low"]["text"], g["high"]["text"]} == {"5.70%", "9.3 percent"}  # 5.70% ends lowest
    assert g["figures"] == 3 and g["documents"] == 3


def test_agreeing_figures_are_no_conflict(tmp_path: Path) -> None:
    hedged = [
        line("a", "Westbay's GDP grew about 6 percent in 2019."),
        line("b", "Westbay's GDP grew 6.2 percent in 2019."),
        line("c", "Westbay's exports rose to 2.4 billion yuan in 2020."),
        line("d", "Westbay's exports rose to 2,400 million yuan in 2020."),
        line("e", "Westbay's exports fell 3 percent in 2021."),
        line("f", "Westbay's exports shrank 3.0% in 2021."),
    ]
    index = _index(write_project(tmp_path / "p", [*agreeing(), *hedged]))
    assert disagreements(index, "index") == []
    report = archive_conflicts(index, "index", Severity.warning)
    assert report.conflicts == () and not report.failed


def test_conflict_records(project: Path) -> None:
    report = archive_conflicts(_index(project), "index", Severity.warning)
    (conflict,) = report.conflicts
    assert conflict.subject == "xiheng" and conflict.metric == "gdp" and report.failed
    assert [c.source for c in conflict.claims] == ["Xiheng-gdp-b", "Xiheng-gdp-wrong"]
    assert "3 figures in 3 documents for 2019" in conflict.message
    assert all(c.file == "news/wire.jsonl" for c in conflict.claims)


def test_disagreeing_per_probe(project: Path) -> None:
    index = _index(project)
    y2019 = (2019 * 12, 2019 * 12 + 11)
    probes = [
        Probe("xiheng", "gdp", "change", "percent", *y2019, 5.65, 5.75),  # 5.7: 9.3 disagrees
        Probe("dongyuan", "gdp", "change", "percent", *y2019, 4.95, 5.05),  # 5.0: all agree
        Probe("dongyuan", "gdp", "change", "percent", *y2019, 7.95, 8.05),  # 8: 3 figures disagree
        Probe("dongyuan", "gdp", "amount", "percent", *y2019, 7.95, 8.05),  # another role
        Probe("dongyuan", "gdp", "change", "percent", 2018 * 12, 2018 * 12 + 11, 7.95, 8.05),
    ]
    found = disagreeing(index, "index", probes, limit=2)
    assert set(found) == {0, 2}
    assert [f["text"] for f in found[0][1]] == ["9.3 percent"]
    count, shown = found[2]
    assert count == 3 and len(shown) == 2


def test_stats(project: Path) -> None:
    data = stats(_index(project), "index", top=2)
    assert data["documents"] == 18 and data["figures"] > 10 and data["segments"] == 1
    assert data["measures"][0] == {"measure": "gdp", "figures": 10}
    assert len(data["dimensions"]) == 2 and data["bytes"] > 0


def test_an_index_never_built_or_half_built_is_refused(project: Path) -> None:
    cfg = find(project)
    assert cfg.archive is not None
    with pytest.raises(NotBuilt, match="no archive index yet"):
        stats(cfg.archive.path, "index")
    build(cfg)
    from claimcheck.archive.manifest import Manifest

    with Manifest(cfg.archive.path) as man:
        man.set("state", "building")
    with pytest.raises(NotBuilt, match="half built"):
        disagreements(cfg.archive.path, "index")


def test_counts_have_no_unit(tmp_path: Path) -> None:
    residents = [line("p1", "Dongyuan had 1.2 million residents in 2018."),
                 line("p2", "In 2018, Dongyuan's population reached 1.5 million.")]  # fmt: skip
    index = _index(write_project(tmp_path / "p", [*agreeing(), *residents]))
    y2018 = (2018 * 12, 2018 * 12 + 11)
    found = disagreeing(
        index, "index", [Probe("dongyuan", "population", "amount", None, *y2018, 1.15e6, 1.25e6)]
    )
    assert [f["text"] for f in found[0][1]] == ["1.5 million"]  # a level against a count: amounts
    assert [g["measure"] for g in disagreements(index, "index")] == ["population"]
