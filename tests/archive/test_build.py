"""archive build: incremental (new, changed and removed documents), the same index on every
engine, and resumable after a build that stops half way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from claimcheck.archive import build as build_mod
from claimcheck.archive import manifest as manifest_mod
from claimcheck.archive import writer
from claimcheck.archive.build import Engine, build
from claimcheck.archive.manifest import Manifest
from claimcheck.config import find
from tests.archive.conftest import PLANTED, agreeing, line, write_project


def rows(index: Path) -> list[tuple[Any, ...]]:
    """Every row of the index, sorted: the index as a set, whatever its segments."""
    with Manifest(index) as man:
        names = man.segments()
        assert man.complete
    out: list[tuple[Any, ...]] = []
    for name in names:
        table = pq.read_table(writer.folder(index) / name)
        out.extend(zip(*(table[c].to_pylist() for c in table.column_names), strict=True))
    return sorted(out, key=repr)


def docs_of(index: Path) -> set[str]:
    return {r[0] for r in rows(index)}


def test_build_then_nothing_to_do(project: Path) -> None:
    cfg = find(project)
    first = build(cfg)
    assert (first.extracted, first.unchanged, first.removed) == (18, 0, 0)
    assert first.documents == 18 and first.total_figures == first.figures > 0
    again = build(cfg)
    assert (again.extracted, again.unchanged, again.figures) == (0, 18, 0)
    assert "news/wire.jsonl#Xiheng-gdp-wrong" in docs_of(cfg.archive.path)  # type: ignore[union-attr]


def test_added_changed_and_removed_documents(project: Path, tmp_path: Path) -> None:
    cfg = find(project)
    build(cfg)
    docs = [*agreeing(), PLANTED]
    docs[0] = line("Dongyuan-gdp-a", "In 2019, Dongyuan's GDP grew 5.1 percent, the bureau said.")
    del docs[2]  # Dongyuan-exp-a
    docs.append(line("new-one", "Nanport's exports rose to 30.5 billion yuan in 2020."))
    (project / "news" / "wire.jsonl").write_text("\n".join(docs) + "\n", "utf-8")
    result = build(cfg)
    assert (result.extracted, result.removed, result.rewritten) == (2, 1, 1)
    index = cfg.archive.path  # type: ignore[union-attr]
    texts = {(r[0], r[5]) for r in rows(index)}
    assert ("news/wire.jsonl#Dongyuan-gdp-a", "5.1 percent") in texts
    assert ("news/wire.jsonl#Dongyuan-gdp-a", "5.0 percent") not in texts
    assert "news/wire.jsonl#Dongyuan-exp-a" not in {t[0] for t in texts}
    # the same index as a build from nothing of the archive as it is now
    fresh = write_project(
        tmp_path / "fresh", docs, {"note.md": (project / "extra" / "note.md").read_text()}
    )
    build(find(fresh))
    assert rows(index) == rows(find(fresh).archive.path)  # type: ignore[union-attr]


def test_pool_and_dask_give_the_single_process_index(project: Path, tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    cfg = find(project)
    build(cfg, jobs=1)
    single = rows(cfg.archive.path)  # type: ignore[union-attr]
    pooled = write_project(
        tmp_path / "pool",
        [*agreeing(), PLANTED],
        {"note.md": (project / "extra" / "note.md").read_text()},
    )
    build(find(pooled), Engine.pool, jobs=2)
    assert rows(find(pooled).archive.path) == single  # type: ignore[union-attr]
    dasked = write_project(
        tmp_path / "dask",
        [*agreeing(), PLANTED],
        {"note.md": (project / "extra" / "note.md").read_text()},
    )
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        build(find(dasked), Engine.dask, client=client)
    assert rows(find(dasked).archive.path) == single  # type: ignore[union-attr]


@pytest.mark.parametrize("where", ["writer", "manifest"])
def test_a_build_stopped_half_way_resumes_to_the_same_index(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(build_mod, "BATCH_DOCS", 2)
    monkeypatch.setattr(build_mod, "SEGMENT_ROWS", 3)
    cfg = find(project)
    calls = {"n": 0}
    real_write, real_add = writer.write, manifest_mod.Manifest.add_segment

    def failing_write(*args: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # as a kill: nothing after this point runs
        return real_write(*args)

    def failing_add(self: Manifest, name: str, *args: Any) -> None:
        if name:
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt  # the segment file is written, the manifest not
        real_add(self, name, *args)

    if where == "writer":
        monkeypatch.setattr(writer, "write", failing_write)
    else:
        monkeypatch.setattr(manifest_mod.Manifest, "add_segment", failing_add)
    with pytest.raises(KeyboardInterrupt):
        build(cfg)
    index = cfg.archive.path  # type: ignore[union-attr]
    with Manifest(index) as man:
        assert not man.complete
        kept = man.counts()[0]
    assert 0 < kept < 18
    monkeypatch.undo()
    resumed = build(cfg)
    assert resumed.unchanged == kept and resumed.documents == 18
    fresh = write_project(
        tmp_path / "fresh",
        [*agreeing(), PLANTED],
        {"note.md": (project / "extra" / "note.md").read_text()},
    )
    build(find(fresh))
    assert rows(index) == rows(find(fresh).archive.path)  # type: ignore[union-attr]
    assert {p.name for p in writer.folder(index).iterdir()} == set(Manifest(index).segments())


def test_another_extractor_starts_over(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = find(project)
    build(cfg)
    monkeypatch.setattr(build_mod, "fingerprint", lambda: "other")
    again = build(cfg)
    assert again.extracted == 18


KILLED = """
import sys, time
from pathlib import Path
from claimcheck.archive import build as build_mod, manifest
from claimcheck.config import find

build_mod.BATCH_DOCS, build_mod.SEGMENT_ROWS = 1, 1
real = manifest.Manifest.add_segment

def add(self, *args):
    real(self, *args)
    print("segment", flush=True)  # the parent kills this process at the first one
    time.sleep(30)

manifest.Manifest.add_segment = add
build_mod.build(find(Path(sys.argv[1])))
"""


def test_a_killed_build_resumes_to_the_same_index(project: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(project)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "segment\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    cfg = find(project)
    with Manifest(cfg.archive.path) as man:  # type: ignore[union-attr]
        assert not man.complete and 0 < man.counts()[0] < 18
    build(cfg)
    fresh = write_project(
        tmp_path / "fresh",
        [*agreeing(), PLANTED],
        {"note.md": (project / "extra" / "note.md").read_text()},
    )
    build(find(fresh))
    assert rows(cfg.archive.path) == rows(find(fresh).archive.path)  # type: ignore[union-attr]
